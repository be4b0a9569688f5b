# operator: function forms of operators, itemgetter/attrgetter/methodcaller, in-place ops
import operator
from operator import itemgetter, attrgetter, methodcaller


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


print(operator.add(1, 2), operator.sub(5, 3), operator.mul(3, 4), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-7), operator.invert(5), operator.inv(0))
print(operator.lshift(1, 4), operator.rshift(256, 2), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.not_(0), operator.truth([]), operator.truth([0]), operator.is_(None, None), operator.is_not(1, None))
print(operator.eq(1, 1.0), operator.ne('a', 'b'), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.concat([1], [2]), operator.concat('ab', 'cd'), operator.contains([1, 2], 2), operator.countOf([1, 2, 1, 1], 1), operator.indexOf('abc', 'c'))
seq = [1, 2, 3]
operator.setitem(seq, 0, 'x')
operator.delitem(seq, 1)
print(seq, operator.getitem(seq, -1), operator.getitem('hello', slice(1, 3)), operator.index(7), operator.length_hint([1, 2]))
print(operator.length_hint(iter(range(10))), operator.length_hint(object(), 5), operator.call(max, 3, 9))


class M:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, o):
        return 'matmul(%s,%s)' % (self.v, o.v)

    def __imatmul__(self, o):
        self.v = self.v * 10 + o.v
        return self


print(operator.matmul(M(1), M(2)), operator.imatmul(M(1), M(2)).v)
attempt(lambda: operator.index(1.5))
attempt(lambda: operator.concat(1, 2))
attempt(lambda: operator.indexOf([1], 5))
attempt(lambda: operator.add(1, 'a'))
attempt(lambda: operator.length_hint(1, 'x'))

a = [1]
b = operator.iadd(a, [2])
print(a, b is a, operator.iadd(1, 2), operator.isub(5, 1), operator.imul('ab', 2), operator.itruediv(1, 4), operator.ifloordiv(9, 2))
print(operator.imod(9, 4), operator.ipow(3, 3), operator.ilshift(1, 3), operator.irshift(16, 2), operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3))
s = {1}
print(operator.ior(s, {2}) is s, s, operator.iconcat([1], (2,)))
attempt(lambda: operator.iconcat(1, [2]))
print(operator.__add__(1, 1), operator.__lt__(1, 2), operator.__getitem__([5], 0), operator.__not__(1), operator.__inv__(1))

print("--- itemgetter")
g1 = itemgetter(1)
g2 = itemgetter(0, 2)
print(g1([10, 20, 30]), g2('abc'), itemgetter('k')({'k': 'v'}), itemgetter(slice(1, None))('xyz'))
print(repr(g1), repr(g2), repr(itemgetter('a', 'b')))
data = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(data, key=itemgetter(1)), sorted(data, key=itemgetter(0)), list(map(itemgetter(0), data)))
print(max(data, key=itemgetter(1)), itemgetter(1, 0)(('x', 'y')))
attempt(lambda: itemgetter())
attempt(lambda: itemgetter(5)([1]))

print("--- attrgetter")


class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child


p = P('parent', P('kid', P('grandkid')))
print(attrgetter('name')(p), attrgetter('child.name')(p), attrgetter('child.child.name')(p), attrgetter('name', 'child.name')(p))
print(repr(attrgetter('name')), repr(attrgetter('a.b', 'c')))
print(sorted([P('z'), P('a'), P('m')], key=attrgetter('name'))[0].name, attrgetter('real', 'imag')(3 + 4j))
attempt(lambda: attrgetter('missing')(p))
attempt(lambda: attrgetter(1))

print("--- methodcaller")
up = methodcaller('upper')
rep = methodcaller('replace', 'a', 'o')
spl = methodcaller('split', sep=',', maxsplit=1)
print(up('abc'), rep('banana'), spl('a,b,c'), repr(up), repr(rep), repr(spl))
print(list(map(methodcaller('strip'), ['  x ', 'y  '])), methodcaller('count', 1)([1, 1, 2]))
attempt(lambda: methodcaller())
attempt(lambda: methodcaller(5))
attempt(lambda: methodcaller('nope')(1))
print(sorted(['b', 'A', 'c'], key=methodcaller('lower')))
print(sorted(operator.__all__) == operator.__all__, len(operator.__all__))

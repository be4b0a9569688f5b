# copy: shallow and deep copies of builtins, instances, __copy__/__deepcopy__, reduce
import copy
from collections import namedtuple, OrderedDict, defaultdict, deque, Counter


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


nested = [1, [2, 3], {'a': [4]}, (5, [6])]
sh = copy.copy(nested)
dp = copy.deepcopy(nested)
print(sh == nested, sh is nested, sh[1] is nested[1], dp[1] is nested[1], dp[2]['a'] is nested[2]['a'], dp == nested)
nested[1].append('x')
print(sh[1], dp[1])
for v in [1, 2.5, 'str', b'b', None, True, (1, 2), frozenset({1}), range(3), len, 3j]:
    print(repr(v), copy.copy(v) is v, copy.deepcopy(v) is v)
t = (1, [2])
print(copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.deepcopy((1, 2)) is not None)
d = {'k': [1], 'j': {2}}
dd = copy.deepcopy(d)
print(dd, dd['k'] is d['k'], dd['j'] is d['j'], copy.copy(d)['k'] is d['k'])
s = {1, 2}
print(copy.copy(s), copy.copy(s) is s, copy.deepcopy(s), copy.copy(bytearray(b'xy')))
rec = [1]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc[1] is rc, rc[1] is not rec, len(rc))
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is not shared)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = []

    def __repr__(self):
        return 'Point(%r, %r, %r)' % (self.x, self.y, self.tags)


p = Point(1, 2)
p.tags.append('t')
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.tags.append('u')
print(p2, p3, p2.tags is p.tags, p3.tags is p.tags, type(p3).__name__)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('__copy__ called')
        return Custom(self.v + 100)

    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo) + 1000)


print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(1)).v, copy.deepcopy([Custom(2)])[0].v)


class Slots:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]


sl = copy.copy(Slots())
print(sl.a, hasattr(sl, 'b'))
sd = copy.deepcopy(Slots())
print(sd.a)


class WithState:
    def __init__(self):
        self.data = 1
        self.cache = 'big'

    def __getstate__(self):
        st = self.__dict__.copy()
        del st['cache']
        return st

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = 'rebuilt'


ws = copy.copy(WithState())
print(ws.data, ws.cache, copy.deepcopy(WithState()).cache)


class Reduced:
    def __init__(self, a, b=0):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a, self.b + 1))


r2 = copy.copy(Reduced(5))
print(r2.a, r2.b, copy.deepcopy(Reduced([1])).a)


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.attr = 'x'
mc = copy.copy(ml)
md = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.attr, md, md[1] is ml[1], mc[1] is ml[1])


class MyDict(dict):
    pass


mdict = MyDict(a=[1])
print(type(copy.copy(mdict)).__name__, copy.deepcopy(mdict), copy.deepcopy(mdict)['a'] is mdict['a'])


class MyInt(int):
    pass


mi = copy.copy(MyInt(7))
print(type(mi).__name__, mi, copy.deepcopy(MyInt(8)) + 1)
P = namedtuple('P', 'x y')
np_ = P(1, [2])
print(copy.copy(np_), copy.deepcopy(np_), copy.deepcopy(np_).y is np_.y, type(copy.deepcopy(np_)).__name__)
od = OrderedDict(a=[1], b=2)
print(copy.copy(od), copy.deepcopy(od), copy.deepcopy(od)['a'] is od['a'])
ddict = defaultdict(list, a=[1])
dc = copy.deepcopy(ddict)
print(dc, dc.default_factory, dc['zz'], copy.copy(ddict))
dq = deque([[1], 2], maxlen=5)
print(copy.copy(dq), copy.deepcopy(dq), copy.deepcopy(dq)[0] is dq[0])
print(copy.deepcopy(Counter('aab')), copy.copy(Counter('xyz')))
exc = copy.copy(ValueError('bad', 2))
print(type(exc).__name__, exc.args)


class Holder:
    pass


h = Holder()
h.self_ref = h
hc = copy.deepcopy(h)
print(hc.self_ref is hc, hc is not h)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
memo = {}
a1 = [1, 2]
copy.deepcopy([a1, a1], memo)
print(id(a1) in memo, len([k for k in memo if k != id(memo)]))
print(copy.copy(Point), copy.deepcopy(Point) is Point)

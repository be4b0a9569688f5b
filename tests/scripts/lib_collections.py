# collections: namedtuple, deque, Counter, OrderedDict, defaultdict, ChainMap, UserDict, UserList
from collections import namedtuple, deque, Counter, OrderedDict, defaultdict, ChainMap
from collections import UserDict, UserList, UserString
import collections.abc as cabc


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


print("--- namedtuple")
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
x, y = p
print(x, y, p == (1, 2), p < Point(1, 3), isinstance(p, tuple), hash(p) == hash((1, 2)))
print(Point._fields, Point.__doc__, type(p).__name__, Point.__module__, type(p))
print(p._asdict(), p._replace(y=5), Point._make([3, 4]), Point(y=7, x=8))
print(Point.x.__doc__, Point.__new__.__doc__, Point.__match_args__)
P3 = namedtuple('P3', 'a, b c', defaults=(10, 20))
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3(a=0, c=9))
R = namedtuple('R', 'abc def ghi _1 abc', rename=True)
print(R._fields)
Single = namedtuple('Single', 'only')
print(Single(5), Single.__doc__, Single.__new__.__doc__)
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields, len(Empty()))
attempt(lambda: Point(1))
attempt(lambda: Point())
attempt(lambda: Point(1, 2, 3))
attempt(lambda: Point(1, z=3))
attempt(lambda: Point(1, x=3))
attempt(lambda: P3())
attempt(lambda: P3(1, 2, 3, 4))
attempt(lambda: namedtuple('T', 'a b c')())
attempt(lambda: Point._make([1]))
attempt(lambda: p._replace(z=1))
attempt(lambda: namedtuple('1bad', 'a'))
attempt(lambda: namedtuple('T', 'class'))
attempt(lambda: namedtuple('T', '_a'))
attempt(lambda: namedtuple('T', 'a a'))
attempt(lambda: namedtuple('T', 'a', defaults=(1, 2)))
attempt(lambda: p.__dict__)
attempt(lambda: setattr(p, 'x', 5))


class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


v = Vec(3, 4)
print(v, v.norm2, v + Vec(1, 1), v._replace(x=0), type(v._replace(x=0)).__name__)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({Point(1, 2): 'a'}[(1, 2)])
M = namedtuple('M', 'a b', module='mymod')
print(M.__module__, M(1, 2))

print("--- deque")
d = deque([1, 2, 3])
print(d, len(d), d[0], d[-1], list(d), list(reversed(d)), 2 in d, 5 in d)
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(100)
print(d)
print(d.count(1), d.index(5), d.index(2, 3))
d.remove(5)
d.insert(2, 'x')
d.insert(-1, 'y')
d.insert(100, 'z')
d.insert(-100, 'w')
print(d)
d.reverse()
print(d)
d[0] = 'first'
d[-1] = 'last'
del d[1]
print(d, d[3], d[-3])
c = d.copy()
c.clear()
print(c, d == d.copy(), d is not d.copy(), bool(c), bool(d))
q = deque(maxlen=3)
for i in range(6):
    q.append(i)
    print(q)
q.appendleft(-1)
print(q, q.maxlen)
q.extendleft([10, 11])
print(q)
q.extend(range(100))
print(q)
attempt(lambda: q.insert(0, 1))
attempt(lambda: deque().pop())
attempt(lambda: deque().popleft())
attempt(lambda: deque([1])[3])
attempt(lambda: deque([1])[-2])
attempt(lambda: deque([1, 2]).index(7))
attempt(lambda: deque([1, 2]).remove(7))
attempt(lambda: deque(maxlen=-1))
attempt(lambda: deque([1])['a'])
print(deque(), deque(maxlen=0), deque('abc', maxlen=2), deque(range(3)) * 2, deque([1]) + deque([2, 3]))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]))
z = deque([0])
z += [1, 2]
z *= 2
print(z)
z2 = deque(maxlen=3)
z2.extend('ab')
z2 *= 3
print(z2)
w = deque()
for i in range(1000):
    w.append(i)
    if i % 3 == 0:
        w.popleft()
print(len(w), w[0], w[-1], sum(w))
w2 = deque()
for i in range(50):
    w2.appendleft(i)
    w2.append(-i)
    if i % 2:
        w2.pop()
print(w2)
while len(w2) > 3:
    w2.pop()
    w2.popleft()
print(w2)
r = deque(range(10))
for k in (1, 3, -2, 7, -9, 15):
    r.rotate(k)
    print(list(r))
it_d = deque([1, 2, 3])
try:
    for item in it_d:
        if item == 2:
            it_d.append(9)
except RuntimeError as e:
    print('RuntimeError:', e)
rec = deque([1])
rec.append(rec)
print(rec)


class MyDeque(deque):
    pass


md = MyDeque([1, 2], maxlen=5)
print(md, type(md.copy()).__name__, md.copy())
print(isinstance(d, cabc.MutableSequence), isinstance(d, cabc.Sequence))

print("--- Counter")
c = Counter('abracadabra')
print(c, c['a'], c['z'], len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), ''.join(Counter('aabbbc').elements()))
c.update('aaz')
c.update({'b': 10})
print(c)
c.subtract('aaa')
c.subtract({'z': 5})
print(c)
del c['missing']
del c['z']
print(c, 'z' in c)
print(Counter(a=3, b=1) + Counter(a=1, b=2, c=4))
print(Counter(a=3, b=1) - Counter(a=1, b=2, c=4))
print(Counter(a=3, b=1) | Counter(a=1, b=2, c=4))
print(Counter(a=3, b=1) & Counter(a=1, b=2, c=4))
print(+Counter(a=2, b=-1, c=0), -Counter(a=2, b=-1, c=0))
print(Counter(), Counter([]), Counter(a=0), Counter({'x': 2, 'y': 5}), Counter(x=1, y=1))
cc = Counter(a=1)
cc += Counter(a=2, b=-3)
print(cc)
cc -= Counter(a=1, c=-2)
print(cc)
cc |= Counter(a=7, d=1)
print(cc)
cc &= Counter(a=3, c=1)
print(cc)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) <= Counter(a=1, b=2),
      Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=1))
print(Counter('hello world').most_common(3))
print(Counter([1, 2, 2, 3, 3, 3]), dict(Counter('aab')))
attempt(lambda: Counter.fromkeys('ab'))
attempt(lambda: Counter('a') + 1)
print(isinstance(Counter(), dict), Counter('ab').copy(), type(Counter('ab').copy()).__name__)
words = "the quick brown fox jumps over the lazy dog the end".split()
print(Counter(words).most_common(1), sorted(Counter(words).items())[:3])

print("--- OrderedDict")
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), od.keys(), od.values(), od.items())
od.move_to_end('b')
print(od)
od.move_to_end('c', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
attempt(lambda: OrderedDict().popitem())
attempt(lambda: od.move_to_end('zz'))
o1 = OrderedDict([('a', 1), ('b', 2)])
o2 = OrderedDict([('b', 2), ('a', 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 != o2, o1 == o1.copy())
print(OrderedDict(), OrderedDict.fromkeys('xyz', 0), OrderedDict(a=1) | {'b': 2}, {'z': 0} | OrderedDict(a=1))
print(list(reversed(o1)), list(reversed(o1.keys())), list(reversed(o1.items())), 'a' in o1.keys(), ('a', 1) in o1.items())
o1.update(c=3)
o1.setdefault('d', 4)
print(o1, o1.pop('a'), o1, o1.get('zz', 'dflt'))
print(isinstance(o1, dict), o1.keys() & {'b', 'q'}, len(o1.keys()))

print("--- defaultdict")
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['a'], 'zz' in dd, dd.get('zz'), len(dd))
print(dd['new'], dd)
di = defaultdict(int)
for ch in 'mississippi':
    di[ch] += 1
print(di, di.default_factory)
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(lambda: 'x', a=1)['b'])
nd = defaultdict(None)
attempt(lambda: nd['missing'])
attempt(lambda: defaultdict(5))
ddc = dd.copy()
ddc['a'].append(99)
print(type(ddc).__name__, ddc.default_factory is list, dd['a'])
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(t['a']['b']['c'], isinstance(t['a'], defaultdict))
print(defaultdict(list, a=[1]) | {'b': [2]}, dict(defaultdict(int, a=1)) == {'a': 1})

print("--- ChainMap")
base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], cm['c'], len(cm), sorted(cm), list(cm), 'a' in cm, cm.get('q', 0))
cm['d'] = 4
del cm['b']
print(cm, over, base)
attempt(lambda: cm['zz'])
attempt(lambda: cm.__delitem__('a'))
attempt(lambda: ChainMap({}).popitem())
attempt(lambda: cm.pop('zz'))
child = cm.new_child()
child['x'] = 1
print(child, child.parents, cm.new_child({'m': 1}), cm.new_child(k=2))
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {1: 2})), dict(ChainMap({1: 'a'}, {1: 'b', 2: 'c'})))
print(ChainMap({'a': 1}) | {'b': 2}, cm.maps)
print(isinstance(cm, cabc.MutableMapping), list(cm.items()), list(cm.keys()), list(cm.values()))

print("--- UserDict / UserList / UserString")


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


ld = LowerDict({'A': 1}, B=2)
ld['C'] = 3
print(ld, ld.data, len(ld), 'a' in ld, ld['b'], list(ld), ld.get('z'), ld == {'a': 1, 'b': 2, 'c': 3})
print(type(ld.copy()).__name__, ld.copy(), ld | {'d': 4}, sorted(ld.items()))


class MissingDict(UserDict):
    def __missing__(self, key):
        return key * 2


print(MissingDict()['ab'], MissingDict().get('q'))
ul = UserList([3, 1, 2])
ul.append(5)
ul.sort()
print(ul, ul[0], ul[1:3], type(ul[1:3]).__name__, len(ul), ul + [9], [0] + ul, ul * 2, ul == [1, 2, 3, 5])
ul.extend(UserList([7]))
ul.insert(0, 0)
print(ul, ul.pop(), ul.index(3), ul.count(1), list(reversed(ul)), 3 in ul)
us = UserString('Hello')
print(us, repr(us), us.upper(), us + '!', len(us), us[1:], us == 'Hello', 'ell' in us, us.split('l'))

print("--- abc registrations")
for obj in ([], (), {}, '', b'', set(), frozenset(), range(3), iter([]), (i for i in ()), deque(), Counter(), OrderedDict(), 5, len):
    flags = [isinstance(obj, t) for t in (cabc.Iterable, cabc.Iterator, cabc.Sized, cabc.Container, cabc.Hashable,
                                         cabc.Callable, cabc.Sequence, cabc.MutableSequence, cabc.Mapping,
                                         cabc.MutableMapping, cabc.Set, cabc.MutableSet, cabc.Generator,
                                         cabc.Reversible, cabc.Collection)]
    print(type(obj).__name__, ''.join('1' if f else '0' for f in flags))

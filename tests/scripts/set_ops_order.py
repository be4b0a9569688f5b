# Set operations on sets of ints: CPython's iteration order (table layout, resizes, dummies,
# the pop finger) for every operator and method, plus errors, subclasses and user __eq__.
def show(f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(r)

class Lcg:
    """A tiny deterministic generator (the test must not depend on the random module)."""
    def __init__(self, seed):
        self.state = seed
    def randrange(self, lo, hi=None):
        if hi is None:
            lo, hi = 0, lo
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2**64
        return lo + (self.state >> 33) % (hi - lo)

rng = Lcg(12345)
def rset(n, lo=-200, hi=200):
    return set(rng.randrange(lo, hi) for _ in range(n))

for trial in range(40):
    a = rset(rng.randrange(0, 40))
    b = rset(rng.randrange(0, 40))
    if trial % 5 == 0:
        b = set(list(b)[:2])
    if trial % 7 == 0:
        a = set(range(rng.randrange(0, 100), 400, 3))
    print(a | b, a & b, a - b, b - a, a ^ b)
    print(a.union(list(b)), a.intersection(list(b)), a.difference(list(b)), a.symmetric_difference(list(b)))
    print(a.union(dict.fromkeys(b)), a.difference(dict.fromkeys(b)), a.symmetric_difference(dict.fromkeys(b)))
    c = set(a); c |= b; print(c)
    c = set(a); c &= b; print(c)
    c = set(a); c -= b; print(c)
    c = set(a); c ^= b; print(c)
    c = set(a); c.update(list(b), dict.fromkeys(range(5))); print(c)
    c = set(a); c.intersection_update(list(b)); print(c)
    c = set(a); c.difference_update(list(b), range(0, 50)); print(c)
    c = set(a); c.symmetric_difference_update(dict.fromkeys(b)); print(c)
    c = set(a); c.symmetric_difference_update(list(b)); print(c)
    print(a <= b, a < b, a >= b, a > b, a == b, a != b, a.isdisjoint(b), a.issubset(list(b)), a.issuperset(iter(b)))
    fa = frozenset(a)
    print(fa | b, b | fa, fa & b, fa - b, fa ^ b, type(fa | b).__name__, type(b | fa).__name__)
    pops = []
    c = set(a)
    for _ in range(min(5, len(c))):
        pops.append(c.pop())
    c.add(1000); c.add(-1000)
    print(pops, c, c.pop() if c else None)

# Big sets and resizing
s = set()
for i in range(0, 100000, 7):
    s.add(i * 31 % 100003)
print(len(s), sum(list(s)[:50]), list(s)[:20])
t = set(range(50000, 60000))
print(len(s & t), len(s - t), len(s ^ t), list(s & t)[:10], list(t - s)[:10])
s.difference_update(range(0, 100000, 2))
print(len(s), list(s)[:10])
for i in range(1000):
    s.discard(list(s)[0])
print(len(s), list(s)[:10])

# Strings and tuples and mixed numbers (order of strings is hash-randomized: only sorted/len)
w = set("the quick brown fox jumps over the lazy dog".split())
print(sorted(w), len(w), "fox" in w, "cat" in w)
m = {1, 1.0, True, 2, 2.0}
print(m, {0, 0.0, False, -0.0}, {(1, 2), (1.0, 2.0)}, {10**20, 10.0**20})

# User __eq__/__hash__: the slow path
log = []
class K:
    def __init__(self, v, h=None):
        self.v = v
        self.h = v % 3 if h is None else h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        log.append((self.v, getattr(other, "v", other)))
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return "K(%d)" % self.v

ks = [K(i) for i in range(8)]
s1 = set(ks[:5])
s2 = set([K(3), K(4), K(5), K(6)])
log.clear()
print(sorted(s1 | s2, key=repr), len(s1 & s2), sorted(s1 - s2, key=repr), sorted(s1 ^ s2, key=repr))
print(len(log) > 0)
print(K(2) in s1, K(9) in s1, s1 == set(ks[:5]), s1 <= set(ks), s1.isdisjoint(s2))
c = set(s1); c &= s2; print(sorted(c, key=repr))
c = set(s1); c -= s2; print(sorted(c, key=repr))
c = set(s1); c ^= s2; print(sorted(c, key=repr))
c = set(s1); c |= s2; print(sorted(c, key=repr))
c = set(s1); c.discard(K(1)); c.remove(K(2)); print(sorted(c, key=repr))
show(lambda: c.remove(K(1)))
# mixed: ints colliding with user objects by hash
class Eq1:
    def __hash__(self): return 1
    def __eq__(self, o): return o == 1
    def __repr__(self): return "Eq1"
z = {1, 2, 3}
print(Eq1() in z, Eq1() in {2, 3}, {Eq1()} <= z, z - {Eq1()}, z & {Eq1()}, {Eq1()} & z)
z.add(Eq1()); print(z)

# errors and misc
show(lambda: {[]})
show(lambda: set([[1]]))
show(lambda: {1} | [2])
show(lambda: {1} - [2])
show(lambda: set(1))
show(lambda: set([], []))
show(lambda: set(x=1))
show(lambda: frozenset(x=1))
show(lambda: {1}.update(5))
show(lambda: {1}.issubset(5))
show(lambda: set().pop())
show(lambda: {1}.add())
s = {1, 2}
show(lambda: {1, 2} in {frozenset({1, 2})})
show(lambda: set([1, 2]) in {frozenset([1, 2])})
q = {frozenset([1, 2]), frozenset([3])}
q2 = set(q)
q2.remove(set([1, 2])); q2.discard(set([3])); print(q2)
fs = frozenset([1, 2, 3])
print(fs.copy() is fs, frozenset(fs) is fs, set(fs) is fs, fs.union() == fs, fs.union() is fs)
class FS(frozenset): pass
class S(set): pass
f2 = FS([1, 2])
print(f2, type(f2.copy()).__name__, frozenset(f2) is f2, type(f2 | {3}).__name__, type({3} | f2).__name__, type(S([1]) | {2}).__name__)
print(S([3, 1]), repr(S()), FS(), type(S([1]).copy()).__name__, S([1, 2]) == {1, 2}, hash(FS([1])) == hash(frozenset([1])))
print(set.__reduce__({1, 2}), S([5]).__reduce__())
x = S([1])
x.attr = 5
print(x.__reduce__())
print({1, 2}.__sizeof__() > 0, set(range(100)).__sizeof__() > set().__sizeof__())
print(set("abc") == frozenset("cba"), set() == set(), {1} != {1}, {1} == [1], {1}.__eq__([1]))
print({1,2}.__or__([3]), {1}.__ror__({2}), {1}.__rsub__({1, 2}), {1}.__rxor__({2}))
# update with itself, operations with itself
s = set(range(10))
s |= s; print(s)
s &= s; print(s)
s ^= s; print(s)
s = set(range(10)); s -= s; print(s)
s = set(range(10)); print(s | s, s & s, s - s, s ^ s, s.union(s, s), s.intersection(s), s.difference(s), s.symmetric_difference(s))
s.update(s); print(s, s.issubset(s), s.isdisjoint(s), set().isdisjoint(set()))
s = set(range(10)); s.__init__([3, 2, 1]); print(s)
s.__init__(); print(s)
# pop finger
s = set(range(20)); p = [s.pop() for _ in range(5)]; s.update(range(100, 105)); print(p, s, [s.pop() for _ in range(5)])
s = set(range(20)); s.pop(); s.clear(); s.update([5, 6, 7]); print(s.pop(), s)
s = set(range(20)); s.pop(); s &= set(range(5, 30)); print(s.pop(), s)
# dict sources
d = {i * 8: None for i in range(12)}
print(set(d), frozenset(d), set(d.keys()), set(d.items()) == set((k, None) for k in d))
s = {1, 2}
s.update(d); print(s)
s = set(range(0, 200, 3)); print(s.difference({0: 1, 3: 1}), s.difference({i: 1 for i in range(0, 300, 2)}))
# iteration during change
s = set(range(5))
try:
    for x in s:
        s.discard(x)
        s.add(x + 100)
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(s))

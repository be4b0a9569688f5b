# Order of results when keys compare with a user __eq__ (the slow path).
class K:
    def __init__(self, v, h):
        self.v = v
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return "K%d" % self.v

def ks(vals, mod):
    return [K(v, v % mod) for v in vals]

A = ks(range(0, 40, 3), 7)
B = ks(range(0, 60, 4), 7)
a = set(A)
b = set(B)
print(a)
print(b)
print(a | b, b | a)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b, b ^ a)
c = set(a); c |= b; print(c)
c = set(a); c &= b; print(c)
c = set(a); c -= b; print(c)
c = set(a); c ^= b; print(c)
c = set(a); c.update(B); print(c)
c = set(a); c.difference_update(B); print(c)
c = set(a); c.symmetric_difference_update(B); print(c)
print(a.intersection(B), a.difference(B), a.symmetric_difference(B), a.union(B))
print(a <= b, a.issubset(a | b), (a | b).issuperset(B), a.isdisjoint(B))
big = set(ks(range(300), 11))
print(len(big - a), len(a - big), len(big & a), list(big - set(ks(range(0, 300, 2), 11)))[:15])
d = set(big); d.difference_update(set(ks(range(0, 300, 5), 11))); print(len(d), list(d)[:15])
small = set(ks([1, 2], 11))
e = set(small); e.difference_update(big); print(e)
mixed = {1, 2, K(1, 1), K(2, 2), 3}
print(mixed, mixed - {1, 2}, {K(1, 1)} <= mixed, mixed & set(ks([1, 2, 3], 100)))
p = set(a); print([p.pop() for _ in range(4)], p)

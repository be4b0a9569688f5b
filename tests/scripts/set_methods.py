# set/frozenset operators and methods.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7], range(8, 10)), a.intersection({1, 2}, [2, 3]), a.difference([1], [2]))
print(a.issubset(b), {3}.issubset(a), a.issuperset({1, 2}), a.isdisjoint({9}), a.isdisjoint(b))
print({1, 2} < a, a < a, a <= a, a > {1}, a >= {1, 2, 3, 4, 5}, a == {4, 3, 2, 1})
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {2}
c ^= {1, 20}
print(c)
c.add(5)
c.update([6, 7], {8})
c.intersection_update({5, 6, 7, 8, 10})
print(c)
c.difference_update([5, 6])
c.symmetric_difference_update({8, 9})
print(c)
c.discard(100)
try:
    c.remove(100)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
print(c.copy(), c.copy() is c, len(c), 7 in c, 8 not in c)
c.clear()
print(c, set(), repr(set()), frozenset(), bool(set()), bool({0}))
fs = frozenset([3, 1, 2])
print(fs, fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__, fs & {1, 9})
print(hash(fs) == hash(frozenset([1, 2, 3])), fs == {1, 2, 3}, {fs: "key"}[frozenset({1, 2, 3})])
try:
    fs.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
sets_of_sets = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(sets_of_sets), frozenset({1, 2}) in sets_of_sets)
words = "apple banana apple cherry banana apple".split()
uniq = set(words)
print(len(uniq), sorted(uniq), "apple" in uniq, sorted(uniq - {"apple"}))
print({len(w) for w in words}, {w[0] for w in words} == {"a", "b", "c"})
evens = {x for x in range(20) if x % 2 == 0}
threes = {x for x in range(20) if x % 3 == 0}
print(evens & threes, sorted(evens | threes), evens - threes)
print(set("hello") == set("olleh"), sorted(set("mississippi")), len(set("mississippi")))
print(set([1, 2, 3]).__contains__(2), {1}.__len__(), {1, 2}.__or__({3}))
print(a.__and__([1]) is NotImplemented, a & frozenset([1]))
try:
    a & [1]
except TypeError as e:
    print("TypeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print(max({3, 9, 1}), min(frozenset({3, 9, 1})), sum({1, 2, 3}), sorted({3, 1, 2}, reverse=True))
print(set.__name__, frozenset.__name__, isinstance(fs, frozenset), isinstance(set(), frozenset))

# tuples: packing/unpacking, methods, comparisons, hashing, as dict keys.
t = (1, 2, 3, 2, 1)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t.count(2), t.index(3), t.index(1, 1))
print((), (1,), (1), tuple(), tuple([4, 5]), tuple("ab"), (1, 2) + (3,), (0,) * 3)
single = 5,
print(single, type(single).__name__, len(single))
a, b, c = "xyz"
print(a, b, c)
first, *rest = [1, 2, 3, 4]
*init, last = [1, 2, 3, 4]
head, *mid, tail = range(6)
print(first, rest, init, last, head, mid, tail)
x, (y, z), w = 1, (2, 3), 4
print(x, y, z, w)
for i, (p, q) in enumerate([(1, "a"), (2, "b")]):
    print(i, p, q)
m, n = 1, 2
m, n = n, m
print(m, n)
[o, p] = (7, 8)
print(o, p)
e, *f = "a",
print(e, f)
try:
    u, v = (1, 2, 3)
except ValueError as err:
    print("ValueError:", err)
try:
    u, v, w2 = (1, 2)
except ValueError as err:
    print("ValueError:", err)
try:
    u, *v, w2 = (1,)
except ValueError as err:
    print("ValueError:", err)
try:
    t[0] = 5
except TypeError as err:
    print("TypeError:", err)
try:
    t.index(99)
except ValueError as err:
    print("ValueError:", err)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, "a") == (1, "a"), () < (0,))
print(hash((1, 2)), hash((1, 2)) == hash((1, 2)), hash(()), hash((1,)), hash((-1, -2)), hash(((1, 2), 3)))
print(hash((1, 2.0)) == hash((1, 2)), hash((True, 0)) == hash((1, False)))
grid = {(0, 0): "origin", (1, 2): "point", (-1, -1): "neg"}
print(grid[(1, 2)], grid[0, 0], (-1, -1) in grid, (5, 5) in grid, sorted(grid))
try:
    hash((1, [2]))
except TypeError as err:
    print("TypeError:", err)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested + ((6,),))
lst_in_tuple = ([1], [2])
lst_in_tuple[0].append(10)
print(lst_in_tuple)
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 8, 1, 9])
print(lo, hi, minmax("hello"))
print(tuple(x * x for x in range(5)), tuple(reversed((1, 2, 3))), sorted((3, 1, 2)))
print(1 in t, 9 not in t, max(t), sum(t), list(t), tuple(t) == t)
print([(i, j) for i in range(2) for j in "ab"], list(zip((1, 2), ("a", "b"))))
print(tuple.__name__, isinstance((), tuple), (1, 2).__len__(), (1, 2).__getitem__(-1), (1,).__add__((2,)))
rec = ("Alice", 30, ("Paris", "FR"))
name, age, (city, country) = rec
print(f"{name} ({age}) lives in {city}, {country}")
print(str((1, "a", None)), repr(("x",)), str(((),)), (1, 2) * 2)

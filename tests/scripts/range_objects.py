# range objects: len, indexing, slicing, negative steps, membership, reversed, repr.
r = range(10)
print(r, range(2, 10), range(0, 20, 3), range(10, 0, -2), range(5, 5), range(-3))
print(len(r), len(range(2, 10)), len(range(0, 20, 3)), len(range(10, 0, -2)), len(range(5, 5)), len(range(-3)))
print(list(range(0, 20, 3)), list(range(10, 0, -2)), list(range(-5, 5, 4)), list(range(5, -5, -3)))
print(r[0], r[-1], r[5], range(0, 20, 3)[-2], range(10, 0, -2)[1])
print(r[2:5], r[::2], r[::-1], r[-3:], range(0, 20, 3)[1:4], range(10, 0, -2)[::-1], r[5:2])
print(list(r[::-3]), list(range(1, 100, 7)[3:9:2]))
print(5 in r, 10 in r, -1 in r, 9 in range(0, 20, 3), 12 in range(0, 20, 3), 4.0 in r, "a" in r)
print(r.index(7), range(0, 20, 3).index(9), r.count(3), range(0, 20, 3).count(10))
try:
    r.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(list(reversed(range(5))), list(reversed(range(0, 10, 3))), list(reversed(range(10, 0, -4))))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), range(3) == range(0, 3, 1), range(1) != range(2))
big = range(0, 10 ** 20, 3)
print(big[10 ** 18], 10 ** 19 + 1 in big, big[-1], big)
print(r.start, r.stop, r.step, range(1, 10, 4).step, range(7).start)
print(sum(range(101)), max(range(0, 50, 7)), min(range(10, 0, -3)), sorted(range(3, 0, -1)))
total = 0
for i in range(1, 11):
    if i % 2:
        continue
    total += i
print(total)
for i in range(3, -1, -1):
    print(i, end=" ")
print()
print([i for i in range(10) if i % 3 == 0], list(map(lambda i: i * i, range(5))))
print(list(zip(range(3), range(10, 13))), dict(zip(range(3), "abc")))
print(bool(range(0)), bool(range(1)), hash(range(3)) == hash(range(0, 3)), type(r).__name__)
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
print(list(range(-10, -1, 3)), list(range(-1, -10, -3)), range(-10, -1, 3)[1], len(range(-1, -10, -3)))
print(list(range(2 ** 64, 2 ** 64 + 3)), range(2 ** 64)[-1])
s = slice(1, 8, 3)
print(s, s.start, s.stop, s.step, s.indices(5), list(range(10))[s], "abcdefghij"[s])
print(slice(None), slice(None, -1).indices(4), slice(-100, 100, -1).indices(6), slice(10, None, -2).indices(5))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), repr(slice("a", None, [1])))

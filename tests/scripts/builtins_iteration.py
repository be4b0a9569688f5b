# enumerate, zip, map, filter, reversed, iter/next, any/all, sum.
names = ["ann", "bob", "cy"]
print(list(enumerate(names)), list(enumerate(names, 1)), list(enumerate(names, start=-1)))
for i, n in enumerate(names, start=100):
    print(i, n, end="; ")
print()
print(list(zip([1, 2, 3], "abc")), list(zip([1, 2], "abcdef", (True, False, None))), list(zip()))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])), dict(zip(names, range(3))))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print(list(map(str.upper, names)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])), list(map(pow, [2, 3], [3, 2])))
print(list(map(len, names)), list(map(int, ["1", "-2"])), list(map(abs, [-1, 2, -3])))
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, 2.5])), list(filter(lambda x: x % 2, range(10))))
print(list(filter(str.isdigit, ["1", "a", "22", ""])), list(filter(None, ())))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return self.n - i
print(list(reversed(Countdown(4))), list(Countdown(3)), 2 in Countdown(3))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
it = iter([10, 20])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
print(any([]), all([]), any([0, "", 1]), all([1, "a", [0]]), all([1, 0]), any(x > 3 for x in range(5)))
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum((0.5, 0.25)), sum(range(1, 101)), sum([1.5, 2], start=1))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
e = enumerate("xy")
print(next(e), list(e), list(e))
z = zip(range(3), range(3))
print(next(z), list(z))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
calls = []
def tracked(x):
    calls.append(x)
    return x > 1
lazy = filter(tracked, [1, 2, 3])
print(calls)
print(next(lazy), calls)
print(list(lazy), calls)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter(range(1))).__name__)
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(int, [])).__name__, type(reversed([])).__name__)
data = [3, 8, 1, 9, 4]
print([x for _, x in sorted(zip([5, 1, 4, 2, 3], data))])
total = 0
for a, (b, c) in zip(range(3), zip("abc", [1.5, 2.5, 3.5])):
    total += c * a
print(total)
print(list(zip(*zip(*[[1, 2], [3, 4]]))), [*map(str, range(3)), *"xy"])

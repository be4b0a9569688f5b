# list methods, sorting, copying, aliasing.
a = [3, 1, 4, 1, 5]
a.append(9)
print(a)
a.extend([2, 6])
a.extend(range(2))
a.extend("ab")
print(a)
a.insert(0, "first")
a.insert(-1, "before-last")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
a.remove(1)
print(a, a.count(1), a.count("zz"), a.index(5), a.index(1, 3), a.index("a", 2, 20))
print(a.pop(), a.pop(0), a.pop(-2), a.pop(2), a)
try:
    a.remove("missing")
except ValueError as e:
    print("ValueError:", e)
try:
    a.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].pop(5)
except IndexError as e:
    print("IndexError:", e)
nums = [5, 2, 9, 1, 5, 6, -3, 0]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y"), (3, "c")]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
words.reverse()
print(words)
c = words.copy()
c.append("new")
print(len(words), len(c), c is words, c == words + ["new"])
c.clear()
print(c, words[:2])
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
x = [1, 2]
y = x
y += [3]
print(x, x is y)
y = y + [4]
print(x, y, x is y)
nested = [1, [2, [3, [4]]]]
inner = nested[1][1]
inner.append(5)
print(nested, len(nested), nested[1][1][1][0])
print([1, 2, 3] * 2, [0] * 0, [[]] * 2, [1, 2] + [3], 3 in [1, 2, 3], [1, 2] in [[1, 2]])
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [1, "a"] == [1, "a"])
print(list(), list((1, 2)), list("hi"), list({3: 0, 1: 0}), list(range(5, 0, -2)))
print(len([]), len([[], []]), max([3, 7, 2]), min([3, 7, 2]), sum([1, 2, 3]))
lst = list(range(10))
print(lst[::2], lst[1::3], lst[::-1], lst[-3:], lst[8:2:-2])
stack = []
for i in range(4):
    stack.append(i * i)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue)
m = [3, 1, 2]
print(m.sort(), m, sorted(m, reverse=True), m.reverse(), m)
try:
    [3, "a", 1].sort()
except TypeError as e:
    print("TypeError:", e)
data = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 20)]
print(sorted(data, key=lambda r: (-r[1], r[0])))
print(sorted(sorted(data), key=lambda r: r[1]))
l2 = [1, 2, 3]
l2[1] = "two"
l2[-1] += 10
print(l2, l2.__len__(), l2.__getitem__(0), [1, 2].__add__([3]), [9].__mul__(2))
print(list.__name__, type([]).__name__, isinstance([], list), [] is not [])

# sorted()/list.sort() with keys all ints, floats or strs take a fast path: the same
# (stable) order as comparing one by one, including -0.0 == 0.0 and reverse=True.
import random
random.seed(5)
a = [random.randint(-50, 50) for _ in range(2000)]
print(sorted(a)[:10], sorted(a, reverse=True)[:10])
pairs = [(random.randint(0, 5), i) for i in range(50)]
print(sorted(pairs, key=lambda p: p[0])[:12])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:12])
print(sorted([0.0, -0.0, 1.5, -2.25, 0.0]), sorted([-0.0, 0.0]), sorted([0.0, -0.0]))
print(sorted([1.0, float("nan"), 0.5]))
print(sorted(["b", "a", "é", "A", "ab", ""]), sorted(["x", "y"], reverse=True))
print(sorted([3, 1.5, 2]), sorted([True, 0, -1]))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
l = [5, 3, 9]; l.sort(); print(l)
big = list(range(100000, 0, -1)); big.sort(); print(big[:3], big[-1])

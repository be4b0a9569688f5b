# itertools.
import itertools as it
import operator
print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 5), 4)), list(it.islice(it.count(1.5, 0.5), 3)))
print(list(it.islice(it.cycle("abc"), 8)), list(it.repeat("x", 3)), list(zip(range(3), it.repeat(0))))
print(list(it.chain([1, 2], "ab", (3,))), list(it.chain.from_iterable([[1], [2, 3], []])))
print(list(it.islice("abcdefg", 2)), list(it.islice("abcdefg", 2, 5)), list(it.islice("abcdefg", 1, None, 2)), list(it.islice(range(10), 0, 10, 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([], initial=0)), list(it.accumulate("abc")))
print(list(it.product("ab", [1, 2])), len(list(it.product(range(3), repeat=3))), list(it.product([0, 1], repeat=2)))
print(list(it.permutations("abc")), list(it.permutations(range(3), 2)))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(4), 3)), list(it.combinations([], 0)))
print(list(it.combinations_with_replacement("abc", 2)))
data = [("a", 1), ("a", 2), ("b", 3), ("a", 4), ("c", 5), ("c", 6)]
print([(k, [v for _, v in g]) for k, g in it.groupby(data, key=lambda kv: kv[0])])
print([(k, len(list(g))) for k, g in it.groupby("aaabbbcccaab")], [k for k, _ in it.groupby(sorted("mississippi"))])
print(list(it.zip_longest("abc", [1, 2])), list(it.zip_longest("a", "bcd", fillvalue="-")))
print(list(it.starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(it.starmap(lambda a, b: a + b, zip("ab", "cd"))))
print(list(it.takewhile(lambda x: x < 5, [1, 3, 6, 2])), list(it.dropwhile(lambda x: x < 5, [1, 3, 6, 2])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, "", "a"])))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), [list(t) for t in it.tee("xy", 3)])
print(list(it.pairwise("abcd")), list(it.pairwise([1])), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.compress(range(10), it.cycle([True, False]))))
counter = it.count(1)
print(next(counter), next(counter), next(counter))
print(sum(1 for _ in it.combinations(range(10), 4)), len(list(it.permutations(range(5)))))
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(list(it.chain(*grid)), [sum(col) for col in zip(*grid)])
def running_totals(xs):
    return list(it.accumulate(xs))
print(running_totals([5, -2, 7, 1]))
batches = []
source = iter(range(10))
while batch := list(it.islice(source, 4)):
    batches.append(batch)
print(batches)
print(["".join(p) for p in it.product("01", repeat=3)])
print(dict(it.zip_longest("abc", range(2))), list(it.chain.from_iterable(it.repeat("ab", 2))))
g = it.groupby([1, 1, 2, 2, 2, 3])
k1, grp1 = next(g)
k2, grp2 = next(g)
print(k1, list(grp1), k2, list(grp2))
print(list(it.islice(it.cycle([]), 3)), list(it.repeat(7, 0)), list(it.product()))

# itertools: infinite iterators, terminating iterators, combinatorics
import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile, filterfalse,
                       groupby, islice, pairwise, starmap, takewhile, tee, zip_longest, product,
                       permutations, combinations, combinations_with_replacement)
import operator


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


print("--- count / cycle / repeat")
print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(2.5, 0.5), 3)), list(islice(count(5, -1), 3)))
c = count(7)
print(c, next(c), next(c), c, count(1, 2), count(1.0), count(0, 0.25), count(3, 1))
attempt(lambda: count('a'))
print(list(islice(cycle('abc'), 8)), list(cycle([])))
print(list(repeat('x', 3)), list(repeat(1, 0)), list(repeat(1, -5)), list(islice(repeat(None), 2)))
r = repeat(4, 3)
print(r, next(r), r, repeat('a'), repeat('a', -2), operator.length_hint(repeat(1, 5)))
print(list(map(pow, range(5), repeat(2))))
print(list(zip(count(1), 'abc')))

print("--- accumulate / chain / compress")
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([])))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=0)))
print(list(accumulate('abc')), list(accumulate([1.5, 2.5])))
print(list(chain('ab', [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(['xy', 'z'])))
print(list(chain.from_iterable(([i] * i for i in range(4)))))
attempt(lambda: list(chain(1, 2)))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress(range(10), cycle([0, 1]))))

print("--- dropwhile / takewhile / filterfalse / starmap")
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.add, zip('ab', 'cd'))))
it = iter(range(10))
print(list(takewhile(lambda x: x < 3, it)), list(it))

print("--- groupby")
print([k for k, g in groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby(sorted('mississippi'))])
data = [('a', 1), ('a', 2), ('b', 3), ('a', 4)]
for key, grp in groupby(data, key=operator.itemgetter(0)):
    print(key, list(grp))
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
gb = groupby('aaabbc')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
print(list(groupby([])), [(k, list(g)) for k, g in groupby([1, 1.0, True, 2])])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])

print("--- islice")
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(range(20), 1, 15, 4)), list(islice(range(3), 10)), list(islice(range(10), 3, 3)), list(islice(count(), 2, 12, 3)))
it = iter(range(10))
print(list(islice(it, 0, 5, 2)), list(it))
it = iter(range(10))
print(list(islice(it, 0, 6, 2)), list(it))
it = iter(range(10))
print(list(islice(it, 4)), next(it))
print(list(islice(range(10), None)), list(islice(range(10), None, None, None)), list(islice(range(10), 5, None, None)))
attempt(lambda: islice([1], -1))
attempt(lambda: islice([1], 'a'))
attempt(lambda: islice([1], -1, 2))
attempt(lambda: islice([1], 0, 2, 0))
attempt(lambda: islice([1], 0, 2, -1))
attempt(lambda: islice([1]))
attempt(lambda: islice([1], 1, 2, 3, 4))
attempt(lambda: islice(5, 2))

print("--- pairwise / tee / zip_longest")
print(list(pairwise('ABCD')), list(pairwise('A')), list(pairwise([])))
a, b = tee([1, 2, 3])
print(next(a), next(a), list(b), list(a))
t1, t2, t3 = tee(iter('xyz'), 3)
print(list(t1), list(zip(t2, t3)))
print(tee([1], 0), len(tee([1])))
x1, x2 = tee(range(5))
y1, y2 = tee(x1)
print(list(y1), list(y2), list(x2))
attempt(lambda: tee([1], -1))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('AB', range(3))), list(zip_longest()))
print(list(zip_longest([1], [], [2, 3])))

print("--- combinatorics")
print(list(product('ab', range(2))), list(product([0, 1], repeat=3)))
print(list(product()), list(product('ab', [])), list(product('ab', repeat=0)), len(list(product(range(3), repeat=4))))
print(list(product('ab', 'cd', repeat=2))[:5])
print(list(permutations('ABC', 2)), list(permutations(range(3))))
print(list(permutations([])), list(permutations('ab', 3)), list(permutations('abc', 0)), len(list(permutations(range(5)))))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)), list(combinations('ab', 0)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement('ab', 0)))
print(len(list(combinations(range(10), 4))), len(list(combinations_with_replacement(range(5), 3))))
attempt(lambda: permutations('ab', -1))
attempt(lambda: combinations('ab', -1))
attempt(lambda: combinations_with_replacement('ab', -1))
attempt(lambda: product('ab', repeat=-1))
attempt(lambda: combinations('ab'))

print("--- recipes")


def take(n, iterable):
    return list(islice(iterable, n))


def roundrobin(*iterables):
    iterators = map(iter, iterables)
    for num_active in range(len(iterables), 0, -1):
        iterators = cycle(islice(iterators, num_active))
        yield from map(next, iterators)


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))


def sliding_window(iterable, n):
    from collections import deque
    it = iter(iterable)
    window = deque(islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)


print(take(3, count(100)), list(powerset([1, 2, 3])), list(unique_justseen('AAAABBBCCDAABBB')))
print(list(sliding_window('ABCDEFG', 4)))
try:
    print(list(roundrobin('ABC', 'D', 'EF')))
except Exception as e:
    print(type(e).__name__)
print(sum(1 for _ in islice(count(), 1000)), list(itertools.chain(*[[1], [2]])))

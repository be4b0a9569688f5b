# bisect: bisect_left/right, insort_left/right, key=, lo/hi
import bisect
from bisect import bisect_left, bisect_right, insort, insort_left, insort_right


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


a = [1, 2, 4, 4, 4, 8, 10]
for x in [0, 1, 3, 4, 5, 10, 11]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 4, 3), bisect_right(a, 4, 0, 4), bisect_left(a, 4, 0, 2), bisect_right(a, 4, hi=-1))
print(bisect_left([], 5), bisect_right([], 5))


def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    i = bisect.bisect(breakpoints, score)
    return grades[i]


print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100]])
lst = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    insort(lst, v)
print(lst)
insort_left(lst, 5)
insort_right(lst, 0)
print(lst)
recs = [('black', 0), ('blue', 1), ('red', 2), ('yellow', 3)]
keys = [r[1] for r in recs]
print(recs[bisect_left(keys, 2)])
by_len = sorted(['ccc', 'a', 'bb', 'dddd'], key=len)
print(bisect_left(by_len, 2, key=len), bisect_right(by_len, 2, key=len))
insort(by_len, 'zz', key=len)
insort_left(by_len, 'yy', key=len)
print(by_len)
attempt(lambda: bisect_left([1], 1, -1))
attempt(lambda: bisect_right([1, 2, 3], 5, 0, 10))
print(bisect_left(['a', 'c', 'e'], 'd'), bisect_right((1, 2, 3), 2), bisect_left(range(0, 100, 5), 37))

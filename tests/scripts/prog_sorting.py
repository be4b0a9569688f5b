# Classic sorting algorithms implemented by hand, checked against sorted().
import random
def bubble_sort(a):
    a = list(a)
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a
def insertion_sort(a):
    a = list(a)
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
def selection_sort(a):
    a = list(a)
    for i in range(len(a)):
        m = min(range(i, len(a)), key=a.__getitem__)
        a[i], a[m] = a[m], a[i]
    return a
def quicksort(a):
    if len(a) <= 1:
        return list(a)
    pivot = a[len(a) // 2]
    return quicksort([x for x in a if x < pivot]) + [x for x in a if x == pivot] + quicksort([x for x in a if x > pivot])
def quicksort_inplace(a, lo=0, hi=None):
    if hi is None:
        hi = len(a) - 1
    if lo < hi:
        pivot = a[hi]
        i = lo
        for j in range(lo, hi):
            if a[j] <= pivot:
                a[i], a[j] = a[j], a[i]
                i += 1
        a[i], a[hi] = a[hi], a[i]
        quicksort_inplace(a, lo, i - 1)
        quicksort_inplace(a, i + 1, hi)
    return a
def merge_sort(a, key=lambda x: x):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left, right = merge_sort(a[:mid], key), merge_sort(a[mid:], key)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out
def heap_sort(a):
    a = list(a)
    n = len(a)
    def sift(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return
    for start in range(n // 2 - 1, -1, -1):
        sift(start, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end - 1)
    return a
def counting_sort(a):
    if not a:
        return []
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]
random.seed(7)
data = [random.randint(-50, 50) for _ in range(30)]
print(data)
algorithms = [bubble_sort, insertion_sort, selection_sort, quicksort, merge_sort, heap_sort, counting_sort]
expected = sorted(data)
print(expected)
for alg in algorithms:
    result = alg(data)
    print(f"{alg.__name__:<15} {result == expected} {result[:6]}")
print("inplace quicksort:", quicksort_inplace(list(data)) == expected)
for case in [[], [1], [2, 1], [1, 1, 1], list(range(10, 0, -1)), ["pear", "apple", "fig"], [3.5, -1.25, 2.0]]:
    outs = [alg(case) for alg in algorithms if alg is not counting_sort or all(isinstance(x, int) for x in case)]
    print(case, "->", outs[0], all(o == sorted(case) for o in outs))
people = [("bob", 25), ("amy", 30), ("cat", 25), ("dan", 30), ("eve", 25)]
print(merge_sort(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1]) == merge_sort(people, key=lambda p: p[1]))
big = [random.random() for _ in range(500)]
print(merge_sort(big) == sorted(big), heap_sort(big) == sorted(big), quicksort(big)[:2] == sorted(big)[:2])
words = "the quick brown fox jumps over the lazy dog".split()
print(quicksort(words), merge_sort(words, key=len))
def binary_search(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
print([binary_search(expected, v) for v in [-100, expected[0], 0, expected[-1], 100]])

# heapq: push/pop/heapify/replace/pushpop, nlargest/nsmallest, merge
import heapq
import random


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))], h)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 11, -4, 6]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 100), data)
print(heapq.heappushpop(data, -50), heapq.heappushpop(data, 3), data)
print(heapq.heappushpop([], 3))
attempt(lambda: heapq.heappop([]))
attempt(lambda: heapq.heapreplace([], 1))
attempt(lambda: heapq.heappush((), 1))
attempt(lambda: heapq.heapify((1, 2)))

tasks = []
heapq.heappush(tasks, (2, 'write code'))
heapq.heappush(tasks, (1, 'write spec'))
heapq.heappush(tasks, (3, 'test'))
heapq.heappush(tasks, (1, 'design'))
while tasks:
    print(heapq.heappop(tasks))


def heapsort(iterable):
    hp = []
    for value in iterable:
        heapq.heappush(hp, value)
    return [heapq.heappop(hp) for _ in range(len(hp))]


print(heapsort([1, 3, 5, 7, 9, 2, 4, 6, 8, 0]))
strs = ['pear', 'fig', 'apple', 'kiwi', 'banana', 'date', 'plum']
heapq.heapify(strs)
print(strs)

print(heapq.nlargest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]), heapq.nsmallest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]))
print(heapq.nlargest(1, [3, 1, 2]), heapq.nsmallest(1, []), heapq.nlargest(0, [1]), heapq.nsmallest(-2, [1]), heapq.nlargest(10, [2, 1]))
portfolio = [{'name': 'IBM', 'shares': 100, 'price': 91.1},
             {'name': 'AAPL', 'shares': 50, 'price': 543.22},
             {'name': 'FB', 'shares': 200, 'price': 21.09},
             {'name': 'HPQ', 'shares': 35, 'price': 31.75},
             {'name': 'YHOO', 'shares': 45, 'price': 16.35},
             {'name': 'ACME', 'shares': 75, 'price': 115.65}]
print([s['name'] for s in heapq.nsmallest(3, portfolio, key=lambda s: s['price'])])
print([s['name'] for s in heapq.nlargest(2, portfolio, key=lambda s: s['shares'])])
pairs = [(i % 7, i) for i in range(3000)]
print(heapq.nsmallest(5, pairs, key=lambda p: p[0]), heapq.nlargest(5, pairs, key=lambda p: p[0]))
print(heapq.nsmallest(4, iter(range(10000, 0, -1))), heapq.nlargest(4, (x * x % 1013 for x in range(5000))))

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2], reverse=True)), list(heapq.merge()), list(heapq.merge([1, 2])))
print(list(heapq.merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda t: t[0])))

rng = random.Random(0)
for trial in range(3):
    items = [rng.randrange(100) for _ in range(50)]
    hh = list(items)
    heapq.heapify(hh)
    ok = all(hh[i] <= hh[c] for i in range(len(hh)) for c in (2 * i + 1, 2 * i + 2) if c < len(hh))
    print(ok, hh[:8], [heapq.heappop(hh) for _ in range(5)] == sorted(items)[:5])

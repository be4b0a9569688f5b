# A deque shared by threads: every operation (append/appendleft/pop/popleft/
# extend/rotate, and insert/remove in the middle) is atomic, so no item is
# ever lost or duplicated, as CPython guarantees for its deque.
import threading
from collections import deque

N = 4000
d = deque()
got = [[] for _ in range(4)]
produced = threading.Semaphore(0)


def producer(k):
    for i in range(N):
        if i % 2:
            d.append((k, i))
        else:
            d.appendleft((k, i))
        produced.release()


def consumer(j):
    for n in range(N):
        produced.acquire()
        got[j].append(d.popleft() if n % 2 else d.pop())


threads = [threading.Thread(target=producer, args=(k,)) for k in range(4)]
threads += [threading.Thread(target=consumer, args=(j,)) for j in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
items = [x for g in got for x in g]
print(len(items), len(set(items)), len(d))
print(sorted(items) == sorted((k, i) for k in range(4) for i in range(N)))

# extend and rotate from several threads at once: the total is exact.
d = deque(range(100))


def churn():
    for _ in range(300):
        d.extend([1, 2])
        d.rotate(3)
        d.pop()
        d.popleft()


ts = [threading.Thread(target=churn) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(d))

# A bounded deque keeps exactly maxlen items under concurrent appends.
b = deque(maxlen=50)


def fill(k):
    for i in range(2000):
        b.append(i)
        b.appendleft(-i)


ts = [threading.Thread(target=fill, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(b), b.maxlen)

# extend() runs its iterable's code outside the deque's lock: an iterable
# that touches the same deque does not deadlock.
e = deque([1, 2, 3])
e.extend(x * 10 for x in list(e) if e)
print(e)

# insert and remove in the middle while other threads rotate.
m = deque(range(10))


def middle(k):
    for i in range(500):
        m.insert(len(m) // 2, (k, i))
        m.rotate(1)
        m.remove((k, i))


ts = [threading.Thread(target=middle, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(m), sorted(m) == list(range(10)))

# Producer/consumer: THREADS producers put items into one bounded queue.Queue and THREADS
# consumers take them out and do a little work on each. Measures the queue's locks and
# condition variables under contention, plus the consumers' CPU work.
import queue
import threading

from _harness import checksum, shares, size, threads

N = size(40_000)
T = max(1, threads())
q = queue.Queue(maxsize=128)
results = [0] * T


def produce(start, stop):
    for i in range(start, stop):
        q.put(i)


def consume(k):
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        v = item
        for _ in range(40):
            v = (v * 17 + 11) % 65_521
        total += v
    results[k] = total


consumers = [threading.Thread(target=consume, args=(k,)) for k in range(T)]
producers = [threading.Thread(target=produce, args=span) for span in shares(N, T)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
checksum(N, sum(results))

# Mixed: each task computes for a few milliseconds and then sleeps 5 ms, like a server
# handling requests. With a GIL only the sleeps overlap; without one both do.
import time

from _harness import checksum, run


def task(i):
    acc = i
    for j in range(12_000):
        acc = (acc * 31 + j) % 1_000_003
    return acc


def work(start, stop):
    total = 0
    for i in range(start, stop):
        total += task(i)
        time.sleep(0.005)
    return total


checksum(sum(run(work, 60)))

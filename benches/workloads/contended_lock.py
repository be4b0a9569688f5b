# Contended lock: every thread adds to one shared counter under one threading.Lock, so the
# threads serialise on the lock in both builds; this shows what a lock hand-off costs.
import threading

from _harness import checksum, run

lock = threading.Lock()
counter = 0
updates = 0


def work(start, stop):
    global counter, updates
    for i in range(start, stop):
        with lock:
            counter += i & 0xFF
            updates += 1


run(work, 800_000)
checksum(updates, counter)

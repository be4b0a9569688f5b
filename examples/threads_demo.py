"""Split CPU-bound work over threads and time it: run it in both builds to see the GIL.

    cargo run --release -- examples/threads_demo.py                  # free-threaded
    cargo run --release --features gil -- examples/threads_demo.py   # GIL build
"""
import sys
import threading
import time


def count_primes(lo, hi):
    found = 0
    for n in range(max(lo, 2), hi):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            found += 1
    return found


def run(threads, limit=150_000):
    results = [0] * threads
    chunk = 1000

    # Thread i takes blocks i, i + threads, i + 2 * threads... of 1000 numbers: big numbers
    # cost more to test, so one contiguous range per thread would leave the thread with the
    # top range working longest.
    def worker(i):
        results[i] = sum(
            count_primes(lo, min(lo + chunk, limit))
            for lo in range(i * chunk, limit, threads * chunk)
        )

    ts = [threading.Thread(target=worker, args=(i,)) for i in range(threads)]
    start = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return sum(results), time.perf_counter() - start


# sys._is_gil_enabled() is new in CPython 3.13; older CPythons always have the GIL.
build = "GIL" if getattr(sys, "_is_gil_enabled", lambda: True)() else "free-threaded"
print(f"{sys.implementation.name} ({build} build): counting primes below 150000")
base = None
for n in (1, 2, 4):
    primes, seconds = run(n)
    base = base or seconds
    print(f"  {n} thread(s): {primes} primes in {seconds:.2f} s  (speedup {base / seconds:.2f}x)")

# Shared by the workloads. Command line: `workload.py [THREADS [SIZE]]`.
#
# THREADS (default 1) is how many threads share the work; SIZE (default: the workload's own)
# is the fixed total amount of work, whatever THREADS is. Every workload prints one line
# `checksum ...` whose value depends on SIZE but never on THREADS: `cargo xtask compare`
# checks that all runs of a workload agree.
import sys


def threads():
    """The thread count from argv[1] (default 1)."""
    return int(sys.argv[1]) if len(sys.argv) > 1 else 1


def size(default):
    """The total amount of work from argv[2], or `default`."""
    return int(sys.argv[2]) if len(sys.argv) > 2 else default


def shares(total, n):
    """Split range(total) into n contiguous (start, stop) parts (some may be empty)."""
    step = (total + n - 1) // n if n > 0 else total
    return [(min(total, i * step), min(total, (i + 1) * step)) for i in range(n)]


def run(work, total):
    """Call work(start, stop) for each thread's share of range(size(total)); return the results.

    With one thread the work runs in the main thread (no threading import at all)."""
    total = size(total)
    n = threads()
    if n <= 1:
        return [work(0, total)]
    import threading
    results = [None] * n

    def body(i, start, stop):
        results[i] = work(start, stop)

    ts = [threading.Thread(target=body, args=(i, a, b)) for i, (a, b) in enumerate(shares(total, n))]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return results


def checksum(*values):
    """Print the checksum line the runner compares across runs."""
    print("checksum", *values)


def tmpdir():
    """A directory for scratch files."""
    import os
    return os.getenv("TMPDIR") or "/tmp"

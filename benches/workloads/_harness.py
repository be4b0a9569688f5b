# Shared by the workloads: split `total` units of work over `threads` threads.
import sys


def run(work, total):
    """Call work(start, stop) for each thread's share of range(total); return the results."""
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    if threads <= 1:
        return [work(0, total)]
    import threading
    results = [None] * threads
    step = (total + threads - 1) // threads

    def body(i):
        results[i] = work(i * step, min(total, (i + 1) * step))

    ts = [threading.Thread(target=body, args=(i,)) for i in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return results

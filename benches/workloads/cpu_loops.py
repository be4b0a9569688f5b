# CPU-bound pure Python: integer arithmetic in tight loops. The checksum is a sum of
# per-item values, so it does not depend on how the work is split between threads.
from _harness import run


def work(start, stop):
    acc = 0
    for i in range(start, stop):
        v = (i * i + 7 * i) % 1000003
        if i & 1:
            v ^= i & 0xFFFF
        acc += v
    return acc


parts = run(work, 3_000_000)
print("checksum", sum(parts) % 1000003)

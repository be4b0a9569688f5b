# CPU-bound pure Python: integer arithmetic in tight loops (like a checksum).
from _harness import run


def work(start, stop):
    acc = 0
    for i in range(start, stop):
        acc = (acc * 31 + i * i) % 1000003
        if i & 1:
            acc ^= i
    return acc


parts = run(work, 3_000_000)
print("checksum", sum(parts) % 1000003)

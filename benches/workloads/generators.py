# Generators, comprehensions and builtins (sum, sorted, zip, enumerate).
from _harness import run


def gen(n):
    for i in range(n):
        if i % 3:
            yield i * 2


def work(start, stop):
    total = 0
    for k in range(start, stop):
        data = [x for x in gen(500)]
        total += sum(a * b for a, b in zip(data, reversed(data))) % 1000
        total += sorted(data, key=lambda v: -v)[0]
        total += sum(i for i, _ in enumerate(data) if i % 7 == 0)
    return total


print("checksum", sum(run(work, 2_000)))

# Containers and strings: dict counting, list building, string methods and formatting.
# Every term of the checksum is a sum over items, so it does not depend on the thread count.
from _harness import run

WORDS = "the quick brown fox jumps over the lazy dog and runs far away from home".split()


def work(start, stop):
    counts = {}
    out = []
    for i in range(start, stop):
        w = WORDS[i % len(WORDS)]
        key = f"{w}-{i % 97}"
        counts[key] = counts.get(key, 0) + 1
        if i % 1000 == 0:
            out.append(key.upper().replace("-", "_"))
    keyed = sum(len(k) * n for k, n in counts.items())
    return keyed + sum(counts.values()) + len("".join(out))


print("checksum", sum(run(work, 600_000)))

# Allocation-heavy: each item builds an object, a dict, a list and a tuple, keeps a short
# window of recent items alive and frees the rest, so the allocator and reference counting
# dominate. Threads share nothing.
from _harness import checksum, run


class Node:
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.tags = [key, value, key ^ value]


def work(start, stop):
    window = []
    total = 0
    for i in range(start, stop):
        node = Node(i, i * 3 % 1001)
        record = {"id": i, "node": node, "pair": (i, node.value)}
        window.append(record)
        if len(window) > 64:
            old = window.pop(0)
            total += old["pair"][1] + len(old["node"].tags)
        total += len([node.key, node.value])
    for record in window:
        total += record["pair"][1] + len(record["node"].tags)
    return total


checksum(sum(run(work, 400_000)))

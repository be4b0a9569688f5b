# dict insertion order after deletions and re-insertions; iteration patterns.
d = {}
for ch in "hello world":
    d[ch] = d.get(ch, 0) + 1
print(d)
del d["l"]
d["l"] = 99
print(d)
d["h"] = 0
print(list(d))
for key in ["e", " ", "w"]:
    del d[key]
print(d)
d["e"] = "back"
print(d)
big = {i: i * i for i in range(20)}
for i in range(0, 20, 3):
    del big[i]
print(big)
for i in range(0, 20, 3):
    big[i] = -i
print(list(big.items())[-7:])
print(list(big)[:10])
mixed = {}
mixed[3] = "int"
mixed["3"] = "str"
mixed[3.5] = "float"
mixed[(3,)] = "tuple"
mixed[None] = "none"
mixed[False] = "bool"
mixed[0] = "zero overwrites False"
print(mixed)
ordered = dict.fromkeys([5, 3, 9, 1, 3, 5, 7])
print(list(ordered))
for k, v in {"x": 1, "y": 2}.items():
    print(k, v, end="; ")
print()
for i, (k, v) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(i, k, v)
d2 = {"one": 1, "two": 2, "three": 3}
print([k for k in d2 if d2[k] > 1], [v for v in d2.values()], list(map(len, d2)))
print(next(iter(d2)), next(iter(d2.values())), next(reversed(d2.items())))
d3 = dict(d2)
d3.pop("one")
d3["one"] = 1
print(d2 == d3, list(d2) == list(d3), list(d3))
popped = []
while d3:
    popped.append(d3.popitem())
print(popped)
inv = {}
for name, group in [("ann", "a"), ("bob", "b"), ("amy", "a"), ("ben", "b"), ("cat", "c")]:
    inv.setdefault(group, []).append(name)
print(inv)
matrix = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print(matrix[(2, 1)], [matrix[r, r] for r in range(3)], len(matrix))
cache = {}
def fib(n):
    if n in cache:
        return cache[n]
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    cache[n] = result
    return result
print(fib(80), list(cache)[:10], len(cache))
keys = list(range(100))
dd = {}
for k in keys:
    dd[k] = k
for k in keys[::2]:
    del dd[k]
for k in keys[::4]:
    dd[k] = "again"
print(list(dd)[:8], list(dd)[-8:], len(dd))

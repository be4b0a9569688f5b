# dict methods, views, merging, comprehension.
d = {"b": 2, "a": 1, "c": 3}
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), d.get("b", 0), "a" in d, 1 in d)
d["d"] = 4
d["a"] = 100
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.setdefault("a", -1), d.setdefault("e", 5), d.setdefault("f"), d)
print(d.pop("f"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    d[[1]] = 1
except TypeError as e:
    print("TypeError:", e)
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
d.update({"x": 1, "a": 0})
d.update([("y", 2)], z=3)
d.update(w=4)
print(d)
c = d.copy()
c["new"] = True
print(len(d), len(c), "new" in d)
c.clear()
print(c, bool(c), bool(d))
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0), dict.fromkeys(["k"], []))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
k = {"a": 1, "b": 2, "c": 3}.keys()
print(k & {"b", "c", "d"} == {"b", "c"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(k == {"a", "b", "c"}, {"a": 1}.keys() <= k, "b" in k, len(k), isinstance(k, type({}.keys())))
items = {"a": 1, "b": 2}.items()
print(("a", 1) in items, ("a", 2) in items, sorted(items | {("c", 3)}))
live = {1: "one"}
view = live.keys()
vals = live.values()
live[2] = "two"
print(list(view), list(vals), len(view))
m1 = {"a": 1, "b": 2}
m2 = {"b": 20, "c": 30}
print(m1 | m2, m2 | m1, {**m1, **m2}, dict(m1, **m2))
m1 |= m2
print(m1)
m1 |= [("d", 4)]
print(m1)
squares = {n: n * n for n in range(6)}
print(squares, {n: s for n, s in squares.items() if s % 2 == 0})
inverted = {v: k for k, v in {"x": 1, "y": 2, "z": 1}.items()}
print(inverted)
print({k: v for k, v in zip("abc", range(3))}, dict(zip([1, 2], ["p", "q"])), dict(enumerate("xy")))
counts = {}
for w in "the quick the lazy the end quick".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {"a": {"b": {"c": [1, 2, {"d": None}]}}, "t": (1, "x"), 1: 1.5, None: True, (1, 2): frozenset()}
print(nested, nested["a"]["b"]["c"][2]["d"])
print(repr({}), str({1: {}}), {True: "bool", 1: "int", 1.0: "float"}, {1: "a", True: "b"})
print(list(reversed({"x": 1, "y": 2, "z": 3})), list(reversed({"x": 1}.items())))
dd = {1: "a", 2: "b"}
for key in list(dd):
    dd[key * 10] = dd.pop(key)
print(dd)
try:
    for key in dd:
        dd["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print({1: 2} == {1: 2.0}, {1: 2, 3: 4} == {3: 4, 1: 2}, dict() == {}, dict(a=1) != {"a": 2})
print(dict.__name__, type({}).__name__, {}.__len__(), {"q": 1}.__getitem__("q"), {"q": 1}.__contains__("r"))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.values()), min({"b": 1, "a": 2}), sum({1: 0, 2: 0}))

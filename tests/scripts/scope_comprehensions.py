# Comprehensions: nesting, conditions, scoping, walrus, leak rules.
print([x * y for x in range(1, 4) for y in range(1, 4) if x != y])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([x for x in range(20) if x % 2 if x % 3], [x if x % 2 else -x for x in range(6)])
print({x % 5 for x in range(20)}, {x: x ** 2 for x in range(5) if x}, {c: i for i, c in enumerate("abca")})
print([(i, c) for i, row in enumerate(["ab", "c"]) for c in row])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [v for row in matrix for v in row])
print(sum(x * x for x in range(10)), list(x for x in "abc"), tuple(n for n in range(3)))
x = "outer x"
result = [x for x in range(3)]
print(x, result)
i = "outer i"
g = list(i for i in "xyz")
print(i, g)
print([y := 10, y * 2], y)
data = [1, 5, 12, 7, 20, 3]
print([(v, half) for v in data if (half := v / 2) > 3], half)
total = 0
print([total := total + v for v in [1, 2, 3, 4]], total)
values = ["10", "x", "3", "", "7"]
parsed = [n for s in values if s.isdigit() and (n := int(s)) > 5]
print(parsed, n)
if (count := len(data)) > 5:
    print("long list", count)
while (chunk := data[:2]):
    print("chunk", chunk)
    data = data[2:]
funcs = [lambda: k for k in range(3)]
print([f() for f in funcs])
funcs2 = [lambda k=k: k for k in range(3)]
print([f() for f in funcs2])
def make():
    return [lambda: m for m in "ab"]
print([f() for f in make()])
def outer_func():
    factor = 3
    return [v * factor for v in range(4)]
print(outer_func())
def nested_comp_closure():
    base = 100
    return [[base + r * 10 + c for c in range(2)] for r in range(2)]
print(nested_comp_closure())
class Config:
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    pairs = [(n, m) for n in names for m in "12"]
print(Config.upper, Config.pairs)
print([[j for j in range(i)] for i in range(4)])
print({(a, b) for a in range(3) for b in range(3) if a < b} == {(0, 1), (0, 2), (1, 2)})
words = ["apple", "bob", "kayak", "python", "level"]
print({w: w == w[::-1] for w in words}, [w for w in words if len(set(w)) < len(w)])
print(sorted({len(w) for w in words}), {w[0]: w for w in words})
print([c for c in "Hello World" if c.isupper()], "".join(c for c in "a1b2c3" if c.isdigit()))
print(list(map(lambda p: p[0] * p[1], [(i, j) for i in range(3) for j in range(2)])))
flat = [item for sub in [[1], [2, 3], [], [4]] for item in sub]
print(flat)
try:
    print([undefined_in_comp for _ in range(1)])
except NameError as e:
    print("NameError:", e)
gen = (a * 2 for a in range(3))
del_me = 5
del del_me
try:
    print(del_me)
except NameError as e:
    print("NameError:", e)
lst = [1, 2, 3]
del lst[0], lst[-1]
print(lst)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
def del_local():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(del_local())
print([(yield_val) for yield_val in range(2)], list(gen))
squares = {n: n * n for n in range(1, 6)}
print({v: k for k, v in squares.items() if v > 5}, dict(sorted(squares.items(), key=lambda kv: -kv[1])))
print([[0] * 2 for _ in range(2)], [x for x in [[1, 2], [3]] if len(x) > 1][0])
print(any((bad := v) < 0 for v in [3, 1, -4, 2]), bad)
print([i for i in range(5)][::-1], [i for i in reversed(range(5)) if i != 2])

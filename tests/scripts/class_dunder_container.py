# Container protocol dunders, __call__, __bool__/__len__ truthiness, iteration fallbacks.
class Grid:
    def __init__(self, w, h, fill=0):
        self.w, self.h = w, h
        self.cells = {}
        self.fill = fill
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            if not (0 <= r < self.h and 0 <= c < self.w):
                raise IndexError(f"cell {key} out of range")
            return self.cells.get(key, self.fill)
        raise TypeError(f"bad key type {type(key).__name__}")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __iter__(self):
        for r in range(self.h):
            for c in range(self.w):
                yield self[r, c]
g = Grid(3, 2)
g[0, 1] = "x"
g[1, 2] = "y"
print(len(g), g[0, 1], g[1, 1], list(g), "x" in g, "z" in g, 0 in g)
del g[0, 1]
print(list(g), bool(g))
for bad in [lambda: g[5, 5], lambda: g["a"], lambda: g.__delitem__((9, 9))]:
    try:
        bad()
    except (IndexError, TypeError, KeyError) as e:
        print(type(e).__name__ + ":", e)
class Seq:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        print(f"  getitem({i!r})")
        return self.data[i]
    def __len__(self):
        return len(self.data)
s = Seq("abc")
print(list(s))
print("b" in s)
print(s[::-1], s[1:])
a, b, c = s
print(a, b, c)
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  __bool__")
        return self.v
class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Neither:
    pass
print(bool(Truthy(True)), bool(Truthy(False)), bool(LenOnly(0)), bool(LenOnly(2)), bool(Neither()))
if LenOnly(0) or Truthy(True):
    print("branch taken")
print(not LenOnly(3), [x for x in [LenOnly(0), LenOnly(1), Neither()] if x].__len__())
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x, *, offset=0):
        self.calls += 1
        return x * self.k + offset
m = Multiplier(3)
print(m(2), m(5, offset=1), m.calls, callable(m), list(map(m, [1, 2, 3])))
class CountDown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
cd = CountDown(3)
print(list(cd), list(cd), [x * 2 for x in CountDown(4)], sum(CountDown(10)))
class Inventory:
    def __init__(self):
        self._items = {}
    def __setitem__(self, name, qty):
        self._items[name] = qty
    def __getitem__(self, name):
        return self._items.get(name, 0)
    def __iter__(self):
        return iter(sorted(self._items))
    def __len__(self):
        return len(self._items)
    def __contains__(self, name):
        return self._items.get(name, 0) > 0
    def __repr__(self):
        return f"Inventory({self._items})"
inv = Inventory()
inv["apple"] = 3
inv["pear"] = 0
inv["fig"] = 7
print(inv, len(inv), inv["apple"], inv["nothing"], "pear" in inv, "fig" in inv, list(inv), dict.fromkeys(inv, 1))
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, idx):
        r, c = idx
        if isinstance(r, slice):
            return [row[c] for row in self.rows[r]]
        return self.rows[r][c]
    def __eq__(self, other):
        return self.rows == other.rows
mx = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(mx[1, 2], mx[:, 0], mx[::2, 1], mx[0, -1], mx == Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
class Rev:
    def __init__(self, data):
        self.data = data
    def __reversed__(self):
        return iter(self.data[::-1] + ["(custom)"])
    def __iter__(self):
        return iter(self.data)
print(list(reversed(Rev([1, 2, 3]))), list(Rev([1, 2])))
class NotIterable:
    pass
try:
    for _ in NotIterable():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    NotIterable()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    len(NotIterable())
except TypeError as e:
    print("TypeError:", e)
try:
    NotIterable()()
except TypeError as e:
    print("TypeError:", e)

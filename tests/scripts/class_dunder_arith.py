# Arithmetic dunders: binary, reflected, in-place, unary, NotImplemented fallback.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return Vec(self.x + other, self.y + other)
        return NotImplemented
    def __radd__(self, other):
        print("  __radd__ called with", other)
        return self.__add__(other)
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __matmul__(self, other):
        return self.x * other.y - self.y * other.x
    def __iadd__(self, other):
        print("  __iadd__ in place")
        self.x += other.x
        self.y += other.y
        return self
    def __lshift__(self, n):
        return Vec(self.x << n, self.y << n)
    def __and__(self, other):
        return Vec(self.x & other.x, self.y & other.y)
    def __invert__(self):
        return Vec(~self.x, ~self.y)
    def __round__(self, n=None):
        return Vec(round(self.x, n), round(self.y, n))
    def __index__(self):
        return self.x
v, w = Vec(1, 2), Vec(3, 4)
print(v + w, v - w, v * 3, 3 * v, v * w, v / 2, w // 2, w % 3, v ** 2, -v, +v, abs(w), v @ w)
print(v + 10, 10 + v)
print(sum([v, w, Vec(10, 10)], Vec(0, 0)))
print(sum([v, w]))
u = v
u += w
print(u, v, u is v)
print(v << 2, v & Vec(3, 3), ~v, round(Vec(1.26, 2.5), 1), round(Vec(2.5, 3.5)))
print([10, 20, 30, 40, 50, 60][Vec(4, 0)], bin(Vec(5, 0)), hex(Vec(255, 0)))
print(v == Vec(4, 6), v != w, {v: "hashable"}[Vec(4, 6)], Vec(1, 1) in [Vec(1, 1)])
try:
    v + "string"
except TypeError as e:
    print("TypeError:", e)
try:
    "string" - v
except TypeError as e:
    print("TypeError:", e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __lt__(self, other):
        return self.cents < other.cents
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
wallet = [Money(150), Money(275), Money(5)]
print(sum(wallet), max(wallet), sorted(wallet))
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("  Num.__add__")
        return NotImplemented
    def __repr__(self):
        return f"Num({self.v})"
class SubNum(Num):
    def __radd__(self, other):
        print("  SubNum.__radd__")
        return SubNum(other.v + self.v)
print(Num(1) + SubNum(2))
class Plain:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Plain(self.v + (other.v if isinstance(other, Plain) else other))
    def __repr__(self):
        return f"Plain({self.v})"
pl = Plain(1)
pl2 = pl
pl += 5
print(pl, pl2, pl is pl2)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        self.items.append(item)
        return self
    def __isub__(self, item):
        self.items.remove(item)
        return self
    def __imul__(self, n):
        self.items *= n
        return self
a = Acc()
a += "x"
a += "y"
a -= "x"
a *= 3
print(a.items)
class IntLike:
    def __init__(self, n):
        self.n = n
    def __int__(self):
        return self.n
    def __float__(self):
        return self.n + 0.5
    def __complex__(self):
        return complex(self.n, 1)
    def __bool__(self):
        return self.n != 0
print(int(IntLike(7)), float(IntLike(7)), complex(IntLike(7)), bool(IntLike(0)), bool(IntLike(3)))
print(divmod(7, 2), Vec(7, 9) % 4)
class Div:
    def __divmod__(self, other):
        return ("q", "r")
    def __rdivmod__(self, other):
        return ("rq", other)
    def __rpow__(self, other):
        return f"{other} ** Div"
print(divmod(Div(), 3), divmod(3, Div()), 2 ** Div())

# Subclassing built-in types: int, str, list, dict (__missing__), and exceptions.
class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory
    def __missing__(self, key):
        value = self[key] = self.factory()
        return value
dd = DefaultDict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"].append(3)
print(dd, len(dd), "c" in dd, dd.get("c"), isinstance(dd, dict))
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "banana":
    c[ch] += 1
print(c, c["z"], "z" in c)
class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
ld = LowerDict()
ld["HeLLo"] = 1
print(ld, ld["HELLO"], ld.get("hello"), list(ld.keys()))
ld2 = LowerDict(ABC=1)
print(ld2)
class Stack(list):
    def push(self, item):
        self.append(item)
        return self
    def peek(self):
        return self[-1] if self else None
    def __repr__(self):
        return "Stack" + super().__repr__()
s = Stack()
s.push(1).push(2).push(3)
print(s, s.peek(), s.pop(), len(s), s + [9], type(s + [9]).__name__, s[::-1], type(s[:]).__name__)
print(sorted(Stack([3, 1, 2])), isinstance(s, list), list(s), sum(Stack([1, 2, 3])))
class Even(int):
    def __new__(cls, value):
        if value % 2:
            raise ValueError(f"{value} is odd")
        return super().__new__(cls, value)
    def half(self):
        return self // 2
e = Even(10)
print(e, e.half(), e + 1, type(e + 1).__name__, type(e).__name__, e == 10, hash(e) == hash(10), isinstance(e, int))
try:
    Even(7)
except ValueError as err:
    print("ValueError:", err)
class Flag(int):
    def __repr__(self):
        return f"Flag({int(self)})"
    def __str__(self):
        return "on" if self else "off"
print(Flag(1), Flag(0), repr(Flag(5)), [Flag(2)], f"{Flag(1)}", Flag(3) * 2, str(Flag(0)))
class Name(str):
    def initials(self):
        return "".join(p[0] for p in self.split())
    def __len__(self):
        return 99
n = Name("Ada Lovelace")
print(n, n.initials(), n.upper(), type(n.upper()).__name__, len(n), n.__class__.__name__, n == "Ada Lovelace", n[0:3])
class Path(str):
    def __truediv__(self, other):
        return Path(self.rstrip("/") + "/" + other)
print(Path("/usr") / "local" / "bin", type(Path("a") / "b").__name__)
class AppError(Exception):
    def __init__(self, message, code=500):
        super().__init__(message)
        self.code = code
class NotFound(AppError):
    def __init__(self, resource):
        super().__init__(f"{resource} not found", code=404)
        self.resource = resource
try:
    raise NotFound("page.html")
except AppError as err:
    print(type(err).__name__, err, err.code, err.resource, err.args, repr(err))
class Sentinel(object):
    __slots__ = ()
    def __repr__(self):
        return "<sentinel>"
print(Sentinel(), [Sentinel()])
class OrderedSet(dict):
    def add(self, x):
        self[x] = None
    def __repr__(self):
        return "OrderedSet(" + repr(list(self)) + ")"
os_ = OrderedSet()
for x in [3, 1, 3, 2, 1]:
    os_.add(x)
print(os_, len(os_), 2 in os_)
class ReadOnlyList(list):
    def __setitem__(self, i, v):
        raise TypeError("read-only")
    def append(self, v):
        raise TypeError("read-only")
rl = ReadOnlyList([1, 2])
for op in [lambda: rl.__setitem__(0, 5), lambda: rl.append(3)]:
    try:
        op()
    except TypeError as err:
        print("TypeError:", err)
rl.extend([3])
print(rl)
class Tup(tuple):
    pass
t = Tup([1, 2])
t.extra = "allowed"
print(t, t.extra, type(t + (3,)).__name__)
print(issubclass(DefaultDict, dict), DefaultDict.__mro__[1:], type(dd).__name__)

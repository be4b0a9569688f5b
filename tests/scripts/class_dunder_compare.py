# Rich comparison, functools.total_ordering, __hash__ rules, unhashable instances.
import functools
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "2.0", "1.2"]]
print(sorted(vs), max(vs), min(vs))
a, b = Version("1.2"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == Version("1.2"), a != b, a == "1.2")
print(len(set(vs)), Version("1.2") in {Version("1.2")}, {Version("2.0"): "two"}[Version("2.0")])
try:
    a < "1.3"
except TypeError as e:
    print("TypeError:", e)
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(2), OnlyEq.__hash__)
try:
    hash(OnlyEq(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {OnlyEq(1)}
except TypeError as e:
    print("TypeError:", e)
class Default:
    pass
d1, d2 = Default(), Default()
print(d1 == d1, d1 == d2, d1 != d2, hash(d1) == hash(d1), len({d1, d2, d1}))
try:
    d1 < d2
except TypeError as e:
    print("TypeError:", e)
class Tracer:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(f"  {self.name}.__eq__({other.name})")
        return NotImplemented
    def __lt__(self, other):
        print(f"  {self.name}.__lt__({other.name})")
        return NotImplemented
    def __gt__(self, other):
        print(f"  {self.name}.__gt__({other.name})")
        return NotImplemented
x, y = Tracer("x"), Tracer("y")
print(x == y)
print(x != y)
try:
    x < y
except TypeError as e:
    print("TypeError:", e)
class Reverse:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("  Reverse.__gt__")
        return self.v > other
print(5 < Reverse(10), 50 < Reverse(10))
class CaseInsensitive(str):
    def __eq__(self, other):
        return self.lower() == other.lower()
    def __hash__(self):
        return hash(self.lower())
print(CaseInsensitive("Hello") == "HELLO", "HELLO" == CaseInsensitive("Hello"), len({CaseInsensitive("A"), CaseInsensitive("a")}))
class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __eq__(self, other):
        return self.rank == other.rank
    def __lt__(self, other):
        return Card.RANKS.index(self.rank) < Card.RANKS.index(other.rank)
    __hash__ = None
    def __repr__(self):
        return self.rank + self.suit
hand = [Card("K", "h"), Card("3", "s"), Card("A", "d"), Card("T", "c"), Card("3", "h")]
print(sorted(hand), max(hand), sorted(hand, reverse=True), Card("5", "h") == Card("5", "s"))
try:
    hash(hand[0])
except TypeError as e:
    print("TypeError:", e)
class HashById:
    def __init__(self, key):
        self.key = key
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return self.key == other.key
s = {HashById(1), HashById(2), HashById(1)}
print(len(s), sorted(h.key for h in s), hash(HashById(9)))
class Sub(Version):
    pass
print(Sub("1.0") == Version("1.0"), Sub("1.0") < Version("1.1"), Sub.__hash__ is Version.__hash__)
class EqOverride(Version):
    def __eq__(self, other):
        return True
print(EqOverride.__hash__)
print([1, 2] == [1, 2.0], (1, [2]) == (1, [2]), [float("nan")] == [float("nan")])
nan = float("nan")
lst = [nan]
print(lst == lst, nan in lst, lst.count(nan), lst.index(nan))

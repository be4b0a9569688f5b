# str.format with positional/keyword/index/attribute/item fields and format specs.
print("{} {} {}".format(1, "two", 3.0), "{0} {1} {0}".format("a", "b"), "{x} {y}".format(x=1, y=2))
print("{0} {name} {1}".format("p0", "p1", name="kw"), "{}{}".format(*"ab"), "{a}{b}".format(**{"a": 1, "b": 2}))
print("{{}} {{{}}}".format(5), "{:}".format("empty spec"), "{!r:}".format("x"))
print("{0.real} {0.imag} {1.__name__}".format(3 + 4j, int))
print("{0[1]} {0[0]} {1[key]} {1[n]} {2[0][1]}".format([10, 20], {"key": "v", "n": 3}, [[1, 2]]))
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(3, 4)
print("Point({0.x}, {0.y})".format(p), "{p.x}-{p.y}".format(p=p))
print("{!r} {!s} {!a}".format("hi", "hi", "hé"), "{0!r:>10}|".format("x"))
print("{:d} {:5d}| {:<5d}| {:^5d}| {:05d} {:+d} {:,} {:_} {:x} {:#b}".format(*([1234] * 10)))
print("{:.2f} {:10.3f}| {:<10.1f}| {:e} {:.1e} {:g} {:%} {:.1%}".format(*([3.14159] * 6), 0.5, 0.123))
print("[{:10}] [{:<10}] [{:>10}] [{:^10}] [{:*^10}] [{:#<4}]".format("a", "b", "c", "d", "e", "f"))
print("[{:10}] [{:<10}] [{:^10}] [{:=+10}]".format(5, 5, 5, 5))
w, pr = 10, 2
print("[{:{}.{}f}] [{:>{w}}] [{:{fill}{align}{width}}]".format(3.14159, w, pr, "r", "m", w=w, fill="-", align="^", width=9))
print("{0:{1}}|{0:>{1}}|".format("nest", 8))
print(format(1234567.891, ",.2f"), format(0.000001234, ".3g"), format(123, "08b"), format(-42, "x"), format(42, "c"))
print(format("text", "^12"), format(3, "04"), format(True, ">5"), format(None, ""), format([1], ""))
print("{:s}".format("str"), "{:>6s}|".format("ab"), "{:.1s}".format("xyz"))
for spec, val in [("d", "x"), ("s", 5), (".2f", "a"), ("x", 1.5), ("=5", "s")]:
    try:
        print(format(val, spec))
    except ValueError as e:
        print("ValueError:", e)
for tmpl in ["{0} {2}", "{missing}", "{0[5]}", "{", "}"]:
    try:
        print(tmpl.format([1]))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    "{} {0}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
table = [("Name", "Qty", "Price"), ("Widget", 3, 4.5), ("Gadget", 12, 19.99), ("Doohickey", 100, 0.5)]
print("{:<10}|{:>5}|{:>8}".format(*table[0]))
for name, qty, price in table[1:]:
    print("{:<10}|{:>5d}|{:>8.2f}".format(name, qty, price))
print("{:-^25}".format(" END "))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        s = "${:,}.{:02d}".format(self.cents // 100, self.cents % 100)
        return format(s, spec) if spec else s
    def __str__(self):
        return "Money"
    def __repr__(self):
        return "Money(%d)" % self.cents
m = Money(123456)
print("{}".format(m), "{:>15}|".format(m), f"{m}", f"{m!s}", f"{m!r}", format(m))
print("{0:,d} {0:_x} {1:,.3f}".format(10 ** 12, 1234.5), "{:+.2e}".format(-0.000123))
print("{:.3}".format(3.14159), "{:.3}".format("abcdef"), "{:10.4}|".format(2.0 / 3))
print("{}".format(1.0), "{}".format(1e16), "{:}".format(0.1), "{:.0e}".format(12345), "{:#.0e}".format(5))

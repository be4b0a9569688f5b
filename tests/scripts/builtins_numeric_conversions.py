# Numeric builtins (abs, round, divmod, pow, hash, hex/oct/bin, format); then type conversions and their errors.
print(abs(-5), abs(5), abs(-5.5), abs(-0.0), abs(3 - 4j), abs(-10 ** 30), abs(False))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5), divmod(0, 7))
print(pow(2, 8), pow(2, -2), pow(2, 0.5), pow(-2, 3), pow(3, 200, 1000), pow(10, -2))
print(round(3.14159), round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(1234, -2), round(0.5 + 1e-9))
print(hash(1), hash(-1), hash(-2), hash(0), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100), hash(-(2 ** 100)))
print(hash(1.0), hash(0.5), hash(-0.0), hash(1.5), hash(True), hash(False), hash(10 ** 20))
print(hash((1, 2)), hash((1, 2, 3)), hash(()), hash((0,)), hash((-1,)), hash(((1,), (2,))), hash((1, 2.5, True)))
print(hash(float("inf")), hash(float("-inf")), hash(1e100), hash(0.1), hash(2.0 ** 70))
print(hash(3) == hash(3.0), hash(frozenset()) == hash(frozenset()), hash(None) == hash(None))
print(hex(0), hex(255), hex(-1), hex(2 ** 64), oct(64), oct(-7), bin(0), bin(1023), bin(-1))
print(format(10, "b"), format(10, "o"), format(10, "x"), format(10, "#X"), format(10, "08b"), format(0.5, "%"))
print(int(), float(), bool(), complex(), str(), int("0"), float("0"), int(7.9), int(-7.9))
print(bool(0.0), bool(0.1), bool(-1), bool(float("nan")), bool(0j), bool(1j))
print(max(1, 2.5), min(-1, -1.5), max(True, 0), sum([0.1] * 3), sum([1, 2, 3]) / len([1, 2, 3]))
print(chr(97), ord("a"), chr(ord("a") + 25), [chr(c) for c in range(ord("A"), ord("F"))])
print((17).bit_length(), (3.75).as_integer_ratio(), (10).__floordiv__(3), float.is_integer(2.0))
print(int.from_bytes(b"\xff", "big"), (255).to_bytes(1, "big"), int("1010", 2), int("ZZ", 36))
print(isinstance(1, (int, float)), isinstance(1.0, int), isinstance(True, int), isinstance(1j, complex))
print(abs(-2 ** 63), -2 ** 63 // -1, (2 ** 63) * (2 ** 63), (-3) ** 3, 7 % -3, -7 % 3)
def mean(xs):
    return sum(xs) / len(xs)
def median(xs):
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2
def stdev(xs):
    m = mean(xs)
    return (sum((x - m) ** 2 for x in xs) / (len(xs) - 1)) ** 0.5
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(mean(data), median(data), median(data[:-1]), round(stdev(data), 6))
celsius = [-40, 0, 37, 100]
print([round(c * 9 / 5 + 32, 1) for c in celsius], [round((f - 32) * 5 / 9, 2) for f in [0, 50, 98.6]])
print(round(1 / 3, 4), round(2 / 3, 4), round(10 / 3, 1), round(-1 / 3, 3), round(123.456, -1), round(0.0001234, 6))
print(float.__name__, int.__name__, (0.1).__repr__(), (5).__str__(), (-5).__abs__(), (2.0).__pow__(3))
# Conversions between types: int/float/str/bool and error messages.
print(int("42"), int("-0x1A", 16), int("0b11", 0), int("Ab", 16), int(" 7 "), int("٣"))
print(float("3.5"), float(" -2.5e-3 "), float(7), float("1_0.5"), str(3.0), str(10 ** 20))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool({}), bool(0j))
print(str(1.0), str(1e-10), str([1, "a"]), str((1,)), str({"a": 1}), str({1}))
print(repr(1.0), repr("a"), repr([1, "a"]), repr(None), repr(...), repr(NotImplemented))
print(list("abc"), tuple([1, 2]), set([1, 1, 2]), dict([(1, 2), (3, 4)]), list(range(3)))
print(list({1: 2, 3: 4}), tuple("hi"), list(b"ab"), dict(a=1, b=2), dict({1: 2}, x=3))
print(int(True), float(False), complex(True), str(False), int(-0.9), int(0.9))
for bad in ["3.0", "1e5", "--1", "1 2", "0b12"]:
    try:
        print(int(bad, 0) if bad.startswith("0b") else int(bad))
    except ValueError as e:
        print("ValueError:", e)
for obj in [None, [1], "1.5", {}]:
    try:
        print(int(obj))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for obj in [None, [1], "abc"]:
    try:
        print(float(obj))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
print(int("1" * 50), float("1" * 20), int(float("1e18")))
print(str(12).zfill(5), int("007"), float("007.50"), int("-007"))
print(ascii("héllo"), ascii([1, "é"]), repr("héllo"))
print(hex(0), oct(0), bin(0), int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
print(format(255, "x"), format(255, "#b"), format(3.14159, ".2f"), format("s", ">3"), format(5))
print(chr(int("41", 16)), ord(str(7)) - ord("0"), "".join(map(str, [1, 2, 3])))
print(list(map(int, "1 2 3".split())), [float(t) for t in "1.5,2,-3e2".split(",")])
print(bool.__name__, isinstance(True, int), issubclass(bool, int), True == 1, type(True + 0).__name__)

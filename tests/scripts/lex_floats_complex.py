# Float and complex literals, repr of floats/complex numbers, float() parsing and errors.
vals = [0.1, 0.2, 0.1 + 0.2, 1e16, 1e15, 1e-5, 1e-4, 1.5e300, 123456789.0,
        -0.0, 0.0, 1 / 3, 2.0 ** 0.5, 100.0, 1e22, 1e23, 5e-324, 1.7976931348623157e308,
        2.5, 1234567890123456789.0, 0.000123, 3.14159, 1_000.5, 1., .5, 1e0, 1E3,
        12345678901234567.0, 9007199254740993.0, 0.3, 2/3, 10/3, 1e-7, 123e-2]
for v in vals:
    print(repr(v), str(v))
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), repr(nan))
print(float("Infinity"), float("-INF"), float("nan"), float("NaN"), float("  -inf "))
print(float("  1.5e3 "), float("1_000.25"), float(".5"), float("5."), float("-0"), float("+1E-2"))
print(float(10), float(-3), float(2 ** 60), float(True))
print(float(10 ** 20), float(10 ** 22), float(10 ** 23))
print(inf > 1e308, -inf < -1e308, nan == nan, nan != nan, inf == inf)
print(1e308 * 10, -1e308 * 10)
print(0.1 * 3, 0.1 * 3 == 0.3)
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.25).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer())
print((1.5).hex(), (0.1).hex(), float.fromhex("0x1.8p1"), (-0.0).hex())
print(float.fromhex("0x1p-1074"), float.fromhex("0x1.fffffffffffffp+1023"))
print(int(2.5), int(-2.5), int(1e15))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2))
print(1e16 + 1, 1e16 + 2)
print(float("1e500"), float("-1e500"), float("1e-500"))
print(-0.0 == 0.0, str(-0.0), repr(0.0 * -1))
print(sum([0.1] * 10), 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1)
print(1.0, 10.0, 1e5, 1e6, 123456.0, 1234567.0, 1e-3, 0.001234)
print(3.0 * 1.1, 1.1 + 2.2, 3.3 - 1.1, 100 * 1.1)
print(7 / 2, 8 / 2, -7 / 2, 1 / 7, 22 / 7)
print(2 ** -1, 2 ** -10, 10 ** -2, 2.0 ** 100)
for bad in ["x", "1.2.3", "", "1e", "inf1", "0x10"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print(max(1.5, 2), min(-0.0, 0.0), abs(-2.5))
print(float.__name__, type(1e3).__name__, isinstance(1e3, float))
print(1.5.real, 1.5.imag, (2.5).conjugate())
# Complex numbers: literals, arithmetic, repr.
print(1j, 2J, 0j, -1j, 1.5j, 1e3j)
print(1 + 2j, 1 - 2j, -1 - 2j, (1 + 2j) * 1j)
print(complex(1, 2), complex(3), complex(0, 0), complex(-0.0, 1), complex(1, -0.0))
print(complex("1+2j"), complex(" 3-4j "), complex("5j"), complex("-2"), complex("inf+nanj"))
z = 3 + 4j
print(z.real, z.imag, abs(z), z.conjugate())
print(z + 1, z - 1.5, z * 2, z / 2, z * z, z / (1 - 1j))
print(z ** 2, (1j) ** 2, 2 ** (1j * 0))
print(z == 3 + 4j, z != z.conjugate(), (1 + 0j) == 1, 1j == complex(0, 1))
print(repr(1 + 0j), repr(0 + 1j), repr(-0j), repr(complex(0.0, -0.0)))
print(repr(complex(1.5, 2.25)), str(complex(1e20, 1e-20)))
print(complex(float("inf"), 1), complex(float("nan"), float("inf")))
print(type(z).__name__, isinstance(z, complex))
print(hash(1 + 0j) == hash(1), (2 + 0j) in {2: "two"})
print(1j * 1j == -1, (1 + 2j) + True)
try:
    print(z < z)
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 / 0j)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    complex("1+")
except ValueError as e:
    print("ValueError:", e)
print(complex(2, 3) * complex(4, -5))
print((0.1 + 0.2j) * 3)
print(sum([1j, 2j, 3]), [1 + 1j] * 2)
print(f"{z}", f"{z!r}", str(z), format(1.5 + 2j))

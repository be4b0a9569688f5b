# Floor division, modulo, divmod with negatives (ints and floats); then pow and round.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(a, b, "//", a // b, "%", a % b, "divmod", divmod(a, b))
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (5.0, 0.5), (1.0, 0.1), (-1.0, 0.1), (0.0, -1.0), (-0.0, 1.0)]
for a, b in fpairs:
    print(a, b, "//", a // b, "%", a % b, "divmod", divmod(a, b))
print(10 ** 20 // 3, 10 ** 20 % 3, -10 ** 20 // 3, -10 ** 20 % 3)
print(10 ** 20 // -7, 10 ** 20 % -7)
print(divmod(2 ** 100, 3 ** 40), divmod(-(2 ** 100), 3 ** 40))
print(5 % 3.0, -5 % 3.0, 5 % -3.0, 5.5 // 1, -5.5 // 1)
print(7 // 1.0, -7 // 1.0, 7.0 // -2, -7.0 % 2.5)
print(1 % float("inf"), -1 % float("inf"), 5.0 // float("inf"), -5.0 // float("inf"))
for expr in ["1 // 0", "1 % 0", "1.0 // 0", "1.0 % 0", "divmod(1, 0)", "1 / 0", "1.0 / 0.0", "0 ** -1", "0.0 ** -1"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", e)
print(17 % 5 == 17 - (17 // 5) * 5, -17 % 5 == -17 - (-17 // 5) * 5)
print(True // 1, True % 2, divmod(True, 2))
print(-3 % 5, -13 % 5, 13 % -5, -13 % -5)
print(-3.5 % 5, 3.5 % -5, -1e-20 % 1.0)
print(divmod(-7.5, 2), divmod(7, 2.5))
# Power, three-argument pow, round (banker's rounding), float rounding with ndigits.
print(2 ** 100, 3 ** 50, (-3) ** 33, 7 ** 0, 0 ** 5)
print(2 ** -1, 10 ** -3, (-2) ** -3, 2.0 ** -1074 > 0)
print(pow(2, 10), pow(2, -1), pow(2.0, 3))
print(pow(3, 4, 5), pow(2, 100, 1000000007), pow(7, -1, 13), pow(-3, 3, 7), pow(5, 0, 1))
print(pow(123456789, 987654321, 10 ** 9 + 9))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
print((-8) ** 0.5)
print(4 ** 0.5, 27 ** (1 / 3), 2 ** 0.5 * 2 ** 0.5)
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.4999, 2.5001]])
print([round(x, 1) for x in [0.05, 0.15, 0.25, 0.35, 1.45, 2.675]])
print([round(x, 2) for x in [1.005, 2.675, 0.125, 0.135, 3.14159]])
print(round(1234.5678, -1), round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(5, -1), round(15, -1), round(25, -1), round(123456789, -4))
print(round(3.14159, 0), round(3.14159, 3), round(-3.14159, 2), round(1e20, 2), round(0.5, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
print(round(2 ** 60 + 0.5), round(1e16), round(-0.4), round(0.49999999999999994))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(123.456, 10), round(1e-10, 5))
print(divmod(17, 5), divmod(-17, 5), divmod(17.0, 5), divmod(10 ** 25, 10 ** 12 + 7))
print(abs(-2 ** 70), 2 ** 0.0, 1 ** 1000000, (-1) ** 1000001)
print(10 ** 10 ** 1 if True else 0, 2 ** 2 ** 2 ** 2)
print(len(str(2 ** 10000)), str(2 ** 200)[:20])

# Arithmetic with mixed int/float/complex/bool operands.
print(1 + 2, 1 + 2.0, 1 + 2j, True + 1, True + 1.5, False + 0j)
print(7 - 10, 7 - 10.5, 3 * 4, 3 * 4.0, 3 * True, 2.5 * 4)
print(7 / 2, 6 / 3, -6 / 4, 1 / 3.0, True / 2, 0 / 5)
print(type(6 / 3).__name__, type(6 // 3).__name__, type(6.0 // 3).__name__)
print(2 ** 10, 2 ** 0.5, 4 ** 0.5, (-8) ** 2, -8 ** 2, 2 ** -2, 0 ** 0, 0.0 ** 0)
print(10 ** 20 + 0.5, 10 ** 20 * 1.0, 2 ** 53 + 1.0)
print(-7, +7, -(-7), -True, +False, -0.0, -(0.0))
print(abs(-3), abs(-3.5), abs(3 + 4j), abs(True), abs(-0.0))
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 2
print(x)
x /= 4
print(x)
x //= 2
print(x)
x **= 3
print(x)
y = 17
y %= 5
print(y)
y <<= 4
print(y)
y >>= 1
print(y)
y |= 1
y &= 0xF
y ^= 0b101
print(y)
lst = [1, 2]
lst += [3]
lst *= 2
print(lst)
s = "ab"
s += "cd"
s *= 2
print(s)
print(1e308 + 1e308, -1e308 * 10, 1e308 * 10 - 1e308 * 10)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError caught", type(e).__name__, isinstance(e, ArithmeticError))
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
print(10 ** 400 > 1e308, float(10 ** 300) < 10 ** 301)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, (10 ** 400 + 1) % 7)
print(1 / 3 + 1 / 3 + 1 / 3, 0.1 + 0.7, 0.7 + 0.1)
print(3 * 0.1, 0.1 * 3, 1.1 * 1.1)
print(2 + 3 * 4 - 5 / 5, (2 + 3) * (4 - 5), 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, -2 ** -1, 2 * -3, 2 - -3, 2 + +3, - - 4)
print(7 // 2 * 2 + 7 % 2, not 1 + 1 == 2, 1 + 2 < 4 and 5 > 3)
print(sum([1, 2.5, True]), sum([1j, 2]), 3 * [0], [0] * 3)
print(int.__add__(2, 3), float.__mul__(2.0, 3.0), (5).__neg__(), (2).__pow__(5))
print((3).__truediv__(2), (3).__floordiv__(2), (1).__add__(1.0))
print(round(7.5), round(8.5), round(-0.5), round(1.5), round(2.5), round(-2.5))

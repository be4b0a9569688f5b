# Bitwise operators and shifts, including negative and big ints.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~0, ~-1, bin(a & b), bin(a | b))
print(-12 & 10, -12 | 10, -12 ^ 10, -12 & -10, -12 | -10, -12 ^ -10)
print(1 << 0, 1 << 10, 1 << 64, 1 << 100, 3 << 65)
print(1024 >> 3, 1024 >> 20, -1 >> 1, -1024 >> 3, -1025 >> 3, -1 >> 100)
print((1 << 200) >> 190, (2 ** 130 - 1) >> 64, -(2 ** 130) >> 64)
big = 2 ** 100 + 2 ** 50 + 1
print(big & 0xFFFF, big | 0xF0, big ^ big, big & -big, ~big)
print(-big & 0xFFFFFFFF, (-big) | 1, (-big) ^ (2 ** 64 - 1))
print(hex(big), hex(~big), bin(-big & (2 ** 101 - 1)))
print(True & False, True | False, True ^ True, ~True, True << 3, type(True & True).__name__)
print(0xFF & ~0x0F, (0xAB >> 4) & 0xF, 0xAB & 0xF)
x = 0
for i in range(0, 64, 3):
    x |= 1 << i
print(x, bin(x).count("1"), x.bit_length())
mask = (1 << 32) - 1
h = 0
for ch in "hash me":
    h = ((h * 31) ^ ord(ch)) & mask
print(h)
print([n & (n - 1) == 0 for n in [1, 2, 3, 4, 6, 8, 1024, 1023]])
print((5).bit_count() if hasattr(int, "bit_count") else bin(5).count("1"), (-5).bit_count(), (2 ** 100 - 1).bit_count())
flags = {"read": 4, "write": 2, "exec": 1}
perm = flags["read"] | flags["exec"]
print([name for name, v in flags.items() if perm & v])
print({1, 2, 3} & {2, 3, 4}, {1, 2} | {3}, {1, 2, 3} ^ {3, 4}, {1, 2, 3} - {2})
try:
    1.0 & 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 << 1.0
except TypeError as e:
    print("TypeError:", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError:", e)
print(1 << 1000 >> 999, (7 << 3) | (7 >> 1), 6 & 3 | 8 ^ 1)
print(int.__and__(6, 3), int.__lshift__(1, 5), (12).__invert__())

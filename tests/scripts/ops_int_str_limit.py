# The 3.11 limit on decimal int<->str conversions, and sys.set_int_max_str_digits.
import sys
print(sys.get_int_max_str_digits())
print(len(str(10 ** 4000)), int("7" * 4300) % 1000)
for text in ["9" * 4301, "-" + "1" * 5000]:
    try:
        int(text)
    except ValueError as e:
        print("ValueError:", e)
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
print(hex(10 ** 5000)[:10], len(bin(2 ** 20000)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)), len(repr(-(10 ** 6000))))
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(10 ** 4999)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)

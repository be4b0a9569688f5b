# Unpacking: exact tuples and lists take a fast path; subclasses are iterated (their
# own __iter__ runs), and wrong lengths raise CPython's ValueError messages.
class T(tuple):
    def __iter__(self):
        yield "a"; yield "b"
class L(list):
    def __iter__(self):
        return iter(["x", "y"])
a, b = T((5, 6)); print(a, b)
a, b = L([5, 6]); print(a, b)
a, *b = T((5, 6, 7)); print(a, b)
for k, v in {1: 2, 3: 4}.items(): print(k, v)
a, b = b, a = 1, 2; print(a, b)
for bad in [(1,), (1, 2, 3), [1], "abc", T(())]:
    try:
        x, y = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    x, y = 5
except TypeError as e:
    print("TypeError:", e)

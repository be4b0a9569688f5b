# functools: reduce, partial, lru_cache, wraps, total_ordering, cmp_to_key, cached_property.
import functools
from functools import reduce, partial, lru_cache, cmp_to_key
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, s: acc + s.upper(), "abc", ""), reduce(lambda a, b: a + b, [], 0))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
base2 = partial(int, base=2)
print(base2("1010"), base2("111"), base2.func is int, base2.args, base2.keywords)
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(7), two_to(10), [square(i) for i in range(5)], partial(square, 3)())
print_csv = partial(print, sep=",")
print_csv(1, 2, 3)
call_count = 0
@lru_cache(maxsize=None)
def fib(n):
    global call_count
    call_count += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), call_count, fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@lru_cache(maxsize=2)
def slow(x):
    print(f"  computing {x}")
    return x * 10
print(slow(1), slow(2), slow(1), slow(3), slow(2), slow.cache_info())
@functools.cache
def tri(n):
    return n + tri(n - 1) if n else 0
print(tri(50), tri.cache_info().currsize)
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def documented(x):
    """Doc string here."""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(5))
@functools.total_ordering
class Size:
    order = ["S", "M", "L", "XL"]
    def __init__(self, s):
        self.s = s
    def __eq__(self, other):
        return self.s == other.s
    def __lt__(self, other):
        return self.order.index(self.s) < self.order.index(other.s)
    def __repr__(self):
        return self.s
sizes = [Size("L"), Size("S"), Size("XL"), Size("M")]
print(sorted(sizes), Size("S") <= Size("M"), Size("L") >= Size("XL"), Size("M") > Size("S"), max(sizes))
def compare_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=cmp_to_key(compare_len_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
class Dataset:
    def __init__(self, data):
        self.data = data
        self.computed = 0
    @functools.cached_property
    def total(self):
        self.computed += 1
        return sum(self.data)
ds = Dataset([1, 2, 3])
print(ds.total, ds.total, ds.computed, "total" in vars(ds))
del ds.total
print(ds.total, ds.computed)
def add3(a, b, c):
    return a + b + c
print(partial(partial(add3, 1), 2)(3), partial(add3, c=10)(1, 2))
print(functools.reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))

# Function parameters: defaults, *args/**kwargs, keyword-only, positional-only.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_bad(1), append_bad(2), append_bad(3))
def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(append_good(1), append_good(2))
counter_default = 10
def uses_default(x=counter_default):
    return x
counter_default = 20
print(uses_default())
def varargs(*args, **kwargs):
    return args, kwargs
print(varargs(), varargs(1, 2), varargs(a=1), varargs(1, b=2, c=3))
print(varargs(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}), varargs(*"ab", sep="-"))
def mixed(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=8, e=9))
print(mixed(a=1, c=2, d=3, z=0))
def kwonly(*, k, v=0):
    return k, v
print(kwonly(k=1), kwonly(v=2, k=3))
def posonly(a, b, /, c, *, d):
    return a, b, c, d
print(posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))
def po_default(a, b=10, /):
    return a + b
print(po_default(1), po_default(1, 2))
def kw_named_like_posonly(a, /, **kw):
    return a, kw
print(kw_named_like_posonly(1, a=2))
def sum_all(*nums, start=0):
    total = start
    for n in nums:
        total += n
    return total
print(sum_all(), sum_all(1, 2, 3), sum_all(1, 2, start=100))
def describe(**info):
    return ", ".join(f"{k}={v}" for k, v in info.items())
print(describe(name="x", size=3, color="red"))
opts = {"sep": "|", "end": "<END>\n"}
print("a", "b", **opts)
args = [3, 1, 2]
print(max(*args), sorted(args), [*args, *args])
def unpack_nested(first, *rest):
    return first, rest
print(unpack_nested(*range(4)), unpack_nested("only"))
def apply(func, *args, **kwargs):
    return func(*args, **kwargs)
print(apply(greet, "Eve", greeting="Hey"), apply(pow, 2, 10), apply(dict, a=1))
def defaults_info(a, b=1, *, c=2, d):
    pass
print(defaults_info.__defaults__, defaults_info.__kwdefaults__)
def returns_multiple():
    return 1, "two", [3]
one, two, three = returns_multiple()
print(one, two, three, returns_multiple())
def no_return():
    pass
print(no_return(), no_return() is None)
def early(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return
    return "positive"
print(early(-1), early(0), early(5))
def f_kwargs_order(**kw):
    return list(kw)
print(f_kwargs_order(z=1, a=2, m=3), f_kwargs_order(**{"b": 1}, a=2))
def modify(lst, num):
    lst.append(num)
    num += 1
    return num
my_list = []
n = 5
print(modify(my_list, n), my_list, n)

# Keyword calls made inside the eval loop: binding, defaults, keyword-only and
# positional-only parameters, **kwargs, closures, and CPython's binding errors.
def f(a, b=2, *, c=3, **kw):
    return a, b, c, sorted(kw.items())


def g(x, /, y):
    return x, y


def outer(k):
    def inner(v, scale=1):
        return (v + k) * scale
    return inner


class P:
    def __init__(self, x, *, y=0):
        self.x, self.y = x, y

    def m(self, a, b=10):
        return a + b


print(f(1), f(1, b=5), f(a=7, c=9), f(1, 2, c=4, d=5, e=6))
print(g(1, y=2), outer(3)(4, scale=2), outer(1)(v=1))
p = P(1, y=5)
print(p.x, p.y, P(x=3).x, p.m(1, b=2), p.m(a=3))


def attempt(call):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


attempt(lambda: f(1, a=2))
attempt(lambda: f(b=2))
attempt(lambda: g(x=1, y=2))
attempt(lambda: P(1, z=2))
attempt(lambda: P(y=1))
attempt(lambda: p.m(1, 2, b=3))
attempt(lambda: outer(1)(1, nope=2))

# Messages of TypeErrors raised for bad calls.
def f(a, b):
    return a + b
def g(a, b=1, *, k):
    return a
def h(*, k):
    return k
def p(a, /, b):
    return a
def none():
    return 0
def three(a, b, c):
    return a
class K:
    def method(self, x):
        return x
    @staticmethod
    def smeth(x):
        return x
    @classmethod
    def cmeth(cls, x):
        return x
cases = [
    lambda: f(1, 2, 3),
    lambda: f(1),
    lambda: f(),
    lambda: three(),
    lambda: three(1),
    lambda: f(1, 2, z=3),
    lambda: f(1, a=2),
    lambda: g(1),
    lambda: g(1, 2, 3, k=1),
    lambda: h(),
    lambda: h(1),
    lambda: p(a=1, b=2),
    lambda: none(1),
    lambda: none(x=1),
    lambda: K().method(),
    lambda: K().method(1, 2),
    lambda: K.method(1),
    lambda: K.smeth(),
    lambda: K.cmeth(),
    lambda: f(*[1, 2, 3]),
    lambda: f(**{"a": 1, "c": 2}),
    lambda: f(1, **{"a": 2}),
    lambda: (lambda x: x)(),
    lambda: (lambda: 0)(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: int("1", "2", 3),
    lambda: K(1),
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: g(1, 2, k=3, j=4),
    lambda: three(1, c=3),
    lambda: three(a=1, b=2, c=3, d=4),
    lambda: dict(1, 2),
    lambda: "abc".split(1),
    lambda: [].append(),
    lambda: isinstance(1),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except TypeError as e:
        print(i, e)
def kwonly2(*, x, y):
    return x
try:
    kwonly2()
except TypeError as e:
    print(e)
try:
    kwonly2(x=1)
except TypeError as e:
    print(e)
def many(a, b, c, d):
    return a
try:
    many(1)
except TypeError as e:
    print(e)
try:
    many(1, 2, 3, 4, 5, 6)
except TypeError as e:
    print(e)
def opt(a, b=2):
    return a
try:
    opt(1, 2, 3)
except TypeError as e:
    print(e)
try:
    opt()
except TypeError as e:
    print(e)

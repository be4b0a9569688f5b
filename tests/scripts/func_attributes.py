# Function objects: __name__, __qualname__, __doc__, __defaults__, __annotations__, lambdas, higher-order.
def documented(a: int, b: str = "x", *args: float, c: bool = True, **kw: dict) -> list:
    """This is the docstring.

    It has several lines."""
    return [a, b]
print(documented.__name__, documented.__qualname__, documented.__module__)
print(documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__)
print(documented.__annotations__)
def undocumented(x):
    return x
print(undocumented.__doc__, undocumented.__defaults__, undocumented.__kwdefaults__, undocumented.__annotations__)
class Outer:
    def method(self):
        def nested():
            pass
        return nested
    class Inner:
        def deep(self):
            pass
print(Outer.method.__qualname__, Outer().method().__qualname__, Outer.Inner.deep.__qualname__, Outer.Inner.__qualname__)
square = lambda n: n * n
print(square.__name__, square(9), (lambda: "immediate")(), (lambda *a, **k: (a, k))(1, z=2))
documented.custom_attr = "added"
print(documented.custom_attr, "custom_attr" in documented.__dict__)
def annotated_vars():
    x: int = 5
    y: str
    return x
print(annotated_vars(), annotated_vars.__annotations__)
module_level: int = 10
print(__annotations__ if "__annotations__" in dir() else "no module annotations")
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda s: s + "!", "hi"), apply_twice(square, 3))
def make_multiplier(n):
    def mult(x):
        return x * n
    mult.__name__ = f"times_{n}"
    return mult
triple = make_multiplier(3)
print(triple(7), triple.__name__, triple.__qualname__)
operations = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b}
print({name: op(6, 3) for name, op in operations.items()})
print(sorted([(1, "b"), (2, "a")], key=lambda t: t[1]), list(map(lambda x: x ** 2, range(5))))
def curry(f):
    def c1(a):
        def c2(b):
            return f(a, b)
        return c2
    return c1
print(curry(pow)(2)(8), curry(lambda a, b: a + b)("x")("y"))
def recursive_lambda_holder():
    fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
    return fact(10)
print(recursive_lambda_holder())
print(type(square).__name__, callable(square), square.__defaults__, (lambda a=1: a).__defaults__)
def defaults_mut(a, b=[]):
    b.append(a)
    return b
defaults_mut(1)
defaults_mut(2)
print(defaults_mut.__defaults__)
def g(*, key="k"):
    return key
g.__kwdefaults__["key"] = "changed"
print(g())
def f_with_doc():
    "single-line doc"
print(f_with_doc.__doc__, f_with_doc())
print(str(square)[:19], repr(documented).startswith("<function documented at "))
print(print.__name__, len.__doc__ is not None, max.__name__, sorted.__qualname__, str.upper.__name__, [].append.__name__)

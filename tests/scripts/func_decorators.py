# Decorators: simple, with arguments, functools.wraps, stacked, class-based.
import functools
def shout(fn):
    def wrapper(*args, **kwargs):
        return str(fn(*args, **kwargs)).upper() + "!"
    return wrapper
@shout
def hello(name):
    """Say hello."""
    return f"hello {name}"
print(hello("world"), hello.__name__, hello.__doc__)
def shout_wrapped(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return str(fn(*args, **kwargs)).upper() + "!"
    return wrapper
@shout_wrapped
def hello2(name):
    """Say hello politely."""
    return f"hello {name}"
print(hello2("there"), hello2.__name__, hello2.__doc__, hello2.__wrapped__("raw"), hello2.__qualname__)
def repeat(times):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorator
@repeat(3)
def roll(x):
    return x * 2
print(roll(4), roll.__name__)
calls = []
def log(tag):
    def deco(fn):
        def inner(*a, **k):
            calls.append(f"{tag}:{fn.__name__}")
            return fn(*a, **k)
        inner.__name__ = fn.__name__
        return inner
    return deco
@log("outer")
@log("inner")
def work(n):
    calls.append(f"work({n})")
    return n + 1
print(work(1), calls)
order = []
def mark(label):
    order.append(f"decorating with {label}")
    def deco(fn):
        order.append(f"applying {label}")
        return fn
    return deco
@mark("A")
@mark("B")
def target():
    pass
print(order)
class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.count = 0
    def __call__(self, *args):
        self.count += 1
        return self.fn(*args)
@CountCalls
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), add.count, add.__name__)
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, value):
        self.value = value
a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)
def validate_positive(fn):
    @functools.wraps(fn)
    def wrapper(x):
        if x < 0:
            raise ValueError(f"{fn.__name__} needs a non-negative value, got {x}")
        return fn(x)
    return wrapper
@validate_positive
def root(x):
    return x ** 0.5
print(root(16))
try:
    root(-4)
except ValueError as e:
    print("ValueError:", e)
registry = {}
def register(name=None):
    def deco(fn):
        registry[name or fn.__name__] = fn
        return fn
    return deco
@register()
def alpha():
    return "a"
@register("beta-name")
def beta():
    return "b"
print(sorted(registry), registry["beta-name"](), alpha())
def timer_like(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        wrapper.last = result
        return result
    wrapper.last = None
    return wrapper
@timer_like
def mul(a, b=2):
    return a * b
print(mul.last, mul(3), mul.last, mul(3, b=5), mul.last)
class Greeter:
    @staticmethod
    @shout_wrapped
    def static_greet(n):
        return "hi " + n
    @property
    @functools.lru_cache(maxsize=None)
    def expensive(self):
        return 42
print(Greeter.static_greet("x"), Greeter().static_greet("y"))
decorate_lambda = shout(lambda: "lambda result")
print(decorate_lambda())

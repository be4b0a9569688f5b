# sys.exc_info, assert, StopIteration handling, exceptions from generators, custom hierarchies.
import sys
print(sys.exc_info())
try:
    raise ValueError("info")
except ValueError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev, tb is not None, type(tb).__name__)
print(sys.exc_info())
def check_exc_info_in_finally():
    try:
        raise KeyError("k")
    except KeyError:
        inner = sys.exc_info()[0].__name__
    return inner, sys.exc_info()[0]
print(check_exc_info_in_finally())
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("AssertionError with no message:", repr(e), e.args)
try:
    assert [], ["message", "can be", "any object"]
except AssertionError as e:
    print("AssertionError:", e.args[0])
assert True, "never raised"
it = iter([1, 2])
results = []
while True:
    try:
        results.append(next(it))
    except StopIteration:
        results.append("stop")
        break
print(results)
def gen():
    yield 1
    raise ValueError("from generator")
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(next(g, "exhausted"))
def gen_stop():
    yield 1
    raise StopIteration("bad")
try:
    list(gen_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
class AppError(Exception):
    """Base for app errors."""
    def __init__(self, msg, *, code=1):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}", code=422)
        self.field = field
class DatabaseError(AppError):
    pass
def process(item):
    if item == "bad":
        raise ValidationError("name", "must not be 'bad'")
    if item == "db":
        raise DatabaseError("connection lost", code=503)
    if item == "boom":
        raise RuntimeError("unexpected")
    return item.upper()
for item in ["ok", "bad", "db", "boom"]:
    try:
        print("processed", process(item))
    except ValidationError as e:
        print("validation:", e, e.field, e.code, isinstance(e, AppError))
    except AppError as e:
        print("app error:", e, type(e).__name__, e.args)
    except Exception as e:
        print("other:", type(e).__name__, e)
errors = []
for value in ["1", "x", None, "3"]:
    try:
        errors.append(int(value))
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__)
print(errors)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    except TypeError:
        return None
print(safe_div(1, 2), safe_div(1, 0), safe_div("a", 2))
e = Exception("a", "b", 3)
print(e.args, str(e), repr(e), len(e.args))
e.args = ("changed",)
print(str(e), repr(e))
class WithDefaultMsg(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(str(WithDefaultMsg()), repr(WithDefaultMsg("x")))
class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
nsi = NoSuperInit(1, 2)
print(nsi.args, str(nsi), repr(nsi), nsi.a + nsi.b)
try:
    try:
        raise TypeError("inner")
    except TypeError as inner_err:
        print("handling", inner_err, "; exc_info:", sys.exc_info()[1])
        try:
            raise KeyError("nested")
        except KeyError:
            print("nested exc_info:", repr(sys.exc_info()[1]))
        print("restored exc_info:", repr(sys.exc_info()[1]))
        raise
except TypeError as outer:
    print("outer", outer)
def raise_in_loop():
    collected = []
    for i in range(5):
        try:
            if i % 2:
                raise ValueError(i)
            collected.append(i)
        except ValueError as e:
            collected.append(f"err{e}")
    return collected
print(raise_in_loop())

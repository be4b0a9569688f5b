# with statements: __enter__/__exit__ arguments, suppression, nesting, contextlib-free managers.
class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: type={exc_type.__name__ if exc_type else None} exc={exc!r} tb={'set' if tb else None}")
        return self.suppress
with Managed("plain") as m:
    print("inside with", m.name)
with Managed("suppressing", suppress=True):
    raise ValueError("swallowed")
print("after suppressed exception")
try:
    with Managed("propagating"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught outside:", repr(e))
with Managed("outer") as a, Managed("inner") as b:
    print("body with", a.name, b.name)
try:
    with Managed("o2"), Managed("i2", suppress=True):
        raise RuntimeError("inner suppresses")
    print("continues after inner suppression")
except RuntimeError:
    print("should not get here")
def func_with_return():
    with Managed("in function"):
        return "returned value"
print(func_with_return())
for i in range(3):
    with Managed(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
class Resource:
    opened = 0
    def __init__(self):
        self.closed = False
    def __enter__(self):
        Resource.opened += 1
        return "resource handle"
    def __exit__(self, *args):
        self.closed = True
        Resource.opened -= 1
        return False
r = Resource()
with r as handle:
    print(handle, Resource.opened, r.closed)
print(Resource.opened, r.closed)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with Suppress(ZeroDivisionError, KeyError):
    1 / 0
print("ZeroDivisionError suppressed")
try:
    with Suppress(KeyError):
        [][0]
except IndexError as e:
    print("IndexError not suppressed:", e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("from __exit__")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))
class EnterFails:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterFails():
        print("body should not run")
except OSError as e:
    print("OSError:", e)
class Timer:
    def __init__(self):
        self.events = []
    def __enter__(self):
        self.events.append("start")
        return self
    def __exit__(self, et, ev, tb):
        self.events.append("stop")
with Timer() as t:
    t.events.append("work")
print(t.events)
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back due to", et.__name__)
            return True
        print("committed")
store = {"balance": 100}
with Transaction(store) as s:
    s["balance"] -= 30
print(store)
with Transaction(store) as s:
    s["balance"] -= 500
    if s["balance"] < 0:
        raise ValueError("overdraft")
print(store)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
with Managed("tuple-target") as (x):
    print(type(x).__name__)

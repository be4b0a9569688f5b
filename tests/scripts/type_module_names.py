# Builtin types report their module (`type(f).__module__` is 'builtins' even where the
# namespace's `__module__` is the instances' attribute), and messages name types defined
# outside builtins as CPython's tp_name does: 'collections.deque', '_thread.lock'.
import collections
import sys
import threading


def g():
    yield


class C:
    def m(self):
        pass


for o in [g(), g, C().m, len, [].append, {}.keys(), iter([]), None, type, object(), C,
          collections.deque(), threading.Lock(), threading.RLock(), sys.stdout, C()]:
    t = type(o)
    print(t.__module__, t.__qualname__, repr(t))

for o in [collections.deque([1]), threading.Lock(), sys.stdout, C(), [], len]:
    try:
        o.no_such_attribute
    except AttributeError as e:
        print(e)
try:
    hash(collections.deque())
except TypeError as e:
    print(e)


class D(collections.deque):
    pass


print(repr(collections.deque([1, 2])), repr(D([3])), repr(collections.deque([], 2)))
print(C.__module__, g.__module__)

# Builtin module functions know their module (__module__, __self__), and, not being
# descriptors, do not bind as methods when stored in a class.
import math
import sys
import _thread

print(len.__module__, print.__module__, math.sqrt.__module__, sys.exit.__module__,
      _thread.allocate_lock.__module__)
print([].append.__module__, len.__self__, math.sqrt.__self__ is math, sys.exit.__self__ is sys)
print(repr(len), repr(math.sqrt), repr([].append)[:33])


class A:
    size = len
    root = math.sqrt


try:
    A().size()
except TypeError as e:
    print("TypeError:", e)
print(A().root(16.0), A.root(4.0), A().size is len)

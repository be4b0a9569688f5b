# Importing a plain module in different ways; sys.modules caching; __name__; then import errors.
import sys
print("main __name__:", __name__)
print("mymod" in sys.modules)
import mymod
print("mymod" in sys.modules, mymod.__name__, mymod.CONSTANT, mymod.f(21))
import mymod
import mymod as again
print(again is mymod, sys.modules["mymod"] is mymod)
from mymod import f as g, Greeter
from mymod import CONSTANT
print(g(5), Greeter("Ann").greet(), CONSTANT)
print(mymod.bump(), mymod.bump(), mymod.counter)
from mymod import counter
print(counter)
mymod.counter = 100
print(mymod.counter, counter, mymod.bump())
print(mymod._private, hasattr(mymod, "Greeter"), type(mymod).__name__)
print(sorted(n for n in dir(mymod) if not n.startswith("__")))
print(mymod.__file__.endswith("mymod.py"), mymod.__doc__)
mymod.new_attr = "added from outside"
import mymod as third
print(third.new_attr)
def local_import():
    import mymod as local_name
    from mymod import CONSTANT as C
    return local_name.CONSTANT + C
print(local_import(), "local_name" in globals())
import math, string
print(math.floor(2.5), string.digits)
from math import pi as PI, sqrt
print(round(PI, 5), sqrt(16))
import os.path
print(hasattr(os, "path"), os.path.join("a", "b"))
print(isinstance(sys.modules, dict), "builtins" in sys.modules, "__main__" in sys.modules)
print(sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])
# Import errors and their messages.
try:
    import nonexistent
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    import nonexistent.child
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    from mymod import does_not_exist
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], "| name:", e.name)
try:
    from mypkg import missing_sub
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], "| name:", e.name)
try:
    import mypkg.missing_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    import mymod.child
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    import nonexistent
except ImportError:
    print("caught by ImportError base class")
def optional_dependency():
    try:
        import not_installed_library as lib
    except ImportError:
        lib = None
    return lib
print(optional_dependency())
import mymod
print("import succeeded after failures:", mymod.CONSTANT)

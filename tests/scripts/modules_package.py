# Packages: __init__, relative imports, submodules, __all__ and star-imports.
import mypkg
print(mypkg.__name__, mypkg.VERSION, mypkg.thing, mypkg.public_func())
print(hasattr(mypkg, "sub"), hasattr(mypkg, "helpers"))
import mypkg.sub
print(mypkg.sub.describe(), mypkg.sub.__name__, mypkg.sub.__package__)
import mypkg.sub as s
print(s is mypkg.sub, s.thing)
from mypkg import helpers
from mypkg.helpers import shout
print(helpers.helper_value(), shout("hey"), helpers.__name__)
from mypkg.sub import describe, thing as renamed
print(describe(), renamed)
import sys
print(sorted(k for k in sys.modules if k.startswith("mypkg")))
import mypkg.helpers
print(mypkg.helpers is helpers)
ns = {}
exec("from mypkg import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
from mypkg import *
print(public_func(), VERSION, thing)
try:
    not_exported
except NameError as e:
    print("NameError:", e)
print(mypkg.not_exported())
print(mypkg.__package__, mypkg.__file__.endswith("__init__.py"), mypkg.sub.__file__.endswith("sub.py"))
print(mypkg.__all__)

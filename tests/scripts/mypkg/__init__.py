# Helper package for modules_*.py tests.
print("mypkg: __init__ executing, __name__ =", __name__)
from . import helpers
from .sub import thing

__all__ = ["public_func", "thing", "VERSION"]
VERSION = "1.2.3"


def public_func():
    return "public_func result uses " + helpers.helper_value()


def not_exported():
    return "not exported by star-import"

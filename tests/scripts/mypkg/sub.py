# Helper submodule inside mypkg, using a relative import.
from .helpers import shout
from . import helpers as h

print("mypkg.sub: executing, __name__ =", __name__, "__package__ =", __package__)
thing = "thing from sub"


def describe():
    return shout("sub describes") + " / " + h.helper_value()

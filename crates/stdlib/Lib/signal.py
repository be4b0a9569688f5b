"""Signal numbers as the Signals enum (the subset of CPython's signal module that Pyrite
supports: names, numbers and descriptions; Python-level handlers are not supported)."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum

_IntEnum._convert_(
    'Signals', __name__,
    lambda name:
        name.isupper()
        and (name.startswith('SIG') and not name.startswith('SIG_'))
        or name.startswith('CTRL_'))


def _int_to_enum(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def strsignal(signalnum):
    """Return the system description of the given signal."""
    return _signal.strsignal(signalnum)


def valid_signals():
    """Return a set of the valid signal numbers on this platform."""
    return {_int_to_enum(n, Signals) for n in range(1, NSIG)}

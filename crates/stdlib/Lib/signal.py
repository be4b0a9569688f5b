"""Signals and their handlers (CPython's signal module without set_wakeup_fd, setitimer,
sigwait and the pthread_* functions). Handlers run in the main thread."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum

_IntEnum._convert_(
    'Signals', __name__,
    lambda name:
        name.isupper()
        and (name.startswith('SIG') and not name.startswith('SIG_'))
        or name.startswith('CTRL_'))


_IntEnum._convert_(
    'Handlers', __name__,
    lambda name: name in ('SIG_DFL', 'SIG_IGN'))


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


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    """Set the action for the given signal; return the previous one."""
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    """Return the current action for the given signal."""
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)

"""Register functions to be called when the interpreter exits.

The interpreter calls `_run_exitfuncs` once the main script has finished (or raised) and the
non-daemon threads have been joined, as CPython does; callbacks run last-registered first.
An exception in a callback is reported on stderr ("Exception ignored in atexit callback")
and the remaining callbacks still run.
"""

import sys
import _thread

# (func, args, kwargs) in registration order; registering is allowed from any thread.
_callbacks = []
_lock = _thread.allocate_lock()


def register(func, /, *args, **kwargs):
    """Register a function to be executed upon normal program termination; returns func
    (so this can be used as a decorator)."""
    if not callable(func):
        raise TypeError("the first argument must be callable")
    with _lock:
        _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Unregister an exit function which was previously registered using
    atexit.register; every registration of it is removed (compared with ==)."""
    with _lock:
        _callbacks[:] = [c for c in _callbacks if not c[0] == func]


def _clear():
    """Clear the list of previously registered exit functions."""
    with _lock:
        _callbacks.clear()


def _ncallbacks():
    """Return the number of registered exit functions."""
    return len(_callbacks)


def _run_exitfuncs():
    """Run all registered exit functions, last registered first."""
    while True:
        with _lock:
            if not _callbacks:
                return
            func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            _report(func, exc)


def _report(func, exc):
    """CPython's report of an unraisable exception: the callback, its traceback (without
    this module's frame) and the exception."""
    stderr = sys.stderr
    if stderr is None:
        return
    try:
        import traceback
        print(f"Exception ignored in atexit callback: {func!r}", file=stderr)
        tb = exc.__traceback__.tb_next if exc.__traceback__ is not None else None
        traceback.print_exception(type(exc), exc, tb, file=stderr, chain=False)
        stderr.flush()
    except BaseException:
        pass

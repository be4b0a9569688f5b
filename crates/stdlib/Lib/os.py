"""OS routines for POSIX.

Everything the native `posix` module provides (files, descriptors, directories, processes,
os.path), plus `environ` as a mapping that keeps the process environment in step (so child
processes, `time.tzset()` and the C library see the changes, as in CPython) and `getenv`.
"""

import sys
import posix
from posix import *

__all__ = [name for name in dir(posix) if not name.startswith('_')] + ['getenv']


def _str_check(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


class _Environ:
    """os.environ: a str-to-str mapping whose changes go to the process environment.

    The mapping methods are written out rather than inherited from
    collections.abc.MutableMapping: importing collections costs every script that imports
    os more than the rest of os (Pyrite has no bytecode cache yet). collections.abc
    registers this class as a MutableMapping when it is imported."""

    _marker = object()

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_str_check(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _str_check(key)
        _str_check(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        _str_check(key)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        # A copy: the environment may change while someone iterates.
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        items = ', '.join('%r: %r' % (key, value) for key, value in self._data.items())
        return 'environ({%s})' % items

    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        return self._data == other

    __hash__ = None

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return self.copy().keys()

    def items(self):
        return self.copy().items()

    def values(self):
        return self.copy().values()

    def pop(self, key, default=_marker):
        try:
            value = self[key]
        except KeyError:
            if default is self._marker:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


environ = _Environ(dict(posix.environ))
if 'collections.abc' in sys.modules:
    sys.modules['collections.abc'].MutableMapping.register(_Environ)


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default."""
    return environ.get(key, default)

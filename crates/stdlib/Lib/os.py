"""OS routines for POSIX.

Everything the native `posix` module provides (files, descriptors, directories, processes,
os.path), plus `environ` as a mapping that keeps the process environment in step (so child
processes, `time.tzset()` and the C library see the changes, as in CPython) and `getenv`.
"""

import abc as _abc
import sys
import posix
from posix import *

__all__ = [name for name in dir(posix) if not name.startswith('_')] + [
    'getenv', 'stat', 'lstat', 'fstat', 'stat_result', 'fspath']

_STAT_FIELDS = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
                'st_atime', 'st_mtime', 'st_ctime')
# Attributes past the 10 sequence fields, in the order `posix._stat` returns them after
# the first seven.
_STAT_EXTRA = ('st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns',
               'st_ctime_ns', 'st_blksize', 'st_blocks', 'st_rdev')


class stat_result(tuple):
    """stat_result: Result from stat, fstat, or lstat.

    A 10-tuple (mode, ino, dev, nlink, uid, gid, size, and the access, modification and
    change times as whole seconds); the attributes st_atime, st_mtime and st_ctime are
    floats, and st_*_ns, st_blksize, st_blocks, st_rdev are attributes only."""

    n_sequence_fields = 10
    n_fields = 16
    n_unnamed_fields = 3

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) < 10:
            raise TypeError("os.stat_result() takes an at least 10-sequence "
                            "(%d-sequence given)" % len(items))
        if len(items) > 16:
            raise TypeError("os.stat_result() takes an at most 16-sequence "
                            "(%d-sequence given)" % len(items))
        head = items[:7] + tuple(int(t) for t in items[7:10])
        self = tuple.__new__(cls, head)
        extra = {name: v for name, v in zip(_STAT_EXTRA, items[7:])} if len(items) == 16 else {}
        for name, index in (('st_atime', 7), ('st_mtime', 8), ('st_ctime', 9)):
            extra.setdefault(name, items[index])
        self.__dict__.update(extra)
        return self

    st_mode = property(lambda self: self[0], doc='protection bits')
    st_ino = property(lambda self: self[1], doc='inode')
    st_dev = property(lambda self: self[2], doc='device')
    st_nlink = property(lambda self: self[3], doc='number of hard links')
    st_uid = property(lambda self: self[4], doc='user ID of owner')
    st_gid = property(lambda self: self[5], doc='group ID of owner')
    st_size = property(lambda self: self[6], doc='total size, in bytes')

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __repr__(self):
        fields = ', '.join('%s=%r' % (name, value) for name, value in zip(_STAT_FIELDS, self))
        return 'os.stat_result(%s)' % fields


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Perform a stat system call on the given path (a str, bytes, path-like object or
    an open file descriptor)."""
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    return stat_result(posix._stat(path, follow_symlinks))


def lstat(path, *, dir_fd=None):
    """Like stat(), but do not follow symbolic links."""
    return stat(path, dir_fd=dir_fd, follow_symlinks=False)


def fspath(path):
    """Return the file system representation of the path: str and bytes are returned
    unchanged; other objects go through their __fspath__ (PEP 519)."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}"
                    .format(path_type.__name__, type(path_repr).__name__))


class PathLike(_abc.ABC):
    """Abstract base class of objects that have a file system path (PEP 519): every class
    with an `__fspath__` method is a virtual subclass."""

    @_abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is not PathLike:
            return NotImplemented
        for base in subclass.__mro__:
            if '__fspath__' in base.__dict__:
                # `__fspath__ = None` opts a class out.
                return base.__dict__['__fspath__'] is not None or NotImplemented
        return NotImplemented

    __class_getitem__ = classmethod(type(list[int]))


def _normcase(s):
    """Normalize case of pathname.  Has no effect under Posix."""
    return fspath(s)


def _getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return stat(filename).st_mtime


def _getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return stat(filename).st_atime


def _getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return stat(filename).st_ctime


def _islink(path):
    """Test whether a path is a symbolic link."""
    try:
        st = lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return (st.st_mode & 0o170000) == 0o120000


def _lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links."""
    try:
        lstat(path)
    except (OSError, ValueError):
        return False
    return True


# os.path is native; these are its stat-based functions (CPython's genericpath/posixpath).
for _f, _name in ((_getmtime, 'getmtime'), (_getatime, 'getatime'), (_getctime, 'getctime'),
                  (_islink, 'islink'), (_lexists, 'lexists'), (_normcase, 'normcase')):
    _f.__name__ = _f.__qualname__ = _name
    setattr(path, _name, _f)
del _f, _name


def fstat(fd):
    """Perform a stat system call on the given file descriptor."""
    if not isinstance(fd, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(fd).__name__)
    return stat_result(posix._stat(fd, True))



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

"""Weak references and the containers built on them.

A weak reference to an object does not keep it alive: once the last ordinary reference goes,
the object is freed and calling the reference returns None. The native `_weakref` module
provides the reference type itself (`ref`) and the counting
functions; this module adds:

- `WeakMethod`: a weak reference to a bound method, which dies when either the instance or
  the function does (a plain `ref` to a bound method dies at once: bound methods are
  created afresh on every attribute access).
- `WeakValueDictionary` and `WeakKeyDictionary`: mappings whose entries disappear when the
  value (or the key) is freed.
- `WeakSet`: a set whose members disappear when they are freed.
- `finalize`: a callable run once, when an object is freed, when called, or at exit.

Callbacks run at the interpreter's next safe point after the referent dies, which may be in
the middle of one of the methods below. So every method iterates over a snapshot of the
underlying dict or set, treats a reference that has died but is still stored as absent, and
the callbacks only remove the exact entry they were made for.

Not provided (known gaps): `proxy`, `ProxyType`, `CallableProxyType`, `ProxyTypes` and
`KeyedRef` (the value references of a `WeakValueDictionary` are plain `ref`s).
"""

import itertools as _itertools
import sys as _sys

from _weakref import ref, getweakrefcount, getweakrefs

from collections.abc import Mapping as _Mapping
from collections.abc import MutableMapping as _MutableMapping
from collections.abc import MutableSet as _MutableSet

try:
    from types import GenericAlias as _GenericAlias
except ImportError:  # pragma: no cover - a Pyrite without types.GenericAlias
    _GenericAlias = None

ReferenceType = ref

__all__ = [
    "ref",
    "getweakrefcount",
    "getweakrefs",
    "WeakKeyDictionary",
    "ReferenceType",
    "WeakValueDictionary",
    "WeakSet",
    "WeakMethod",
    "finalize",
]


def _address_repr(obj):
    """The part of a weakref's repr that names its referent."""
    name = getattr(obj, "__name__", None)
    text = "to %r at %#x" % (type(obj).__name__, id(obj))
    if isinstance(name, str):
        text += " (%s)" % name
    return text


# ---------------------------------------------------------------------------------------------
# WeakMethod


class WeakMethod:
    """A weak reference to a bound method.

    `wm()` returns a new bound method equal to the original while both its instance
    (`__self__`) and its function (`__func__`) are alive, and None once either has died.
    The optional callback is called once, with the WeakMethod, when the first of them dies
    (if the WeakMethod itself is still alive then).
    """

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(
                "argument should be a bound method, not {}".format(type(meth))
            ) from None

        # The callback reaches this object through a weak reference: a strong one would
        # make a cycle (self -> ref -> callback -> self), and cycles are never freed.
        self_ref = ref(self)

        def _died(_wr):
            wm = self_ref()
            if wm is not None and wm._alive:
                wm._alive = False
                if callback is not None:
                    callback(wm)

        self._obj_ref = ref(obj, _died)
        self._func_ref = ref(func, _died)
        self._meth_type = type(meth)
        self._callback = callback
        self._alive = True

    @property
    def __callback__(self):
        return self._callback

    def _is_alive(self):
        return (
            self._alive
            and self._obj_ref() is not None
            and self._func_ref() is not None
        )

    def __call__(self):
        obj = self._obj_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._is_alive() or not other._is_alive():
            return self is other
        return self._obj_ref == other._obj_ref and self._func_ref == other._func_ref

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._is_alive() or not other._is_alive():
            return self is not other
        return self._obj_ref != other._obj_ref or self._func_ref != other._func_ref

    def __hash__(self):
        # As for CPython's WeakMethod (a ref subclass): the hash of the instance.
        return hash(self._obj_ref)

    def __repr__(self):
        obj = self._obj_ref()
        if obj is None or self._func_ref() is None:
            return "<weakref at %#x; dead>" % id(self)
        return "<weakref at %#x; %s>" % (id(self), _address_repr(obj))


# ---------------------------------------------------------------------------------------------
# WeakValueDictionary


def _value_remover(self_ref, key):
    """The callback of the reference stored under `key`: remove that entry if it still holds
    this reference (the key may have been given a new value since)."""

    def remove(wr):
        self = self_ref()
        if self is None:
            return
        data = self.data
        try:
            if data[key] is wr:
                del data[key]
        except KeyError:
            pass

    return remove


class _WeakMapping(_MutableMapping):
    """What WeakValueDictionary and WeakKeyDictionary share; `_refs()` lists the weak
    references whose death removes an entry (values or keys)."""

    def __len__(self):
        n = 0
        for wr in self._refs():
            if wr() is not None:
                n += 1
        return n

    def __bool__(self):
        for wr in self._refs():
            if wr() is not None:
                return True
        return False

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, _Mapping):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _Mapping):
            c = type(self)()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are held through weak references: an entry disappears when its
    value is freed. Keys are ordinary (strong) references."""

    def __init__(self, other=(), /, **kw):
        self._self_ref = ref(self)
        self.data = {}
        self.update(other, **kw)

    def _refs(self):
        return list(self.data.values())

    def _make_ref(self, key, value):
        return ref(value, _value_remover(self._self_ref, key))

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = self._make_ref(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        try:
            wr = self.data[key]
        except KeyError:
            return False
        return wr() is not None

    def __iter__(self):
        for key, wr in list(self.data.items()):
            if wr() is not None:
                yield key

    def keys(self):
        for key, wr in list(self.data.items()):
            if wr() is not None:
                yield key

    def values(self):
        for wr in list(self.data.values()):
            o = wr()
            if o is not None:
                yield o

    def items(self):
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                yield key, o

    def itervaluerefs(self):
        """Yield the weak references to the values (some may have died by the time they
        are used)."""
        yield from list(self.data.values())

    def valuerefs(self):
        """A list of the weak references to the values (some may have died by the time they
        are used)."""
        return list(self.data.values())

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        if o is None:
            return default
        return o

    def pop(self, key, *args):
        if len(args) > 1:
            raise TypeError("pop expected at most 2 arguments, got %d" % (1 + len(args)))
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            try:
                key, wr = self.data.popitem()
            except KeyError:
                raise KeyError("popitem(): dictionary is empty") from None
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o

    def clear(self):
        self.data.clear()

    def copy(self):
        new = WeakValueDictionary()
        for key, o in self.items():
            new[key] = o
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy

        new = type(self)()
        for key, o in self.items():
            new[deepcopy(key, memo)] = o
        return new


# ---------------------------------------------------------------------------------------------
# WeakKeyDictionary


def _key_remover(self_ref):
    """The callback shared by a WeakKeyDictionary's key references: remove the entry of the
    reference that died (a dead reference still finds its own entry: its hash was cached when
    it was stored, and it is equal to itself)."""

    def remove(wr):
        self = self_ref()
        if self is None:
            return
        try:
            del self.data[wr]
        except KeyError:
            pass

    return remove


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are held through weak references: an entry disappears when its
    key is freed. Keys must be hashable and weakly referenceable."""

    def __init__(self, dict=None):
        self.data = {}
        self._remove = _key_remover(ref(self))
        if dict is not None:
            self.update(dict)

    def _refs(self):
        return list(self.data)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __iter__(self):
        for wr in list(self.data):
            key = wr()
            if key is not None:
                yield key

    def keys(self):
        for wr in list(self.data):
            key = wr()
            if key is not None:
                yield key

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def iterkeyrefs(self):
        """Yield the weak references to the keys (some may have died by the time they are
        used)."""
        yield from list(self.data)

    def keyrefs(self):
        """A list of the weak references to the keys (some may have died by the time they
        are used)."""
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            try:
                wr, value = self.data.popitem()
            except KeyError:
                raise KeyError("popitem(): dictionary is empty") from None
            key = wr()
            if key is not None:
                return key, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if kwargs:
            self.update(kwargs)

    def clear(self):
        self.data.clear()

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy

        new = type(self)()
        for key, value in self.items():
            new[key] = deepcopy(value, memo)
        return new


# ---------------------------------------------------------------------------------------------
# WeakSet


def _set_remover(self_ref):
    """The callback shared by a WeakSet's member references."""

    def remove(wr):
        self = self_ref()
        if self is not None:
            self.data.discard(wr)

    return remove


class WeakSet:
    """A set whose members are held through weak references: a member disappears when it is
    freed. Members must be hashable and weakly referenceable. Like CPython's, the operators
    accept any iterable, not only sets."""

    def __init__(self, data=None):
        self.data = set()
        self._remove = _set_remover(ref(self))
        if data is not None:
            self.update(data)

    def _live(self):
        """The references whose referents are still alive (a new set)."""
        return {wr for wr in list(self.data) if wr() is not None}

    def __iter__(self):
        for wr in list(self.data):
            item = wr()
            if item is not None:
                yield item

    def __len__(self):
        n = 0
        for wr in list(self.data):
            if wr() is not None:
                n += 1
        return n

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __reduce__(self):
        return (type(self), (list(self),), getattr(self, "__dict__", None))

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def pop(self):
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = wr()
            if item is not None:
                return item

    def remove(self, item):
        try:
            self.data.remove(ref(item))
        except KeyError:
            raise KeyError(item) from None

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            for item in other:
                self.data.discard(ref(item))
        return self

    def intersection(self, other):
        return type(self)(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        # Keep this set's own references (they carry the callback that removes them).
        keep = set(map(ref, other))
        for wr in list(self.data):
            if wr not in keep:
                self.data.discard(wr)
        return self

    def issubset(self, other):
        return self._live() <= set(map(ref, other))

    __le__ = issubset

    def __lt__(self, other):
        return self._live() < set(map(ref, other))

    def issuperset(self, other):
        return self._live() >= set(map(ref, other))

    __ge__ = issuperset

    def __gt__(self, other):
        return self._live() > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self._live() == set(map(ref, other))

    def __ne__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self._live() != set(map(ref, other))

    __hash__ = None

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            # New references carry the callback; ones already present are removed.
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return type(self)(item for s in (self, other) for item in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    if _GenericAlias is not None:
        __class_getitem__ = classmethod(_GenericAlias)


_MutableSet.register(WeakSet)


# ---------------------------------------------------------------------------------------------
# finalize


class finalize:
    """finalize(obj, func, /, *args, **kwargs): call func(*args, **kwargs) once, when obj is
    freed, when this finalizer is called, or at exit, whichever comes first.

    A finalizer is alive until it has run or been detached. With `atexit` true (the
    default), finalizers still alive when the interpreter exits are run then, newest first.
    The finalizer keeps func, args and kwargs alive, so they must not refer to obj (obj would
    then never be freed).
    """

    __slots__ = ()

    # finalizer -> _Info while alive: the registry keeps the finalizer and what it calls
    # alive (the weak reference to obj holds the finalizer as its callback).
    _registry = {}
    _shutdown = False
    _index_iter = _itertools.count()
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit

            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """If alive, mark as dead and return func(*args, **kwargs); otherwise return None."""
        info = self._registry.pop(self, None)
        if info is not None and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))
        return None

    def detach(self):
        """If alive, mark as dead and return (obj, func, args, kwargs); otherwise return
        None."""
        info = self._registry.get(self)
        obj = info.weakref() if info is not None else None
        if obj is not None and self._registry.pop(self, None) is not None:
            return (obj, info.func, info.args, info.kwargs or {})
        return None

    def peek(self):
        """If alive, return (obj, func, args, kwargs); otherwise return None."""
        info = self._registry.get(self)
        obj = info.weakref() if info is not None else None
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})
        return None

    @property
    def alive(self):
        """Whether the finalizer is alive."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether the finalizer should be called at exit."""
        info = self._registry.get(self)
        return info is not None and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info is not None:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info.weakref() if info is not None else None
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__,
            id(self),
            type(obj).__name__,
            id(obj),
        )

    @classmethod
    def _select_for_exit(cls):
        """The finalizers to run at exit, oldest first."""
        chosen = [(info.index, f) for f, info in list(cls._registry.items()) if info.atexit]
        chosen.sort(key=lambda pair: pair[0])
        return [f for _, f in chosen]

    @classmethod
    def _exitfunc(cls):
        """Run, newest first, the finalizers still alive with atexit set; finalizers created
        meanwhile (by one of them) are picked up too. Afterwards no finalizer runs."""
        try:
            pending = None
            while True:
                if pending is None or finalize._dirty:
                    pending = cls._select_for_exit()
                    finalize._dirty = False
                if not pending:
                    break
                f = pending.pop()
                try:
                    f()
                except Exception:
                    _sys.excepthook(*_sys.exc_info())
        finally:
            finalize._shutdown = True

"""Shallow and deep copies of Python objects.

copy(x) makes a new container holding the same items; deepcopy(x) copies
the items too, recursively, copying each object only once (a memo dict maps
the id() of every copied object to its copy, which also handles recursive
structures).

Classes control copying with __copy__() and __deepcopy__(memo), or with the
pickle protocol: __reduce_ex__()/__reduce__(), __getnewargs__(),
__getstate__() and __setstate__().  Errors are reported as copy.Error.
"""

import copyreg

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _find_in_mro(cls, name):
    """The attribute `name` as defined by a class of cls's MRO other than
    object, or None."""
    for base in cls.__mro__:
        if base is object:
            return None
        d = base.__dict__
        if name in d:
            return d[name]
    return None


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _default_state(x, cls):
    # What object.__getstate__() returns: the instance dict (or None when
    # empty) and, when slots are filled, a (dict, slots) pair.
    d = getattr(x, '__dict__', None)
    state = d if d else None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


# Whether object has the pickle protocol methods; when it does, an object
# hiding them cannot be copied (as in CPython).
_NATIVE_REDUCE = hasattr(object, '__reduce_ex__')

# Builtin types whose instances carry their value in the object itself; a
# subclass instance is rebuilt from the base value.
_VALUE_BASES = (int, float, complex, str, bytes, tuple, frozenset)


def _reduce(x, cls, what):
    """A reduce tuple for x, like x.__reduce_ex__(4)."""
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    if _NATIVE_REDUCE and (getattr(x, '__reduce_ex__', None) is None and
                           getattr(x, '__reduce__', None) is None):
        raise Error('un(%s)copyable object of type %s' % (what, cls))
    method = _find_in_mro(cls, '__reduce_ex__')
    if method is not None:
        return x.__reduce_ex__(4)
    method = _find_in_mro(cls, '__reduce__')
    if method is not None:
        return x.__reduce__()
    return _reduce_object(x, cls)


def _reduce_object(x, cls):
    # The protocol-2+ reduction of object.__reduce_ex__.
    state = _default_state(x, cls)
    if _find_in_mro(cls, '__getstate__') is not None:
        state = x.__getstate__()
    if isinstance(x, BaseException):
        return (cls, tuple(x.args), state, None, None)
    if isinstance(x, set):
        return (_rebuild_set, (cls, list(x)), state, None, None)
    if isinstance(x, bytearray):
        return (_rebuild_bytearray, (cls, bytes(x)), state, None, None)
    getnewargs_ex = getattr(x, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
        func = _newobj_ex
        fargs = (cls, args, kwargs)
    else:
        getnewargs = getattr(x, '__getnewargs__', None)
        if getnewargs is not None:
            args = tuple(getnewargs())
        else:
            args = ()
            if isinstance(x, _VALUE_BASES):
                for base in cls.__mro__:
                    if base in _VALUE_BASES:
                        args = (base(x),)
                        break
        func = _newobj
        fargs = (cls,) + args
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (func, fargs, state, listitems, dictitems)


def _rebuild_set(cls, items):
    y = cls.__new__(cls)
    set.update(y, items)
    return y


def _rebuild_bytearray(cls, data):
    y = cls.__new__(cls)
    bytearray.extend(y, data)
    return y


def copy(x):
    """Return a shallow copy of x."""

    cls = type(x)

    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)

    if issubclass(cls, type):
        return x

    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)

    rv = _reduce(x, cls, 'shallow')
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_copy_dispatch = d = {}


def _copy_immutable(x):
    return x


def _types():
    def f():
        pass

    class C:
        def m(self):
            pass

    result = [type(None), int, float, bool, complex, str, tuple, bytes,
              frozenset, type, range, slice, property, type(len), type(f),
              type(Ellipsis), type(NotImplemented), type([].append),
              type(C().m)]
    try:
        result.append(type(f.__code__))
    except AttributeError:
        pass
    return result, type(C().m)


_atomic_types, _BoundMethod = _types()
for t in _atomic_types:
    d[t] = _copy_immutable

try:
    from _weakref import ref as _weakref_ref
    d[_weakref_ref] = _copy_immutable
except ImportError:
    _weakref_ref = None

d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
d[bytearray] = bytearray.copy

del d, t

def deepcopy(x, memo=None, _nil=[]):
    """Return a deep copy of x (memo maps ids of copied objects to copies)."""

    d = id(x)
    if memo is None:
        memo = {}
    else:
        y = memo.get(d, _nil)
        if y is not _nil:
            return y

    cls = type(x)

    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = _deepcopy_atomic(x, memo)
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                rv = _reduce(x, cls, 'deep')
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)

    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x


for t in _atomic_types:
    d[t] = _deepcopy_atomic
del t


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


if _weakref_ref is not None:
    d[_weakref_ref] = _deepcopy_atomic

d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # Copying the items may have copied this tuple already (a cycle through
    # a mutable item); that copy must be reused.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


d[dict] = _deepcopy_dict


def _deepcopy_set(x, memo, deepcopy=deepcopy):
    y = set()
    memo[id(x)] = y
    for item in x:
        y.add(deepcopy(item, memo))
    return y


d[set] = _deepcopy_set


def _deepcopy_frozenset(x, memo, deepcopy=deepcopy):
    items = [deepcopy(item, memo) for item in x]
    try:
        return memo[id(x)]
    except KeyError:
        pass
    return frozenset(items)


d[frozenset] = _deepcopy_frozenset


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


d[bytearray] = _deepcopy_bytearray


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


d[_BoundMethod] = _deepcopy_method

del d


def _keep_alive(x, memo):
    # The memo is keyed by id(); keep every original alive (in a list stored
    # under the memo's own id) so that no id is reused during the copy.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y


del _types

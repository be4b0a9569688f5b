"""Names for the types of builtin objects that have no builtin name
(FunctionType, GeneratorType, ModuleType, ...), SimpleNamespace, and helpers
for creating classes dynamically (new_class, prepare_class, resolve_bases).
"""
import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
try:
    CodeType = type(_f.__code__)
except AttributeError:
    pass
MappingProxyType = type(type.__dict__)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


try:
    CellType = type(_cell_factory())
except Exception:
    pass


def _g():
    yield 1


GeneratorType = type(_g())

try:
    exec("""
async def _c():
    pass

async def _ag():
    yield
""")
except SyntaxError:
    pass
else:
    _c = _c()
    CoroutineType = type(_c)
    _c.close()
    AsyncGeneratorType = type(_ag())
    del _c, _ag


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)

try:
    WrapperDescriptorType = type(object.__init__)
except AttributeError:
    pass
try:
    MethodWrapperType = type(object().__str__)
except AttributeError:
    pass
try:
    MethodDescriptorType = type(str.join)
except AttributeError:
    pass
try:
    ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
except (AttributeError, KeyError):
    pass

ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _exc:
    _tb = _exc.__traceback__
    if _tb is not None:
        TracebackType = type(_tb)
        try:
            FrameType = type(_tb.tb_frame)
        except AttributeError:
            pass
    del _tb
    _exc = None

try:
    GetSetDescriptorType = type(FunctionType.__code__)
except AttributeError:
    pass
try:
    MemberDescriptorType = type(FunctionType.__globals__)
except AttributeError:
    pass

NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)

try:
    UnionType = type(int | str)
except TypeError:
    pass

del sys, _f, _g, _C, _cell_factory


class SimpleNamespace:
    """An object whose attributes are given as keyword arguments.

    SimpleNamespace(**kwargs)
    """

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return name + '(...)'
        _repr_running.add(key)
        try:
            items = ('%s=%r' % (k, v) for k, v in self.__dict__.items())
            return '%s(%s)' % (name, ', '.join(items))
        finally:
            _repr_running.discard(key)

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace) and issubclass(type(other), SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


_repr_running = set()


# GenericAlias: use the native one when `list[int]` works, else a small
# stand-in that supports subscription, repr and equality.
try:
    GenericAlias = type(list[int])
except TypeError:
    def _type_repr(obj):
        if isinstance(obj, type):
            if obj.__module__ == 'builtins':
                return obj.__qualname__
            return '%s.%s' % (obj.__module__, obj.__qualname__)
        if obj is Ellipsis:
            return '...'
        if isinstance(obj, FunctionType):
            return obj.__name__
        if isinstance(obj, list):
            return '[%s]' % ', '.join(_type_repr(a) for a in obj)
        return repr(obj)

    class GenericAlias:
        """Represent a PEP 585 generic type

E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."""

        def __init__(self, origin, args, /):
            if not isinstance(args, tuple):
                args = (args,)
            self.__origin__ = origin
            self.__args__ = args
            self.__parameters__ = ()

        def __repr__(self):
            if not self.__args__:
                args = '()'
            else:
                args = ', '.join(_type_repr(a) for a in self.__args__)
            return '%s[%s]' % (_type_repr(self.__origin__), args)

        def __call__(self, *args, **kwargs):
            return self.__origin__(*args, **kwargs)

        def __mro_entries__(self, bases):
            return (self.__origin__,)

        def __eq__(self, other):
            if not isinstance(other, GenericAlias):
                return NotImplemented
            return (self.__origin__ == other.__origin__
                    and self.__args__ == other.__args__)

        def __hash__(self):
            return hash(self.__origin__) ^ hash(self.__args__)

        def __getattr__(self, name):
            if name.startswith('__') and name.endswith('__'):
                raise AttributeError(name)
            return getattr(self.__origin__, name)

        def __instancecheck__(self, obj):
            raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

        def __subclasscheck__(self, cls):
            raise TypeError('issubclass() argument 2 cannot be a parameterized generic')


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class like a class statement would, with the right metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Replace the bases that define __mro_entries__ (PEP 560)."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        else:
            new_bases[i + shift:i + shift + 1] = new_base
            shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Find the metaclass and call its __prepare__.

    Returns (metaclass, namespace, kwds), kwds without 'metaclass'.
    """
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        if bases:
            meta = type(bases[0])
        else:
            meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    """The most derived metaclass of meta and the bases' metaclasses."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


class DynamicClassAttribute(property):
    """Attribute whose access through the class is routed to the class's
    __getattr__ (by raising AttributeError), while instances see it normally.
    """

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if getattr(self, '__isabstractmethod__', False):
                return self
            raise AttributeError()
        return super().__get__(instance, ownerclass)


_CO_GENERATOR = 0x20
_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


def coroutine(func):
    """Make a generator function usable as a coroutine (its generators can be
    awaited)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')

    code = getattr(func, '__code__', None)
    if func.__class__ is FunctionType and code is not None:
        flags = getattr(code, 'co_flags', 0)
        if flags & (_CO_COROUTINE | _CO_ITERABLE_COROUTINE):
            return func
        if flags & _CO_GENERATOR:
            try:
                func.__code__ = code.replace(co_flags=flags | _CO_ITERABLE_COROUTINE)
                return func
            except Exception:
                pass

    import functools

    import collections.abc

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        cls = coro.__class__
        if cls is globals().get('CoroutineType') or (
                cls is GeneratorType and
                getattr(coro.gi_code, 'co_flags', 0) & _CO_ITERABLE_COROUTINE):
            # Already awaitable.
            return coro
        if (isinstance(coro, collections.abc.Generator) and
                not isinstance(coro, collections.abc.Coroutine)):
            # A generator (or generator-like object) that is not awaitable.
            return _GeneratorWrapper(coro)
        return coro

    return wrapped


class _GeneratorWrapper:
    """Awaitable wrapper around a generator (see coroutine())."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped

    __await__ = __iter__


__all__ = [n for n in globals() if n[:1] != '_']

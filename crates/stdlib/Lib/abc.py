"""Abstract base classes (PEP 3119): ABCMeta, ABC and abstractmethod."""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod',
           'abstractstaticmethod', 'abstractproperty', 'get_cache_token',
           'update_abstractmethods']


def abstractmethod(funcobj):
    """Mark a method as abstract: a class with ABCMeta as metaclass cannot be
    instantiated while an abstract method is not overridden.
    """
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use classmethod stacked on abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use staticmethod stacked on abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use property stacked on abstractmethod."""

    __isabstractmethod__ = True


# Bumped on every register() so that negative caches are invalidated.
_invalidation_counter = 0


def get_cache_token():
    """A token that changes whenever a class is registered with any ABC (used
    to invalidate caches of isinstance results).
    """
    return _invalidation_counter


# type.__subclasses__() lists the direct subclasses; without it the ABCs
# keep their own list.
_NATIVE_SUBCLASSES = hasattr(type, '__subclasses__')


class _ABCData:
    """Bookkeeping of one ABC: registry, positive and negative caches, subclasses."""
    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_version',
                 'subclasses')

    def __init__(self):
        self.registry = []
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = _invalidation_counter
        self.subclasses = []


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    # classmethod/staticmethod objects forward the flag of their function
    # (checked here too in case the interpreter's do not).
    func = getattr(value, '__func__', None)
    return func is not None and bool(getattr(func, '__isabstractmethod__', False))


def _compute_abstracts(cls, namespace, bases):
    abstracts = set()
    for name, value in namespace.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass of abstract base classes.

    Classes with unimplemented abstract methods cannot be instantiated.
    register() adds "virtual subclasses" (for isinstance()/issubclass(), without
    inheritance), and a class may decide membership with a __subclasshook__
    classmethod.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace, bases)
        cls._abc_impl = _ABCData()
        if not _NATIVE_SUBCLASSES:
            for base in bases:
                data = (base.__dict__.get('_abc_impl')
                        if isinstance(base, ABCMeta) else None)
                if data is not None:
                    data.subclasses.append(cls)
        return cls

    def register(cls, subclass):
        """Make subclass a virtual subclass of the ABC; returns it (usable as a decorator)."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_impl.registry.append(subclass)
        _invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls)."""
        data = cls._abc_impl
        subclass = instance.__class__
        if subclass in data.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (data.negative_version == _invalidation_counter
                    and subclass in data.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        data = cls._abc_impl
        if subclass in data.cache:
            return True
        if data.negative_version < _invalidation_counter:
            data.negative_cache = set()
            data.negative_version = _invalidation_counter
        elif subclass in data.negative_cache:
            return False
        hook = getattr(cls, '__subclasshook__', None)
        ok = NotImplemented if hook is None else hook(subclass)
        if ok is not NotImplemented:
            if ok:
                data.cache.add(subclass)
            else:
                data.negative_cache.add(subclass)
            return ok
        if cls in subclass.__mro__:
            data.cache.add(subclass)
            return True
        for rcls in data.registry:
            if issubclass(subclass, rcls):
                data.cache.add(subclass)
                return True
        if _NATIVE_SUBCLASSES:
            subclasses = cls.__subclasses__()
        else:
            subclasses = data.subclasses
        for scls in subclasses:
            if issubclass(subclass, scls):
                data.cache.add(subclass)
                return True
        data.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Print the registry and caches (for debugging)."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        data = cls._abc_impl
        print(f"_abc_registry: {data.registry!r}", file=file)
        print(f"_abc_cache: {data.cache!r}", file=file)
        print(f"_abc_negative_cache: {data.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {data.negative_version!r}",
              file=file)

    def _abc_registry_clear(cls):
        """Forget the registered virtual subclasses."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Clear the isinstance caches."""
        data = cls._abc_impl
        data.cache.clear()
        data.negative_cache.clear()


def _native_abstract_check():
    # Does object.__new__ refuse classes with __abstractmethods__ (as in
    # CPython)?  Then ABCMeta needs no __call__ of its own.
    class Probe:
        pass
    try:
        Probe.__abstractmethods__ = frozenset({'method'})
        Probe()
    except TypeError:
        return True
    except Exception:
        pass
    return False


if not _native_abstract_check():
    def __call__(cls, /, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract "
                            "method%s %s" % (cls.__name__,
                                            's' if len(names) > 1 else '',
                                            ', '.join(names)))
        return type.__call__(cls, *args, **kwargs)

    ABCMeta.__call__ = __call__
    del __call__
del _native_abstract_check


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added or replaced
    on the class; returns cls.  Does nothing for classes that are not ABCs.
    """
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Convenience base class whose metaclass is ABCMeta."""
    __slots__ = ()

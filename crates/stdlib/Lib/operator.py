"""The operators of Python as functions: operator.add(x, y) is x + y, and so
on.  Each function is also available under its special-method name
(operator.__add__).  itemgetter, attrgetter and methodcaller build callables
fetching items, attributes, or calling methods.
"""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains',
           'countOf', 'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt',
           'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul',
           'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow',
           'irshift', 'is_', 'is_not', 'isub', 'itemgetter', 'itruediv',
           'ixor', 'le', 'length_hint', 'lshift', 'lt', 'matmul',
           'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos',
           'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor']

_builtin_abs = abs


def lt(a, b):
    """Return a < b."""
    return a < b


def le(a, b):
    """Return a <= b."""
    return a <= b


def eq(a, b):
    """Return a == b."""
    return a == b


def ne(a, b):
    """Return a != b."""
    return a != b


def ge(a, b):
    """Return a >= b."""
    return a >= b


def gt(a, b):
    """Return a > b."""
    return a > b


def not_(a):
    """Return not a."""
    return not a


def truth(a):
    """True if a is true, else False."""
    return True if a else False


def is_(a, b):
    """Return a is b."""
    return a is b


def is_not(a, b):
    """Return a is not b."""
    return a is not b


def abs(a):
    """Return abs(a)."""
    return _builtin_abs(a)


def add(a, b):
    """Return a + b."""
    return a + b


def and_(a, b):
    """Return a & b."""
    return a & b


def floordiv(a, b):
    """Return a // b."""
    return a // b


def index(a):
    """Return a.__index__()."""
    try:
        method = type(a).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(a).__name__) from None
    return method(a)


def inv(a):
    """Return ~a."""
    return ~a


invert = inv


def lshift(a, b):
    """Return a << b."""
    return a << b


def mod(a, b):
    """Return a % b."""
    return a % b


def mul(a, b):
    """Return a * b."""
    return a * b


def matmul(a, b):
    """Return a @ b."""
    return a @ b


def neg(a):
    """Return -a."""
    return -a


def or_(a, b):
    """Return a | b."""
    return a | b


def pos(a):
    """Return +a."""
    return +a


def pow(a, b):
    """Return a ** b."""
    return a ** b


def rshift(a, b):
    """Return a >> b."""
    return a >> b


def sub(a, b):
    """Return a - b."""
    return a - b


def truediv(a, b):
    """Return a / b."""
    return a / b


def xor(a, b):
    """Return a ^ b."""
    return a ^ b


def concat(a, b):
    """Return a + b (sequences)."""
    if not hasattr(type(a), '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b


def contains(a, b):
    """Return b in a (note the order of the arguments)."""
    return b in a


def countOf(a, b):
    """Number of items of a that are, or equal, b."""
    count = 0
    for i in a:
        if i is b or i == b:
            count += 1
    return count


def delitem(a, b):
    """Delete a[b]."""
    del a[b]


def getitem(a, b):
    """Return a[b]."""
    return a[b]


def indexOf(a, b):
    """Position of the first item of a that is, or equals, b."""
    i = 0
    for j in a:
        if j is b or j == b:
            return i
        i += 1
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c):
    """Set a[b] = c."""
    a[b] = c


def length_hint(obj, default=0):
    """Estimated number of items of obj: len(obj) if it has one, else its
    __length_hint__(), else default.
    """
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    try:
        val = hint(obj)
    except TypeError:
        return default
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError('__length_hint__ must be integer, not %s'
                        % type(val).__name__)
    if val < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return val


def call(obj, /, *args, **kwargs):
    """Return obj(*args, **kwargs)."""
    return obj(*args, **kwargs)


class attrgetter:
    """attrgetter(name, ...): callable returning the named attribute(s) of its
    argument; dotted names follow attribute chains, several names give a tuple.
    """
    __slots__ = ('_attrs', '_call')

    def __init__(self, attr, *attrs):
        for a in (attr,) + attrs:
            if not isinstance(a, str):
                raise TypeError('attribute name must be a string')
        self._attrs = (attr,) + attrs
        if not attrs:
            if '.' in attr:
                names = tuple(attr.split('.'))

                def func(obj):
                    for name in names:
                        obj = getattr(obj, name)
                    return obj
                self._call = func
            else:
                def func(obj):
                    return getattr(obj, attr)
                self._call = func
        else:
            getters = tuple(map(attrgetter, self._attrs))

            def func(obj):
                return tuple([getter(obj) for getter in getters])
            self._call = func

    def __call__(self, obj, /):
        return self._call(obj)

    def __repr__(self):
        return '%s.%s(%s)' % (self.__class__.__module__,
                              self.__class__.__qualname__,
                              ', '.join(map(repr, self._attrs)))

    def __reduce__(self):
        return self.__class__, self._attrs


class itemgetter:
    """itemgetter(item, ...): callable returning obj[item] (a tuple of items when
    several are given).
    """
    __slots__ = ('_items', '_item', '_single')

    def __init__(self, *items):
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items
        self._single = len(items) == 1
        self._item = items[0]

    def __call__(self, obj, /):
        if self._single:
            return obj[self._item]
        return tuple([obj[i] for i in self._items])

    def __repr__(self):
        return '%s.%s(%s)' % (self.__class__.__module__,
                              self.__class__.__name__,
                              ', '.join(map(repr, self._items)))

    def __reduce__(self):
        return self.__class__, self._items


class methodcaller:
    """methodcaller(name, *args, **kwargs): callable calling
    obj.name(*args, **kwargs).
    """
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(self, /, *args, **kwargs):
        if not args:
            raise TypeError('methodcaller needs at least one argument, '
                            'the method name')
        name = args[0]
        args = args[1:]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        args = [repr(self._name)]
        args.extend(map(repr, self._args))
        args.extend('%s=%r' % (k, v) for k, v in self._kwargs.items())
        return '%s.%s(%s)' % (self.__class__.__module__,
                              self.__class__.__name__,
                              ', '.join(args))

    def __reduce__(self):
        if not self._kwargs:
            return self.__class__, (self._name,) + self._args
        from functools import partial
        return partial(self.__class__, self._name, **self._kwargs), self._args


def iadd(a, b):
    """a += b; return a"""
    a += b
    return a


def iand(a, b):
    """a &= b; return a"""
    a &= b
    return a


def iconcat(a, b):
    """a += b for sequences; return a"""
    if not hasattr(type(a), '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a


def ifloordiv(a, b):
    """a //= b; return a"""
    a //= b
    return a


def ilshift(a, b):
    """a <<= b; return a"""
    a <<= b
    return a


def imod(a, b):
    """a %= b; return a"""
    a %= b
    return a


def imul(a, b):
    """a *= b; return a"""
    a *= b
    return a


def imatmul(a, b):
    """a @= b; return a"""
    a @= b
    return a


def ior(a, b):
    """a |= b; return a"""
    a |= b
    return a


def ipow(a, b):
    """a **= b; return a"""
    a **= b
    return a


def irshift(a, b):
    """a >>= b; return a"""
    a >>= b
    return a


def isub(a, b):
    """a -= b; return a"""
    a -= b
    return a


def itruediv(a, b):
    """a /= b; return a"""
    a /= b
    return a


def ixor(a, b):
    """a ^= b; return a"""
    a ^= b
    return a


__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor

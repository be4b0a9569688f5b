# functools: reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key,
# cached_property, singledispatch
import functools
from functools import (reduce, partial, partialmethod, lru_cache, cache, wraps, update_wrapper,
                       total_ordering, cmp_to_key, cached_property, singledispatch, singledispatchmethod)
import operator


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


print("--- reduce")
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 1), reduce(lambda a, b: a + b, [], 'init'))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(max, [3, 9, 2]), reduce(operator.add, ['a']))
attempt(lambda: reduce(operator.add, []))
attempt(lambda: reduce(operator.add, 5))
print(reduce(operator.add, iter(range(5))))

print("--- partial")


def f(a, b=2, *, c=3):
    return (a, b, c)


p = partial(f, 1, c=5)
print(p(), p(7), p(b=8, c=9), p.func is f, p.args, p.keywords)
q = partial(p, 9)
print(q(), q.func is f, q.args, q.keywords)
basetwo = partial(int, base=2)
basetwo.__doc__ = 'Convert base 2 string to an int.'
print(basetwo('10010'), basetwo.__doc__, partial(max, 3)(1, 2))
print(repr(partial(pow, 1)), repr(partial(pow, 1, 2)), repr(partial(max, key=abs)), repr(partial(partial(pow, 2), 3)))
attempt(lambda: partial(1))
attempt(lambda: partial())
print(list(map(partial(operator.mul, 3), range(4))))


class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state):
        self._alive = bool(state)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


cell = Cell()
cell.set_alive()
print(cell._alive)
cell.set_dead()
print(cell._alive)

print("--- lru_cache")


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info(), fib(100))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.__name__, fib.__wrapped__.__name__, fib.cache_parameters())


@lru_cache
def sq(x):
    print('computing', x)
    return x * x


print(sq(2), sq(2), sq(3), sq.cache_info(), sq.cache_parameters())


@lru_cache(maxsize=2)
def ident(x):
    print('miss', x)
    return x


for v in [1, 2, 1, 3, 2, 1, 1]:
    ident(v)
print(ident.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())


@lru_cache(typed=True)
def typed(x):
    print('call', repr(x))
    return x


typed(1)
typed(1.0)
typed(1)
print(typed.cache_info())


@lru_cache
def kw(a, b=0, *, c=1):
    print('kw call', a, b, c)
    return a + b + c


print(kw(1), kw(1, b=0), kw(1, c=1), kw(1), kw.cache_info())
attempt(lambda: kw([1]))
attempt(lambda: lru_cache('bad'))
print(lru_cache(maxsize=-3)(len).cache_info())


@cache
def factorial(n):
    return n * factorial(n - 1) if n else 1


print(factorial(10), factorial(5), factorial.cache_info())
ci = factorial.cache_info()
print(ci.hits, ci.misses, ci.maxsize, ci.currsize, ci._fields, type(ci).__name__)


class Circle:
    def __init__(self, r):
        self.r = r

    @lru_cache
    def area(self):
        print('area computed')
        return 3 * self.r ** 2


c1 = Circle(2)
print(c1.area(), c1.area(), Circle.area.cache_info().hits)

print("--- wraps / update_wrapper")


def deco(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs)
    return wrapper


@deco
def documented(x: int) -> int:
    """Return x doubled."""
    return 2 * x


documented.extra = 1
print(documented(4), documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__annotations__)
print(documented.__qualname__, documented.__module__)


def g():
    pass


g.attr = 'copied'


def h():
    """h doc"""


update_wrapper(h, g)
print(h.__name__, h.__doc__, h.attr, h.__wrapped__ is g)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def nodoc_deco(fn):
    @wraps(fn, assigned=('__name__',))
    def w():
        "keep me"
    return w


print(nodoc_deco(documented).__doc__, nodoc_deco(documented).__name__)

print("--- total_ordering")


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, b >= a, a <= a)
print(sorted([Version(2), Version(1, 5), Version(1)]), max(Version(3), Version(2, 9)))
print(Version.__gt__.__name__, Version.__le__.__name__)
attempt(lambda: a < 5)


@total_ordering
class Rev:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v

    def __eq__(self, other):
        return self.v == other.v


print(Rev(1) < Rev(2), Rev(1) >= Rev(2), Rev(2) <= Rev(2))


def bad_total():
    @total_ordering
    class NoOrder:
        pass


attempt(bad_total)

print("--- cmp_to_key")


def numeric_compare(x, y):
    return x - y


def reverse_len(x, y):
    return len(y) - len(x)


print(sorted([5, 2, 4, 1, 3], key=cmp_to_key(numeric_compare)))
print(sorted(['aa', 'b', 'cccc', 'ddd'], key=cmp_to_key(reverse_len)))
K = cmp_to_key(numeric_compare)
print(K(1) < K(2), K(3) == K(3), K(2) >= K(5), K(1).obj)
attempt(lambda: K(1) < 2)
print(K.__hash__)

print("--- cached_property")


class Data:
    def __init__(self, n):
        self.n = n

    @cached_property
    def total(self):
        """Sum of range."""
        print('computing total')
        return sum(range(self.n))


dobj = Data(10)
print(dobj.total, dobj.total, 'total' in vars(dobj), Data.total.__doc__, Data.total.attrname)
del dobj.total
print(dobj.total)
dobj.total = 99
print(dobj.total)


class Slotted:
    __slots__ = ('x',)

    @cached_property
    def y(self):
        return 1


attempt(lambda: Slotted().y)
loose = cached_property(lambda self: 1)
attempt(lambda: loose.__get__(Data(1)))
print(type(Data.total).__name__)

print("--- singledispatch")


@singledispatch
def show(arg):
    return 'default: %r' % (arg,)


@show.register
def _(arg: int):
    return 'int: %d' % arg


@show.register(list)
def _(arg):
    return 'list of %d' % len(arg)


@show.register(float)
@show.register(complex)
def _(arg):
    return 'number: %r' % (arg,)


def show_str(arg):
    return 'str: ' + arg


show.register(str, show_str)
print(show(1), show(True), show([1, 2]), show(2.5), show(1j), show('s'), show(None), show((1,)))
print(show.dispatch(bool) is show.dispatch(int), show.dispatch(dict) is show.registry[object], sorted(t.__name__ for t in show.registry))
attempt(lambda: show())
from collections.abc import Mapping, Sequence


@singledispatch
def kind(x):
    return 'other'


@kind.register
def _(x: Mapping):
    return 'mapping'


@kind.register
def _(x: Sequence):
    return 'sequence'


@kind.register
def _(x: str):
    return 'string'


class MyMap(dict):
    pass


print(kind({}), kind(MyMap()), kind([]), kind(()), kind('x'), kind(3), kind(range(2)))


class Base:
    pass


class Derived(Base):
    pass


@singledispatch
def who(x):
    return 'object'


@who.register
def _(x: Base):
    return 'Base'


print(who(Derived()), who(Base()), who(1))


@who.register
def _(x: Derived):
    return 'Derived'


print(who(Derived()), who(Base()))


class Negator:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError('Cannot negate a')

    @neg.register
    def _(self, arg: int):
        return -arg

    @neg.register
    def _(self, arg: bool):
        return not arg


print(Negator().neg(5), Negator().neg(True))
attempt(lambda: Negator().neg('x'))

# dataclasses: generated methods, field options, frozen/order/hash, asdict/astuple/replace, make_dataclass
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass,
                         FrozenInstanceError, InitVar, KW_ONLY, MISSING)
import dataclasses


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p == Point(1, 2), p != Point(2, 1), p == (1, 2), Point.__hash__)
print(p.x, p.y, Point.__doc__, Point.__match_args__, [f.name for f in fields(Point)], Point.y)
attempt(lambda: Point())
attempt(lambda: Point(1, 2, 3))
attempt(lambda: Point(1, z=3))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__name__)


@dataclass
class Inventory:
    name: str
    unit_price: float
    quantity: int = 0
    tags: list = field(default_factory=list)
    secret: str = field(default='hidden', repr=False, compare=False)

    def total(self):
        return self.unit_price * self.quantity


a = Inventory('widget', 2.5, 4)
b = Inventory('widget', 2.5, 4, secret='other')
a.tags.append('new')
print(a, a.total(), a == b, a.tags is not b.tags, Inventory('x', 1).tags)
print(Inventory.__doc__)
print(fields(Inventory)[3].default_factory is list, fields(Inventory)[4].repr, fields(Inventory)[0].type)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


v1, v2 = Version(1, 2), Version(1, 10, 'beta')
print(v1 < v2, v1 <= v2, v2 > v1, v1 >= v1, sorted([v2, v1, Version(0, 5)]), hash(v1) == hash((1, 2)))
attempt(lambda: setattr(v1, 'major', 5))
attempt(lambda: delattr(v1, 'minor'))
attempt(lambda: v1 < 5)
print({v1: 'a'}[Version(1, 2, 'ignored')], isinstance(FrozenInstanceError(), AttributeError))


@dataclass(unsafe_hash=True)
class Hashable:
    a: int
    b: list = field(default_factory=list, hash=False)


print(hash(Hashable(5)) == hash((5,)), Hashable(1) == Hashable(1))


@dataclass(eq=False)
class NoEq:
    v: int


print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.b = self.a * scale


wp = WithPost(3)
print(wp, WithPost(3, 10), fields(WithPost)[1].init, [f.name for f in fields(WithPost)])


@dataclass
class Base:
    x: int = 0
    items: list = field(default_factory=list)
    counter: 'ClassVar[int]' = 0


@dataclass
class Derived(Base):
    z: str = 'z'
    x: int = 15


print(Derived(), Derived(1, [2], 'q'), [f.name for f in fields(Derived)], Base.counter, is_dataclass(Derived), is_dataclass(Derived()), is_dataclass(int))


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2


print(KW(0), KW(0, c=5), KW.__match_args__, KW.__doc__)
attempt(lambda: KW(1, 2))


@dataclass(kw_only=True)
class AllKW:
    a: int
    b: int = 0


print(AllKW(a=1), AllKW.__doc__)
attempt(lambda: AllKW(1))


def bad_order():
    @dataclass
    class Bad:
        a: int = 1
        b: int


def bad_mutable():
    @dataclass
    class Bad:
        a: list = []


def bad_factory_and_default():
    return field(default=1, default_factory=list)


def bad_frozen_inherit():
    @dataclass
    class NotFrozen:
        a: int

    @dataclass(frozen=True)
    class Frozen(NotFrozen):
        b: int


def bad_order_override():
    @dataclass(order=True)
    class C:
        a: int

        def __lt__(self, other):
            return True


attempt(bad_order)
attempt(bad_mutable)
attempt(bad_factory_and_default)
attempt(bad_frozen_inherit)
attempt(bad_order_override)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


tree = Node(1, [Node(2), Node(3, [Node(4)])], {'k': (Node(5), [6])})
print(asdict(tree))
print(astuple(tree))
print(replace(p, y=99), replace(v1, label='new'), p)
attempt(lambda: replace(wp, b=5))
attempt(lambda: asdict(5))
attempt(lambda: fields(5))

Dyn = make_dataclass('Dyn', ['a', ('b', int), ('c', int, field(default=3))], namespace={'double': lambda self: self.c * 2})
print(Dyn(1, 2), Dyn(1, 2).double(), Dyn.__doc__, [f.type for f in fields(Dyn)])
attempt(lambda: make_dataclass('X', ['a', 'a']))
attempt(lambda: make_dataclass('X', ['class']))


@dataclass
class Rec:
    name: str
    link: object = None


r = Rec('self')
r.link = r
print(r)


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = 'x'


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
attempt(lambda: setattr(s, 'other', 1))


@dataclass(repr=False)
class CustomRepr:
    a: int

    def __repr__(self):
        return 'Custom!'


print(CustomRepr(1), CustomRepr(1) == CustomRepr(1))
print(repr(fields(Point)[1]).replace(repr(MISSING), 'MISSING'))
print(Point.__dataclass_params__, dataclasses.MISSING is MISSING)


@dataclass
class Explicit:
    a: int

    def __hash__(self):
        return 42


print(hash(Explicit(1)), Explicit(1) == Explicit(1))

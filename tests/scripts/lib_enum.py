# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, functional API
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
import enum


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return '%s is %d' % (self.name.lower(), self.value)

    @classmethod
    def favorite(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color(2), Color['BLUE'], list(Color), len(Color))
print(Color.CRIMSON is Color.RED, Color.RED.name, Color.RED.value, Color.RED.describe(), Color.favorite())
print(f'{Color.RED}', format(Color.GREEN, '>12'), '%s' % Color.BLUE, str(Color.RED), type(Color.RED).__name__)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, Color.RED is Color(1), hash(Color.RED) == hash('RED'))
print(Color.RED in Color, isinstance(Color.RED, Color), list(Color.__members__), repr(Color), type(Color).__name__)
print(list(reversed(Color)), {Color.RED: 'r'}[Color.CRIMSON], sorted(Color, key=lambda c: c.value, reverse=True))
attempt(lambda: Color(7))
attempt(lambda: Color['PURPLE'])
attempt(lambda: setattr(Color, 'RED', 9))
attempt(lambda: delattr(Color, 'RED'))
attempt(lambda: Color.RED < Color.BLUE)


def extend():
    class MoreColor(Color):
        PINK = 17


attempt(extend)


def redefine():
    class Bad(Enum):
        A = 1
        A = 2


attempt(redefine)


class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(Number.ONE, repr(Number.TWO), f'{Number.THREE}', Number.ONE + 1, Number.TWO * 3, Number.ONE == 1, Number.ONE < Number.THREE)
print(format(Number.TWO, '03d'), str(Number.TWO), sorted([Number.THREE, Number.ONE]), [1, 2, 3][Number.ONE], Number(3), int(Number.TWO))


class Shade(StrEnum):
    LIGHT = auto()
    DARK = 'dk'


print(Shade.LIGHT, repr(Shade.LIGHT), Shade.DARK.upper(), Shade.LIGHT == 'light', f'{Shade.DARK}', Shade('dk'), len(Shade.LIGHT))


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Auto), Auto.D.value)


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    X = auto()
    Y = auto()


print(list(Lower))


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


print(list(Perm), Perm.R | Perm.W, repr(Perm.R | Perm.X), repr(Perm(0)), str(Perm(0)), repr(~Perm.R), Perm.RW)
print(Perm.R in Perm.RW, Perm.X in Perm.RW, list(Perm.RW), len(Perm.RW), bool(Perm(0)), bool(Perm.R), repr(Perm(7)))
print(repr(Perm.RW & Perm.W), repr(Perm.RW ^ Perm.R), repr(~(Perm.R | Perm.W | Perm.X)), Perm.R | Perm.W is Perm.RW)
attempt(lambda: Perm(8))
attempt(lambda: 1 in Perm.R)


class Access(IntFlag):
    R = 4
    W = 2
    X = 1


print(Access.R | Access.W, repr(Access.R | Access.W), repr(~Access.R), repr(Access(8 | 4)), repr(Access(0)), Access.R | 1, repr(Access.R & 8))
print(str(Access.R | Access.X), format(Access.R, 'x'), list(Access(7)), Access.R + 1, repr(Access(-1)), Access.W in Access(6))

Animal = Enum('Animal', 'ANT BEE CAT')
print(Animal, list(Animal), Animal.BEE.value, Animal(3))
print(list(Enum('Pair', [('a', 5), ('b', 6)])), list(IntEnum('Small', 'p q', start=0)), list(Enum('M', {'x': 'ex', 'y': 'why'})))


def not_unique():
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2


attempt(not_unique)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.673E-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH, Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 3), Planet((3.303e+23, 2.4397e6)), Planet.MERCURY.mass)


class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Shape('square'), Shape(3))
attempt(lambda: Shape(9))


class Coordinate(str, Enum):
    PX = (0, 'P.X', 'pixels')
    PY = (1, 'P.Y', 'pixels')

    def __new__(cls, value, label, unit):
        obj = str.__new__(cls, label)
        obj._value_ = label
        obj.index_ = value
        obj.unit = unit
        return obj


print(Coordinate.PX, repr(Coordinate.PY), Coordinate.PX.unit, Coordinate('P.Y'), Coordinate.PY.index_, Coordinate.PX.upper())


class Mixed(int, Enum):
    X = 1
    Y = 2


print(Mixed.X, repr(Mixed.Y), f'{Mixed.X}', Mixed.X + Mixed.Y, Mixed(2))


class Ignored(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    A = 'a'


print(list(Ignored), Ignored.__members__)


class WithValueName(Enum):
    name = 1
    value = 2


print(WithValueName.name, WithValueName.value.value, WithValueName['name'].name)
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.BLUE])[0] is Color.BLUE)
print(enum.EnumMeta is enum.EnumType, isinstance(Color, enum.EnumType), issubclass(Number, int), Color.RED.__class__ is Color)

# abc: ABC, ABCMeta, abstractmethod, register, __subclasshook__, instantiation errors
import abc
from abc import ABC, ABCMeta, abstractmethod


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())


class HalfSquare(Shape):
    def area(self):
        return 1


class Square(HalfSquare):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def perimeter(self):
        return 4 * self.s


attempt(lambda: Shape())
attempt(lambda: HalfSquare())
sq = Square(3)
print(sq.area(), sq.perimeter(), sq.describe(), isinstance(sq, Shape), issubclass(Square, Shape))
print(sorted(Shape.__abstractmethods__), sorted(HalfSquare.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape).__name__, type(ABC), ABC.__abstractmethods__, isinstance(Shape, ABCMeta))


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def value(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


attempt(lambda: Base())


class Impl(Base):
    @property
    def value(self):
        return 42

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 'help'


print(Impl.make().value, Impl.helper(), Impl.__abstractmethods__)


class Drawable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            if any('draw' in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class Circle:
    def draw(self):
        return 'circle'


class Blob:
    pass


print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable), isinstance(Blob(), Drawable), issubclass(int, Drawable))


class Registry(ABC):
    pass


print(issubclass(int, Registry), Registry.register(int) is int, issubclass(int, Registry), issubclass(bool, Registry), isinstance(5, Registry))
print(issubclass(str, Registry), isinstance('x', Registry))


@Registry.register
class Virtual:
    pass


print(issubclass(Virtual, Registry), Registry not in Virtual.__mro__, isinstance(Virtual(), Registry))
attempt(lambda: Registry.register(5))


class Sub(Registry):
    pass


attempt(lambda: Sub.register(Registry))
tok = abc.get_cache_token()
Registry.register(float)
print(abc.get_cache_token() != tok, isinstance(1.5, Registry), isinstance(1.5, Sub))


class Middle(Registry):
    pass


Middle.register(complex)
print(isinstance(1j, Registry), isinstance(1j, Middle), issubclass(complex, Sub))


class WithAbstractProp(ABC):
    @abc.abstractproperty
    def legacy(self):
        ...


attempt(lambda: WithAbstractProp())


class Later(ABC):
    @abstractmethod
    def m(self):
        ...


class Concrete(Later):
    pass


Concrete.m = lambda self: 'patched'
print(Concrete.__abstractmethods__)
abc.update_abstractmethods(Concrete)
print(Concrete.__abstractmethods__, Concrete().m())


class WithInit(ABC):
    def __init__(self, x):
        self.x = x


print(WithInit(5).x, abstractmethod(lambda: 0).__isabstractmethod__)


class Multi(ABC):
    @abstractmethod
    def a(self): ...
    @abstractmethod
    def b(self): ...
    @abstractmethod
    def c(self): ...


attempt(lambda: Multi())

# property (getter/setter/deleter), custom descriptors with __set_name__, __slots__.
class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius
    @property
    def celsius(self):
        """Temperature in Celsius."""
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"), Temperature.celsius.__doc__, type(Temperature.celsius).__name__)
class Legacy:
    def get_x(self):
        return self._x * 10
    def set_x(self, v):
        self._x = v
    x = property(get_x, set_x, None, "legacy x")
lg = Legacy()
lg.x = 4
print(lg.x, Legacy.x.__doc__)
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        print(f"__set_name__ called: {owner.__name__}.{name}")
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, sorted(vars(p)), type(Person.name).__name__, Person.age.name)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance dict"
print(h.attr, Holder.attr)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value
class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        print("computing area")
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
pt = Point(1, 2)
pt.x = 10
print(pt.x, pt.y, hasattr(pt, "__dict__"), Point.__slots__)
try:
    pt.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Point3(Point):
    __slots__ = ("z",)
p3 = Point3(1, 2)
p3.z = 3
print(p3.x, p3.y, p3.z)
try:
    del pt.y
    print(pt.y)
except AttributeError as e:
    print("AttributeError:", e)
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
    @property
    def balance(self):
        return self._balance
    @classmethod
    def with_bonus(cls, owner):
        return cls(owner, 100)
    @staticmethod
    def validate(amount):
        return amount > 0
acct = Account.with_bonus("Zed")
print(acct.owner, acct.balance, Account.validate(5), acct.validate(-1), type(Account.__dict__["validate"]).__name__, type(Account.__dict__["with_bonus"]).__name__)
try:
    acct.balance = 5
except AttributeError as e:
    print("AttributeError:", e)
class Constant:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, owner):
        return self.v
    def __set__(self, obj, value):
        raise AttributeError("constant cannot be changed")
class Cfg:
    VERSION = Constant(3)
cfg = Cfg()
print(cfg.VERSION, Cfg.VERSION)
try:
    cfg.VERSION = 4
except AttributeError as e:
    print("AttributeError:", e)

# type() with 3 args, metaclasses, class decorators, __new__, subclassing immutables.
def describe(self):
    return f"{type(self).__name__}(x={self.x})"
Dyn = type("Dyn", (object,), {"x": 5, "describe": describe, "__doc__": "made by type()"})
print(Dyn, Dyn.__name__, Dyn().describe(), Dyn.__doc__, Dyn.__bases__, Dyn.__module__)
Child = type("Child", (Dyn,), {"x": 7})
print(Child().describe(), issubclass(Child, Dyn), [c.__name__ for c in Child.__mro__])
class Meta(type):
    created = []
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.upper()
        cls = super().__new__(mcs, name, bases, ns)
        Meta.created.append(name)
        return cls
    def __call__(cls, *args, **kwargs):
        print(f"  Meta.__call__ for {cls.__name__}")
        return super().__call__(*args, **kwargs)
class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v
class SubWithMeta(WithMeta):
    pass
obj = SubWithMeta(3)
print(Meta.created, WithMeta.tag, SubWithMeta.tag, obj.v, type(WithMeta).__name__, isinstance(WithMeta, Meta))
class SingletonMeta(type):
    _instances = {}
    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]
class Database(metaclass=SingletonMeta):
    def __init__(self, url):
        self.url = url
db1, db2 = Database("one"), Database("two")
print(db1 is db2, db1.url)
class RegistryMeta(type):
    registry = {}
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            RegistryMeta.registry[name.lower()] = cls
class Shape(metaclass=RegistryMeta):
    pass
class Square(Shape):
    sides = 4
class Triangle(Shape):
    sides = 3
print(sorted(RegistryMeta.registry), RegistryMeta.registry["square"].sides)
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Pt(1, "a"), [Pt(0, 0)])
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
pt = Point(3, 4)
print(pt, pt.x, pt.y, len(pt), pt + (5,), isinstance(pt, tuple), pt == (3, 4), hash(pt) == hash((3, 4)))
class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("impossible temperature")
        return super().__new__(cls, value)
    def __repr__(self):
        return f"{float(self)}°C"
print(Celsius(21.5), Celsius(10) + 5, type(Celsius(10) + 5).__name__)
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("shout")
print(u, len(u), u + "!", type(u).__name__, type(u + "!").__name__, u.lower(), isinstance(u, str))
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key in cls._cache:
            print("  reuse", key)
            return cls._cache[key]
        inst = super().__new__(cls)
        cls._cache[key] = inst
        return inst
    def __init__(self, key):
        print("  __init__", key)
        self.key = key
c1 = Cached("a")
c2 = Cached("a")
print(c1 is c2)
class NotInit:
    def __new__(cls):
        return 42
print(NotInit(), type(NotInit()).__name__)
print(type(type), type(Meta), type(int), type(object), isinstance(int, type))
Attrs = type("Attrs", (), {})
a = Attrs()
a.q = 1
print(vars(a), Attrs.__name__, Attrs.__qualname__)
def method_factory(n):
    return lambda self: n * self.base
Gen = type("Gen", (), {"base": 10, **{f"times{i}": method_factory(i) for i in range(1, 4)}})
g = Gen()
print(g.times1(), g.times2(), g.times3(), sorted(k for k in vars(Gen) if k.startswith("times")))
class Base:
    def __init_subclass__(cls, **kw):
        cls.created_by = "init_subclass"
class Derived(Base):
    pass
print(Derived.created_by, hasattr(Base, "created_by"))

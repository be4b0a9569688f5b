# type/isinstance/issubclass, getattr family, vars/dir, globals/locals, callable, id.
class Animal:
    kind = "generic"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
class Dog(Animal):
    def speak(self):
        return "Woof"
d = Dog("Rex")
print(type(d), type(d).__name__, type(d) is Dog, type(d) == Animal, type(Dog), type(type))
print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(set()), type(None), type(len), type(Dog.speak))
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, object), isinstance(d, (int, str)), isinstance(d, (int, Animal)))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, (int, Animal)), issubclass(bool, int), issubclass(int, object))
print(getattr(d, "name"), getattr(d, "kind"), getattr(d, "missing", "dflt"), getattr(d, "speak")(), getattr(Dog, "kind"))
try:
    getattr(d, "missing")
except AttributeError as e:
    print("AttributeError:", e)
setattr(d, "age", 3)
setattr(d, "name", "Max")
print(hasattr(d, "age"), hasattr(d, "nope"), d.age, d.name, hasattr(d, "speak"), hasattr(Dog, "name"))
delattr(d, "age")
print(hasattr(d, "age"))
try:
    delattr(d, "age")
except AttributeError as e:
    print("AttributeError:", e)
print(vars(d), d.__dict__ is vars(d), sorted(k for k in vars(Dog) if not k.startswith("__")))
print([n for n in dir(d) if not n.startswith("__")])
print("speak" in dir(Dog), "name" in dir(Dog), "__init__" in dir(d))
def fn(a, b=2):
    local_var = a + b
    inner = [k for k in locals()]
    return sorted(locals().keys()), inner
print(fn(1))
g = globals()
print("Animal" in g, "fn" in g, g["__name__"], "__builtins__" in g, type(g).__name__)
NEW_GLOBAL = 5
g["INJECTED"] = 42
print(INJECTED, globals()["NEW_GLOBAL"])
print(callable(len), callable(d), callable(Dog), callable(d.speak), callable(lambda: 0), callable(5), callable("s"))
a = [1]
b = a
print(id(a) == id(b), id(d) == id(d), type(id(a)).__name__)
print(repr(d.speak)[:22] == "<bound method Dog.spea", Dog.speak.__name__, Dog.speak.__qualname__)
print(Dog.__name__, Dog.__qualname__, Dog.__module__, Dog.__bases__, Animal.__bases__, Dog.__base__)
print(d.__class__, d.__class__.__name__, d.__class__.__mro__)
print(type(d).speak(d), Dog.speak(d), Animal.speak(d), super(Dog, d).speak())
print(isinstance(Dog, type), isinstance(type, type), isinstance(object, type), issubclass(type, object))
print(type(3) in (int, float), type(True) is bool, type(True) is int)
obj = object()
try:
    obj.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(len(dir(obj)) > 10, hasattr(obj, "__eq__"), object.__name__)
print(vars(Animal)["kind"], "speak" in vars(Dog), "name" in vars(Dog))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print(isinstance([], (list, tuple)) and not isinstance({}, (list, tuple)), bool.__mro__, int.__mro__)
def f():
    x = 1
    y = 2
    return locals()
print(f())
class C:
    cls_attr = 1
    def m(self):
        pass
print(sorted(n for n in C.__dict__ if not n.startswith("__")), C().__dict__, C.__doc__)

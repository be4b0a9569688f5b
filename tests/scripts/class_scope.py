# Class-level name resolution rules.
x = "global x"
class Scoped:
    x = "class x"
    y = x + " (seen in class body)"
    def method(self):
        return x
    def method_with_class(self):
        return self.x, Scoped.x, type(self).x
print(Scoped.y, Scoped().method(), Scoped().method_with_class())
class Comp:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    factor = 10
    try:
        scaled = [v * factor for v in values]
    except NameError as e:
        scaled = f"NameError: {e}"
print(Comp.doubled, Comp.scaled)
def outer():
    z = "enclosing z"
    class Inner:
        z_seen = z
        def get(self):
            return z
    return Inner
Inner = outer()
print(Inner.z_seen, Inner().get())
def outer2():
    v = "function v"
    class K:
        v = "class v"
        def get(self):
            return v
    return K().get(), K.v
print(outer2())
class Counter:
    count = 0
    def incr(self):
        self.count += 1
        return self.count
c = Counter()
print(c.incr(), c.incr(), Counter.count, c.count)
class Outer:
    name = "outer"
    class Nested:
        try:
            seen = name
        except NameError as e:
            seen = "NameError"
    def get_nested(self):
        return self.Nested.seen
print(Outer().get_nested(), Outer.Nested.__qualname__)
items = ["global"]
class UsesGlobal:
    items = items + ["class"]
print(UsesGlobal.items, items)
class Redefine:
    def f(self):
        return "first"
    def f(self):
        return "second"
print(Redefine().f())
class ClassBodyExec:
    print("class body runs at definition time")
    total = 0
    for i in range(4):
        total += i
    del i
print(ClassBodyExec.total, hasattr(ClassBodyExec, "i"))
class SelfRef:
    def make(self):
        return SelfRef()
    @classmethod
    def make_cls(cls):
        return cls()
print(type(SelfRef().make()).__name__, type(SelfRef.make_cls()).__name__)
def factory(n):
    class Made:
        value = n
        def __repr__(self):
            return f"Made({self.value})"
    return Made
A, B = factory(1), factory(2)
print(A(), B(), A is B, A.__qualname__)
class Shadow:
    len = 5
    size = len
    def get_len(self, seq):
        return len(seq)
print(Shadow.size, Shadow().get_len("abcd"))
class Lambdas:
    k = 3
    f = lambda self: self.k * 2
    g = staticmethod(lambda: "static lambda")
print(Lambdas().f(), Lambdas.g())

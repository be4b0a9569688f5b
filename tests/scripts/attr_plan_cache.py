# The attribute fast paths (type cache plans) must follow every change to a class.


class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
for _ in range(3):
    print(p.x)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 5
print(p.y)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)


class C:
    def m(self):
        return "method"


c = C()
for _ in range(3):
    print(c.m())
c.m = lambda: "instance"
print(c.m())
del c.m
print(c.m())

# Replacing a method on the class after it was cached.
C.m = lambda self: "replaced"
print(c.m())

# A data descriptor added later wins over the instance dict.
c.v = 1
print(c.v)
class WithProp:
    v = property(lambda self: "property")


C.v = WithProp.__dict__["v"]
print(c.v)
try:
    c.v = 2
except AttributeError as e:
    print("AttributeError:", e)
del C.v
print(c.v)
c.v = 3
print(c.v)

# __getattribute__ and __setattr__ added to the class after instances were used.
for _ in range(3):
    c.w = 10
    print(c.w)
C.__getattribute__ = lambda self, n: "hooked " + n
print(c.w, c.m)
del C.__getattribute__
C.__setattr__ = lambda self, n, v: print("setattr", n, v)
c.w = 11
del C.__setattr__
c.w = 12
print(c.w)


# A base class changing is seen by subclasses.
class B:
    k = "base"


class D(B):
    pass


d = D()
for _ in range(3):
    print(d.k)
B.k = "changed"
print(d.k)
D.k = "own"
print(d.k)
del D.k
print(d.k)


# Non-interned attribute names (built at run time) go through the same paths.
name = "".join(["dyn", "amic"])
setattr(c, name, "dynamic value")
print(getattr(c, name))
print(getattr(c, "".join(["m"]))())


# Class attributes read through the class and through instances.
class Counter:
    total = 0

    def bump(self):
        Counter.total += 1
        return self.total


cc = Counter()
print([cc.bump() for _ in range(5)])


# __slots__ next to a __dict__ slot.
class S:
    __slots__ = ("a", "__dict__")


s = S()
s.a = 1
s.b = 2
print(s.a, s.b, s.__dict__)

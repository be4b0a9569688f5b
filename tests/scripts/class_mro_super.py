# Multiple inheritance, C3 MRO, super() (zero-arg and two-arg), cooperative diamond.
class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def who(self):
        return "B>" + super().who()
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def who(self):
        return "C>" + super().who()
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def who(self):
        return "D>" + super().who()
    def chain(self):
        return ["D"] + super().chain()
print(D.__mro__)
print(D.mro())
print([k.__name__ for k in D.__mro__], D().who(), D().chain())
print(super(B, D()).who(), super(C, D()).who(), super(D, D()).chain())
class Base:
    def __init__(self, **kwargs):
        print("Base.__init__", sorted(kwargs))
        super().__init__()
class Left(Base):
    def __init__(self, left=None, **kwargs):
        print("Left.__init__", left)
        self.left = left
        super().__init__(**kwargs)
class Right(Base):
    def __init__(self, right=None, **kwargs):
        print("Right.__init__", right)
        self.right = right
        super().__init__(**kwargs)
class Bottom(Left, Right):
    def __init__(self, **kwargs):
        print("Bottom.__init__")
        super().__init__(**kwargs)
obj = Bottom(left=1, right=2)
print(obj.left, obj.right, [c.__name__ for c in Bottom.__mro__])
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([c.__name__ for c in M.mro()])
try:
    class Bad(X, K1):
        pass
except TypeError as e:
    print("TypeError:", e)
class O1:
    def hello(self):
        return "O1"
class O2:
    def hello(self):
        return "O2"
    def only2(self):
        return "only in O2"
class Both(O1, O2):
    pass
print(Both().hello(), Both().only2(), super(O1, Both()).hello())
class Animal:
    def __init__(self, name):
        self.name = name
    def sound(self):
        return "..."
    def speak(self):
        return f"{self.name} says {self.sound()}"
class Dog(Animal):
    def sound(self):
        return "woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super(Puppy, self).__init__(name)
        self.age = age
    def sound(self):
        return super().sound() + "ish"
print(Puppy("Rex", 1).speak(), Dog("Fido").speak(), Animal("Generic").speak())
class Meta1:
    @classmethod
    def create(cls):
        return cls.__name__
class Meta2(Meta1):
    @classmethod
    def create(cls):
        return "sub:" + super().create()
print(Meta2.create(), Meta1.create())
class WithStatic:
    @staticmethod
    def s():
        return "static"
class WithStatic2(WithStatic):
    @staticmethod
    def s():
        return "child+" + super(WithStatic2, WithStatic2).s()
print(WithStatic2.s())
print(issubclass(D, A), issubclass(D, (int, C)), isinstance(D(), B), D.__bases__, object.__mro__)
print(bool.__mro__, [c.__name__ for c in KeyError.__mro__])

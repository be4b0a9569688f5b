# Instantiating classes whose __init__ runs as a call inside the eval loop: defaults,
# errors (a non-None return, a raise, bad arguments, a generator __init__), subclasses,
# custom __new__ and metaclass __call__ (the general path), slots, recursion, builtin bases.
class A:
    def __init__(self, x, y=2):
        self.x = x; self.y = y
print(vars(A(1)), vars(A(1, 3)))
class B:
    def __init__(self):
        return 5
try:
    B()
except TypeError as e:
    print("TypeError", e)
class C:
    def __init__(self, a):
        raise ValueError(a)
try:
    C(7)
except ValueError as e:
    print("ValueError", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
try:
    A()
except TypeError as e:
    print("TypeError", e)
class G:
    def __init__(self):
        yield 1
try:
    G()
except TypeError as e:
    print("TypeError", e)
class S(A):
    pass
print(type(S(4)).__name__, S(4).x)
class N:
    def __new__(cls, *a):
        o = object.__new__(cls); o.n = a; return o
    def __init__(self, *a):
        self.m = a
print(N(1).n, N(1).m)
class M(type):
    def __call__(cls, *a):
        return "meta"
class Q(metaclass=M):
    def __init__(self): pass
print(Q())
class Sl:
    __slots__ = ('a',)
    def __init__(self, a): self.a = a
print(Sl(3).a)
class Rec:
    def __init__(self, n):
        self.child = Rec(n - 1) if n else None
r = Rec(50); print(r.child.child is not None)
class E(Exception):
    def __init__(self, m): super().__init__(m)
print(repr(E("x")))
class L(list):
    def __init__(self, *a): super().__init__(a)
print(L(1, 2))

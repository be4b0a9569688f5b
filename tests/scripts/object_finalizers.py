# __del__ (PEP 442): when it runs (right after the statement that drops the last
# reference), once per object even when it resurrects, errors reported and ignored,
# inherited and set after class creation, in threads, down long chains, and at exit
# (the module's globals are finalized in order).
import threading


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


a = A(1)
del a
print("after del")
b = A(2)
b = None
print("after rebind")


def f():
    x = A("local")
    print("in f")


f()
print("after f")
A("temporary")
print("after temporary")
d = {"k": A("in dict")}
d.pop("k")
print("after pop")
items = [A("item")]
items[0] = 0
print("after setitem")
pair = [A("list 1"), A("list 2")]
del pair
print("after del list: last item first")


class B(A):
    def __del__(self):
        print("B del", self.n)
        1 / 0


B("raises")
print("after raise")

saved = []


class R(A):
    def __del__(self):
        print("R del", self.n)
        saved.append(self)


R("resurrected")
print(len(saved))
saved.clear()
print("cleared: no second call")

log = []


class L:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        log.append(self.n)


def drop_all(objs):
    objs.clear()


objs = [L(i) for i in range(1000)]
t = threading.Thread(target=drop_all, args=(objs,))
del objs
t.start()
t.join()
print("dropped in a thread:", len(log), sorted(log) == list(range(1000)))

log.clear()


def maker():
    for i in range(500):
        x = L(i)
    x = None


ts = [threading.Thread(target=maker) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("made in threads:", len(log))


class Node:
    count = 0

    def __init__(self, nxt):
        self.nxt = nxt

    def __del__(self):
        Node.count += 1


head = None
for i in range(100_000):
    head = Node(head)
head = None
print("chain:", Node.count)


class P:
    pass


class Q(P):
    pass


P.__del__ = lambda self: print("P.__del__ of", type(self).__name__)
Q()
P()
del P.__del__
Q()
print("after del P.__del__")


def gen():
    x = A("in generator")
    yield 1
    yield 2


g = gen()
next(g)
del g
print("after generator")


class S:
    __slots__ = ("v",)

    def __del__(self):
        print("slots del", self.v)


s = S()
s.v = 42
s = 0

first = A("global 1")
_under = A("global _under")
last = A("global last")
print("end of module")

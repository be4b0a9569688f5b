# __slots__ storage: unset slots, deletion, and slots read by threads while another
# thread rebinds them (slot reads take no lock in the free-threaded build).
import threading


class A:
    __slots__ = ("x", "y")


a = A()
try:
    a.x
except AttributeError as e:
    print("get unset:", e)
a.x = 1
print(a.x)
del a.x
try:
    del a.x
except AttributeError as e:
    print("del unset:", e)
print(hasattr(a, "x"), hasattr(a, "y"))
a.y = None
print(a.y, hasattr(a, "y"))
# The member descriptors themselves.
A.x.__set__(a, 5)
print(A.x.__get__(a, A), a.x, A.x.__name__, A.x.__get__(None, A) is A.x)
A.x.__delete__(a)
try:
    A.x.__delete__(a)
except AttributeError as e:
    print("descriptor del unset:", e)

p = A()
p.x = (0, 0)
bad = []


def rebind():
    for i in range(20_000):
        p.x = (i, i * 3)
        if i % 1000 == 0:
            del p.x
            p.x = (i, i * 3)


def read():
    for _ in range(20_000):
        try:
            v = p.x
        except AttributeError:
            continue
        if type(v) is not tuple or v[1] != 3 * v[0]:
            bad.append(v)


ts = [threading.Thread(target=rebind)] + [threading.Thread(target=read) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("bad reads", bad[:3], "last", p.x)

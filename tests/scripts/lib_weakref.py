# weakref: references die with their referents (on `del`, by reference counting), callbacks,
# WeakMethod, the weak containers, and finalize (one finalizer is left to run at exit).
import weakref
from collections.abc import MutableMapping, MutableSet


def clean(text):
    """The text with every 0x... address replaced by 0x?."""
    parts = text.split("0x")
    return "0x?".join([parts[0]] + [p.lstrip("0123456789abcdef") for p in parts[1:]])


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Obj({self.name})"

    def hello(self):
        return "hello from " + self.name


class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k


def names(objs):
    return sorted(o.name for o in objs)


print("-- ref")
a = Obj("a")
r = weakref.ref(a)
print(r() is a, r.__callback__, weakref.getweakrefcount(a), weakref.ReferenceType is weakref.ref)
print(clean(repr(r)))
del a
print(r(), clean(repr(r)))
for value in (1, "s", [1], {}, (1,)):
    try:
        weakref.ref(value)
    except TypeError as e:
        print("TypeError:", e)

print("-- callbacks")
log = []
cb1 = lambda wr: log.append(("cb1", wr is r1, wr() is None))
cb2 = lambda wr: log.append(("cb2", wr is r2))
b = Obj("b")
r1 = weakref.ref(b, cb1)
r2 = weakref.ref(b, cb2)
print(r1 is r2, r1 == r2, r1.__callback__ is cb1, weakref.getweakrefcount(b))
refs = weakref.getweakrefs(b)
print(len(refs), any(x is r1 for x in refs), any(x is r2 for x in refs))
del refs
c = Obj("c")
r3 = weakref.ref(c, cb1)
del r3, c  # the reference went first: its callback is never called
del b  # callbacks run newest first, as in CPython
print(log, weakref.getweakrefcount(Obj("temp")))

print("-- hash and eq")
k1, k2 = Key(1), Key(1)
w1, w2 = weakref.ref(k1), weakref.ref(k2)
print(w1 == w2, w1 != w2, hash(w1) == hash(1))
del k1
print(w1 == w2, w1 == w1, hash(w1) == hash(1))
k3 = Key(3)
w3 = weakref.ref(k3)
del k3
try:
    hash(w3)
except TypeError as e:
    print("TypeError:", e)

print("-- functions and classes")
def make_function():  # (Pyrite makes functions defined at module level immortal)
    def f():
        return 42
    return f
f = make_function()
wf = weakref.ref(f)
print(wf()(), clean(repr(wf)))
del f
print(wf(), weakref.ref(Obj)() is Obj)

print("-- WeakMethod")
o = Obj("m")
calls = []
wm = weakref.WeakMethod(o.hello, lambda w: calls.append(w is wm))
m = wm()
print(m(), m == o.hello, wm() is not m)
wm2 = weakref.WeakMethod(o.hello)
print(wm == wm2, wm != wm2, hash(wm) == hash(wm2), wm == wm)
del m, o
print(wm(), calls, wm == wm2, wm == wm)
try:
    weakref.WeakMethod(names)
except TypeError as e:
    print("TypeError:", e)

print("-- WeakValueDictionary")
d = weakref.WeakValueDictionary()
x, y, z = Obj("x"), Obj("y"), Obj("z")
d["x"] = x
d["y"] = y
d[3] = z
print(len(d), list(d), d["x"], "y" in d, d.get("nope", "default"), isinstance(d, MutableMapping))
del y
print(len(d), list(d.items()), "y" in d, d.get("y"))
try:
    d["y"]
except KeyError as e:
    print("KeyError:", e)
print(d.pop("x"), d.pop("x", "gone"), list(d.keys()), list(d.values()))
print(d.setdefault(3, None), d.setdefault(4, x), len(d), len(d.valuerefs()))
d.update({"w": Obj("w")}, v=x)  # the value under "w" dies at once
print(list(d), d == {3: z, 4: x, "v": x}, clean(repr(d)))
c = d.copy()
del z
print(list(d), list(c), type(c).__name__, bool(d))
print(d.popitem(), list(d))
del x
print(len(d), bool(d), list(d.items()), len(c))

print("-- WeakKeyDictionary")
wk = weakref.WeakKeyDictionary()
k1, k2, k3 = Obj("k1"), Obj("k2"), Obj("k3")
wk[k1] = 1
wk[k2] = 2
wk.update({k3: 3})
print(len(wk), wk[k1], k2 in wk, 5 in wk, list(wk.values()), isinstance(wk, MutableMapping))
del k2
print(len(wk), list(wk.items()), len(wk.keyrefs()), wk.get(k3), clean(repr(wk)))
print(wk.setdefault(k1, 9), wk.pop(k1), wk.pop(k1, "gone"), list(wk))
wk[Key(7)] = "temporary key"
print(len(wk), list(wk.values()))
del k3
print(len(wk), list(wk))

print("-- WeakSet")
e1, e2, e3, e4 = Obj("e1"), Obj("e2"), Obj("e3"), Obj("e4")
s = weakref.WeakSet([e1, e2])
s.add(e3)
s.add(e3)
t = weakref.WeakSet([e2, e3, e4])
print(len(s), e1 in s, e4 in s, 1 in s, names(s), isinstance(s, MutableSet))
print(names(s | t), names(s & t), names(s - t), names(s ^ t))
print(names(s.union([e4])), names(s.intersection([e1, e4])), names(s.difference([e1])))
print(names(s.symmetric_difference([e1, e4])), s.isdisjoint([e4]), s.isdisjoint(t))
print(s <= t, (s & t) <= s, s >= (s & t), s.issubset([e1, e2, e3, e4]), s.issuperset([e1]))
print(s == weakref.WeakSet([e3, e2, e1]), s != t, s == t, (s & t) < s, s > (s & t))
u = s.copy()
u.discard(e4)
u.remove(e1)
try:
    u.remove(e1)
except KeyError:
    print("KeyError on remove")
print(names(u), names(s))
del e2
print(len(s), names(s), len(t), names(t), len(u))
s.update([e4])
p = s.pop()
print(len(s), p in s)
del p
t -= [e3]
t |= [e1]
print(names(t))
t &= [e1]
t ^= [e3]
print(names(t))
print(clean(repr(weakref.WeakSet([e4]))))
s.clear()
print(len(s), list(s))
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)

print("-- finalize")
def done(*args, **kwargs):
    print("finalized", args, sorted(kwargs.items()))
    return "result"
fo = Obj("f1")
f1 = weakref.finalize(fo, done, 1, k=2)
print(f1.alive, f1.atexit, f1.peek()[1] is done, f1.peek()[2:], clean(repr(f1)))
del fo
print(f1.alive, f1(), f1.peek(), f1.detach(), clean(repr(f1)))
fo = Obj("f2")
f2 = weakref.finalize(fo, done, 2)
print(f2(), f2.alive, f2())
f3 = weakref.finalize(fo, done, 3)
obj, func, args, kwargs = f3.detach()
print(obj is fo, func is done, args, kwargs, f3.alive, f3.detach())
del obj, fo  # detached: nothing runs
keep = Obj("kept")
f4 = weakref.finalize(keep, done, "at exit")
f5 = weakref.finalize(keep, done, "never: atexit is false")
f5.atexit = False
f6 = weakref.finalize(keep, done, "at exit, before the older one")
print(f4.alive, f4.atexit, f5.atexit)
print("end of script")

# `local.attr` loads, stores and method loads run as one fused instruction (LoadFastAttr,
# LoadFastStoreAttr, LoadFastMethod); they must behave exactly like the two instructions they replace.

class P:
    def __init__(self, x):
        self.x = x

    @property
    def boom(self):
        raise ValueError("from a property")

    def __getattr__(self, name):
        if name == "dynamic":
            return "made by __getattr__"
        raise AttributeError(f"'P' object has no attribute '{name}'")


class Guarded:
    def __setattr__(self, name, value):
        if name == "frozen":
            raise TypeError("frozen is read-only")
        object.__setattr__(self, name, value)


def loads(p, q, c):
    # The second operand of a conditional is a LoadFast right before the join's LoadAttr;
    # the first branch jumps to that LoadAttr directly.
    return (p if c else q).x, p.x + q.x, p.dynamic


print(loads(P(1), P(2), True), loads(P(1), P(2), False))


def stores(g, v):
    g.a = v
    g.b = g.a * 2
    return g.a, g.b


print(stores(Guarded(), 21))


def unbound_load():
    if False:
        p = None
    return p.x


def unbound_store():
    if False:
        g = None
    g.x = 1


for f in (unbound_load, unbound_store):
    try:
        f()
    except UnboundLocalError as e:
        print(type(e).__name__, e)


def show(f, *args):
    try:
        f(*args)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


def read_property(p):
    return p.x + p.boom


def read_missing(p):
    return p.missing


def write_frozen(g):
    g.frozen = 1


def write_slotted(s):
    s.other = 1


class S:
    __slots__ = ("x",)


show(read_property, P(1))
show(read_missing, P(1))
show(write_frozen, Guarded())
show(write_slotted, S())


# A local rebound by the attribute access itself: the fused load reads the local once.
class Rebind:
    def __getattr__(self, name):
        return name


def rebinding():
    r = Rebind()
    out = []
    for _ in range(3):
        out.append(r.hello)
        r = Rebind()
    return out


print(rebinding())
print([P(i).x for i in range(5)])


# Method calls on locals (LoadFastMethod): plain methods, builtin methods, attributes found
# through __getattr__, and an unbound receiver.
def methods(items, p):
    items.append(3)
    items.extend([4, 5])
    return items.index(4), p.dynamic.upper(), items


print(methods([1, 2], P(0)))


def unbound_method():
    if False:
        items = []
    items.append(1)


try:
    unbound_method()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def no_such_method(items):
    return items.no_such()


show(no_such_method, [])

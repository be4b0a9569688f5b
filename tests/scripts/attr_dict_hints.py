# Instance attribute reads and writes try the position where the attribute was last found
# in an instance dict of the same class. Instances whose dicts differ in order, deletions and
# direct __dict__ edits must still read and write the right values.
class P:
    pass


a, b, c = P(), P(), P()
a.x, a.y = 1, 2
b.y, b.x = 20, 10          # the other order
c.z = 0
c.x = 100                  # x at position 1
for _ in range(3):
    print(a.x, a.y, b.x, b.y, c.x, c.z)
del a.x                    # a's position 0 is now a hole
try:
    a.x
except AttributeError as e:
    print("AttributeError:", e)
a.x = 5                    # re-added at the end
print(a.x, a.y, list(a.__dict__))
a.__dict__.clear()
a.__dict__["y"] = "via dict"
print(a.y, hasattr(a, "x"))
for o in (a, b, c):
    o.x = "set"
print(a.x, b.x, c.x, [list(o.__dict__.items()) for o in (a, b, c)])


# A key equal to the name but not the interned str (built at run time).
d = P()
d.__dict__["".join(["q", "q"])] = "runtime key"
print(d.qq)
d.qq = "replaced"
print(d.__dict__)


# Many instances, two attribute orders interleaved.
objs = []
for i in range(1000):
    o = P()
    if i % 2:
        o.u, o.v = i, -i
    else:
        o.v, o.u = -i, i
    objs.append(o)
print(sum(o.u for o in objs), sum(o.v for o in objs))
for o in objs:
    o.u += 1
print(sum(o.u for o in objs))

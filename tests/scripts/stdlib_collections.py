# collections: namedtuple, deque, Counter, OrderedDict, defaultdict, ChainMap.
from collections import namedtuple, deque, Counter, OrderedDict, defaultdict, ChainMap
Point = namedtuple("Point", ["x", "y"])
p = Point(3, y=4)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=10), Point._make([5, 6]), len(p), tuple(p))
x, y = p
print(x + y, p == (3, 4), isinstance(p, tuple), Point.__name__, hash(p) == hash((3, 4)), p.index(4), p.count(3))
Person = namedtuple("Person", "name age city", defaults=["Unknown"])
print(Person("Ann", 30), Person("Bob", 25, "Oslo"), Person._field_defaults)
Rec = namedtuple("Rec", "a, b")
print(Rec(1, 2), sorted([Rec(2, 1), Rec(1, 5), Rec(1, 2)]))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], list(d))
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.remove(7)
print(d, d.count(2), d.index(3), 8 in d)
d.reverse()
print(d)
d.clear()
print(d, bool(d))
bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
    print(list(bounded), end=" ")
print()
print(bounded, bounded.maxlen)
bounded.appendleft(99)
print(bounded)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
history = deque(["a", "b"], maxlen=5)
history.extend("cdefg")
print(history, deque("xyz"), deque(range(3), 2))
c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), c.most_common()[-1], len(c), sum(c.values()))
c.update("aaz")
print(c.most_common(3))
c2 = Counter(a=1, b=10)
print(c + c2, c - c2, c & c2, c | c2)
print(sorted(Counter("hello world").elements()), list(Counter(a=2, b=1).elements()))
c3 = Counter({"x": 3, "y": -1})
c3.subtract({"x": 5})
print(c3, +c3, -c3, c3.total())
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(), Counter(len(w) for w in words))
print(Counter() == Counter(), Counter(a=1) == Counter({"a": 1}), dict(Counter("aab")))
od = OrderedDict()
od["z"] = 1
od["a"] = 2
od["m"] = 3
print(od, list(od.keys()))
od.move_to_end("z")
print(list(od))
od.move_to_end("m", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1))
dl = defaultdict(list)
for name, team in [("ann", "red"), ("bob", "blue"), ("cy", "red")]:
    dl[team].append(name)
print(dl, dict(dl), dl["green"], "green" in dl, dl.default_factory)
di = defaultdict(int)
for ch in "mississippi":
    di[ch] += 1
print(di, sorted(di.items(), key=lambda kv: (-kv[1], kv[0])))
dd = defaultdict(lambda: "N/A", {"known": "yes"})
print(dd["known"], dd["unknown"], len(dd))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
none_factory = defaultdict(None)
try:
    none_factory["missing"]
except KeyError as e:
    print("KeyError:", e)
defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm), dict(cm) == {"size": "L", "color": "red"})
cm["color"] = "blue"
print(user, defaults, cm.maps == [user, defaults])
child = cm.new_child({"size": "S"})
print(child["size"], child.parents["size"], "size" in child)

# Classes: attributes, methods, inheritance, class vs instance attributes, special attributes.
class Vehicle:
    """A vehicle."""
    wheels = 4
    count = 0
    def __init__(self, make, speed=0):
        self.make = make
        self.speed = speed
        Vehicle.count += 1
    def accelerate(self, amount):
        self.speed += amount
        return self
    def describe(self):
        return f"{self.make} with {self.wheels} wheels at {self.speed} km/h"
    def __repr__(self):
        return f"{type(self).__name__}({self.make!r}, {self.speed})"
class Bike(Vehicle):
    wheels = 2
    def __init__(self, make, gears):
        super().__init__(make)
        self.gears = gears
    def describe(self):
        return super().describe() + f" and {self.gears} gears"
car = Vehicle("Volvo")
bike = Bike("Trek", 21)
print(car.describe())
print(bike.accelerate(10).accelerate(5).describe())
print(car, bike, [car, bike], Vehicle.count)
print(Vehicle.wheels, Bike.wheels, car.wheels, bike.wheels)
car.wheels = 6
print(car.wheels, Vehicle.wheels, "wheels" in car.__dict__, "wheels" in bike.__dict__)
del car.wheels
print(car.wheels)
Vehicle.wheels = 3
print(car.wheels, bike.wheels, Vehicle("X").wheels)
print(car.__dict__, bike.__dict__)
print(Vehicle.__doc__, Bike.__doc__, Vehicle.__name__, Bike.__module__, car.__class__.__name__, __name__)
print(isinstance(bike, Vehicle), isinstance(car, Bike), issubclass(Bike, Vehicle), Bike.__bases__)
print(type(car.describe).__name__, type(Vehicle.describe).__name__, Vehicle.describe(bike))
method = bike.describe
print(method(), method.__self__ is bike, method.__func__ is Bike.describe)
class Empty:
    pass
e = Empty()
e.x = 1
e.y = [2]
print(e.__dict__, hasattr(e, "x"), type(e).__name__, Empty.__bases__)
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = Shared(), Shared()
a.add(1)
b.add(2)
print(a.items, b.items, Shared.items)
class Proper:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
p, q = Proper(), Proper()
p.add(1)
q.add(2)
print(p.items, q.items)
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
        self.id = Counter.instances
class SubCounter(Counter):
    pass
c1, c2, s1 = Counter(), Counter(), SubCounter()
print(c1.id, c2.id, s1.id, Counter.instances, SubCounter.instances)
try:
    car.nonexistent
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    Vehicle.nothing
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    Vehicle()
except TypeError as ex:
    print("TypeError:", ex)
class WithClassMethods:
    registry = []
    def __init__(self, v):
        self.v = v
    @classmethod
    def from_string(cls, s):
        obj = cls(int(s))
        cls.registry.append(obj.v)
        return obj
    @staticmethod
    def helper(x):
        return x * 2
class Derived(WithClassMethods):
    pass
d = Derived.from_string("21")
print(type(d).__name__, d.v, WithClassMethods.helper(4), d.helper(5), WithClassMethods.registry)
print(car == car, car == Vehicle("Volvo"), car != bike, bool(car))
class Node:
    def __init__(self, value, next_node=None):
        self.value = value
        self.next = next_node
head = Node(1, Node(2, Node(3)))
vals = []
node = head
while node:
    vals.append(node.value)
    node = node.next
print(vals)

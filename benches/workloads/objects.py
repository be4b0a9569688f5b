# Object-oriented code: classes, attribute access, method calls, allocation.
from _harness import run


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    def __init__(self, i):
        self.pos = Vec(i, -i)
        self.vel = Vec(1, 2)

    def step(self):
        self.pos = self.pos.add(self.vel)
        return self.pos.dot(self.vel)


def work(start, stop):
    ps = [Particle(i) for i in range(start, stop)]
    total = 0
    for _ in range(20):
        for p in ps:
            total += p.step()
    return total


print("checksum", sum(run(work, 30_000)))

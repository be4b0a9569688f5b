# random: same seed must give the same numbers as CPython (MT19937 + CPython's algorithms)
import random
from random import Random


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


random.seed(42)
print([random.random() for _ in range(5)])
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(10) for _ in range(10)], random.randrange(0, 100, 7), random.randrange(50, 0, -3))
print(random.choice('abcdefg'), random.choice([1, 2, 3]), random.choice(range(1000)))
lst = list(range(20))
random.shuffle(lst)
print(lst)
print(random.sample(range(100), 10), random.sample('abcdefgh', 3), random.sample(range(10 ** 9), 4))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5), random.sample(range(50), 50)[:5])
print([round(random.gauss(0, 1), 12) for _ in range(4)])
print([round(random.normalvariate(10, 2), 12) for _ in range(3)])
print(round(random.uniform(1, 10), 12), round(random.triangular(0, 10, 3), 12), round(random.expovariate(1.5), 12))
print(random.choices('abc', k=10), random.choices([1, 2, 3], weights=[10, 1, 1], k=8))
print(random.choices(['x', 'y'], cum_weights=[1, 10], k=6))
print(random.getrandbits(1), random.getrandbits(8), random.getrandbits(32), random.getrandbits(33), random.getrandbits(100))
print(random.randbytes(6), random.getrandbits(0))
print(round(random.lognormvariate(0, 1), 12), round(random.vonmisesvariate(1, 4), 12), round(random.paretovariate(3), 12))
print(round(random.weibullvariate(1, 2), 12), round(random.gammavariate(2.5, 1), 12), round(random.gammavariate(0.5, 2), 12))
print(round(random.gammavariate(1.0, 3), 12), round(random.betavariate(2, 3), 12))

r = Random(12345)
print(r.random(), r.randint(0, 10 ** 30), r.randrange(-5, 5))
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
b = [r.random() for _ in range(3)]
print(a == b, state[0], len(state[1]), state[2])
r2 = Random()
r2.seed(12345)
print(r2.random() == Random(12345).random())
for seed in [0, 1, -1, 2 ** 32, 2 ** 64 + 7, 10 ** 50, -(2 ** 100)]:
    print(seed, Random(seed).random())
for seed in ['hello', b'hello', bytearray(b'hello'), '', 'ünïcode', 3.5, -2.25, True]:
    print(repr(seed), Random(seed).random())
print(Random('abc', ).randint(1, 6), Random().seed('x', version=1), Random(0).getrandbits(64))
rv1 = Random()
rv1.seed('abc', version=1)
print(rv1.random())
g = Random(7)
print(g.gauss(), g.gauss_next is not None, g.gauss(), g.gauss_next)
g.seed(7)
print(g.gauss_next, g.gauss())

attempt(lambda: random.randrange(0))
attempt(lambda: random.randrange(5, 2))
attempt(lambda: random.randrange(0, 10, 0))
attempt(lambda: random.randrange(10, 0, 2))
attempt(lambda: random.randrange(5, step=2))
attempt(lambda: random.randint(1, 0))
attempt(lambda: random.choice([]))
attempt(lambda: random.sample({1, 2}, 1))
attempt(lambda: random.sample([1], 2))
attempt(lambda: random.sample([1, 2], 1, counts=[1]))
attempt(lambda: random.choices([1, 2], 3))
attempt(lambda: random.choices([1], weights=[1, 2]))
attempt(lambda: random.choices([1], weights=[0]))
attempt(lambda: random.choices([1], cum_weights=[1], weights=[1]))
attempt(lambda: random.seed([1]))
attempt(lambda: random.getrandbits(-1))
attempt(lambda: random.gammavariate(0, 1))
print(random.sample(range(5), 0), random.choices([], k=0), random.sample([], 0))


class MyRandom(Random):
    def random(self):
        return 0.5


m = MyRandom()
print(m.randrange(10), m.choice('abcd'), m.uniform(0, 4), m._randbelow.__name__)


class Counting(Random):
    def __init__(self, seed):
        self.calls = 0
        super().__init__(seed)

    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)


cr = Counting(3)
print([cr.randrange(1000) for _ in range(5)], cr.calls)
random.seed(2024)
deck = [r + s for r in 'A23456789TJQK' for s in 'shdc']
random.shuffle(deck)
print(deck[:13])
print(sorted(random.sample(range(1, 50), 6)))

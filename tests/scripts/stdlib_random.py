# random: exact Mersenne Twister sequences for fixed seeds.
import random
random.seed(42)
print([random.random() for _ in range(5)])
random.seed(42)
print(random.random())
random.seed(0)
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(10) for _ in range(10)], random.randrange(0, 100, 5), random.randrange(-10, 10))
random.seed(1)
items = list(range(10))
random.shuffle(items)
print(items)
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.choices("abc", k=5))
print(random.sample(range(100), 5), random.sample(["red", "green", "blue"], 2))
print(random.uniform(1, 10), random.uniform(-1, 1))
print(round(random.gauss(0, 1), 10), round(random.gauss(100, 15), 10))
print(random.getrandbits(8), random.getrandbits(64), random.getrandbits(100))
random.seed(12345)
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
second = [random.random() for _ in range(3)]
print(first == second, first)
rng = random.Random(7)
print(rng.random(), rng.randint(0, 10), rng.choice("xyz"))
rng2 = random.Random(7)
print(rng2.random())
random.seed(2 ** 100)
print(random.random())
random.seed(-5)
print(random.random())
random.seed(99)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:5], len(deck))
rolls = [random.randint(1, 6) for _ in range(1000)]
print(sum(rolls), min(rolls), max(rolls), [rolls.count(i) for i in range(1, 7)])
random.seed(3)
print(random.randrange(1000000), random.randrange(10 ** 30), random.randint(-(2 ** 70), 2 ** 70))
print(random.choices(range(5), weights=[10, 1, 1, 1, 10], k=8))
print(random.triangular(0, 10, 5) < 10, round(random.expovariate(1.0), 10))
random.seed(2024)
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)

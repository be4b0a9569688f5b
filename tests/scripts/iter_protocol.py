# Iterator protocol classes, for/else, while/else, shared iterators, consumption semantics.
class Range2:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step
    def __iter__(self):
        return Range2Iterator(self)
class Range2Iterator:
    def __init__(self, r):
        self.cur = r.start
        self.r = r
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.r.stop:
            raise StopIteration
        v = self.cur
        self.cur += self.r.step
        return v
r = Range2(0, 10, 3)
print(list(r), list(r), [x * x for x in r], sum(r), 6 in r, 7 in r)
it = iter(r)
print(next(it), next(it), list(it), list(it))
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print(f"  found {target} at {i}")
            break
    else:
        print(f"  {target} not found")
find("abc", "b")
find("abc", "z")
for x in []:
    pass
else:
    print("else runs on empty loop")
n = 0
while n < 3:
    n += 1
else:
    print("while-else runs, n =", n)
while True:
    break
else:
    print("not printed")
for i in range(3):
    for j in range(3):
        if j == 2:
            break
    else:
        print("inner else never")
    if i == 1:
        print("outer break at", i)
        break
shared = iter(range(10))
print(list(zip(shared, shared)))
s2 = iter("abcdefg")
print(list(zip(s2, s2, s2)), list(s2))
s3 = iter([1, 2, 3, 4, 5])
for x in s3:
    if x == 2:
        break
print(list(s3))
s4 = iter(range(5))
print(3 in s4, list(s4))
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print(list(Fib(100)), len(list(Fib(10 ** 6))))
class Peekable:
    _sentinel = object()
    def __init__(self, iterable):
        self.it = iter(iterable)
        self.buf = self._sentinel
    def __iter__(self):
        return self
    def __next__(self):
        if self.buf is not self._sentinel:
            v, self.buf = self.buf, self._sentinel
            return v
        return next(self.it)
    def peek(self, default=None):
        if self.buf is self._sentinel:
            try:
                self.buf = next(self.it)
            except StopIteration:
                return default
        return self.buf
p = Peekable([1, 2, 3])
print(p.peek(), next(p), p.peek(), p.peek(), list(p), p.peek("empty"))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), list(di), list(iter(d.values())), list(iter(d.items())))
class Countable:
    def __iter__(self):
        return iter([3, 2, 1])
print(sorted(Countable()), list(enumerate(Countable())), tuple(Countable()), set(Countable()), max(Countable()))
a, *b = Countable()
print(a, b, [*Countable(), *Countable()], dict.fromkeys(Countable()))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class NoNext:
    def __iter__(self):
        return self
try:
    for _ in NoNext():
        pass
except TypeError as e:
    print("TypeError:", e)
lines = iter(["header", "row1", "row2"])
header = next(lines)
print(header, [row.upper() for row in lines])
nums = [1, 2, 3]
for x in nums:
    if x == 2:
        nums.append(4)
    print(x, end=" ")
print()
m = map(str, range(3))
print(list(m), list(m))
stack = [iter([1, 2]), iter([3])]
out = []
while stack:
    try:
        out.append(next(stack[-1]))
    except StopIteration:
        stack.pop()
print(out)

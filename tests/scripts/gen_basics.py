# Generator functions, generator expressions, state, pipelines, iter(callable, sentinel).
def count_up(n):
    print("  start")
    i = 0
    while i < n:
        print(f"  yielding {i}")
        yield i
        i += 1
    print("  done")
g = count_up(2)
print(type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(next(g, "exhausted"), list(g))
def with_return():
    yield "a"
    return "the result"
gr = with_return()
print(next(gr))
try:
    next(gr)
except StopIteration as e:
    print("returned:", e.value, e.args)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 15)), next(itertools.islice(fib(), 100, None)))
squares = (x * x for x in range(10))
print(type(squares).__name__, next(squares), next(squares), sum(squares), list(squares))
print(sum(x for x in range(101) if x % 2 == 0), max(len(w) for w in ["a", "abc", "ab"]), any(c.isdigit() for c in "ab3"))
print(list(x + y for x in "ab" for y in "12"), sorted((i % 3 for i in range(7)), reverse=True))
def read_lines(text):
    for line in text.splitlines():
        yield line
def strip_comments(lines):
    for line in lines:
        code = line.split("#")[0].rstrip()
        if code:
            yield code
def numbered(lines, start=1):
    for n, line in enumerate(lines, start):
        yield f"{n:>3}: {line}"
source = """x = 1  # set x
# full comment
y = x + 2

print(y)  # show"""
for out in numbered(strip_comments(read_lines(source))):
    print(out)
def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return
print(list(take(3, "abcdef")), list(take(5, [1, 2])))
def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
print(list(chunks(list(range(10)), 3)), list(chunks("abcdefg", 2)))
def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, (3, [4, 5])], [], [[6]]])))
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
t = Tree("root", [Tree("a", [Tree("a1"), Tree("a2")]), Tree("b")])
print(list(t), [f"{'  ' * d}{v}" for d, v in t.depth_first()])
calls = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(calls), 0)))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
gen = (c.upper() for c in "lazy")
print(next(gen), list(gen), list(gen))
def gen_state():
    yield 1
gs = gen_state()
print(list(gs), list(gs), next(gs, None))
lazy_log = []
def noisy(n):
    for i in range(n):
        lazy_log.append(f"produce {i}")
        yield i
pipeline = (x * 10 for x in noisy(3))
print(lazy_log)
first = next(pipeline)
print(first, lazy_log)
print(list(pipeline), lazy_log)
def unique(iterable):
    seen = set()
    for x in iterable:
        if x not in seen:
            seen.add(x)
            yield x
print(list(unique([3, 1, 3, 2, 1, 4])), "".join(unique("mississippi")))
def running_avg():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in [10, 20, 60]])
gx = (i for i in range(3))
print(iter(gx) is gx, hasattr(gx, "__next__"), hasattr([], "__next__"))

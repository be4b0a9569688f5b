# collections.deque (native, in _collections): every method, CPython's errors, and the
# "deque mutated during iteration" checks of scans and iterators.
from collections import deque
import _collections


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(deque is _collections.deque, deque.__module__, deque.__name__)
print(type(iter(deque())).__name__, type(reversed(deque())).__name__)

print("--- construction")
attempt(lambda: deque(maxlen='a'))
attempt(lambda: deque(maxlen=-1))
attempt(lambda: deque(maxlen=2.0))
attempt(lambda: deque(iterable=[1], maxlen=None))
attempt(lambda: deque([1], 2, 3))
attempt(lambda: deque([1], foo=2))
attempt(lambda: deque(None))
attempt(lambda: deque(5))
attempt(lambda: deque(range(5), maxlen=0))
attempt(lambda: deque('abcdef', 3))
d = deque([1, 2, 3])
d.__init__([7], 2)
print(d, d.maxlen)
d.__init__()
print(d, d.maxlen)


def gen():
    yield 1
    yield 2
    raise ValueError('boom')


d = deque()
attempt(lambda: d.extend(gen()))
print(d)
attempt(lambda: d.extendleft(gen()))
print(d)

print("--- ends and maxlen")
d = deque(maxlen=3)
for i in range(5):
    d.append(i)
print(d)
d.appendleft(-1)
print(d)
d.extend([10, 11])
print(d)
d.extendleft('ab')
print(d)
d.extend(d)
print(d)
print(d.pop(), d.popleft(), d)
attempt(lambda: deque().pop())
attempt(lambda: deque().popleft())
attempt(lambda: deque().append())
attempt(lambda: deque().append(1, 2))
attempt(lambda: deque([1]).pop(0))
e = deque([1, 2])
e.extend(e)
e.extendleft(e)
print(e)

print("--- rotate, insert, remove, reverse, clear")
r = deque(range(7))
for k in (2, -3, 7, 100, -100, 0):
    r.rotate(k)
    print(list(r))
r.rotate()
print(r)
attempt(lambda: r.rotate('a'))
attempt(lambda: r.rotate(1.5))
r.insert(0, 'first')
r.insert(100, 'last')
r.insert(-1, 'before-last')
r.insert(-100, 'very-first')
print(r)
attempt(lambda: deque([1], 1).insert(0, 2))
attempt(lambda: r.insert('a', 2))
r.remove('first')
print(r)
attempt(lambda: r.remove('nope'))
r.reverse()
print(r)
r.clear()
print(r, len(r), bool(r))

print("--- indexing")
s = deque('abcde')
print(s[0], s[-1], s[2], s.index('c'), s.index('c', 1, 4), s.index('e', -2), s.count('a'))
attempt(lambda: s.index('a', 1))
attempt(lambda: s.index('a', None))
attempt(lambda: s[5])
attempt(lambda: s[-6])
attempt(lambda: s['x'])
attempt(lambda: s[1:2])
s[1] = 'B'
s[-1] = 'E'
del s[0]
del s[-2]
print(s)


def setitem(i):
    s[i] = 0


def delitem(i):
    del s[i]


attempt(lambda: setitem(10))
attempt(lambda: delitem(-10))
print('B' in s, 'zz' in s)

print("--- comparisons and arithmetic")
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1]), deque([1, 2]) == [1, 2])
print(deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]), deque() <= deque())
# (Messages naming the type say 'deque'; CPython says 'collections.deque'.)
for f in (lambda: deque([1, 2]) < [1, 2], lambda: hash(deque())):
    try:
        f()
    except TypeError:
        print('TypeError')
print(deque([1, 2]) + deque([3]), deque('ab', 3) + deque('cd'))
attempt(lambda: deque([1]) + [2])
print(deque([1, 2]) * 2, 3 * deque([1, 2], 4), deque([1]) * 0, deque([1]) * -1)
attempt(lambda: deque([1]) * 'a')
m = deque('xy', 5)
m *= 3
print(m)
m += 'zw'
print(m)

print("--- repr, copy, reduce, generic alias")
rec = deque([1])
rec.append(rec)
print(rec)
print(deque[int], deque([1]).copy(), deque([1], 2).__copy__())
print(deque([1, 2]).__reduce__()[:3], deque([1, 2], 3).__reduce__()[:3])
print(list(deque([1, 2]).__reduce__()[3]))


class D(deque):
    def total(self):
        return sum(self)


x = D([1, 2], 4)
x.tag = 'T'
print(x, x.total(), type(x.copy()).__name__, type(x + deque([3])).__name__, type(x * 2).__name__)
print(x.__reduce__()[:3], x.copy().maxlen)
print(isinstance(x, deque), D.__mro__[1] is deque)

print("--- iteration")
it = iter(deque([1, 2, 3]))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(reversed(deque('abc'))))
d = deque([1, 2, 3])
it = iter(d)
next(it)
d.append(4)
attempt(lambda: next(it))
attempt(lambda: next(it))
d = deque([1, 2, 3])
it = iter(d)
d[0] = 'same size, same state'
print(list(it))
for mutate in (lambda q: q.pop(), lambda q: q.rotate(1), lambda q: q.reverse(),
               lambda q: q.clear(), lambda q: q.insert(0, 0), lambda q: q.remove(1)):
    q = deque([1, 2, 3])
    it = iter(q)
    mutate(q)
    attempt(lambda: next(it))

print("--- scans while the deque changes")
target = deque([1, 2, 3])


class Meddler:
    def __eq__(self, other):
        target.append(9)
        return False


attempt(lambda: target.count(Meddler()))
attempt(lambda: Meddler() in target)
attempt(lambda: target.index(Meddler()))
attempt(lambda: target.remove(Meddler()))
print(len(target))


class Equal:
    def __eq__(self, other):
        return other == 2


q = deque([1, 2, 3, 2])
print(q.count(Equal()), q.index(Equal()), Equal() in q)
q.remove(Equal())
print(q)

# `for x in gen` resumes a generator inside the eval loop (no native call). Everything a
# generator does must look the same as when next() drives it.
import sys


def count(n):
    for i in range(n):
        yield i


print(sum(x for x in count(5)), [x * x for x in count(6)])

# Break out, then resume the same generator with next() and another for loop.
g = count(10)
for x in g:
    if x == 3:
        break
print("after break", next(g), list(g), next(g, "done"))


# Nested: a generator iterating a generator, and yield from.
def pairs(n):
    for a in count(n):
        for b in count(a):
            yield a, b


def chained():
    yield from count(3)
    r = yield from returns()
    yield "returned", r


def returns():
    yield "r"
    return 42


print(list(pairs(4)))
print([x for x in chained()])


# gi_running is true while the generator runs, false when suspended; re-entering raises.
def self_aware():
    me = yield "start"
    yield me.gi_running


def reenter():
    yield 1
    try:
        next(holder[0])
    except ValueError as e:
        yield "ValueError: " + str(e)


holder = [None]
holder[0] = reenter()
print([x for x in holder[0]])
sa = self_aware()
print(next(sa), sa.send(sa), sa.gi_running)


# Exceptions: raised inside the generator, caught by the loop's caller.
def failing():
    yield 1
    raise KeyError("boom")


try:
    for x in failing():
        print("got", x)
except KeyError as e:
    print("KeyError", e)


# StopIteration escaping a generator becomes RuntimeError (PEP 479).
def leaky():
    yield 1
    raise StopIteration("leak")


try:
    for x in leaky():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


# The handled exception inside and outside a generator.
def exc_info_gen():
    yield sys.exc_info()[0]
    try:
        raise ValueError("inner")
    except ValueError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]


try:
    raise TypeError("outer")
except TypeError:
    for t in exc_info_gen():
        print("inside:", t.__name__ if t else None, "outside:", sys.exc_info()[0].__name__)
print("after:", sys.exc_info())


# A try/finally in a generator the loop abandons runs at close().
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


g = with_finally()
for x in g:
    break
g.close()
print("closed", list(g))


# Tracebacks go through the generator's frame.
def deep():
    yield 1
    1 / 0


try:
    for x in deep():
        pass
except ZeroDivisionError:
    tb, names = sys.exc_info()[2], []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)


# A generator that exhausts: finished for good.
g = count(2)
print([x for x in g], [x for x in g], next(g, "empty"))


# Deep recursion through generators raises RecursionError, not a crash.
def nest(n):
    if n:
        for x in nest(n - 1):
            yield x
    else:
        yield "bottom"


print(list(nest(50)))
try:
    list(nest(100000))
except RecursionError as e:
    print("RecursionError:", e)

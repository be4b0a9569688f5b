# Generator send/throw/close, GeneratorExit, finally in generators, yield from delegation.
def echo():
    print("  echo started")
    received = None
    try:
        while True:
            received = yield f"got {received}"
    except GeneratorExit:
        print("  GeneratorExit received, cleaning up")
        raise
    finally:
        print("  echo finally")
e = echo()
print(next(e))
print(e.send("hello"))
print(e.send(42))
e.close()
print("closed; next gives:", next(e, "nothing"))
e.close()
def fresh():
    yield 1
f = fresh()
try:
    f.send("x")
except TypeError as err:
    print("TypeError:", err)
print(f.send(None))
def resilient():
    while True:
        try:
            yield "normal"
        except ValueError as err:
            print("  handled inside generator:", err)
            yield "recovered"
r = resilient()
print(next(r))
print(r.throw(ValueError("injected")))
print(next(r))
try:
    r.throw(KeyError("not handled"))
except KeyError as err:
    print("KeyError propagated:", err)
print(next(r, "generator is finished"))
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refusing to close"
ig = ignores_exit()
next(ig)
try:
    ig.close()
except RuntimeError as err:
    print("RuntimeError:", err)
def finally_on_close():
    try:
        yield "a"
        yield "b"
    finally:
        print("  cleanup in finally")
fc = finally_on_close()
print(next(fc))
fc.close()
print("after close")
unstarted = finally_on_close()
unstarted.close()
print("closing unstarted generator runs no finally")
def inner():
    x = yield "inner-1"
    print("  inner got", x)
    y = yield "inner-2"
    print("  inner got", y)
    return "inner-result"
def outer():
    result = yield from inner()
    print("  outer got result:", result)
    yield "outer-final"
o = outer()
print(next(o))
print(o.send("A"))
print(o.send("B"))
print(next(o, "done"))
def inner_catch():
    try:
        yield 1
    except ValueError:
        yield "inner caught ValueError"
    yield 2
def outer_delegate():
    yield from inner_catch()
    yield "outer continues"
od = outer_delegate()
print(next(od), od.throw(ValueError), next(od), next(od), next(od, "end"))
def inner_close():
    try:
        yield 1
        yield 2
    finally:
        print("  inner finally via delegation")
def outer_close():
    try:
        yield from inner_close()
    finally:
        print("  outer finally")
oc = outer_close()
next(oc)
oc.close()
def yield_from_iterables():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    r = yield from (x for x in [])
    yield r
print(list(yield_from_iterables()))
def accumulate():
    total = 0
    while True:
        v = yield
        if v is None:
            return total
        total += v
def gather(results):
    while True:
        total = yield from accumulate()
        results.append(total)
res = []
acc = gather(res)
next(acc)
for batch in [[1, 2, 3], [10, 20], [5]]:
    for v in batch:
        acc.send(v)
    acc.send(None)
print(res)
def gen_with_return_value():
    yield 1
    return [1, 2, 3]
gw = gen_with_return_value()
next(gw)
try:
    gw.send(None)
except StopIteration as si:
    print("StopIteration.value:", si.value)
def throw_into_finished():
    yield 1
tf = throw_into_finished()
list(tf)
try:
    tf.throw(ValueError("late"))
except ValueError as err:
    print("thrown into finished generator propagates:", err)
def running():
    yield gr_self.gi_running
gr_self = running()
print(next(gr_self), gr_self.gi_running)
def gen_exit_return():
    try:
        yield 1
    except GeneratorExit:
        print("  returning on GeneratorExit is allowed")
        return
g2 = gen_exit_return()
next(g2)
g2.close()
print("done")

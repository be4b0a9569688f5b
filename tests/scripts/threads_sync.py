# threading synchronization primitives: Lock, RLock, Condition, Semaphore,
# BoundedSemaphore, Event, Barrier
import threading

# Lock
lk = threading.Lock()
print(lk.locked(), lk.acquire(), lk.locked())
print(lk.acquire(False), lk.acquire(timeout=0.01), lk.acquire(True, 0))
lk.release()
print(lk.locked())
try:
    lk.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with lk:
    print("in with:", lk.locked())
print("after with:", lk.locked())

# Counter protected by a lock
counter = 0


def bump(n):
    global counter
    for _ in range(n):
        with lk:
            counter += 1


ts = [threading.Thread(target=bump, args=(500,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter:", counter)

# RLock
rl = threading.RLock()
print(rl.acquire(), rl.acquire(), rl._is_owned())
rl.release()
print(rl._is_owned())
rl.release()
print(rl._is_owned())
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError:", type(e).__name__)
with rl:
    with rl:
        print("nested rlock ok")

other = []


def try_other():
    other.append(rl.acquire(False))


with rl:
    t = threading.Thread(target=try_other)
    t.start()
    t.join()
t = threading.Thread(target=try_other)
t.start()
t.join()
print("other thread acquire:", other)

# Condition: producer / consumer
for lock in (None, threading.Lock(), threading.RLock()):
    cond = threading.Condition(lock)
    items = []
    consumed = []

    def consumer():
        while True:
            with cond:
                while not items:
                    cond.wait()
                x = items.pop(0)
            if x is None:
                return
            with cond:
                consumed.append(x)

    cs = [threading.Thread(target=consumer) for _ in range(3)]
    for c in cs:
        c.start()
    for i in range(20):
        with cond:
            items.append(i)
            cond.notify()
    for _ in cs:
        with cond:
            items.append(None)
            cond.notify()
    for c in cs:
        c.join()
    print(type(lock).__name__, sorted(consumed) == list(range(20)), len(consumed))

cond = threading.Condition()
with cond:
    print("wait timeout:", cond.wait(0.01))
    print("wait_for timeout:", cond.wait_for(lambda: False, timeout=0.01))
    print("wait_for true:", cond.wait_for(lambda: 42))
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

# wait_for with a predicate and notify_all
state = {"ready": False, "woken": 0}
cond = threading.Condition()
arrived = threading.Semaphore(0)


def waiter():
    with cond:
        arrived.release()
        cond.wait_for(lambda: state["ready"])
        state["woken"] += 1


ws = [threading.Thread(target=waiter) for _ in range(4)]
for w in ws:
    w.start()
for _ in ws:
    arrived.acquire()
with cond:
    state["ready"] = True
    cond.notify_all()
for w in ws:
    w.join()
print("woken:", state["woken"])

# notify(n) wakes at most n waiters
cond = threading.Condition(threading.Lock())
wake = []
arrived = threading.Semaphore(0)


def counted_waiter(i):
    with cond:
        arrived.release()
        cond.wait()
        wake.append(i)


ws = [threading.Thread(target=counted_waiter, args=(i,)) for i in range(5)]
for w in ws:
    w.start()
for _ in ws:
    arrived.acquire()
with cond:
    cond.notify(2)
with cond:
    cond.notify(10)
for w in ws:
    w.join()
print("all woken:", sorted(wake))

# Nested RLock held during Condition.wait
rcond = threading.Condition(threading.RLock())
flag = []


def setter():
    with rcond:
        flag.append(1)
        rcond.notify()


with rcond:
    with rcond:
        t = threading.Thread(target=setter)
        t.start()
        rcond.wait_for(lambda: flag)
        print("nested wait ok:", flag)
t.join()

# Semaphore limits concurrency
sem = threading.Semaphore(2)
active = [0]
peak = [0]
mon = threading.Lock()


def limited():
    with sem:
        with mon:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        for _ in range(200):
            pass
        with mon:
            active[0] -= 1


ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak <= 2:", peak[0] <= 2, "active:", active[0])
s = threading.Semaphore(1)
print(s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release(3)
print(s.acquire(False), s.acquire(False), s.acquire(False), s.acquire(False))
for bad in (lambda: threading.Semaphore(-1), lambda: s.release(0),
            lambda: s.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

bs = threading.BoundedSemaphore(2)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
with bs:
    print("bounded in with")
print(repr(bs).endswith("value=2/2>"), repr(s).endswith("value=0>"))

# Event
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
ev.set()
print(ev.is_set(), ev.wait(), ev.wait(0))
ev.clear()
print(ev.is_set(), repr(ev).endswith(": unset>"))
go = threading.Event()
done = []


def evwaiter(i):
    go.wait()
    with mon:
        done.append(i)


ts = [threading.Thread(target=evwaiter, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
go.set()
for t in ts:
    t.join()
print("event released:", sorted(done))

# Barrier
actions = []
bar = threading.Barrier(3, action=lambda: actions.append("tripped"))
print(bar.parties, bar.n_waiting, bar.broken)
indices = []


def bwait():
    for _ in range(2):
        i = bar.wait()
        with mon:
            indices.append(i)


ts = [threading.Thread(target=bwait) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("indices:", sorted(indices), actions, bar.n_waiting, bar.broken)

# Barrier timeout breaks it
bar = threading.Barrier(2)
try:
    bar.wait(0.01)
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", isinstance(e, RuntimeError), bar.broken)
try:
    bar.wait()
except threading.BrokenBarrierError:
    print("still broken")
bar.reset()
print("after reset:", bar.broken)

# abort wakes waiters
bar = threading.Barrier(3)
outcome = []


def abwait():
    try:
        bar.wait()
        outcome.append("passed")
    except threading.BrokenBarrierError:
        with mon:
            outcome.append("broken")


ts = [threading.Thread(target=abwait) for _ in range(2)]
for t in ts:
    t.start()
while True:
    with bar._cond:
        if bar.n_waiting == 2:
            break
    threading.Event().wait(0.001)
bar.abort()
for t in ts:
    t.join()
print("abort:", outcome, bar.broken)

# action raising breaks the barrier
def bad_action():
    raise KeyError("act")


bar = threading.Barrier(1, action=bad_action)
try:
    bar.wait()
except KeyError as e:
    print("KeyError from action", bar.broken)

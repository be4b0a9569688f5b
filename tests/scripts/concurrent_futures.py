# concurrent.futures: Future, ThreadPoolExecutor, wait() and as_completed().
import concurrent.futures as cf
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def square(x):
    return x * x


def fail(x):
    raise ValueError(f"bad {x}")


def state(f):
    # repr without the address: <Future state=...>
    r = repr(f)
    return r[:r.index(" at ")] + r[r.index(" state"):]


# ---- results, exceptions, map ----
with ThreadPoolExecutor(max_workers=4) as ex:
    print(ex.__class__.__name__, ex.__enter__() is ex)
    fs = [ex.submit(square, i) for i in range(10)]
    print([f.result() for f in fs])
    print(list(ex.map(square, range(6))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2])))
    print(list(ex.map(square, [])))
    f = ex.submit(fail, 7)
    try:
        f.result()
    except ValueError as e:
        print("result raised", type(e).__name__, e)
    print("exception()", repr(f.exception()))
    print(state(f), f.done(), f.running(), f.cancelled())
    print(state(fs[0]))
    it = ex.map(fail, [1, 2])
    try:
        next(it)
    except ValueError as e:
        print("map raised", e)
    kw = ex.submit(lambda a, b=0, *, c=0: a + b + c, 1, b=2, c=3)
    print("kwargs", kw.result())

# ---- states of a bare future ----
f = cf.Future()
print(state(f), f.done(), f.running())
print(f.set_running_or_notify_cancel(), state(f), f.running(), f.cancel())
f.set_result([1])
print(state(f), f.result(), f.exception())
try:
    f.set_result(2)
except cf.InvalidStateError as e:
    print("InvalidStateError", str(e).split(":")[0])
try:
    cf.Future().result(timeout=0.01)
except TimeoutError as e:
    print("TimeoutError", type(e) is TimeoutError, cf.TimeoutError is TimeoutError)
print(cf.Future[int])

# ---- callbacks ----
calls = []
f = cf.Future()
f.add_done_callback(lambda fut: calls.append(("early", fut.result())))
f.set_result(5)
f.add_done_callback(lambda fut: calls.append(("late", fut.result())))
print(calls)

# ---- cancellation: one worker, blocked, so later calls stay queued ----
gate = threading.Event()
with ThreadPoolExecutor(max_workers=1) as ex:
    first = ex.submit(gate.wait)
    queued = ex.submit(square, 3)
    other = ex.submit(square, 4)
    time.sleep(0.05)
    print("running", first.running(), "cancel running:", first.cancel())
    print("cancel queued:", queued.cancel(), queued.cancelled(), queued.done(), state(queued))
    cancelled_calls = []
    queued.add_done_callback(lambda fut: cancelled_calls.append(fut.cancelled()))
    print("callback after cancel", cancelled_calls)
    done, not_done = cf.wait([first, other], timeout=0.05)
    print("wait timeout:", len(done), len(not_done))
    gate.set()
print("after with:", first.result(), other.result(), queued.cancelled())
try:
    queued.result()
except cf.CancelledError as e:
    print("CancelledError", repr(e), isinstance(e, cf._base.Error))

# ---- shutdown ----
gate = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)
blocker = ex.submit(gate.wait)
pending = [ex.submit(square, i) for i in range(3)]
time.sleep(0.05)
ex.shutdown(wait=False, cancel_futures=True)
print("cancel_futures:", [p.cancelled() for p in pending])
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError", e)
gate.set()
ex.shutdown()
print("blocker", blocker.result())

# ---- wait() and as_completed() ----
with ThreadPoolExecutor(max_workers=3) as ex:
    slow = threading.Event()
    a = ex.submit(slow.wait)
    b = ex.submit(square, 5)
    c = ex.submit(fail, 1)
    done, not_done = cf.wait([a, b, c], return_when=cf.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION", c in done, a in not_done, sorted(map(state, done)))
    done, not_done = cf.wait([a, b, b], return_when=cf.FIRST_COMPLETED)
    print("FIRST_COMPLETED", b in done, a in not_done, len(done) + len(not_done))
    print(cf.wait([b]).__class__.__name__, cf.wait([b])._fields)
    try:
        for f in cf.as_completed([a, b], timeout=0.05):
            print("completed", state(f))
    except TimeoutError as e:
        print("as_completed:", e)
    try:
        cf.wait([a], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError", e)
    slow.set()
    print(sorted(state(f) for f in cf.as_completed([a, b, c])))

# ---- map timeout ----
gate = threading.Event()
with ThreadPoolExecutor(max_workers=2) as ex:
    it = ex.map(lambda x: gate.wait() and x, [1, 2], timeout=0.05)
    try:
        next(it)
    except TimeoutError:
        print("map TimeoutError")
    gate.set()

it = ThreadPoolExecutor().map(square, range(3), timeout=5)
print(list(it))

# ---- names, errors, initializer ----
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())
for bad in (0, -1):
    try:
        ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print("ValueError", e)
try:
    ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print("TypeError", e)

seen = []
with ThreadPoolExecutor(max_workers=2, initializer=seen.append, initargs=("init",)) as ex:
    ex.submit(square, 2).result()
print(seen[:1])

print(issubclass(cf.thread.BrokenThreadPool, cf.BrokenExecutor),
      issubclass(cf.BrokenExecutor, RuntimeError))

# ---- many threads submitting to one pool: nothing lost ----
results = []
lock = threading.Lock()
with ThreadPoolExecutor(max_workers=4) as ex:
    def producer(base):
        futures = [ex.submit(square, base + i) for i in range(200)]
        total = sum(f.result() for f in futures)
        with lock:
            results.append(total)
    threads = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
print(len(results), sum(results) == sum(x * x for k in range(8) for x in range(k * 1000, k * 1000 + 200)))

# ---- a failing initializer breaks the pool (its traceback goes to stderr) ----
def bad_init():
    raise OSError("no init")


ex = ThreadPoolExecutor(max_workers=1, initializer=bad_init)
f = ex.submit(pow, 2, 3)
try:
    f.result()
except cf.thread.BrokenThreadPool as e:
    print("BrokenThreadPool", e)
try:
    ex.submit(pow, 2, 3)
except cf.thread.BrokenThreadPool as e:
    print("submit: BrokenThreadPool")
ex.shutdown()

# A callback that raises is reported on stderr; the others still run.
g = cf.Future()
ran = []
g.add_done_callback(lambda f: 1 / 0)
g.add_done_callback(lambda f: ran.append(f.result()))
g.set_result(1)
print("callbacks after a failing one:", ran)

# ---- a pool never shut down: its queued work still runs at exit ----
late = ThreadPoolExecutor(max_workers=1)
late.submit(time.sleep, 0.05)
late.submit(print, "late work ran at exit")
print("main done")

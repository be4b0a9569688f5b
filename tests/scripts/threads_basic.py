# threading.Thread basics: names, start/join, errors, subclasses, locals, hooks
import sys
import threading

lock = threading.Lock()
results = []


def worker(i, scale=1):
    with lock:
        results.append(i * scale)


threads = [threading.Thread(target=worker, args=(i,), kwargs={'scale': 10})
           for i in range(5)]
print([t.name for t in threads])
print([t.is_alive() for t in threads], [t.ident is None for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.is_alive() for t in threads], [isinstance(t.ident, int) for t in threads])
print([isinstance(t.native_id, int) for t in threads])
print(len(set(t.ident for t in threads)) >= 1)
print(threading.active_count(), [t.name for t in threading.enumerate()])

# Names and daemon flags
t = threading.Thread(name="custom")
print(t.name, t.daemon, repr(t))
t.name = "renamed"
t.daemon = True
print(t.name, t.daemon, repr(t))
print(threading.Thread(target=len).name)
print(threading.Thread(target=lambda: None).name)
print(threading.Thread(name=42).name)
print(threading.Thread(daemon=True).daemon)

# Error cases
t = threading.Thread(target=worker, args=(100,))
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
print(repr(t).startswith("<Thread(Thread-"), "stopped" in repr(t))

# join with timeout on a finished thread, and on a blocked thread
gate = threading.Event()
blocked = threading.Thread(target=gate.wait)
blocked.start()
blocked.join(0.01)
print("blocked alive:", blocked.is_alive())
gate.set()
blocked.join()
print("blocked alive:", blocked.is_alive())

# current_thread / main_thread
main = threading.current_thread()
print(main.name, type(main).__name__, main is threading.main_thread())
print(main.ident == threading.get_ident(), main.native_id == threading.get_native_id())
print(main.daemon, main.is_alive())
seen = {}


def who(key):
    cur = threading.current_thread()
    with lock:
        seen[key] = (cur.name, cur is threading.main_thread(),
                     cur.ident == threading.get_ident(), cur.daemon)


for key, daemon in (("a", False), ("b", True)):
    t = threading.Thread(target=who, args=(key,), name="who-" + key, daemon=daemon)
    t.start()
    t.join()
print(sorted(seen.items()))


# Subclassing Thread
class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i


cs = [Counter(n) for n in (10, 100, 1000)]
for c in cs:
    c.start()
for c in cs:
    c.join()
print([c.total for c in cs], cs[0].name.startswith("Thread-"))


# Thread that starts threads
inner_results = []


def spawner(n):
    kids = [threading.Thread(target=worker, args=(i, 1000)) for i in range(n)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()
    with lock:
        inner_results.append(n)


results.clear()
s = threading.Thread(target=spawner, args=(3,))
s.start()
s.join()
print(sorted(results), inner_results)

# Exceptions in threads go to threading.excepthook
hooked = []


def hook(args):
    hooked.append((args.exc_type.__name__, str(args.exc_value),
                   args.thread.name, args.exc_traceback is not None))


def fail(msg):
    raise ValueError(msg)


old_hook = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=fail, args=("boom",), name="failer")
t.start()
t.join()
t = threading.Thread(target=sys.exit, args=(3,), name="exiter")
t.start()
t.join()
threading.excepthook = old_hook
print(hooked)
print(threading.excepthook is threading.__excepthook__)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


cap = Capture()
saved = sys.stderr
sys.stderr = cap
try:
    t = threading.Thread(target=fail, args=("printed",), name="loud")
    t.start()
    t.join()
    # SystemExit is silently ignored by the default hook
    t = threading.Thread(target=sys.exit, args=(1,), name="quiet")
    t.start()
    t.join()
finally:
    sys.stderr = saved
lines = "".join(cap.parts).splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])
args = threading.ExceptHookArgs([ValueError, ValueError("x"), None, None])
print(args.exc_type.__name__, args.exc_value, args.exc_traceback, args.thread)

# Timer
fired = []
tm = threading.Timer(0.01, fired.append, args=["fired"])
tm.start()
tm.join()
tm2 = threading.Timer(60, fired.append, args=["never"])
tm2.start()
tm2.cancel()
tm2.join()
print(fired, tm.finished.is_set(), tm2.finished.is_set())

# Thread-local data
data = threading.local()
data.value = "main"
got = []


def use_local(v):
    got.append(hasattr(data, "value"))
    data.value = v
    data.extra = v * 2
    with lock:
        got.append((data.value, data.extra, sorted(data.__dict__)))
    del data.extra
    got.append(hasattr(data, "extra"))


ts = [threading.Thread(target=use_local, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(got, key=repr))
print(data.value, data.__dict__, hasattr(data, "extra"))
try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)


class MyLocal(threading.local):
    inits = []
    color = "class-default"

    def __init__(self, color):
        MyLocal.inits.append(color)
        self.color = color
        self.items = []

    def push(self, x):
        self.items.append(x)
        return len(self.items)

    @property
    def size(self):
        return len(self.items)


ml = MyLocal("red")
ml.push(1)
ml.push(2)
out = []


def use_mylocal():
    n = ml.push("x")
    with lock:
        out.append((ml.color, n, ml.size))


ts = [threading.Thread(target=use_mylocal) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out, ml.size, ml.items, MyLocal.inits)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)

# Misc module functions
print(threading.TIMEOUT_MAX > 0, threading.ThreadError is RuntimeError)
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())
print(sorted(n for n in threading.__all__))

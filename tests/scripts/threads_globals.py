# Global-name lookups stay right while the module and builtins namespaces change, in one
# thread and across threads (Pyrite caches LOAD_GLOBAL per thread, validated by dict
# versions).
import builtins
import threading


def show():
    return [len("abc"), foo if "foo" in globals() or hasattr(builtins, "foo") else None]


builtins.foo = 1
print(show())
builtins.foo = 2            # builtins changed: the cached lookup must notice
print(show())
foo = "module"              # a global now shadows the builtin
print(show())
del foo                     # ... and is gone again
print(show())
len = lambda s: -1          # shadow a builtin function
print(show())
del len
print(show())
del builtins.foo


# Lock-protected counter in a global, 8 threads.
lock = threading.Lock()
counter = 0


def bump(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


ts = [threading.Thread(target=bump, args=(5000,)) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter", counter)

# A writer rebinds a global step by step; after each step every reader must see it.
value = 0
barrier = threading.Barrier(5)
seen = [[] for _ in range(4)]


def reader(k):
    for s in range(20):
        barrier.wait()      # the writer has stored step s
        seen[k].append(value)
        barrier.wait()      # everyone has read it


readers = [threading.Thread(target=reader, args=(k,)) for k in range(4)]
for t in readers:
    t.start()
for s in range(20):
    value = s * s
    barrier.wait()
    barrier.wait()
for t in readers:
    t.join()
print(all(seen[k] == [s * s for s in range(20)] for k in range(4)))


# Functions replaced while other threads call them.
def impl():
    return "old"


results = []
switched = threading.Event()
go = threading.Event()


def caller():
    go.wait()
    before = impl()
    switched.wait()
    results.append((before, impl()))


cs = [threading.Thread(target=caller) for _ in range(4)]
for t in cs:
    t.start()
go.set()


def impl():  # noqa: F811 (rebinding on purpose)
    return "new"


switched.set()
for t in cs:
    t.join()
print(sorted(set(r[1] for r in results)), len(results))

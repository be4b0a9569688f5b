# Weak references under threads: one thread drops objects while others dereference weak
# references to them and make new ones; every dereference gives the live object or None,
# callbacks run once per weak reference that outlived its referent, every `__del__` runs
# exactly once, and nothing crashes.
import threading
import weakref


dels = []


class Obj:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        dels.append(self.n)


N = 2000
objs = [Obj(i) for i in range(N)]
refs = [weakref.ref(o) for o in objs]
fired = []
cb_refs = [weakref.ref(o, lambda r, i=i: fired.append(i)) for i, o in enumerate(objs)]
bad = []
start = threading.Barrier(4)


def dropper():
    start.wait()
    for i in range(N):
        objs[i] = None


def reader():
    start.wait()
    seen = 0
    for _ in range(3):
        for i, r in enumerate(refs):
            o = r()
            if o is not None:
                if o.n != i:
                    bad.append((i, o.n))
                seen += 1
                extra = weakref.ref(o)
                if extra() is not o:
                    bad.append(("extra", i))


ts = [threading.Thread(target=dropper)] + [threading.Thread(target=reader) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("bad:", bad)
print("all dead:", all(r() is None for r in refs))
print("callbacks:", sorted(fired) == list(range(N)))
print("__del__ once each:", sorted(dels) == list(range(N)))

# The low-level _thread module: threads, locks, reentrant locks (deterministic output).
import _thread

lock = _thread.allocate_lock()
print(type(lock).__name__, lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(lock.acquire(timeout=0.01), lock.acquire(True, 0.01))
lock.release()
with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())

r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

counter = [0]
guard = _thread.allocate_lock()
finished = []
def worker(n, done):
    for _ in range(n):
        with guard:
            counter[0] += 1
    with guard:
        finished.append(n)
    done.release()

dones = []
for n in (1000, 2000, 3000, 4000):
    d = _thread.allocate_lock()
    d.acquire()
    dones.append(d)
    ident = _thread.start_new_thread(worker, (n, d))
    assert isinstance(ident, int)
for d in dones:
    d.acquire()
print(counter[0], sorted(finished), _thread.get_ident() > 0)

results = {}
def keyword_target(a, b=0, *, c):
    results["kw"] = (a, b, c)
    dones[0].release()
_thread.start_new_thread(keyword_target, (1,), {"b": 2, "c": 3})
dones[0].acquire()
print(results)

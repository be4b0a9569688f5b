# Condition over an RLock held twice: wait() releases every level (RLock._release_save) and
# restores them (RLock._acquire_restore); over a plain Lock it uses the generic helpers.
import threading
import time

r = threading.RLock()
r.acquire()
r.acquire()
state = r._release_save()
print(state[0], state[1] == threading.get_ident(), r._is_owned())
r._acquire_restore(state)
print(r._is_owned())
r.release()
r.release()
print(r._is_owned())
try:
    r._release_save()
except RuntimeError as e:
    print("RuntimeError:", e)

for lock in (threading.Lock(), threading.RLock()):
    c = threading.Condition(lock)
    done = []
    seen = []

    def waiter():
        with c:
            if isinstance(lock, type(r)):
                with c:  # depth 2 while waiting
                    c.wait_for(lambda: done)
                    seen.append(c._is_owned())
            else:
                c.wait_for(lambda: done)
                seen.append(c._is_owned())
            seen.append(len(done))

    t = threading.Thread(target=waiter)
    t.start()
    time.sleep(0.05)
    with c:  # would deadlock if the waiter kept a level of the RLock
        done.append(1)
        c.notify()
    t.join()
    print(type(lock).__name__, seen)
    for f in (c.notify, c.wait):
        try:
            f()
        except RuntimeError as e:
            print("RuntimeError:", e)

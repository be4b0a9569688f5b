# atexit: callbacks run at exit, last registered first, after non-daemon threads finish;
# a failing callback is reported on stderr and the others still run.
import atexit
import threading
import time


def say(*args, **kwargs):
    print("exit:", args, sorted(kwargs.items()))


def after_failure():
    print("exit: still runs after the failure")


atexit.register(after_failure)


def fails():
    print("exit: fails runs")
    raise ValueError("reported on stderr, then ignored")


atexit.register(say, "first registered, runs last")
atexit.register(fails)
atexit.register(say, 1, 2, key="value")


@atexit.register
def decorated():
    print("exit: decorated; worker done:", done)


def never():
    print("exit: never (unregistered)")


atexit.register(never)
atexit.register(never)
atexit.unregister(never)
print(atexit.register(say) is say)
atexit.unregister(say)
atexit.register(say, "registered again")

try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)

done = False


def worker():
    global done
    time.sleep(0.05)
    done = True
    # Registering from another thread works too.
    atexit.register(say, "from the worker thread")


threading.Thread(target=worker).start()
print("main script ends")

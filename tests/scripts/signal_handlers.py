import signal, os, threading, time
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGUSR1), signal.getsignal(signal.SIGPIPE))
got = []
def h(signum, frame):
    got.append(signum)
old = signal.signal(signal.SIGUSR1, h)
print("old", old)
print(signal.getsignal(signal.SIGUSR1) is h)
os.kill(os.getpid(), signal.SIGUSR1)
for _ in range(1000): pass
print("got", got)
signal.raise_signal(signal.SIGUSR1)
print("got", got)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is h)
signal.raise_signal(signal.SIGUSR1)
print("ignored", got, signal.getsignal(signal.SIGUSR1))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print(signal.getsignal(signal.SIGUSR1))
try:
    signal.signal(signal.SIGUSR1, 5)
except TypeError as e:
    print("TypeError", e)
try:
    signal.signal(signal.SIGKILL, h)
except OSError as e:
    print("OSError", e)
try:
    signal.signal(99, h)
except ValueError as e:
    print("ValueError", e)
def in_thread():
    try:
        signal.signal(signal.SIGUSR2, h)
    except ValueError as e:
        print("thread:", e)
t = threading.Thread(target=in_thread); t.start(); t.join()
class Boom(Exception): pass
def raiser(signum, frame):
    raise Boom(signum)
signal.signal(signal.SIGALRM, raiser)
signal.alarm(1)
try:
    time.sleep(3)
except Boom as e:
    print("alarm interrupted sleep", e.args == (signal.SIGALRM,))
signal.signal(signal.SIGINT, signal.SIG_DFL)
print(signal.getsignal(signal.SIGINT))
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
print(signal.Handlers.SIG_IGN, int(signal.SIG_DFL))
# PEP 475: a handler that returns normally does not end the wait early.
ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
signal.alarm(1)
start = time.monotonic()
time.sleep(1.5)
print("sleep resumed after handler", ticks == [signal.SIGALRM], time.monotonic() - start >= 1.4)
lock = threading.Lock()
lock.acquire()
signal.alarm(1)
start = time.monotonic()
print("acquire timed out", lock.acquire(timeout=1.5) is False, ticks == [signal.SIGALRM] * 2,
      time.monotonic() - start >= 1.4)

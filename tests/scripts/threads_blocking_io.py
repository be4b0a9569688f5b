# Blocking calls release the GIL (or, free-threaded, just block this thread): pipes between
# threads, files read by several threads, print from many threads, and the argument errors
# of the blocking primitives.
import os
import threading
import time
import _thread

# A writer thread fills a pipe faster than the reader drains it: the writer blocks in
# os.write (pipe full) while the main thread keeps running and reading. If a blocked
# os.write or os.read kept the GIL, this would deadlock.
r, w = os.pipe()
CHUNK = b"0123456789abcdef" * 4096  # 64 KiB, bigger than a pipe's buffer


def writer():
    for _ in range(8):
        data = CHUNK
        while data:
            data = data[os.write(w, data):]
    os.close(w)


t = threading.Thread(target=writer)
t.start()
total = 0
digest = 0
while True:
    chunk = os.read(r, 10000)
    if not chunk:
        break
    total += len(chunk)
    digest = (digest + sum(chunk)) % 1000003
t.join()
os.close(r)
print("pipe bytes", total, "digest", digest)

# Several threads read the same file at once, each through its own file object.
name = "_tmp_threads_blocking_io.txt"
with open(name, "w") as f:
    for i in range(2000):
        f.write(f"line {i}\n")
counts = [0] * 4


def count_lines(k):
    with open(name) as f:
        counts[k] = sum(1 for _ in f)


ts = [threading.Thread(target=count_lines, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("line counts", counts)

os.remove(name)

# Many threads write whole lines to one shared file object: no line is lost or torn.
name = "_tmp_threads_blocking_io_w.txt"
out = open(name, "w")


def chatter(k):
    for j in range(200):
        out.write(f"thread {k} line {j}\n")


ts = [threading.Thread(target=chatter, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
out.close()
with open(name) as f:
    got = sorted(f.read().splitlines())
print("shared writes", len(got), got == sorted(f"thread {k} line {j}" for k in range(4) for j in range(200)))
os.remove(name)

# Argument errors.
for call in (
    lambda: time.sleep(-1),
    lambda: time.sleep(float("inf")),
    lambda: threading.Lock().acquire(timeout=-2),
    lambda: threading.Lock().acquire(False, 1),
    lambda: threading.Lock().acquire(timeout=1e30),
    lambda: threading.Lock().acquire(timeout=float("nan")),
    lambda: time.sleep(float("nan")),
    lambda: time.sleep(1e10),
    lambda: _thread.interrupt_main(99),
    lambda: _thread.interrupt_main(15),  # not handled by Python: nothing happens
    lambda: os.read(r, 10),
    lambda: os.read(0, -1),
    lambda: os.write(1, "text"),
):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("no error")

# interrupt_main() from another thread raises KeyboardInterrupt in the main thread, even
# while it waits.
timer = threading.Timer(0.05, _thread.interrupt_main)
timer.start()
try:
    threading.Event().wait(30)
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt from interrupt_main")
timer.join()

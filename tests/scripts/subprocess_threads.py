# Waiting for children while other threads run. Each scenario needs another thread to run
# Python code while one waits (in waitpid, in communicate's poll, in a pipe read): with the
# GIL, a wait that kept it would deadlock, and the test runner's timeout would fail it.
import _thread
import os
import subprocess
import threading


def busy(n):
    # Pure Python work: it only progresses while this thread runs Python code.
    total = 0
    for i in range(n):
        total += i % 7
    return total


# 1. The main thread waits in Popen.wait() for a child that exits only once a worker
# thread has computed its exit status and sent it.
p = subprocess.Popen(["sh", "-c", "read x; exit $x"], stdin=subprocess.PIPE)


def tell_child():
    code = busy(200000) % 200
    p.stdin.write(b"%d\n" % code)
    p.stdin.close()


t = threading.Thread(target=tell_child)
t.start()
print("wait returned", p.wait(), "expected", busy(200000) % 200)
t.join()

# 2. The main thread sits in communicate() (polling both pipes) while a worker produces,
# in Python, the input the child is waiting for on another pipe.
r, w = os.pipe()


def feed():
    data = b"".join(b"%d\n" % i for i in range(busy(1000) // 10))
    while data:
        data = data[os.write(w, data):]
    os.close(w)


t = threading.Thread(target=feed)
t.start()
res = subprocess.run(["sh", "-c", "wc -l; echo done >&2"], stdin=r, capture_output=True, text=True)
os.close(r)
t.join()
print("communicate", res.stdout.strip(), res.stderr.strip(), res.returncode)

# 3. A reader thread blocks in p.stdout.readline() while the main thread computes and
# writes the lines.
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
lines = []


def reader():
    for line in p.stdout:
        lines.append(line.rstrip("\n"))


t = threading.Thread(target=reader)
t.start()
for i in range(5):
    p.stdin.write(f"line {i} {busy(20000 * (i + 1))}\n")
    p.stdin.flush()
p.stdin.close()
t.join()
print("reader got", lines, "exit", p.wait())

# 4. Several threads run children at the same time.
outputs = {}


def runner(k):
    got = []
    for i in range(5):
        r = subprocess.run(["sh", "-c", f"echo {k}-{i}; exit {i}"], capture_output=True, text=True)
        got.append((r.stdout.strip(), r.returncode))
    outputs[k] = got


ts = [threading.Thread(target=runner, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(outputs):
    print("runner", k, outputs[k])

# 5. Two threads wait for the same child: one reaps it, both see its return code.
p = subprocess.Popen(["sh", "-c", "read x; exit 5"], stdin=subprocess.PIPE)
codes = []
ts = [threading.Thread(target=lambda: codes.append(p.wait())) for _ in range(2)]
for t in ts:
    t.start()
p.stdin.write(b"go\n")
p.stdin.close()
for t in ts:
    t.join()
print("both waiters", codes)

# 6. A wait with a timeout while a worker computes: it times out, the work gets done.
p = subprocess.Popen(["sleep", "30"])
result = {}
t = threading.Thread(target=lambda: result.setdefault("work", busy(100000)))
t.start()
try:
    p.wait(timeout=0.3)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e)
t.join()
print("worker meanwhile", result["work"])

# 7. Ctrl-C (here _thread.interrupt_main from a timer thread) ends a wait in the main
# thread with KeyboardInterrupt; the child is still there to be killed.
timer = threading.Timer(0.1, _thread.interrupt_main)
timer.start()
try:
    p.wait(timeout=30)
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt in wait, child running:", p.poll() is None)
timer.join()
p.kill()
print("killed", p.wait())

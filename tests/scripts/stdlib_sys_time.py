# sys module basics, then the time module (only ordering/monotonic properties are checked).
import sys
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("stdlib_sys_time.py"))
print(sys.version_info >= (3, 8), sys.version_info[0], sys.version_info.major == sys.version_info[0])
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
old = sys.getrecursionlimit()
print(old >= 1000)
sys.setrecursionlimit(2500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
def depth_probe(n):
    try:
        return depth_probe(n + 1)
    except RecursionError:
        return n
print(depth_probe(0) > 500)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print("sys" in sys.modules, "builtins" in sys.modules, sys.modules["sys"] is sys)
n = sys.stdout.write("hello from write\n")
print(n, sys.stdout.write(""), sys.stdout.write("é\n"))
sys.stdout.flush()
print(sys.stdin is not None, sys.stderr is not None, hasattr(sys.stdout, "write"))
sys.stderr.write("this goes to stderr\n")
print(sys.byteorder in ("little", "big"), isinstance(sys.platform, str), sys.float_info.max, sys.float_info.epsilon)
print(sys.float_info.dig, sys.float_info.mant_dig)
print(sys.exc_info(), isinstance(sys.executable, str))
print(sys.getdefaultencoding(), sys.stdout.encoding.lower().replace("-", "") == "utf8")
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit caught, code:", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit caught, code:", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit caught, code:", e.code)
print(sys.__name__, callable(sys.exit), callable(sys.getrecursionlimit))
print(sys.float_info.min, sys.float_info.max_exp)
print(isinstance(sys.version_info, tuple), sys.version_info[:1])
print("end of sys test")
# time module: only monotonic/ordering properties are checked, never actual values.
import time
t = time.time()
print(type(t).__name__, t > 1_600_000_000)
p1 = time.perf_counter()
m1 = time.monotonic()
total = 0
for i in range(10000):
    total += i
time.sleep(0.01)
p2 = time.perf_counter()
m2 = time.monotonic()
print(total, p2 > p1, m2 >= m1, p2 - p1 >= 0.005, type(p1).__name__)
t2 = time.time()
print(t2 >= t, isinstance(time.time_ns(), int), time.time_ns() > 10 ** 18)
ns1 = time.perf_counter_ns()
time.sleep(0)
ns2 = time.perf_counter_ns()
print(ns2 >= ns1, isinstance(ns1, int))
start = time.monotonic()
time.sleep(0.02)
elapsed = time.monotonic() - start
print(elapsed >= 0.015, elapsed < 10)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
print(callable(time.sleep), callable(time.time), time.__name__)
def timed(fn):
    def wrapper(*args):
        s = time.perf_counter()
        r = fn(*args)
        wrapper.elapsed = time.perf_counter() - s
        return r
    return wrapper
@timed
def work(n):
    return sum(i * i for i in range(n))
print(work(1000), work.elapsed >= 0)

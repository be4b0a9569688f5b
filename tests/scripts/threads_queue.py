# queue module: Queue, LifoQueue, PriorityQueue, SimpleQueue with threads
import queue
import threading

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.maxsize)
print([q.get() for _ in range(5)], q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", type(e).__name__, isinstance(e, Exception))
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(block=False)
except queue.Empty:
    print("Empty non-blocking")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

bq = queue.Queue(maxsize=2)
bq.put("a")
bq.put_nowait("b")
print(bq.full(), bq.qsize())
try:
    bq.put_nowait("c")
except queue.Full as e:
    print("Full", type(e).__name__)
try:
    bq.put("c", timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    bq.put("c", timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(bq.get_nowait(), bq.get(), bq.empty())

# task_done / join
try:
    bq.task_done()
    bq.task_done()
    bq.task_done()
except ValueError as e:
    print("ValueError:", e)

lq = queue.LifoQueue()
for x in "abc":
    lq.put(x)
print([lq.get() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (0, "z")]:
    pq.put(item)
print([pq.get() for _ in range(4)])

sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
try:
    sq.get(False)
except queue.Empty:
    print("SimpleQueue Empty non-blocking")

# Worker pool with task_done/join
tasks = queue.Queue()
results = queue.Queue()


def worker():
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            return
        results.put(item * item)
        tasks.task_done()


workers = [threading.Thread(target=worker) for _ in range(4)]
for w in workers:
    w.start()
for i in range(50):
    tasks.put(i)
tasks.join()
print("unfinished:", tasks.unfinished_tasks)
for _ in workers:
    tasks.put(None)
for w in workers:
    w.join()
out = []
while not results.empty():
    out.append(results.get())
print(len(out), sum(out), sorted(out)[:5])

# Bounded queue forces producers to block until consumers catch up
small = queue.Queue(maxsize=3)
consumed = []


def producer(base):
    for i in range(10):
        small.put(base + i)


def consumer(n):
    for _ in range(n):
        consumed.append(small.get())


ps = [threading.Thread(target=producer, args=(b,)) for b in (0, 100, 200)]
cs = [threading.Thread(target=consumer, args=(15,)) for _ in range(2)]
for t in ps + cs:
    t.start()
for t in ps + cs:
    t.join()
print(len(consumed), sorted(consumed) == sorted(list(range(10)) + list(range(100, 110)) + list(range(200, 210))))
print(small.qsize(), small.empty())

# FIFO order from a single producer is preserved
fifo = queue.Queue(maxsize=1)
got = []


def reader():
    for _ in range(20):
        got.append(fifo.get())


r = threading.Thread(target=reader)
r.start()
for i in range(20):
    fifo.put(i)
r.join()
print(got == list(range(20)))

# SimpleQueue across threads
sq = queue.SimpleQueue()
done = []


def sq_consumer():
    while True:
        x = sq.get()
        if x is None:
            return
        done.append(x)


c = threading.Thread(target=sq_consumer)
c.start()
for i in range(10):
    sq.put(i)
sq.put(None)
c.join()
print(done)

# PriorityQueue with threads
pq = queue.PriorityQueue()
lock = threading.Lock()


def pq_producer(start):
    for i in range(start, 30, 3):
        pq.put((i, str(i)))


ts = [threading.Thread(target=pq_producer, args=(s,)) for s in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([pq.get()[0] for _ in range(pq.qsize())] == list(range(30)))
print(sorted(queue.__all__))
print(queue.Queue[int] is not None)


class Stack(queue.Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


st = Stack()
for i in range(3):
    st.put(i)
print([st.get() for _ in range(3)])

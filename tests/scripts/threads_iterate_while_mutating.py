# Iterating a container while other threads mutate it never crashes or corrupts: dicts and
# sets raise RuntimeError when their size changes under the iteration (as in one thread);
# lists yield items that are really in the list. The checks below only print what must be
# the same in every run and every interpreter.
import threading

N_WRITES = 20000

# A list: one thread appends, others iterate; every item seen is a real appended value.
lst = list(range(100))
stop = threading.Event()
bad = []


def list_reader():
    while not stop.is_set():
        for x in lst:
            if not isinstance(x, int) or x < 0:
                bad.append(x)


readers = [threading.Thread(target=list_reader) for _ in range(3)]
for t in readers:
    t.start()
for i in range(N_WRITES):
    lst.append(i)
    if i % 3 == 0:
        lst.pop(0)
stop.set()
for t in readers:
    t.join()
print("list ok", bad == [], len(lst) == 100 + N_WRITES - (N_WRITES + 2) // 3)

# A dict: a writer inserts and deletes keys while readers iterate; every reader either
# finishes an iteration or gets "dictionary changed size during iteration".
d = {i: i for i in range(50)}
errors = set()
stop = threading.Event()


def dict_reader():
    while not stop.is_set():
        try:
            for k in d:
                if d.get(k, k) != k:
                    errors.add("wrong value")
        except RuntimeError as e:
            errors.add(str(e))


readers = [threading.Thread(target=dict_reader) for _ in range(3)]
for t in readers:
    t.start()
for i in range(N_WRITES):
    d[1000 + i] = 1000 + i
    del d[1000 + i]
stop.set()
for t in readers:
    t.join()
print("dict ok", errors <= {"dictionary changed size during iteration"}, len(d))

# A set, the same way.
s = set(range(50))
errors = set()
stop = threading.Event()


def set_reader():
    while not stop.is_set():
        try:
            total = 0
            for x in s:
                total += x
        except RuntimeError as e:
            errors.add(str(e))


readers = [threading.Thread(target=set_reader) for _ in range(3)]
for t in readers:
    t.start()
for i in range(N_WRITES):
    s.add(1000 + i)
    s.discard(1000 + i)
stop.set()
for t in readers:
    t.join()
print("set ok", errors <= {"Set changed size during iteration"}, len(s), sum(s))

# A list sorted by one thread while others read it: readers see only the list's values.
lst = list(range(1000, 0, -1))
stop = threading.Event()
seen_bad = []


def sort_reader():
    while not stop.is_set():
        for x in lst:
            if not 1 <= x <= 1000:
                seen_bad.append(x)


readers = [threading.Thread(target=sort_reader) for _ in range(2)]
for t in readers:
    t.start()
for _ in range(200):
    lst.sort()
    lst.reverse()
stop.set()
for t in readers:
    t.join()
print("sort ok", seen_bad == [], sorted(lst) == list(range(1, 1001)))

# Lists read by some threads while others change them. Item reads, len() and iteration
# take no lock in the free-threaded build (optimistic reads validated by a sequence
# number; what writers take out is released late), so this checks that readers only ever
# see real items of the list: every item is a pair (k, k * 2) or a small int, never a torn
# or freed value, and the writers' exact final contents are right.
import sys
import threading

shared = [(k, k * 2) for k in range(64)]
ints = list(range(100))
problems = []
stop = threading.Event()


def check(item, where):
    if type(item) is tuple:
        if len(item) != 2 or item[1] != item[0] * 2:
            problems.append((where, "bad pair"))
    elif type(item) is not int:
        problems.append((where, type(item).__name__))


def index_reader():
    n = 0
    while not stop.is_set() or n < 2000:
        length = len(shared)
        for i in (0, length // 2, length - 1, -1):
            try:
                check(shared[i], "index")
            except IndexError:
                pass
        n += 1


def iter_reader():
    n = 0
    while not stop.is_set() or n < 200:
        for item in shared:
            check(item, "iter")
        for x in ints:
            if type(x) is not int:
                problems.append(("ints", type(x).__name__))
        n += 1


wlock = threading.Lock()  # writers take turns; readers never lock


def writer(w):
    for r in range(3000):
        with wlock:
            write_round(w, r)


def write_round(w, r):
    k = w * 100_000 + r
    shared.append((k, k * 2))
    shared.insert(0, (k, k * 2))
    shared[len(shared) // 2] = (k + 1, (k + 1) * 2)
    shared.pop()
    shared.pop(0)
    if r % 97 == 0:
        shared[:] = [(j, j * 2) for j in range(64)]
    if r % 101 == 0:
        del shared[10:20]
        shared.extend((j, j * 2) for j in range(10))
    if r % 103 == 0:
        shared.reverse()
        shared.sort()
    ints[r % 100] = r % 100


readers = [threading.Thread(target=index_reader) for _ in range(2)]
readers += [threading.Thread(target=iter_reader) for _ in range(2)]
writers = [threading.Thread(target=writer, args=(w,)) for w in range(3)]
for t in readers + writers:
    t.start()
for t in writers:
    t.join()
stop.set()
for t in readers:
    t.join()

print("problems", problems[:5])
print("length", len(shared))
print("pairs ok", all(type(p) is tuple and p[1] == 2 * p[0] for p in shared))
print("ints", ints == list(range(100)))

# A list that swaps between a long and a short array: a reader must never pair the long
# length with the short array.
swing = [(0, 0)]
swung = threading.Event()


def swinger():
    for r in range(300):
        swing[:] = [(j, j * 2) for j in range(2000)] if r % 2 else [(r, r * 2)]
    swung.set()


def swing_reader():
    while not swung.is_set():
        for i in (-1, 1999, 1000):
            try:
                check(swing[i], "swing")
            except IndexError:
                pass


ts = [threading.Thread(target=swinger)] + [threading.Thread(target=swing_reader) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("swing problems", problems[:5])

# Items taken out of a shared list stay valid for whoever holds them.
popped = []
grow = []


def grower():
    for i in range(20_000):
        grow.append(str(i))


def popper():
    got = 0
    while got < 10_000:
        try:
            popped.append(grow.pop())
            got += 1
        except IndexError:
            pass


ts = [threading.Thread(target=grower), threading.Thread(target=popper)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("grown and popped", len(grow) + len(popped), len(set(grow) | set(popped)))
print("popped are strs", all(type(s) is str and s.isdigit() for s in popped))

# A list dropped by its last holder is freed with its items (counts are exact again).
token = object()
holder = [[token] * 1000]
before = sys.getrefcount(token)


def drop_it():
    for x in holder[0]:
        pass
    holder.clear()


t = threading.Thread(target=drop_it)
t.start()
t.join()
print("references back", before - sys.getrefcount(token))

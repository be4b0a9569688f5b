# Many threads mutating one shared list, dict and set: nothing is lost or corrupted.
import threading

shared_list = []
shared_dict = {}
shared_set = set()
counter = {"n": 0}
lock = threading.Lock()


def worker(t):
    for i in range(5000):
        shared_list.append(i)
        shared_dict[(t, i)] = i
        shared_set.add(t * 100000 + i)
        with lock:
            counter["n"] += 1
    for i in range(0, 5000, 2):
        del shared_dict[(t, i)]
        shared_set.discard(t * 100000 + i)


threads = [threading.Thread(target=worker, args=(t,)) for t in range(8)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(len(shared_list), sum(shared_list), len(shared_dict), len(shared_set), counter["n"])
print(sorted(shared_dict.items())[:3], min(shared_set), max(shared_set))
popped = []
def popper():
    while True:
        try:
            popped.append(shared_list.pop())
        except IndexError:
            return
ps = [threading.Thread(target=popper) for _ in range(4)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(len(popped), sum(popped), shared_list)

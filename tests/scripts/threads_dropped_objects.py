# Objects made by one thread and dropped by another are freed when the last reference goes:
# by the time join() returns, everything the thread let go of has been freed, however many
# times the thread took and dropped references first. (Freeing is observed through the
# reference count of an object every tracked object refers to.)
import sys
import threading


class Holder:
    def __init__(self, marker):
        self.marker = marker


def use_and_drop(box):
    # Take and drop references to objects the main thread made, many times over.
    items = box.pop()
    for _ in range(1000):
        for it in items:
            x = it
            y = [x, x]
            del x, y
    del items


def main():
    marker = ["marker"]
    base = sys.getrefcount(marker)
    box = [[Holder(marker) for i in range(300)]]
    print("held:", sys.getrefcount(marker) - base)
    t = threading.Thread(target=use_and_drop, args=(box,))
    t.start()
    t.join()
    print("held after join:", sys.getrefcount(marker) - base)

    # A reference count seen from another thread stays exact while that thread uses it.
    shared = Holder(marker)
    counts = []

    def count_refs():
        for _ in range(500):
            z = shared
            counts.append(sys.getrefcount(shared))
            del z

    t = threading.Thread(target=count_refs)
    t.start()
    t.join()
    print("refcount stable:", len(set(counts)) == 1)
    base = sys.getrefcount(shared)
    holder = [shared] * 10
    print("ten more:", sys.getrefcount(shared) - base)
    del holder
    print("back:", sys.getrefcount(shared) - base)


main()

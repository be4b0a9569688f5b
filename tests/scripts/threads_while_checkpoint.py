# A loop whose only backward jump is the `while` test at its bottom is still a check
# point: in the GIL build a thread spinning on a flag lets the thread that sets it run
# (and in the free-threaded build nothing waits at all).
import threading
import time

done = False
spins = 0


def spin():
    global spins
    while not done:
        spins += 1


def spin_compare(limit):
    n = 0
    while n < limit and not done:
        n += 1


t = threading.Thread(target=spin)
t.start()
time.sleep(0.02)
done = True
t.join()
print("spinner stopped", spins > 0)

done = False
t = threading.Thread(target=spin_compare, args=(10**12,))
t.start()
time.sleep(0.02)
done = True
t.join()
print("comparing spinner stopped")

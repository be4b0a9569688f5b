# I/O-bound: every task sleeps 10 ms (time.sleep) and then reads a few files with
# open()/read(). Threads overlap their waits in both builds, since sleeping and reading
# release the GIL; the wall time should fall with the thread count, the CPU time stay flat.
import os
import time

from _harness import checksum, run, tmpdir

NFILES = 8
FILE_SIZE = 32 * 1024
paths = []
for k in range(NFILES):
    path = os.path.join(tmpdir(), f"pyrite_io_sleep_{os.getpid()}_{k}.bin")
    with open(path, "wb") as f:
        f.write(bytes((k * 31 + j) & 0xFF for j in range(256)) * (FILE_SIZE // 256))
    paths.append(path)


def work(start, stop):
    nbytes = 0
    total = 0
    for i in range(start, stop):
        time.sleep(0.01)
        for k in range(4):
            with open(paths[(i + k) % NFILES], "rb") as f:
                data = f.read()
            nbytes += len(data)
            total += data[i % len(data)] + data[-1 - (i % 251)]
    return nbytes, total


try:
    parts = run(work, 50)
finally:
    for path in paths:
        os.remove(path)
checksum(sum(p[0] for p in parts), sum(p[1] for p in parts))

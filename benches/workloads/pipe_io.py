# Pipe I/O: THREADS writer threads each stream their share of fixed-size messages through
# their own os.pipe() to a reader thread, which reads with os.read() until EOF and sums the
# bytes. Readers block on empty pipes and writers on full ones, with the GIL released.
#
# Where os.pipe is missing (older Pyrite), each pair uses a queue.Queue of byte chunks instead
# and says so on stderr; the checksum is the same, the timing is not comparable.
import os
import sys
import threading

from _harness import checksum, shares, size, threads

MSG = 4096
N = size(8_000)
T = max(1, threads())
PAYLOADS = [bytes((p * 37 + j) & 0xFF for j in range(256)) * (MSG // 256) for p in range(16)]
HAVE_PIPE = hasattr(os, "pipe")
if not HAVE_PIPE:
    print("pipe_io: os.pipe is missing; using queue.Queue instead", file=sys.stderr)
    import queue
results = [None] * T


def writer(channel, start, stop):
    if HAVE_PIPE:
        fd = channel
        for i in range(start, stop):
            data = PAYLOADS[i % 16]
            while data:
                data = data[os.write(fd, data):]
        os.close(fd)
    else:
        for i in range(start, stop):
            channel.put(PAYLOADS[i % 16])
        channel.put(b"")


def reader(k, channel):
    nbytes = 0
    total = 0
    while True:
        chunk = os.read(channel, 65536) if HAVE_PIPE else channel.get()
        if not chunk:
            break
        nbytes += len(chunk)
        total += sum(chunk)
    if HAVE_PIPE:
        os.close(channel)
    results[k] = (nbytes, total)


ts = []
for k, (start, stop) in enumerate(shares(N, T)):
    if HAVE_PIPE:
        r, w = os.pipe()
    else:
        r = w = queue.Queue(maxsize=16)
    ts.append(threading.Thread(target=reader, args=(k, r)))
    ts.append(threading.Thread(target=writer, args=(w, start, stop)))
for t in ts:
    t.start()
for t in ts:
    t.join()
checksum(sum(r[0] for r in results), sum(r[1] for r in results))

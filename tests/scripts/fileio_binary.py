# Binary file I/O: bytes round trip, tell/seek, partial reads, wb/rb/ab.
import os
NAME = "_tmp_fileio_binary.bin"
data = bytes(range(256))
with open(NAME, "wb") as f:
    print(f.write(data), f.tell())
with open(NAME, "rb") as f:
    back = f.read()
print(back == data, len(back), type(back).__name__, back[:4], back[-4:])
with open(NAME, "rb") as f:
    print(f.tell(), f.read(3), f.tell())
    f.seek(100)
    print(f.read(2), f.tell())
    f.seek(-2, 2)
    print(f.read(), f.tell())
    f.seek(10)
    f.seek(5, 1)
    print(f.tell(), f.read(1))
    f.seek(0)
    print(f.read(0), f.read(1), f.tell())
    f.seek(1000)
    print(f.read(), f.tell())
with open(NAME, "ab") as f:
    f.write(b"\xff\x00END")
with open(NAME, "rb") as f:
    content = f.read()
print(len(content), content[-5:])
with open(NAME, "wb") as f:
    f.write(b"line1\nline2\r\nline3")
with open(NAME, "rb") as f:
    print(f.readline(), f.readline(), f.readline(), f.readline())
with open(NAME, "rb") as f:
    print(list(f))
with open(NAME, "rb") as f:
    print(f.readlines())
with open(NAME, "r+b") as f:
    f.seek(4)
    f.write(b"X")
    f.seek(0)
    print(f.read())
ba = bytearray()
with open(NAME, "rb") as f:
    while True:
        chunk = f.read(4)
        if not chunk:
            break
        ba.extend(chunk)
        print(chunk, end=" ")
print()
print(bytes(ba))
records = [(1, 300), (2, 65535), (3, 7)]
with open(NAME, "wb") as f:
    for rid, value in records:
        f.write(rid.to_bytes(1, "big") + value.to_bytes(2, "little"))
with open(NAME, "rb") as f:
    raw = f.read()
print(raw, len(raw))
parsed = [(raw[i], int.from_bytes(raw[i + 1:i + 3], "little")) for i in range(0, len(raw), 3)]
print(parsed, parsed == records)
with open(NAME, "wb") as f:
    f.write("ünïcödé".encode("utf-8"))
with open(NAME, "rb") as f:
    print(f.read().decode("utf-8"))
with open(NAME, encoding="utf-8") as f:
    print(f.read())
try:
    with open(NAME, "wb") as f:
        f.write("text not bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    with open(NAME, "w") as f:
        f.write(b"bytes not text")
except TypeError as e:
    print("TypeError:", e)
os.remove(NAME)
print(os.path.exists(NAME))

# bytearray mutation.
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[-1], ba[1:3])
ba[0] = 72
print(ba)
ba.append(33)
print(ba)
ba.extend(b" world")
ba.extend([33, 33])
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 74)
print(ba)
ba.remove(ord("o"))
print(ba)
ba[1:3] = b"EE"
print(ba)
ba[0:1] = b"XYZ"
print(ba)
ba[-3:] = b""
print(ba)
del ba[0]
print(ba)
del ba[::2]
print(ba)
ba += b"++"
print(ba)
ba *= 2
print(ba)
ba.reverse()
print(ba)
ba.clear()
print(ba, len(ba), bool(ba))
buf = bytearray()
for i in range(5):
    buf.append(65 + i)
print(buf, bytes(buf), buf.decode(), buf.hex(), bytearray.fromhex("41 42"))
buf[::2] = b"xyz"
print(buf)
try:
    buf[0] = 256
except ValueError as e:
    print("ValueError:", e)
try:
    buf.append(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError:", e)
copy = buf.copy()
copy[0] = ord("!")
print(buf, copy, buf == copy, buf.upper(), buf.find(b"z"), buf.count(b"B"))
print(bytearray(b"a,b").split(b","), bytearray(b"  s  ").strip(), bytearray(b"abc").replace(b"b", b"BB"))
print(bytearray(4), bytearray([1, 2, 3]), bytearray(range(3)), bytearray("é", "utf-8"), bytearray(b"\x00\xff"))
data = bytearray(b"\x00" * 8)
for i in range(8):
    data[i] = (i * 37) & 0xFF
print(data, list(data), sum(data))
checksum = 0
for byte in data:
    checksum = (checksum + byte) % 256
print(checksum, data.startswith(b"\x00%"), bytes(data[2:4]))
ba2 = bytearray(b"abc")
ba2[1:2] = [120, 121, 122]
print(ba2, ba2.index(b"z"), ba2.rfind(b"c"), 120 in ba2, b"yz" in ba2)
print(type(ba2[0]).__name__, type(ba2[0:1]).__name__, type(ba2 + b"x").__name__, type(b"x" + ba2).__name__)

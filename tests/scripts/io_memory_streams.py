# io.StringIO and io.BytesIO, checked against CPython: writing, reading, seeking,
# truncating, newline handling, iteration, errors; and the io names for file classes.
import io
import sys

s = io.StringIO()
print(s.write("hello\n"), s.write("world"), s.tell())
print(print("printed", 42, file=s), repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(2)
s.write("XY")
print(repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell(), s.seek(0), s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(8)
s.write("!")
print(repr(s.getvalue()))
print(list(io.StringIO("a\nb\nc")), io.StringIO("a\nb\n").readlines())
print(io.StringIO("line1\nline2\nline3\n").readlines(7))
print(repr(io.StringIO("abc\ndef").readline(2)), repr(io.StringIO("x").read(None)))
with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
for op in (c.read, c.getvalue, lambda: c.write("x"), c.tell, c.readable):
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
s = io.StringIO("init")
print(s.tell(), s.read(), repr(io.StringIO(None).getvalue()))
s.writelines(["a", "b", "c"])
print(s.getvalue(), s.readable(), s.writable(), s.seekable(), s.isatty())
for bad in (lambda: s.write(5), lambda: io.StringIO(5), lambda: io.StringIO(newline=5),
            lambda: s.seek(1.5), lambda: s.read("x")):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
for bad in (lambda: io.StringIO(newline="x"), lambda: s.seek(-1), lambda: s.seek(0, 5),
            lambda: s.truncate(-2)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    s.seek(1, 1)
except OSError as e:
    print("OSError:", e)
try:
    s.fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e, isinstance(e, OSError), isinstance(e, ValueError))
print(s.encoding, s.errors, s.line_buffering)

# Newline translation.
for nl in (None, "", "\n", "\r", "\r\n"):
    t = io.StringIO(newline=nl)
    t.write("a\nb\r\nc\rd")
    t.seek(0)
    print(repr(nl), repr(t.getvalue()), [t.readline() for _ in range(5)])
print(repr(io.StringIO("x\r\ny", newline=None).getvalue()))

# Many small writes stay fast and exact.
big = io.StringIO()
for i in range(20000):
    big.write("%d," % i)
print(len(big.getvalue()), big.getvalue()[-12:])

b = io.BytesIO(b"abc\ndef\n")
print(b.read(2), b.readline(), b.tell(), b.read(), b.read())
print(b.write(b"XYZ"), b.write(bytearray(b"12")), b.getvalue())
b.seek(-2, 2)
print(b.read(), b.seek(2), b.seek(1, 1), b.tell(), b.read(1))
b.seek(20)
b.write(b"!")
print(b.getvalue(), len(b.getvalue()))
print(list(io.BytesIO(b"x\ny\n")), io.BytesIO(b"q\nr").readlines(), io.BytesIO().getvalue())
buf = bytearray(4)
r = io.BytesIO(b"hi")
print(r.readinto(buf), buf, r.read1(5))
print(io.BytesIO(b"abcdef").truncate(3), io.BytesIO(b"x").seekable())
for bad in (lambda: io.BytesIO().write("str"), lambda: io.BytesIO().write(3)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
for bad in (lambda: io.BytesIO().seek(-1), lambda: io.BytesIO().seek(0, 3)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.IOBase),
      isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase),
      isinstance(io.StringIO(), io.BufferedIOBase), isinstance(5, io.IOBase))
print(io.open is open, type(sys.stdout) is io.TextIOWrapper, io.SEEK_SET, io.SEEK_CUR,
      io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(type(io.StringIO()).__module__, type(io.StringIO()).__name__, repr(sys.stdout))
with open("_tmp_io_test.bin", "wb") as f:
    print(type(f) is io.BufferedWriter, repr(f))
with open("_tmp_io_test.bin", "rb") as f:
    print(type(f) is io.BufferedReader)
import os
os.remove("_tmp_io_test.bin")

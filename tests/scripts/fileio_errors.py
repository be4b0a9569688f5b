# File errors and edge cases.
import os
try:
    open("nope.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
    print(e.errno, e.strerror, e.filename, isinstance(e, OSError))
try:
    with open("nope.txt", "rb") as f:
        pass
except OSError as e:
    print(type(e).__name__, "caught as OSError:", e)
try:
    open("no_such_dir/file.txt", "w")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    open("mypkg")
except IsADirectoryError as e:
    print("IsADirectoryError:", e)
try:
    open("x.txt", "invalid-mode")
except ValueError as e:
    print("ValueError:", e)
try:
    open("x.txt", "rw")
except ValueError as e:
    print("ValueError:", e)
NAME = "_tmp_fileio_errors.txt"
def write_then_fail():
    with open(NAME, "w") as f:
        f.write("partial data\n")
        raise RuntimeError("failure mid-write")
try:
    write_then_fail()
except RuntimeError as e:
    print("RuntimeError:", e)
with open(NAME) as f:
    print("file still flushed and closed properly:", repr(f.read()))
def read_config(path):
    try:
        with open(path) as f:
            return dict(line.strip().split("=", 1) for line in f if "=" in line)
    except FileNotFoundError:
        return {"default": "config"}
with open(NAME, "w") as f:
    f.write("host=localhost\nport=8080\n# comment\nname=pyrite=fast\n")
print(read_config(NAME), read_config("missing.cfg"))
f = open(NAME)
f.close()
f.close()
for op in [lambda: f.read(), lambda: f.readline(), lambda: list(f)]:
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
with open(NAME, "w") as f:
    pass
try:
    f.write("after close")
except ValueError as e:
    print("ValueError:", e)
with open(NAME, "wb") as f:
    f.write(b"\xff\xfe invalid utf-8")
try:
    with open(NAME, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
with open(NAME, encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
os.remove(NAME)
try:
    os.remove(NAME)
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
print(os.path.exists(NAME))

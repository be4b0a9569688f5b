# Text file I/O: modes w/r/a/r+, read/readline/readlines/write/writelines, iteration, encoding.
import os
NAME = "_tmp_fileio_text.txt"
with open(NAME, "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    f.writelines(["third\n", "fourth\n"])
    print("write returned", n, "closed inside:", f.closed)
print("closed after with:", f.closed)
with open(NAME) as f:
    print(repr(f.read()))
with open(NAME, "r") as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(NAME) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
with open(NAME) as f:
    print([line.strip() for line in f if "i" in line])
with open(NAME) as f:
    print(repr(f.read(5)), repr(f.read(6)), repr(f.readline(3)), repr(f.readline()))
with open(NAME, "a") as f:
    f.write("appended\n")
    print("appended", file=f)
    print("a", "b", sep="-", end="!\n", file=f)
with open(NAME) as f:
    lines = f.read().splitlines()
print(len(lines), lines[-3:])
with open(NAME, "w") as f:
    f.write("overwritten")
with open(NAME) as f:
    print(repr(f.read()))
with open(NAME, "r+") as f:
    print(repr(f.read(4)))
    f.seek(0)
    f.write("OVER")
    f.seek(0)
    print(repr(f.read()))
text = "héllo wörld — ελληνικά — 日本語 — 🐍\n"
with open(NAME, "w", encoding="utf-8") as f:
    f.write(text)
with open(NAME, encoding="utf-8") as f:
    back = f.read()
print(back == text, len(back), back.strip())
with open(NAME, "rb") as f:
    raw = f.read()
print(len(raw), raw[:8], raw.decode("utf-8") == text)
with open(NAME, "w", newline="") as f:
    f.write("a\r\nb\rc\n")
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME) as f:
    print(repr(f.read()))
with open(NAME, newline="") as f:
    print(repr(f.read()))
with open(NAME, "w") as f:
    f.write("x\ny\n")
with open(NAME, "rb") as f:
    print(f.read())
f = open(NAME)
print(f.closed, f.readline().strip(), f.name)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
with open(NAME, "w") as f:
    for i in range(5):
        print(f"row {i}: {i * i}", file=f)
with open(NAME) as f:
    total = 0
    for line in f:
        total += int(line.split(":")[1])
print("sum of squares from file:", total)
with open(NAME, "w") as f:
    f.write("")
with open(NAME) as f:
    print(repr(f.read()), f.readlines(), repr(f.readline()))
with open(NAME, "w") as out, open(NAME) as inp:
    out.write("both open")
    out.flush()
    print(repr(inp.read()))
with open(NAME, "w") as f:
    f.write("no trailing newline")
with open(NAME) as f:
    print(f.readlines())
try:
    with open(NAME) as f:
        f.write("nope")
except Exception as e:
    print(type(e).__name__ + ":", e)
os.remove(NAME)
print(os.path.exists(NAME))

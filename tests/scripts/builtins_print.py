# print() with sep/end/file/flush, and str() of many objects.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="-", end="!\n")
print(1, 2.5, None, True, [1, "two"], (3,), {"k": "v"}, {7}, sep=" | ")
print(*range(5))
print(*"abc", sep="/")
print(*[], sep="ignored")
print("multi\nline", "text")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("sep None", "end None", sep=None, end=None)
print(end="")
print("", end="\n\n")
print("after blank")
print("tab\tsep", 1, sep="\t")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
class Obj:
    def __str__(self):
        return "Obj-str"
    def __repr__(self):
        return "Obj-repr"
print(Obj(), [Obj()], (Obj(),), {"k": Obj()}, str(Obj()), repr(Obj()))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
r = sys.stdout.write("written via sys.stdout.write\n")
print(r)
sys.stdout.write("a" + "b" + "\n")
print("unicode: αβγ → ✓ 🐍")
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
print("%d%%" % 50, "{}".format(None), sep="")
lines = ["first", "second", "third"]
print("\n".join(lines))
print(*lines, sep="\n")
print([print("inner")])
print(print)
print(len, type(len).__name__)
print(None)
print(-0.0, 1e-300 * 1e-300, 10 ** 21, 1.0 * 10 ** 21)

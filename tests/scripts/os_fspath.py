# os.fspath (PEP 519), os.path.normcase, and sys.path[0] as the script's absolute directory.
import os, sys
class P:
    def __fspath__(self): return "/x/y"
class Bad:
    def __fspath__(self): return 3
print(os.fspath("a"), os.fspath(b"b"), os.fspath(P()), os.path.normcase("AbC"), os.path.normcase(P()))
for v in (3, Bad()):
    try: os.fspath(v)
    except TypeError as e: print(e)
print(os.path.isabs(sys.path[0]), sys.path[0] == os.path.dirname(os.path.abspath(__file__)))

# os.PathLike: an ABC every class with __fspath__ belongs to (None opts out).
class WithPath:
    def __fspath__(self):
        return "/with/path"


class OptedOut:
    __fspath__ = None


print(isinstance(WithPath(), os.PathLike), issubclass(str, os.PathLike))
print(issubclass(OptedOut, os.PathLike), os.PathLike.__module__, os.PathLike[str])
try:
    os.PathLike()
except TypeError as e:
    print("TypeError:", e)

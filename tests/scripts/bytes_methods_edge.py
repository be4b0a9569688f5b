# bytes/bytearray methods: edge cases checked against CPython 3.11.
def show(f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(repr(r))

b = b"abcabcab"
for args in [(b"ab",), (b"ab", 1), (b"ab", 1, 4), (b"ab", -3), (b"", 0), (b"", 8), (b"", 9), (b"", 5, 3), (97,), (99, 3, -1), (b"zz",)]:
    show(lambda: (b.find(*args), b.rfind(*args), b.count(*args)))
    show(lambda: b.index(*args))
    show(lambda: b.rindex(*args))
show(lambda: b.find("a"))
show(lambda: b.find(256))
show(lambda: b.find(b"a", "x"))
show(lambda: b.count())
show(lambda: b.find(b"a", None, None))
show(lambda: b.find(b"a", 2**70))
for args in [(b"abc",), (b"bca", 1), (b"", 8), (b"", 9), ((b"x", b"ab"),), (b"ab", -2), (b"ab", 0, 1), (b"b", 1, 2)]:
    show(lambda: (b.startswith(*args), b.endswith(*args)))
show(lambda: b.startswith("a"))
show(lambda: b.startswith(("a",)))
show(lambda: b.endswith([b"a"]))
# split family
for s in [b"", b"   ", b" a  b\tc\n", b"a,b,,c,", b",a,"]:
    show(lambda: (s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(b","), s.rsplit(b",", 1), s.split(b",", 0), s.split(maxsplit=1)))
show(lambda: b"a".split(b""))
show(lambda: b"a b".split(sep=b" ", maxsplit=-5))
show(lambda: b"a b".split(" "))
show(lambda: bytearray(b"a b c").rsplit(None, 1))
for s in [b"", b"a\nb\r\nc\rd", b"a\n\n", b"\r\n", b"x\r"]:
    show(lambda: (s.splitlines(), s.splitlines(True), s.splitlines(keepends=True)))
show(lambda: b"-".join([b"a", bytearray(b"b"), b""]))
show(lambda: b"-".join([b"a", "b"]))
show(lambda: bytearray(b", ").join((b"x", b"y")))
show(lambda: b"".join(iter([b"p", b"q"])))
# strip
for s in [b"", b"  x ", b"\t\n\x0b\x0cx\r ", b"xxaxx"]:
    show(lambda: (s.strip(), s.lstrip(), s.rstrip(), s.strip(b"x"), s.strip(None), s.rstrip(bytearray(b" x"))))
show(lambda: b"x".strip("x"))
# replace
for args in [(b"a", b"X"), (b"a", b"X", 1), (b"", b"-"), (b"", b"-", 3), (b"", b""), (b"ab", b""), (b"abc", b"abcd", 0), (b"zz", b"y"), (b"a", b"X", -1)]:
    show(lambda: b"abcabc".replace(*args))
show(lambda: b"".replace(b"", b"x"))
show(lambda: b"a".replace("a", b"b"))
# case
for s in [b"", b"hello World 123", b"HELLO", b"hello", b"Hello World", b"Hello world", b"123", b"a1B2", b"\xe9A", b" ", b"\t\n", b"They're Bill's", b"A"]:
    show(lambda: (s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize()))
    show(lambda: (s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isascii()))
# padding
for w in [-1, 0, 3, 6, 7, 8]:
    show(lambda: (b"abc".center(w), b"abc".center(w, b"*"), b"ab".center(w, b"*"), b"abc".ljust(w, b"."), b"abc".rjust(w), b"-42".zfill(w), b"+4".zfill(w), b"42".zfill(w), b"".zfill(w)))
show(lambda: b"a".center(5, b"**"))
show(lambda: b"a".center(5, "*"))
show(lambda: b"a".center("5"))
show(lambda: bytearray(b"7").zfill(3))
# partition
for sep in [b"b", b"z", b"ab", b"c"]:
    show(lambda: (b"abcab".partition(sep), b"abcab".rpartition(sep)))
show(lambda: b"a".partition(b""))
show(lambda: bytearray(b"a=b").partition(b"="))
show(lambda: bytearray(b"ab").rpartition(b"z"))
# affixes, tabs, translate
show(lambda: (b"abcabc".removeprefix(b"abc"), b"abc".removeprefix(b"x"), b"abc".removesuffix(b"bc"), b"abc".removesuffix(b""), bytearray(b"xy").removeprefix(b"x")))
show(lambda: b"a".removeprefix("a"))
for s in [b"a\tb", b"\t", b"ab\tc\nd\te", b"abcdefgh\tx", b"a\r\tb"]:
    show(lambda: (s.expandtabs(), s.expandtabs(4), s.expandtabs(0), s.expandtabs(-1), s.expandtabs(tabsize=2)))
t = bytes.maketrans(b"abc", b"xyz")
show(lambda: (len(t), t[96:101], b"aabbcc".translate(t), b"aabbcc".translate(t, b"b"), b"abc".translate(None, b"ac"), b"abc".translate(None), bytearray(b"abc").translate(t, delete=b"a")))
show(lambda: b"a".translate(b"x"))
show(lambda: bytes.maketrans(b"a", b"bc"))
show(lambda: bytearray.maketrans(b"a", b"b")[97])
# hex / fromhex
show(lambda: (b"\x01\x02\x03\x04\x05".hex(":", 2), b"\x01\x02\x03\x04\x05".hex(":", -2), b"\x01\x02\x03".hex(b"-"), b"\x01\x02\x03".hex("-", 0), b"".hex(":"), b"\xff".hex(" ", 3), bytearray(b"\xab\xcd").hex(sep="_")))
show(lambda: b"ab".hex("::"))
show(lambda: b"ab".hex("é"))
show(lambda: b"ab".hex(5))
for h in ["", " ", "0a", " 0a  ff ", "0a0", "0 a", "zz", "\t01\n", "1", "0A0b", "0a é"]:
    show(lambda: bytes.fromhex(h))
show(lambda: bytes.fromhex(b"00"))
show(lambda: bytearray.fromhex("01 02"))
class B(bytes): pass
class BA(bytearray): pass
show(lambda: (type(B.fromhex("00")).__name__, type(BA.fromhex("00")).__name__, B.fromhex("4142")))
show(lambda: (type(B(b"ab").upper()).__name__, type(BA(b"ab").upper()).__name__, type(BA(b"ab")[:1]).__name__, type(B(b"x") + b"y").__name__))
# % formatting
for fmt, args in [
    (b"%s", b"x"), (b"%s", (b"x",)), (b"%b", bytearray(b"y")), (b"%5s|%-5s|", (b"ab", b"cd")), (b"%.1s", b"xyz"),
    (b"%d %i %u", (1, -2, 3)), (b"%x %X %o %#x %#o", (255, 255, 8, 255, 8)), (b"%05d|%+d|% d|%-4d|", (42, 42, 42, 42)),
    (b"%d", 2**70), (b"%d", 3.9), (b"%x", 3.9), (b"%d", "s"), (b"%s", "str"), (b"%s", 5), (b"%r", "é"), (b"%a", b"x"),
    (b"%c", 65), (b"%c", b"Z"), (b"%c", 256), (b"%c", b"ab"), (b"%c", "a"),
    (b"%f %e %g %.2f %10.3f", (1.5, 1.5, 1.5, 2.345, -1.0)), (b"%f", 3), (b"%f", "x"),
    (b"%(a)s-%(b)d", {b"a": b"A", b"b": 2}), (b"%(a)s", {"a": 1}), (b"%(a)s", (1,)), (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")),
    (b"%*d|%-*d|%.*f", (5, 1, 4, 2, 2, 3.14159)), (b"%*d", ("x", 1)), (b"100%%", ()), (b"%q", 1), (b"%", ()), (b"abc", ()), (b"abc", 5), (b"abc", {}),
    (b"%s", [1]), (b"\xff%s\xfe", b"\x80"),
]:
    show(lambda: fmt % args)
show(lambda: bytearray(b"%d") % 5)
show(lambda: b"%s" % bytearray(b"q"))
class HasBytes:
    def __bytes__(self): return b"HB"
show(lambda: b"<%s>" % HasBytes())
class BadBytes:
    def __bytes__(self): return "no"
show(lambda: b"<%s>" % BadBytes())
# operators
show(lambda: b"a" + bytearray(b"b"))
show(lambda: bytearray(b"a") + b"b")
show(lambda: b"a" * "2")
show(lambda: b"a" + 1)
show(lambda: bytearray(b"a") + "s")
show(lambda: [b"ab" * 0, b"ab" * -1, 3 * bytearray(b"x")])
show(lambda: "a" in b"abc")
show(lambda: 300 in b"abc")
show(lambda: (b"bc" in bytearray(b"abc"), 98 in bytearray(b"abc"), bytearray(b"") in b""))
show(lambda: b"abc" < bytearray(b"abd"))
show(lambda: bytes(B(b"xy")).__bytes__())
# decode errors
for data, enc, err in [(b"\xe2\x82", "utf-8", "strict"), (b"\xe2", "utf-8", "strict"), (b"a\xe2\x82b", "utf-8", "strict"), (b"\xed\xa0\x80", "utf-8", "strict"), (b"\xc0\x80", "utf-8", "strict"), (b"a\xffb\xe2\x82", "utf-8", "replace"), (b"a\xffb\xe2\x82", "utf-8", "ignore"), (b"a\xffb", "utf-8", "backslashreplace"), (b"\x80", "ascii", "strict"), (b"\x80abc", "ascii", "replace"), (b"\xe9", "latin-1", "strict")]:
    show(lambda: data.decode(enc, err))
show(lambda: b"abc".decode(encoding="ascii"))

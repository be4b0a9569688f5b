# Bytes literals and their repr, then bytes methods.
print(b"hello", b'single', b"""triple""", rb"raw\n", br"\d")
print(b"\x00\x01\x7f\x80\xff", b"\n\t\r\\", b"'", b'"', b"'\"")
print(b"it's", b'say "hi"', b"both ' and \"")
print(len(b"\x00\xff"), b"abc"[0], b"abc"[-1], b"abc"[1:], list(b"AZ"))
print(bytes(5), bytes([65, 66, 67]), bytes(range(250, 256)), bytes("é", "utf-8"))
print(bytes(b"copy"), bytes(bytearray(b"ba")), b"a" b"b" b"c")
print(repr(bytes(range(32))))
print(repr(bytes(range(120, 140))))
print(b"abc" == b"abc", b"abc" < b"abd", b"" < b"\x00", b"a" in b"cat", 97 in b"cat")
print(b"%d-%s-%x" % (5, b"x", 255), b"%5.2f" % 3.14159, b"%c%c" % (65, b"B"))
print(type(b"").__name__, bytes.__name__)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
print(str(b"xy"), b"\xe2\x82\xac".decode("utf-8"), "€".encode())
print(bytearray(b"abc"), bytearray(3), bytearray([1, 2]), bytearray("hé", "utf-8"))
print(b"x" * 3, 2 * b"yz", b"ab" + b"cd")
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"])
# bytes methods.
b = b"Hello, World"
print(b[0], b[-1], b[0:5], b[::-1], b[::2], list(b[:3]), len(b))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b.isalpha(), b"123".isdigit())
print(b.find(b"o"), b.rfind(b"o"), b.find(111), b.index(b"World"), b.count(b"l"), b.find(b"zz"))
print(b.split(b", "), b.split(), b"a,b,,c".split(b","), b"  x  y ".split(), b"a b c".rsplit(None, 1))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b.startswith(b"Hell"), b.endswith((b"x", b"ld")))
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"  left".lstrip(), b"right  ".rstrip(), b"ab".center(6, b"*"))
print(b", ".join([b"a", b"b", b"c"]), b"".join([b"x", bytearray(b"y")]), b"-".join([]))
print(b.hex(), b"\x00\xff\x10".hex(), b"\xde\xad\xbe\xef".hex(":"), bytes.fromhex("de ad be ef"), bytes.fromhex("00ff"))
print(b.decode(), b.decode("ascii"), b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), len(b"caf\xc3\xa9".decode()))
print(b.partition(b", "), b.rpartition(b"o"), b"line1\nline2\r\n".splitlines(), b"a\nb".splitlines(True))
print(b"abc" + b"def", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"abc" < b"abd", b"abc" == bytearray(b"abc"))
print(b"42".zfill(5), b"ab".ljust(5, b"."), b"ab".rjust(5), b"a\tb".expandtabs(4), b"hello world".istitle())
print(b"%s=%d" % (b"x", 5), bytes(3), bytes([1, 2, 255]), bytes(range(65, 70)), bytes("abc", "ascii"))
print(b"\x00\x01abc\x7f\x80\xfe\n\r\t'\"\\", repr(b"'"), repr(b"\"'"))
print(list(b"\x00\x7f\x80\xff"), [hex(x) for x in b"AZ"], sum(b"\x01\x02\x03"), max(b"hello"))
print(b"abcabc".removeprefix(b"abc"), b"abcabc".removesuffix(b"bc"), b"a-b-c".translate(None, b"-"))
print(b"mississippi".count(b"ss"), b"mississippi".index(b"ss", 3), b"ABC".isupper(), b" \t".isspace(), b"a1".isalnum())
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError:", e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(bytes.maketrans(b"ab", b"AB")[97:99], b"abcab".translate(bytes.maketrans(b"ab", b"AB")))
print(hash(b"abc") == hash(b"abc"), {b"key": 1}, bytes(b"x") == b"x", type(b[0]).__name__, type(b[0:1]).__name__)
for i, byte in enumerate(b"hi!"):
    print(i, byte, chr(byte), end=" | ")
print()
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(2, "little"), bytes(reversed(b"abc")))
print(b"".join(bytes([c]) for c in range(97, 100)))

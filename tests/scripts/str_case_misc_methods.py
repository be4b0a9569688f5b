# str case conversion and predicates; then padding, expandtabs, encode, format_map, translate, removeprefix.
words = ["hello world", "HELLO", "Hello World", "hELLO wORLD", "it's o'neil", "3rd place", "ÉCOLE straße"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("straße".upper(), "ß".casefold(), "İ".lower().encode("utf-8"), "ﬁ".upper())
samples = ["123", "12.3", "", "abc", "abc123", "ABC", "Abc", "   ", " \t\n", "Title Case", "Not title", "½", "²", "٣", "x_1", "1x", "_", "class", "MiXeD", "日本"]
for t in samples:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(), t.isspace(),
          t.isupper(), t.islower(), t.istitle(), t.isidentifier(), t.isascii(), t.isprintable())
print("\x00".isprintable(), "\n".isprintable(), "é".isascii(), "A1!".isupper(), "a1!".islower(), "1!".isupper())
print("hello"[0].upper() + "hello"[1:], "HELLO".lower().capitalize(), "mIxEd".swapcase().swapcase())
print("don't stop".title(), "they're bill's friends".title(), "abc-def ghi_jkl".title())
print("o'NEIL mcDONALD".capitalize(), "123abc".capitalize(), "ABC DEF".istitle(), "Abc Def".istitle())
print(sorted(["banana", "Apple", "cherry", "apple"]), sorted(["banana", "Apple", "cherry", "apple"], key=str.lower))
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
def classify(ch):
    if ch.isdigit():
        return "digit"
    if ch.isalpha():
        return "upper" if ch.isupper() else "lower" if ch.islower() else "alpha"
    if ch.isspace():
        return "space"
    return "other"
print([classify(c) for c in "aZ9 _é\t中!"])
counts = {}
for c in "Hello, World! 123":
    k = classify(c)
    counts[k] = counts.get(k, 0) + 1
print(counts)
print([w for w in "Alpha beta Gamma DELTA epsilon".split() if w[0].isupper()])
print([s.isidentifier() for s in ["valid_name", "2bad", "_ok", "with space", "ünïcode", "a-b", ""]])
def snake_to_camel(name):
    first, *rest = name.split("_")
    return first + "".join(p.capitalize() for p in rest)
def camel_to_snake(name):
    out = []
    for c in name:
        if c.isupper():
            out.append("_" + c.lower())
        else:
            out.append(c)
    return "".join(out).lstrip("_")
print(snake_to_camel("get_http_response_code"), camel_to_snake("getHttpResponseCode"), camel_to_snake("XMLParser"))
print("Python".upper().lower().title(), "python".islower(), "PYTHON".isupper(), "PyThOn".swapcase())
print("ǅ".istitle(), "ǅ".isupper(), "ǅ".islower(), "Σ".lower(), "ΟΔΟΣ".lower(), "ﬀ".upper())
# str padding, zfill, expandtabs, encode/decode, format_map, maketrans/translate, removeprefix/suffix.
for w in ["ab", "abc", "", "longer than width"]:
    print("[" + w.center(9) + "]", "[" + w.center(9, "*") + "]", "[" + w.ljust(6, ".") + "]", "[" + w.rjust(6) + "]")
print("abc".center(6, "-"), "abc".center(4, "-"), "ab".center(5, "-"), "ab".center(7, "-"))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "12345".zfill(3), "".zfill(2), "-".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tbb\tccc".expandtabs(4)), repr("\t".expandtabs(2)), repr("ab\ncd\te".expandtabs(3)))
s = "héllo wörld €"
b = s.encode("utf-8")
print(b, len(s), len(b), b.decode("utf-8") == s, s.encode())
print("abc".encode("ascii"), "é".encode("latin-1"), b"\xe9".decode("latin-1"))
print(s.encode("ascii", errors="replace"), s.encode("ascii", "ignore"), b"\xff\xfeA".decode("utf-8", "replace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("{name} is {age}".format_map({"name": "Ann", "age": 7}), "{0}{1}{0}".format("ab", "cd"))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{known} and {unknown}".format_map(Default(known="K")))
table = str.maketrans("abc", "xyz")
print("aabbcc cab".translate(table), table)
table2 = str.maketrans({"a": "1", "b": None, "c": "333"})
print("abcabc".translate(table2))
table3 = str.maketrans("ae", "AE", "lo")
print("hello there, apple".translate(table3))
print("Hello".translate({ord("H"): "J", ord("o"): "ium"}))
print("prefix_body_suffix".removeprefix("prefix_"), "prefix_body_suffix".removesuffix("_suffix"),
      "abc".removeprefix("x"), "abc".removesuffix("abc"), "aaa".removeprefix("a"))
print(str.upper("x"), str.join(",", ["a", "b"]), "abc".__len__(), "ab".__add__("cd"), "a".__mul__(3))
print("title".__contains__("it"), "xyz".__getitem__(1), "b".__eq__("b"), "a".__lt__("b"))
print(len("naïve"), len("😀😀"), len("e\u0301"), "e\u0301" == "é")
print("abc" * 2 + "d", ("-" * 20), "=" * 0 == "")
print(min("hello"), max("hello"), sorted("hello"), list(reversed("abc")), "".join(sorted("dcba")))
print(ord("a"), chr(97), [ord(c) for c in "AZaz09"], "".join(chr(c) for c in range(945, 950)))
print(str(b"bytes"), str(b"\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"))

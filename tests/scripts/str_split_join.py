# str.split/rsplit/splitlines/partition/join/strip families.
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print(s.split(None, 2), s.rsplit(None, 2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"), "aaa".split("a"))
print("one::two::three".split("::"), "one::two::three".rsplit("::", 1))
print("k=v=w".split("=", 1), "k=v=w".rsplit("=", 1), "x".split("=", 1))
print("a b c d".split(maxsplit=1), "a b c d".rsplit(maxsplit=1), "a b".split(sep=" ", maxsplit=0))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
text = "line1\nline2\r\nline3\rline4\n\nline6\x0bline7\x1cend"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("no newline".splitlines(), "".splitlines(), "trailing\n".splitlines(), "\n".splitlines(True))
print("key: value: more".partition(": "), "key: value: more".rpartition(": "))
print("nothing".partition("x"), "nothing".rpartition("x"), "x".partition("x"))
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(str(i) for i in range(5)), "/".join([]))
print(" | ".join(("only",)), "ab".join("123"), "\n".join(["r1", "r2"]))
try:
    ", ".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
p = "   padded \t\n"
print(repr(p.strip()), repr(p.lstrip()), repr(p.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."), "file.txt...".rstrip("."))
print("12300".rstrip("0"), "00123".lstrip("0"), "--==x==--".strip("-="), "aaa".strip("a") == "")
print(repr("\u3000 wide space\u3000".strip()), repr("\xa0nbsp\xa0".strip()))
csv = "name,age,city\nAlice,30,Paris\nBob,25,Rome"
rows = [line.split(",") for line in csv.splitlines()]
header, *data = rows
print(header, data)
print([dict(zip(header, r)) for r in data])
words = "The rain in Spain stays mainly in the plain".split()
print(len(words), words[::2], " ".join(reversed(words)))
print("a\tb\tc".split("\t"), "path/to/file.txt".rsplit("/", 1)[-1], "file.tar.gz".split(".", 1))
print("  multiple   spaces   here ".split(" "))

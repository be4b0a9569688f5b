# Tests for the re module: syntax, flags, API, errors.
import re


def show(m):
    if m is None:
        print(None)
    else:
        print(repr(m), m.groups())


print("-- basics")
show(re.match(r"a+", "aaab"))
show(re.match(r"b", "ab"))
show(re.search(r"b+", "abbbc"))
show(re.fullmatch(r"a.c", "abc"))
print(re.fullmatch(r"a.c", "abcd"))
show(re.search(r"\d+", "abc 12345 def"))
show(re.search(r"(\w+)@(\w+)\.com", "mail joe@example.com now"))
show(re.search(r"colou?r", "my color"))
show(re.search(r"x{2,3}", "xxxxx"))
show(re.search(r"x{,2}y", "xxxy"))
show(re.search(r"x{2}?", "xxx"))
show(re.search(r"x{2,}?", "xxxx"))
show(re.search(r"a{", "a{"))
show(re.search(r"[^a-c]+", "abcdefabc"))
show(re.search(r"[\d.]+", "ver 1.25!"))
show(re.search(r"[]a]+", "]a]b"))
show(re.search(r"[a\-z]+", "-az"))
show(re.search(r"[\w\s]+", "hi there!"))
show(re.search(r"\x41\u0042\103\0", "ABC\0"))
show(re.search(r"\t\n\\", "a\t\n\\b"))
show(re.search(r"a\.b\*c", "a.b*c"))
show(re.search(r"(a|ab)(c|bcd)(d*)", "abcd"))
show(re.search(r"(?:x|y)+?z", "xyxyz"))
show(re.search(r"(a*)*b", "aaab"))
show(re.search(r"(a*)+$", "aa"))
show(re.search(r"a|b|", "c"))
show(re.search(r"((a)|b)+", "ab"))
show(re.search(r"(?:(a)|b)*", "ab"))
show(re.search(r"(a)?(b)?c", "bc"))

print("-- anchors")
show(re.search(r"^abc$", "abc"))
show(re.search(r"$", "a\n"))
show(re.search(r"a$", "a\n"))
show(re.search(r"a\Z", "a\n"))
show(re.search(r"\Aa", "ba"))
show(re.search(r"(?m)^b$", "a\nb\nc"))
print(re.findall(r"(?m)^\w", "one\ntwo\nthree"))
print(re.findall(r"\bfoo\b", "foo foobar afoo foo."))
print(re.findall(r"\Boo\B", "foo boot oo"))
print(re.findall(r"^", "ab"), re.findall(r"$", "ab\n"))

print("-- groups")
m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)(-(?P<day>\d\d))?", "on 2024-05 ok")
print(m.group(), m.group(1), m.group("year", "month"), m.group(0, 2))
print(m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.span("month"), m.start(3), m.end(4))
print(m["year"], m[2], m.lastindex, m.lastgroup, m.pos, m.endpos)
print(m.re.pattern == r"(?P<year>\d{4})-(?P<month>\d\d)(-(?P<day>\d\d))?", m.string)
print(m.expand(r"\g<month>/\g<year> \2 [\g<0>]"), bool(m))
print(re.match(r"(a)(b)", "ab").lastindex, re.match(r"((a)b)", "ab").lastindex)
print(re.match(r"(?P<x>a)|(?P<y>b)", "b").lastgroup)
try:
    m.group(7)
except IndexError as e:
    print("IndexError", e)
try:
    m.group("nope")
except IndexError as e:
    print("IndexError", e)
show(re.search(r"(\w)\1", "abccd"))
show(re.search(r"(?P<q>['\"]).*?(?P=q)", "say \"hi\" 'x'"))
show(re.search(r"(?i)(ab)\1", "abAB"))
show(re.search(r"(a)?(?(1)b|c)", "c"))
show(re.search(r"(a)?(?(1)b|c)", "ab"))
p = re.compile(r"(?P<first>\w+) (?P<last>\w+)")
print(p.groups, p.groupindex, p.pattern, p.flags)

print("-- lookaround")
show(re.search(r"\w+(?=!)", "hey you!"))
show(re.search(r"foo(?!bar)", "foobar foobaz"))
show(re.search(r"(?<=\$)\d+", "cost $42"))
show(re.search(r"(?<!\$)\b\d+", "$42 17"))
show(re.search(r"(?=(\w+))\w", "abc"))
print(re.findall(r"(?<=a|b)c", "ac bc cc"))
show(re.search(r"(?>a+)b", "aaab"))
print(re.search(r"(?>a+)a", "aaa"))
print(re.search(r"a*+a", "aaa"), re.search(r"a++b", "aab"))

print("-- flags")
show(re.search(r"hello", "HeLLo world", re.I))
show(re.search(r"(?i)[a-f]+", "xDeAdBEEF"))
show(re.search(r"(?i:ab)c", "ABc"))
print(re.search(r"(?i:ab)c", "ABC"))
show(re.search(r".+", "a\nb"))
show(re.search(r".+", "a\nb", re.S))
show(re.search(r"(?s).+", "a\nb"))
show(re.search(r"a b  # comment\n c", "abc", re.X))
show(re.search(r"(?x) [a-z] + \  \d", "abc 1"))
show(re.search(r"\d+", "x\u0661\u0662\u06633"))
show(re.search(r"\d+", "x\u0661\u0662\u06633", re.A))
show(re.search(r"(?a)\w+", "caf\xe9"))
show(re.search(r"\w+", "caf\xe9"))
show(re.search(r"(?i)stra\xdfe", "STRA\xdfE"))
print(re.I == re.IGNORECASE, int(re.I), int(re.M | re.S), re.X.value, re.A.value)
print(int(re.L), int(re.U), int(re.NOFLAG))
print(repr(re.I), repr(re.I | re.M))
print(re.compile("a", re.I | re.M).flags, re.compile("(?s)a").flags, re.compile("a", re.A).flags)
print(re.compile(b"a").flags, re.compile(b"(?i)a").flags)

print("-- findall/finditer")
print(re.findall(r"\d+", "a1 b22 c333"))
print(re.findall(r"(\w)=(\d)", "a=1, b=2, c=x"))
print(re.findall(r"(\w)=\d", "a=1, b=2"))
print(re.findall(r"x*", "abxd"))
print(re.findall(r"(a)|b", "abc"))
print(re.findall(r"", "abc"))
print([m.span() for m in re.finditer(r"\w+", "one two  three")])
print([m.group() for m in re.finditer(r"a*", "baaac")])
p = re.compile(r"\d")
print(p.findall("12345", 1, 3), p.search("abc1", 0, 3), p.match("a1", 1).span())
print(re.compile(r"^a").search("ba", 1), re.compile(r"a$").search("ab", 0, 1).span())
print(re.compile("").match("abc", 2, 1))

print("-- sub/subn")
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"))
print(re.sub(r"a", "-", "banana", count=2))
print(re.subn(r"a", "-", "banana"))
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "a bc"))
print(re.sub(r"(\d)", r"\g<1>0", "1 2"))
print(repr(re.sub(r"a", r"\n\t\\", "a")))
print(repr(re.sub(r"a", r"\-", "a")))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 22 333"))
print(re.sub(r"(a)|b", r"[\1]", "abc"))
print(re.sub(r"", "-", "abc"))
print(re.sub("b*", "-", "abc"))
print(re.subn(r"\s+", " ", "a  b \t c\n"))
print(re.compile("o").sub("0", "foo boo", 3))

print("-- split")
print(re.split(r",\s*", "a, b,c,   d"))
print(re.split(r"(,)\s*", "a, b,c"))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.split(r"x*", "axbc"))
print(re.split(r"\b", "a b"))
print(re.split(r"(a)|(b)", "1a2b3"))
print(re.split(r"\d", ""))
print(re.split(r"[aeiou]", "education", 3))

print("-- bytes")
show(re.search(rb"\d+", b"abc 123"))
print(re.findall(rb"\w+", b"hi there, \xe9t\xe9"))
print(re.sub(rb"(\w+)", rb"[\1]", b"a bc"))
print(re.split(rb",", b"a,b"))
show(re.match(rb"(?i)ABC", b"abc"))
show(re.search(rb"[\x00-\x1f]+", b"ab\x01\x02c"))
print(re.escape(b"a.b"), re.compile(rb"x\d"))
for pat, s in ((r"a", b"a"), (rb"a", "a")):
    try:
        re.search(pat, s)
    except TypeError as e:
        print("TypeError", e)
try:
    re.search("a", 5)
except TypeError as e:
    print("TypeError", e)

print("-- escape/compile/purge")
print(re.escape("a.b*c?d+e(f)[g]{h}|^$\\ x-y#z&~"))
print(re.escape("hello_world123"))
p = re.compile(r"a+")
print(repr(p), repr(re.compile("x", re.I | re.S)), repr(re.compile("a'b")))
print(p == re.compile(r"a+"), p == re.compile(r"a+", re.I), hash(p) == hash(re.compile("a+")))
print(re.compile(p) is p, isinstance(p, re.Pattern), isinstance(p.match("a"), re.Match))
re.purge()
print(re.compile(r"a+").match("aa").group())
try:
    re.compile(p, re.I)
except ValueError as e:
    print("ValueError", e)

print("-- long inputs")
s = "a" * 100000
print(re.match(r"a*", s).end(), re.fullmatch(r"a+", s) is not None)
print(re.search(r"\d+", "x" + "7" * 50000 + "y").span())
print(len(re.match(r".*", "b" * 100000 + "\nc").group()))
print(re.search(r"a*b", "a" * 20000 + "b").span(), re.search(r"a*?b", "a" * 20000 + "b").span())
print(re.fullmatch(r"(?:a|b)*c", "ab" * 2000 + "c") is not None)
print(len(re.findall(r"\w+", "word " * 10000)), len(re.sub(r"\s+", "", "a b " * 5000)))
print(re.search(r".*foo", "x" * 5000 + "foo" + "y" * 5000).end())

print("-- errors")
bad = [
    "(abc", "abc)", "*a", "a**", "a{3,2}", "[a", "[z-a]", "\\q", "(?<x)",
    "(?P<1a>x)", "(?P=zz)", "(a)\\2", "a\\", "(?P<a>x)(?P<a>y)", "(?", "a(?i)b",
    "(?z)", "(?<=a+)b", "x\n(y", "[\\w-z]", "\\777", "(?#abc", "^*",
]
for pat in bad:
    try:
        re.compile(pat)
        print("no error for", repr(pat))
    except re.error as e:
        print(type(e).__name__, e, "|", e.msg, e.pos, e.lineno, e.colno)
for t in (r"\q", r"\g<3>", r"\9", r"\g<a"):
    try:
        re.sub(r"(a)", t, "a")
    except re.error as e:
        print(type(e).__name__, e)
try:
    re.sub(r"(a)", r"\g<zz>", "a")
except IndexError as e:
    print("IndexError", e)

# String literals: escapes, raw strings, triple quotes, implicit concatenation, unicode.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print("tab[\t] newline[\\n] backslash[\\] bell-repr", repr("\a\b\f\v\r"))
print(repr("\x41\x42\x7f\x00"), "\101\102\103", repr("\0"), repr("\1234"))
print("\u00e9\u4e2d\U0001F600", len("\U0001F600"), len("\u00e9"))
print("\N{GREEK SMALL LETTER ALPHA}\N{LATIN SMALL LETTER E WITH ACUTE}")
print(r"raw \n stays", r'C:\path\to\file', R"\d+\.\d+", len(r"\n"))
print(r"quote \" kept", repr(r"\""))
s = """line one
line two\
 continued
    indented line"""
print(s)
print(len(s), s.count("\n"))
print('''a 'quoted' "word" here''')
t = ("implicit " "concatenation "
     'across lines ' """and kinds""")
print(t)
print("a" "b" 'c', r"\x" "\x41")
print("" == '', len(""), repr(""))
u = "naïve café – 日本語"
print(u, len(u), u.upper())
print(u[0], u[2], u[-3:], u[::-1])
print("\\", "\\\\", len("\\\\"))
print("line1\nline2\r\nline3".splitlines())
print('\'', "\"", '\"', "\'")
print(ord("\n"), ord("\t"), ord("\r"), ord("\x1b"), ord("\u2028"))
x = "a\
b"
print(x)
multi = (
    "first part, "
    f"second {1 + 1}, "
    "third"
)
print(multi)
print(type("").__name__, str(), str(123), str(-1.5), str(None), str(True))
print("%" "d" % 5)
print("\x7e\x80\xff", repr("\x7e\x80\xff"))
print("ab" * 3, 3 * "xy", "" * 10, "a" * 0, "a" * -1)
print(chr(65), chr(0x263A), chr(0x1F40D), ord("A"), ord("€"), ord("🐍"))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
print("\N{BLACK STAR}", "\u2603".encode("utf-8"))

# repr/str of strings: quote selection, escapes, unicode printability.
tests = ["plain", "it's", 'say "hi"', "both ' and \"", "\n\t\r", "\x00\x01\x1f\x7f", "é", "\u2028", "\u00a0",
         "\ufeff", "日本", "🐍", "\U0001f600", "\x80\x9f", "\xad", "back\\slash", "", " ", "'", '"', "'\"'",
         "\u200b", "\u0301", "a\u0300", "\x1b[0m", "tab\there", "\u3000"]
for t in tests:
    print(repr(t), ascii(t), len(t))
print(repr("\n\t\x00é\u2028"))
print(str("it's"), repr("it's"), repr('say "hi"'))
print([ "a", 'b"', "c'" ], ("x",), {"k": "v'"})
print(repr(["nested 'quote'", ['"inner"']]))
print(repr(repr("x")), repr(repr(repr("x"))), eval(repr("mixed ' and \" \n")) == "mixed ' and \" \n")
print(str(["é"]), ascii(["é"]), repr(b"\xc3\xa9"), "é".encode())
print(f"{'x'!r}", "%r" % "y", "{!r}".format("z"))
class Tagged:
    def __init__(self, tag):
        self.tag = tag
    def __repr__(self):
        return f"Tagged({self.tag!r})"
print(repr(Tagged("a'b")), [Tagged("x"), Tagged('y"')], str(Tagged(1)))
print(len("naïve"), len("🐍🐍"), len(""), len("\r\n"))
print(ord("é"), hex(ord("🐍")), chr(233), chr(0x1F40D), ord(chr(0x10FFFF)) == 0x10FFFF)
print("\t".isprintable(), "é".isprintable(), "\u2028".isprintable(), "\xad".isprintable())

"""Support for regular expressions (RE).

A pure-Python backtracking regular expression engine for Pyrite.  Patterns
are parsed into a small tuple tree, which is then compiled once into a chain
of nested closures (each closure matches one node and then calls the closure
for the rest of the pattern).  Compiled patterns are cached.

Repeats of a single-character item (a literal, a class, ``.``) are run with
loops, so they do not use one level of Python recursion per repetition.
"""

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

# ---------------------------------------------------------------------------
# Flags

_FLAG_NAMES = (
    ("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
    ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128),
    ("ASCII", 256),
)


def _flag_repr(value):
    names = []
    for name, bit in _FLAG_NAMES:
        if value & bit:
            names.append("re." + name)
            value &= ~bit
    if value:
        names.append(hex(value))
    if not names:
        return "re.NOFLAG"
    return "|".join(names)


try:
    import enum as _enum

    class RegexFlag(_enum.IntFlag):
        NOFLAG = 0
        TEMPLATE = 1
        IGNORECASE = 2
        LOCALE = 4
        MULTILINE = 8
        DOTALL = 16
        UNICODE = 32
        VERBOSE = 64
        DEBUG = 128
        ASCII = 256

        def __repr__(self):
            return _flag_repr(int(self))

        __str__ = __repr__

    RegexFlag.__module__ = "re"
except Exception:  # pragma: no cover - fallback when enum is unusable
    class RegexFlag(int):
        def __repr__(self):
            return _flag_repr(int(self))

        __str__ = __repr__

        def __or__(self, other):
            return RegexFlag(int(self) | int(other))

        __ror__ = __or__

        def __and__(self, other):
            return RegexFlag(int(self) & int(other))

        __rand__ = __and__

    for _n, _v in _FLAG_NAMES + (("NOFLAG", 0),):
        setattr(RegexFlag, _n, RegexFlag(_v))

NOFLAG = RegexFlag.NOFLAG
TEMPLATE = T = RegexFlag.TEMPLATE
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
UNICODE = U = RegexFlag.UNICODE
VERBOSE = X = RegexFlag.VERBOSE
DEBUG = RegexFlag.DEBUG
ASCII = A = RegexFlag.ASCII

_I, _L, _M, _S, _U, _X, _A = 2, 4, 8, 16, 32, 64, 256


# ---------------------------------------------------------------------------
# Errors

class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg, pattern, pos, lineno, colno.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error.__module__ = "re"

# ---------------------------------------------------------------------------
# Character helpers

try:
    _BYTES_LIKE = (bytes, bytearray, memoryview)
except NameError:  # Pyrite has no memoryview builtin yet
    _BYTES_LIKE = (bytes, bytearray)

_DIGITS = "0123456789"
_OCTDIGITS = "01234567"
_HEXDIGITS = "0123456789abcdefABCDEF"
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ASCII_DIGIT_SET = frozenset(_DIGITS)
_ASCII_WORD_SET = frozenset(_ASCII_LETTERS + _DIGITS + "_")
_ASCII_SPACE_SET = frozenset(" \t\n\r\f\v")

_SIMPLE_ESCAPES = {
    "a": "\a", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
    "\\": "\\",
}

# Case-insensitive equivalence classes that str.lower()/str.upper() alone do
# not connect (e.g. KELVIN SIGN and 'k').
_CASE_TABLE = (
    "Ii\u0131 Kk\u212a Ss\u017f \xc5\xe5\u212b \xdf\u1e9e \u01c4\u01c5\u01c6 "
    "\u01c7\u01c8\u01c9 \u01ca\u01cb\u01cc \u01f1\u01f2\u01f3 \u0392\u03b2\u03d0 "
    "\u0395\u03b5\u03f5 \u0398\u03b8\u03d1\u03f4 \u0345\u0399\u03b9\u1fbe "
    "\u039a\u03ba\u03f0 \xb5\u039c\u03bc \u03a0\u03c0\u03d6 \u03a1\u03c1\u03f1 "
    "\u03a3\u03c2\u03c3 \u03a6\u03c6\u03d5 \u03a9\u03c9\u2126 \u0412\u0432\u1c80 "
    "\u0414\u0434\u1c81 \u041e\u043e\u1c82 \u0421\u0441\u1c83 "
    "\u0422\u0442\u1c84\u1c85 \u042a\u044a\u1c86 \u0462\u0463\u1c87 "
    "\u1e60\u1e61\u1e9b \u1f80\u1f88 \u1f81\u1f89 \u1f82\u1f8a \u1f83\u1f8b "
    "\u1f84\u1f8c \u1f85\u1f8d \u1f86\u1f8e \u1f87\u1f8f \u1f90\u1f98 \u1f91\u1f99 "
    "\u1f92\u1f9a \u1f93\u1f9b \u1f94\u1f9c \u1f95\u1f9d \u1f96\u1f9e \u1f97\u1f9f "
    "\u1fa0\u1fa8 \u1fa1\u1fa9 \u1fa2\u1faa \u1fa3\u1fab \u1fa4\u1fac \u1fa5\u1fad "
    "\u1fa6\u1fae \u1fa7\u1faf \u1fb3\u1fbc \u1fc3\u1fcc \u1ff3\u1ffc "
    "\u1c88\ua64a\ua64b"
)
_CASE_EXTRA = {}
for _grp in _CASE_TABLE.split():
    for _ch in _grp:
        _CASE_EXTRA[_ch] = _grp
del _grp, _ch


def _case_variants(c, ascii_only):
    """All characters that match c when ignoring case."""
    if ascii_only:
        if c in _ASCII_LETTERS:
            return {c.lower(), c.upper()}
        return {c}
    v = {c}
    for _ in range(2):
        for x in list(v):
            lo = x.lower()
            if len(lo) == 1:
                v.add(lo)
            up = x.upper()
            if len(up) == 1:
                v.add(up)
    extra = _CASE_EXTRA.get(c)
    if extra is None:
        for x in v:
            extra = _CASE_EXTRA.get(x)
            if extra is not None:
                break
    if extra is not None:
        v.update(extra)
    return v


def _uni_word(ch):
    return ch.isalnum() or ch == "_"


def _uni_not_word(ch):
    return not (ch.isalnum() or ch == "_")


def _uni_not_digit(ch):
    return not ch.isdecimal()


def _uni_not_space(ch):
    return not ch.isspace()


# ---------------------------------------------------------------------------
# Parser: pattern text -> node tree
#
# Nodes (tuples):
#   ('chr', kind, data)       one character; kind in lit/set/nset/fn/dot/any
#   ('str', text)             literal run (built by the compiler)
#   ('seq', [nodes])
#   ('alt', [nodes])
#   ('grp', index, node)      capturing group
#   ('rep', node, min, max, mode)   mode 0 greedy, 1 lazy, 2 possessive
#   ('at', kind)              bol bolm eol eolm A Z b B ab aB
#   ('ref', index, icase)
#   ('look', behind, negative, node)
#   ('atomic', node)
#   ('cond', index, yes, no)

_FLAG_LETTERS = {"a": _A, "i": _I, "L": _L, "m": _M, "s": _S, "u": _U, "x": _X}
_EMPTY = ("seq", [])


class _Parser:
    def __init__(self, src, orig, flags, is_bytes):
        self.src = src
        self.orig = orig
        self.n = len(src)
        self.i = 0
        self.flags = flags        # global flags
        self.cur = flags          # flags in effect at the current position
        self.is_bytes = is_bytes
        self.ngroups = 0
        self.names = {}
        self.open = set()
        self.depth = 0
        self.items_seen = False

    def err(self, msg, pos):
        raise error(msg, self.orig, pos)

    def peek(self):
        if self.i < self.n:
            return self.src[self.i]
        return None

    def parse(self):
        node = self.parse_alt()
        if self.i < self.n:
            # only a ')' can stop the top-level alternation early
            self.err("unbalanced parenthesis", self.i)
        return node

    def parse_alt(self):
        alts = [self.parse_seq()]
        while self.i < self.n and self.src[self.i] == "|":
            self.i += 1
            self.items_seen = True
            alts.append(self.parse_seq())
        if len(alts) == 1:
            return alts[0]
        if all(a[0] == "chr" and a[1] in ("lit", "set") for a in alts):
            # a|b|[cd] is a single character class
            chars = set()
            for a in alts:
                if a[1] == "lit":
                    chars.add(a[2])
                else:
                    chars.update(a[2])
            return ("chr", "set", frozenset(chars))
        return ("alt", alts)

    def skip_verbose(self):
        src = self.src
        n = self.n
        while self.i < n:
            c = src[self.i]
            if c in " \t\n\r\f\v":
                self.i += 1
            elif c == "#":
                j = src.find("\n", self.i)
                self.i = n if j < 0 else j + 1
            else:
                break

    def quant_at(self, i):
        """Parse a quantifier at i; return (min, max, end) or None."""
        src = self.src
        if i >= self.n:
            return None
        c = src[i]
        if c == "*":
            return 0, None, i + 1
        if c == "+":
            return 1, None, i + 1
        if c == "?":
            return 0, 1, i + 1
        if c != "{":
            return None
        j = i + 1
        if j < self.n and src[j] == "}":
            return None
        k = j
        while k < self.n and src[k] in _DIGITS:
            k += 1
        lo = src[j:k]
        if k < self.n and src[k] == ",":
            k += 1
            m = k
            while k < self.n and src[k] in _DIGITS:
                k += 1
            hi = src[m:k]
        else:
            hi = lo
        if k >= self.n or src[k] != "}":
            return None
        mn = int(lo) if lo else 0
        mx = int(hi) if hi else None
        if mx is not None and mx < mn:
            self.err("min repeat greater than max repeat", i + 1)
        return mn, mx, k + 1

    def parse_seq(self):
        items = []
        src = self.src
        while True:
            if self.cur & _X:
                self.skip_verbose()
            if self.i >= self.n:
                break
            c = src[self.i]
            if c == "|" or c == ")":
                break
            atom = self.parse_atom()
            if atom is None:
                continue
            self.items_seen = True
            if self.cur & _X:
                self.skip_verbose()
            q = self.quant_at(self.i)
            if q is not None:
                mn, mx, end = q
                if atom[0] == "at":
                    self.err("nothing to repeat", self.i)
                self.i = end
                mode = 0
                if self.i < self.n:
                    c = src[self.i]
                    if c == "?":
                        mode = 1
                        self.i += 1
                    elif c == "+":
                        mode = 2
                        self.i += 1
                if self.cur & _X:
                    self.skip_verbose()
                if self.quant_at(self.i) is not None:
                    self.err("multiple repeat", self.i)
                atom = ("rep", atom, mn, mx, mode)
            items.append(atom)
        if len(items) == 1:
            return items[0]
        return ("seq", items)

    def lit(self, c):
        if self.cur & _I:
            v = _case_variants(c, self.is_bytes or self.cur & _A)
            if len(v) > 1:
                return ("chr", "set", frozenset(v))
        return ("chr", "lit", c)

    def category(self, c):
        if self.is_bytes or self.cur & _A:
            if c == "d":
                return ("chr", "set", _ASCII_DIGIT_SET)
            if c == "D":
                return ("chr", "nset", _ASCII_DIGIT_SET)
            if c == "w":
                return ("chr", "set", _ASCII_WORD_SET)
            if c == "W":
                return ("chr", "nset", _ASCII_WORD_SET)
            if c == "s":
                return ("chr", "set", _ASCII_SPACE_SET)
            return ("chr", "nset", _ASCII_SPACE_SET)
        if c == "d":
            return ("chr", "fn", str.isdecimal)
        if c == "D":
            return ("chr", "fn", _uni_not_digit)
        if c == "w":
            return ("chr", "fn", _uni_word)
        if c == "W":
            return ("chr", "fn", _uni_not_word)
        if c == "s":
            return ("chr", "fn", str.isspace)
        return ("chr", "fn", _uni_not_space)

    def parse_atom(self):
        src = self.src
        start = self.i
        c = src[start]
        if c == "(":
            return self.parse_group()
        if c == "[":
            return self.parse_class()
        self.i += 1
        if c == ".":
            return ("chr", "any" if self.cur & _S else "dot", None)
        if c == "^":
            return ("at", "bolm" if self.cur & _M else "bol")
        if c == "$":
            return ("at", "eolm" if self.cur & _M else "eol")
        if c == "\\":
            return self.parse_escape(start)
        if c in "*+?":
            self.err("nothing to repeat", start)
        if c == "{" and self.quant_at(start) is not None:
            self.err("nothing to repeat", start)
        return self.lit(c)

    def read_hex(self, start, count, kind):
        j = self.i
        digits = self.src[j:j + count]
        if len(digits) != count or any(d not in _HEXDIGITS for d in digits):
            k = j
            while k < self.n and k < j + count and self.src[k] in _HEXDIGITS:
                k += 1
            self.err("incomplete escape \\%s%s" % (kind, self.src[j:k]), start)
        self.i = j + count
        return int(digits, 16)

    def simple_escape(self, start, c, in_class):
        """Escapes common to classes and sequences; returns a char or None."""
        if c in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[c]
        if c == "x":
            return chr(self.read_hex(start, 2, "x"))
        if c in "uU" and not self.is_bytes:
            code = self.read_hex(start, 4 if c == "u" else 8, c)
            if code > 0x10FFFF:
                self.err("bad escape \\%s" % self.src[start + 1:self.i], start)
            return chr(code)
        if c == "N" and not self.is_bytes:
            if self.peek() != "{":
                self.err("missing {", self.i)
            j = self.src.find("}", self.i)
            if j < 0:
                self.err("missing }, unterminated name", self.i + 1)
            name = self.src[self.i + 1:j]
            try:
                import unicodedata
                ch = unicodedata.lookup(name)
            except (ImportError, KeyError):
                self.err("undefined character name %r" % name, start)
            self.i = j + 1
            return ch
        return None

    def parse_escape(self, start):
        src = self.src
        if self.i >= self.n:
            self.err("bad escape (end of pattern)", start)
        c = src[self.i]
        self.i += 1
        if c in "AZ":
            return ("at", c)
        if c in "bB":
            if self.is_bytes or self.cur & _A:
                return ("at", "a" + c)
            return ("at", c)
        if c in "dDsSwW":
            return self.category(c)
        if c in _DIGITS:
            if c == "0":
                j = self.i
                while j < self.n and j < self.i + 2 and src[j] in _OCTDIGITS:
                    j += 1
                value = int(src[self.i - 1:j], 8)
                self.i = j
                return self.lit(chr(value))
            if (c in _OCTDIGITS and self.i + 1 < self.n
                    and src[self.i] in _OCTDIGITS and src[self.i + 1] in _OCTDIGITS):
                digits = src[self.i - 1:self.i + 2]
                value = int(digits, 8)
                if value > 0o377:
                    self.err("octal escape value \\%s outside of range 0-0o377"
                             % digits, start)
                self.i += 2
                return self.lit(chr(value))
            j = self.i
            if j < self.n and src[j] in _DIGITS:
                j += 1
            gid = int(src[self.i - 1:j])
            self.i = j
            if gid > self.ngroups:
                self.err("invalid group reference %d" % gid, start + 1)
            if gid in self.open:
                self.err("cannot refer to an open group", start)
            return ("ref", gid, bool(self.cur & _I))
        ch = self.simple_escape(start, c, False)
        if ch is not None:
            return self.lit(ch)
        if c in _ASCII_LETTERS:
            self.err("bad escape \\" + c, start)
        return self.lit(c)

    def parse_class(self):
        src = self.src
        start = self.i
        self.i += 1
        negate = False
        if self.peek() == "^":
            negate = True
            self.i += 1
        chars = set()
        ranges = []
        funcs = []
        sets = []
        nsets = []
        first = True
        while True:
            if self.i >= self.n:
                self.err("unterminated character set", start)
            c = src[self.i]
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            item_start = self.i
            lo = self.class_item()
            if (self.i + 1 < self.n and src[self.i] == "-"
                    and src[self.i + 1] != "]"):
                self.i += 1
                hi_start = self.i
                hi = self.class_item()
                if not isinstance(lo, str) or not isinstance(hi, str):
                    self.err("bad character range %s-%s"
                             % (src[item_start:hi_start - 1], src[hi_start:self.i]),
                             item_start)
                if lo > hi:
                    self.err("bad character range %s-%s"
                             % (src[item_start:hi_start - 1], src[hi_start:self.i]),
                             item_start)
                if ord(hi) - ord(lo) < 512:
                    for k in range(ord(lo), ord(hi) + 1):
                        chars.add(chr(k))
                else:
                    ranges.append((lo, hi))
            elif isinstance(lo, str):
                chars.add(lo)
            else:
                kind, data = lo[1], lo[2]
                if kind == "set":
                    sets.append(data)
                elif kind == "nset":
                    nsets.append(data)
                else:
                    funcs.append(data)
        icase = bool(self.cur & _I)
        ascii_only = self.is_bytes or bool(self.cur & _A)
        if icase:
            extra = set()
            for ch in chars:
                extra.update(_case_variants(ch, ascii_only))
            chars |= extra
        for st in sets:
            chars |= st
        if not ranges and not funcs and not nsets:
            fs = frozenset(chars)
            if not negate and len(fs) == 1:
                return ("chr", "lit", next(iter(fs)))
            return ("chr", "nset" if negate else "set", fs)
        fs = frozenset(chars)
        ranges = tuple(ranges)
        funcs = tuple(funcs)
        nsets = tuple(nsets)

        def member(ch):
            if ch in fs:
                return True
            for lo, hi in ranges:
                if lo <= ch <= hi:
                    return True
                if icase:
                    for v in _case_variants(ch, ascii_only):
                        if lo <= v <= hi:
                            return True
            for f in funcs:
                if f(ch):
                    return True
            for ns in nsets:
                if ch not in ns:
                    return True
            return False

        if negate:
            def pred(ch):
                return not member(ch)
            return ("chr", "fn", pred)
        return ("chr", "fn", member)

    def class_item(self):
        """One class member: a character (str) or a ('chr', ...) category."""
        src = self.src
        start = self.i
        c = src[self.i]
        self.i += 1
        if c != "\\":
            return c
        if self.i >= self.n:
            self.err("bad escape (end of pattern)", start)
        c = src[self.i]
        self.i += 1
        if c in "dDsSwW":
            return self.category(c)
        if c == "b":
            return "\b"
        if c in _OCTDIGITS:
            j = self.i
            while j < self.n and j < self.i + 2 and src[j] in _OCTDIGITS:
                j += 1
            digits = src[self.i - 1:j]
            value = int(digits, 8)
            if value > 0o377:
                self.err("octal escape value \\%s outside of range 0-0o377"
                         % digits, start)
            self.i = j
            return chr(value)
        if c in _DIGITS:
            self.err("bad escape \\" + c, start)
        ch = self.simple_escape(start, c, True)
        if ch is not None:
            return ch
        if c in _ASCII_LETTERS:
            self.err("bad escape \\" + c, start)
        return c

    def parse_name(self, terminator, kind):
        start = self.i
        j = self.src.find(terminator, start)
        if j < 0:
            self.err("missing %s, unterminated name" % terminator, start)
        name = self.src[start:j]
        if not name:
            self.err("missing group name", start)
        if not name.isidentifier():
            self.err("bad character in group name %r" % name, start)
        self.i = j + 1
        return name, start

    def parse_body(self, start):
        self.depth += 1
        body = self.parse_alt()
        self.depth -= 1
        if self.i >= self.n or self.src[self.i] != ")":
            self.err("missing ), unterminated subpattern", start)
        self.i += 1
        return body

    def capture(self, start, name=None, name_pos=0):
        self.ngroups += 1
        gid = self.ngroups
        if name is not None:
            if name in self.names:
                self.err("redefinition of group name %r as group %d; was group %d"
                         % (name, gid, self.names[name]), name_pos)
            self.names[name] = gid
        self.open.add(gid)
        body = self.parse_body(start)
        self.open.discard(gid)
        return ("grp", gid, body)

    def parse_group(self):
        src = self.src
        start = self.i
        self.i += 1
        if self.peek() != "?":
            return self.capture(start)
        self.i += 1
        if self.i >= self.n:
            self.err("unexpected end of pattern", self.i)
        c = src[self.i]
        self.i += 1
        if c == ":":
            return self.parse_body(start)
        if c == "P":
            d = self.peek()
            if d is None:
                self.err("unexpected end of pattern", self.i)
            self.i += 1
            if d == "<":
                name, pos = self.parse_name(">", "group")
                return self.capture(start, name, pos)
            if d == "=":
                name, pos = self.parse_name(")", "ref")
                gid = self.names.get(name)
                if gid is None:
                    self.err("unknown group name %r" % name, pos)
                if gid in self.open:
                    self.err("cannot refer to an open group", pos)
                return ("ref", gid, bool(self.cur & _I))
            self.err("unknown extension ?P" + d, start + 1)
        if c == "=" or c == "!":
            body = self.parse_body(start)
            return ("look", False, c == "!", body)
        if c == "<":
            d = self.peek()
            if d is None:
                self.err("unexpected end of pattern", self.i)
            if d != "=" and d != "!":
                self.err("unknown extension ?<" + d, start + 1)
            self.i += 1
            body = self.parse_body(start)
            lo, hi = _width(body)
            if lo != hi:
                raise error("look-behind requires fixed-width pattern")
            return ("look", True, d == "!", body)
        if c == "#":
            j = src.find(")", self.i)
            if j < 0:
                self.err("missing ), unterminated comment", start)
            self.i = j + 1
            return None
        if c == ">":
            return ("atomic", self.parse_body(start))
        if c == "(":
            return self.parse_conditional(start)
        if c in _FLAG_LETTERS or c == "-":
            self.i -= 1
            return self.parse_flags(start)
        self.err("unknown extension ?" + c, start + 1)

    def parse_conditional(self, start):
        j = self.src.find(")", self.i)
        if j < 0:
            self.err("missing ), unterminated name", self.i)
        name = self.src[self.i:j]
        pos = self.i
        if not name:
            self.err("missing group name", pos)
        if name.isdigit() and name.isascii():
            gid = int(name)
            if gid == 0:
                self.err("bad group number", pos)
        else:
            if not name.isidentifier():
                self.err("bad character in group name %r" % name, pos)
            gid = self.names.get(name)
            if gid is None:
                self.err("unknown group name %r" % name, pos)
        self.i = j + 1
        self.depth += 1
        yes = self.parse_seq()
        no = _EMPTY
        if self.peek() == "|":
            self.i += 1
            no = self.parse_seq()
            if self.peek() == "|":
                self.err("conditional backref with more than two branches", self.i)
        self.depth -= 1
        if self.peek() != ")":
            self.err("missing ), unterminated subpattern", start)
        self.i += 1
        if gid > self.ngroups:
            self.err("invalid group reference %d" % gid, pos)
        return ("cond", gid, yes, no)

    def parse_flags(self, start):
        src = self.src
        add = 0
        while self.i < self.n and src[self.i] in _FLAG_LETTERS:
            ch = src[self.i]
            if self.is_bytes and ch == "u":
                self.err("bad inline flags: cannot use 'u' flag with a bytes pattern",
                         self.i + 1)
            if not self.is_bytes and ch == "L":
                self.err("bad inline flags: cannot use 'L' flag with a str pattern",
                         self.i + 1)
            add |= _FLAG_LETTERS[ch]
            self.i += 1
            if add & _A and add & _U:
                self.err("bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                         self.i)
        if self.i >= self.n:
            self.err("missing -, : or )", self.i)
        c = src[self.i]
        if c == ")":
            self.i += 1
            if self.depth or self.items_seen:
                self.err("global flags not at the start of the expression", start)
            self.flags |= add
            self.cur |= add
            if add & _A:
                self.flags &= ~_U
                self.cur &= ~_U
            return None
        remove = 0
        if c == "-":
            self.i += 1
            while self.i < self.n and src[self.i] in "imsx":
                remove |= _FLAG_LETTERS[src[self.i]]
                self.i += 1
            if not remove:
                if self.i < self.n and src[self.i] in _ASCII_LETTERS:
                    self.err("unknown flag", self.i)
                self.err("missing flag", self.i)
            if remove & add:
                self.err("bad inline flags: flag turned on and off", self.i)
            if self.i >= self.n:
                self.err("missing :", self.i)
            c = src[self.i]
        if c != ":":
            if c in _ASCII_LETTERS:
                self.err("unknown flag", self.i)
            self.err("missing -, : or )" if not remove else "missing :", self.i)
        self.i += 1
        saved = self.cur
        new = (self.cur | add) & ~remove
        if add & _A:
            new &= ~_U
        if add & _U:
            new &= ~_A
        self.cur = new
        body = self.parse_body(start)
        self.cur = saved
        return body


def _width(node):
    """(min, max) number of characters a node can match; max None = unbounded."""
    t = node[0]
    if t == "chr":
        return 1, 1
    if t == "str":
        return len(node[1]), len(node[1])
    if t == "seq":
        lo = hi = 0
        for item in node[1]:
            a, b = _width(item)
            lo += a
            hi = None if hi is None or b is None else hi + b
        return lo, hi
    if t == "alt":
        ws = [_width(x) for x in node[1]]
        lo = min(w[0] for w in ws)
        if any(w[1] is None for w in ws):
            return lo, None
        return lo, max(w[1] for w in ws)
    if t == "grp":
        return _width(node[2])
    if t == "atomic":
        return _width(node[1])
    if t == "rep":
        a, b = _width(node[1])
        mn, mx = node[2], node[3]
        hi = None if (b is None or mx is None) else b * mx
        return a * mn, hi
    if t == "at" or t == "look":
        return 0, 0
    if t == "ref":
        return 0, None
    if t == "cond":
        a = _width(node[2])
        b = _width(node[3])
        if a[1] is None or b[1] is None:
            return min(a[0], b[0]), None
        return min(a[0], b[0]), max(a[1], b[1])
    return 0, None


def _has_groups(node):
    t = node[0]
    if t == "grp":
        return True
    if t in ("seq", "alt"):
        return any(_has_groups(x) for x in node[1])
    if t == "rep" or t == "atomic":
        return _has_groups(node[1])
    if t == "look":
        return _has_groups(node[3])
    if t == "cond":
        return _has_groups(node[2]) or _has_groups(node[3])
    return False


# ---------------------------------------------------------------------------
# Compiler: node tree -> matcher closures
#
# Every matcher has the signature m(s, i, n, g): try to match at index i of
# string s (n is the end limit, i.e. endpos) and return the end index of the
# whole match, or None.  g is the per-match state list: group marks, then
# lastindex, the "must not end here" position, the fullmatch flag, then
# counters for complex repeats.


def _ret_index(s, i, n, g):
    return i


def _pred_of(kind, data):
    if kind == "lit":
        return lambda ch: ch == data
    if kind == "set":
        return data.__contains__
    if kind == "nset":
        return lambda ch: ch not in data
    if kind == "fn":
        return data
    if kind == "dot":
        return lambda ch: ch != "\n"
    return lambda ch: True


def _scanner(kind, data):
    """Return scan(s, i, lim) -> largest j such that s[i:j] all match."""
    if kind == "lit":
        def scan(s, i, lim):
            while i < lim and s[i] == data:
                i += 1
            return i
    elif kind == "set":
        def scan(s, i, lim):
            while i < lim and s[i] in data:
                i += 1
            return i
    elif kind == "nset":
        def scan(s, i, lim):
            while i < lim and s[i] not in data:
                i += 1
            return i
    elif kind == "fn":
        def scan(s, i, lim):
            while i < lim and data(s[i]):
                i += 1
            return i
    elif kind == "dot":
        def scan(s, i, lim):
            j = s.find("\n", i, lim)
            return lim if j < 0 else j
    else:
        def scan(s, i, lim):
            return lim
    return scan


def _word_fn(ascii_only):
    if ascii_only:
        ws = _ASCII_WORD_SET
        return ws.__contains__
    return _uni_word


class _Compiler:
    def __init__(self, ngroups):
        self.ngroups = ngroups
        self.LI = 2 * ngroups + 2
        self.NE = self.LI + 1
        self.FULL = self.LI + 2
        self.nslots = self.LI + 3

    def slot(self):
        k = self.nslots
        self.nslots += 1
        return k

    def success(self):
        NE = self.NE
        FULL = self.FULL

        def succ(s, i, n, g):
            if i == g[NE] or (g[FULL] and i != n):
                return None
            return i
        return succ

    def comp(self, node, nxt, follow=None):
        t = node[0]
        return getattr(self, "c_" + t)(node, nxt, follow)

    # -- single characters and literals

    def c_chr(self, node, nxt, follow):
        kind, data = node[1], node[2]
        if kind == "lit":
            c = data

            def m(s, i, n, g):
                if i < n and s[i] == c:
                    return nxt(s, i + 1, n, g)
                return None
        elif kind == "set":
            def m(s, i, n, g):
                if i < n and s[i] in data:
                    return nxt(s, i + 1, n, g)
                return None
        elif kind == "nset":
            def m(s, i, n, g):
                if i < n and s[i] not in data:
                    return nxt(s, i + 1, n, g)
                return None
        elif kind == "fn":
            def m(s, i, n, g):
                if i < n and data(s[i]):
                    return nxt(s, i + 1, n, g)
                return None
        elif kind == "dot":
            def m(s, i, n, g):
                if i < n and s[i] != "\n":
                    return nxt(s, i + 1, n, g)
                return None
        else:
            def m(s, i, n, g):
                if i < n:
                    return nxt(s, i + 1, n, g)
                return None
        return m

    def c_str(self, node, nxt, follow):
        text = node[1]
        size = len(text)

        def m(s, i, n, g):
            if s.startswith(text, i, n):
                return nxt(s, i + size, n, g)
            return None
        return m

    # -- structure

    def c_seq(self, node, nxt, follow):
        items = []
        for item in node[1]:
            if (item[0] == "chr" and item[1] == "lit" and items
                    and items[-1][0] in ("str", "chr") and
                    (items[-1][0] == "str" or items[-1][1] == "lit")):
                prev = items.pop()
                text = prev[1] if prev[0] == "str" else prev[2]
                items.append(("str", text + item[2]))
            else:
                items.append(item)
        m = nxt
        for item in reversed(items):
            m = self.comp(item, m, follow)
            follow = _first_literal(item)
        return m

    def c_alt(self, node, nxt, follow):
        ms = tuple(self.comp(a, nxt, follow) for a in node[1])

        def m(s, i, n, g):
            for f in ms:
                r = f(s, i, n, g)
                if r is not None:
                    return r
            return None
        return m

    def c_grp(self, node, nxt, follow):
        gid = node[1]
        a = 2 * gid
        b = a + 1
        LI = self.LI

        def close(s, i, n, g):
            old_end = g[b]
            old_last = g[LI]
            g[b] = i
            g[LI] = gid
            r = nxt(s, i, n, g)
            if r is None:
                g[b] = old_end
                g[LI] = old_last
            return r
        body = self.comp(node[2], close, follow)

        def m(s, i, n, g):
            old = g[a]
            g[a] = i
            r = body(s, i, n, g)
            if r is None:
                g[a] = old
            return r
        return m

    def c_at(self, node, nxt, follow):
        kind = node[1]
        if kind == "bol" or kind == "A":
            def m(s, i, n, g):
                if i == 0:
                    return nxt(s, i, n, g)
                return None
        elif kind == "bolm":
            def m(s, i, n, g):
                if i == 0 or s[i - 1] == "\n":
                    return nxt(s, i, n, g)
                return None
        elif kind == "eol":
            def m(s, i, n, g):
                if i == n or (i == n - 1 and s[i] == "\n"):
                    return nxt(s, i, n, g)
                return None
        elif kind == "eolm":
            def m(s, i, n, g):
                if i == n or (i < n and s[i] == "\n"):
                    return nxt(s, i, n, g)
                return None
        elif kind == "Z":
            def m(s, i, n, g):
                if i == n:
                    return nxt(s, i, n, g)
                return None
        else:
            isword = _word_fn(kind[0] == "a")
            want = kind[-1] == "b"

            def m(s, i, n, g):
                before = i > 0 and isword(s[i - 1])
                after = i < n and isword(s[i])
                if (before != after) == want:
                    return nxt(s, i, n, g)
                return None
        return m

    def c_ref(self, node, nxt, follow):
        a = 2 * node[1]
        b = a + 1
        if node[2]:
            def m(s, i, n, g):
                st = g[a]
                en = g[b]
                if st < 0 or en < 0:
                    return None
                size = en - st
                if i + size > n:
                    return None
                if s[i:i + size].lower() == s[st:en].lower():
                    return nxt(s, i + size, n, g)
                return None
        else:
            def m(s, i, n, g):
                st = g[a]
                en = g[b]
                if st < 0 or en < 0:
                    return None
                if s.startswith(s[st:en], i, n):
                    return nxt(s, i + en - st, n, g)
                return None
        return m

    def c_look(self, node, nxt, follow):
        behind, negative, body_node = node[1], node[2], node[3]
        body = self.comp(body_node, _ret_index)
        groups = _has_groups(body_node)
        width = _width(body_node)[0] if behind else 0

        if not negative:
            def m(s, i, n, g):
                j = i - width
                if j < 0:
                    return None
                snap = g[:] if groups else None
                if body(s, j, n, g) is None:
                    return None
                r = nxt(s, i, n, g)
                if r is None and groups:
                    g[:] = snap
                return r
        else:
            def m(s, i, n, g):
                j = i - width
                if j >= 0:
                    snap = g[:] if groups else None
                    if body(s, j, n, g) is not None:
                        if groups:
                            g[:] = snap
                        return None
                return nxt(s, i, n, g)
        return m

    def c_atomic(self, node, nxt, follow):
        body_node = node[1]
        body = self.comp(body_node, _ret_index)
        groups = _has_groups(body_node)

        def m(s, i, n, g):
            snap = g[:] if groups else None
            j = body(s, i, n, g)
            if j is None:
                return None
            r = nxt(s, j, n, g)
            if r is None and groups:
                g[:] = snap
            return r
        return m

    def c_cond(self, node, nxt, follow):
        b = 2 * node[1] + 1
        yes = self.comp(node[2], nxt, follow)
        no = self.comp(node[3], nxt, follow)

        def m(s, i, n, g):
            if g[b] >= 0:
                return yes(s, i, n, g)
            return no(s, i, n, g)
        return m

    # -- repeats

    def c_rep(self, node, nxt, follow):
        body, mn, mx, mode = node[1], node[2], node[3], node[4]
        if mode == 2:
            return self.c_atomic(("atomic", ("rep", body, mn, mx, 0)), nxt, follow)
        if body[0] == "chr":
            return self.rep_single(body[1], body[2], mn, mx, mode, nxt, follow)
        return self.rep_complex(body, mn, mx, mode, nxt)

    def rep_single(self, kind, data, mn, mx, mode, nxt, follow):
        scan = _scanner(kind, data)
        if mode == 0:
            if follow is not None:
                f = follow

                def m(s, i, n, g):
                    lim = n if mx is None or i + mx > n else i + mx
                    j = scan(s, i, lim)
                    lo = i + mn
                    if j < lo:
                        return None
                    top = j + 1 if j < n else n
                    while True:
                        j = s.rfind(f, lo, top)
                        if j < 0:
                            return None
                        r = nxt(s, j, n, g)
                        if r is not None:
                            return r
                        top = j
            else:
                def m(s, i, n, g):
                    lim = n if mx is None or i + mx > n else i + mx
                    j = scan(s, i, lim)
                    lo = i + mn
                    while j >= lo:
                        r = nxt(s, j, n, g)
                        if r is not None:
                            return r
                        j -= 1
                    return None
            return m
        pred = _pred_of(kind, data)

        def m(s, i, n, g):
            lim = n if mx is None or i + mx > n else i + mx
            j = i + mn
            if j > lim or scan(s, i, j) != j:
                return None
            while True:
                r = nxt(s, j, n, g)
                if r is not None:
                    return r
                if j >= lim or not pred(s[j]):
                    return None
                j += 1
        return m

    def rep_complex(self, body_node, mn, mx, mode, nxt):
        cs = self.slot()
        ps = self.slot()
        cell = []

        def loop(s, i, n, g):
            c = g[cs]
            body = cell[0]
            if c < mn:
                # mandatory iterations do not update the empty-match guard
                g[cs] = c + 1
                r = body(s, i, n, g)
                g[cs] = c
                return r
            p = g[ps]
            if i == p:
                # the last optional iteration matched the empty string
                return nxt(s, i, n, g)
            if mode == 0:
                if mx is None or c < mx:
                    g[cs] = c + 1
                    g[ps] = i
                    r = body(s, i, n, g)
                    g[cs] = c
                    g[ps] = p
                    if r is not None:
                        return r
                return nxt(s, i, n, g)
            r = nxt(s, i, n, g)
            if r is not None:
                return r
            if mx is None or c < mx:
                g[cs] = c + 1
                g[ps] = i
                r = body(s, i, n, g)
                g[cs] = c
                g[ps] = p
                return r
            return None

        cell.append(self.comp(body_node, loop))

        def m(s, i, n, g):
            oc = g[cs]
            op = g[ps]
            g[cs] = 0
            g[ps] = -1
            r = loop(s, i, n, g)
            g[cs] = oc
            g[ps] = op
            return r
        return m


def _first_literal(node):
    """A case-sensitive character that node must start with, or None."""
    t = node[0]
    if t == "chr":
        return node[2] if node[1] == "lit" else None
    if t == "str":
        return node[1][0]
    if t == "grp":
        return _first_literal(node[2])
    if t == "seq":
        return _first_literal(node[1][0]) if node[1] else None
    if t == "rep" and node[2] >= 1:
        return _first_literal(node[1])
    return None


def _first_info(node):
    """('prefix', text) / ('pred', kind, data) / ('anchor',) / None for search."""
    t = node[0]
    if t == "seq":
        items = node[1]
        if not items:
            return None
        text = ""
        for item in items:
            if item[0] == "chr" and item[1] == "lit":
                text += item[2]
            else:
                break
        if text:
            return ("prefix", text)
        return _first_info(items[0])
    if t == "grp":
        return _first_info(node[2])
    if t == "chr":
        if node[1] == "lit":
            return ("prefix", node[2])
        if node[1] in ("set", "nset", "fn"):
            return ("pred", node[1], node[2])
        return None
    if t == "rep" and node[2] >= 1 and node[1][0] == "chr":
        body = node[1]
        if body[1] == "lit":
            return ("prefix", body[2])
        if body[1] in ("set", "nset", "fn"):
            return ("pred", body[1], body[2])
        return None
    if t == "at" and node[1] in ("A", "bol"):
        return ("anchor",)
    return None


# ---------------------------------------------------------------------------
# Pattern and Match objects

def _subject(pattern, string):
    """Return the text matched against (bytes are decoded as latin-1)."""
    if isinstance(string, str):
        if pattern._bytes:
            raise TypeError("cannot use a bytes pattern on a string-like object")
        return string
    if isinstance(string, _BYTES_LIKE):
        if not pattern._bytes:
            raise TypeError("cannot use a string pattern on a bytes-like object")
        return bytes(string).decode("latin-1")
    raise TypeError("expected string or bytes-like object, got %r"
                    % type(string).__name__)


def _bounds(n, pos, endpos):
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos is None or endpos > n:
        endpos = n
    elif endpos < 0:
        endpos = 0
    if endpos < pos:
        endpos = pos
    return pos, endpos


class Pattern:
    """Compiled regular expression object."""

    def __init__(self, pattern, flags):
        self.pattern = pattern
        is_bytes = not isinstance(pattern, str)
        self._bytes = is_bytes
        src = pattern.decode("latin-1") if is_bytes else pattern
        if is_bytes:
            if flags & _U:
                raise ValueError("cannot use UNICODE flag with a bytes pattern")
        else:
            if flags & _L:
                raise ValueError("cannot use LOCALE flag with a str pattern")
            if flags & _A and flags & _U:
                raise ValueError("ASCII and UNICODE flags are incompatible")
            if not flags & _A:
                flags |= _U
        parser = _Parser(src, pattern, flags, is_bytes)
        tree = parser.parse()
        flags = parser.flags
        if not is_bytes and flags & _A:
            flags &= ~_U
        self.flags = flags
        self.groups = parser.ngroups
        self._groupindex = dict(parser.names)
        self._names = {v: k for k, v in parser.names.items()}
        comp = _Compiler(parser.ngroups)
        self._match = comp.comp(tree, comp.success())
        init = [-1] * comp.nslots
        init[comp.FULL] = 0
        self._init = init
        self._LI = comp.LI
        self._NE = comp.NE
        self._FULL = comp.FULL
        self._first = _first_info(tree)
        self._minwidth = _width(tree)[0]

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def __repr__(self):
        flags = self.flags
        if not self._bytes:
            flags &= ~_U
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if flags:
            return "re.compile(%s, %s)" % (text, _flag_repr(flags))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and self._bytes == other._bytes)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    # -- core matching

    def _at(self, s, i, n, full):
        g = self._init[:]
        g[self._FULL] = full
        r = self._match(s, i, n, g)
        if r is None:
            return None
        return i, r, g

    def _search(self, s, i, n, no_empty_at=-1):
        """Find the first match starting at or after i; (start, end, g) or None."""
        g = self._init[:]
        g[self._NE] = no_empty_at
        m = self._match
        first = self._first
        if n - i < self._minwidth:
            return None
        if first is None:
            while i <= n:
                r = m(s, i, n, g)
                if r is not None:
                    return i, r, g
                i += 1
            return None
        kind = first[0]
        if kind == "prefix":
            text = first[1]
            while True:
                i = s.find(text, i, n)
                if i < 0:
                    return None
                r = m(s, i, n, g)
                if r is not None:
                    return i, r, g
                i += 1
        if kind == "anchor":
            r = m(s, i, n, g)
            if r is not None:
                return i, r, g
            return None
        pk, data = first[1], first[2]
        if pk == "set":
            while i < n:
                if s[i] in data:
                    r = m(s, i, n, g)
                    if r is not None:
                        return i, r, g
                i += 1
        elif pk == "nset":
            while i < n:
                if s[i] not in data:
                    r = m(s, i, n, g)
                    if r is not None:
                        return i, r, g
                i += 1
        else:
            while i < n:
                if data(s[i]):
                    r = m(s, i, n, g)
                    if r is not None:
                        return i, r, g
                i += 1
        return None

    def _make(self, string, pos, endpos, res):
        start, end, g = res
        return Match(self, string, pos, endpos, start, end, g)

    def _iter(self, s, pos, n):
        """Yield (start, end, g) for successive non-overlapping matches."""
        no_empty = -1
        while pos <= n:
            res = self._search(s, pos, n, no_empty)
            if res is None:
                return
            yield res
            start, end = res[0], res[1]
            no_empty = end if end == start else -1
            pos = end

    # -- public API

    def _match_from(self, string, pos, endpos, find):
        """The Match for `find(subject, pos, endpos)` (its result, or None)."""
        s = _subject(self, string)
        pos, endpos = _bounds(len(s), pos, endpos)
        res = find(s, pos, endpos)
        if res is None:
            return None
        return self._make(string, pos, endpos, res)

    def match(self, string, pos=0, endpos=None):
        return self._match_from(string, pos, endpos, lambda s, p, e: self._at(s, p, e, 0))

    def fullmatch(self, string, pos=0, endpos=None):
        return self._match_from(string, pos, endpos, lambda s, p, e: self._at(s, p, e, 1))

    def search(self, string, pos=0, endpos=None):
        return self._match_from(string, pos, endpos, self._search)

    def finditer(self, string, pos=0, endpos=None):
        s = _subject(self, string)
        pos, endpos = _bounds(len(s), pos, endpos)
        for res in self._iter(s, pos, endpos):
            yield self._make(string, pos, endpos, res)

    def findall(self, string, pos=0, endpos=None):
        s = _subject(self, string)
        pos, endpos = _bounds(len(s), pos, endpos)
        out = []
        ng = self.groups
        empty = b"" if self._bytes else ""
        for start, end, g in self._iter(s, pos, endpos):
            if ng == 0:
                out.append(string[start:end])
            elif ng == 1:
                out.append(string[g[2]:g[3]] if g[3] >= 0 else empty)
            else:
                out.append(tuple(
                    string[g[2 * k]:g[2 * k + 1]] if g[2 * k + 1] >= 0 else empty
                    for k in range(1, ng + 1)))
        if self._bytes and not isinstance(string, bytes):
            out = [bytes(x) if not isinstance(x, tuple)
                   else tuple(bytes(y) for y in x) for x in out]
        return out

    def split(self, string, maxsplit=0):
        s = _subject(self, string)
        n = len(s)
        out = []
        last = 0
        count = 0
        ng = self.groups
        for start, end, g in self._iter(s, 0, n):
            if maxsplit > 0 and count >= maxsplit:
                break
            out.append(string[last:start])
            for k in range(1, ng + 1):
                if g[2 * k + 1] >= 0:
                    out.append(string[g[2 * k]:g[2 * k + 1]])
                else:
                    out.append(None)
            last = end
            count += 1
        out.append(string[last:])
        return out

    def _subx(self, repl, string, count):
        s = _subject(self, string)
        n = len(s)
        is_bytes = self._bytes
        if callable(repl):
            func = repl
            template = None
        else:
            if is_bytes:
                if not isinstance(repl, _BYTES_LIKE):
                    raise TypeError("expected a bytes-like object, %s found"
                                    % type(repl).__name__)
                repl = bytes(repl)
            elif not isinstance(repl, str):
                raise TypeError("expected str instance, %s found"
                                % type(repl).__name__)
            func = None
            template = _compile_template(self, repl)
            if len(template) == 1 and not isinstance(template[0], int):
                literal = template[0]
                template = None
                func = None
            else:
                literal = None
        pieces = []
        last = 0
        done = 0
        for res in self._iter(s, 0, n):
            if count > 0 and done >= count:
                break
            start, end, g = res
            pieces.append(string[last:start])
            if func is not None:
                value = func(Match(self, string, 0, n, start, end, g))
                if value is not None:
                    if is_bytes and not isinstance(value, (bytes, bytearray)):
                        raise TypeError("expected a bytes-like object, %s found"
                                        % type(value).__name__)
                    if not is_bytes and not isinstance(value, str):
                        raise TypeError("expected str instance, %s found"
                                        % type(value).__name__)
                    pieces.append(value)
            elif template is None:
                pieces.append(literal)
            else:
                pieces.append(_expand(template, string, start, end, g, is_bytes))
            last = end
            done += 1
        pieces.append(string[last:])
        joiner = b"" if is_bytes else ""
        return joiner.join(pieces), done

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._it = pattern.finditer(string, pos, endpos)
        self._string = string
        self._pos = pos
        self._endpos = endpos

    def search(self):
        return next(self._it, None)

    def match(self):
        # simplified: successive matches anchored at the previous end
        s = _subject(self.pattern, self._string)
        pos, endpos = _bounds(len(s), self._pos, self._endpos)
        res = self.pattern._at(s, pos, endpos, 0)
        if res is None:
            return None
        self._pos = res[1] if res[1] > res[0] else res[1] + 1
        return self.pattern._make(self._string, pos, endpos, res)


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, pos, endpos, start, end, g):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        regs = [(start, end)]
        for k in range(1, pattern.groups + 1):
            b = g[2 * k + 1]
            if b >= 0:
                regs.append((g[2 * k], b))
            else:
                regs.append((-1, -1))
        self.regs = tuple(regs)
        last = g[pattern._LI]
        self.lastindex = last if last > 0 else None

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        return self.re._names.get(self.lastindex)

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return group
        elif isinstance(group, (str, bytes)):
            k = self.re._groupindex.get(group)
            if k is not None:
                return k
        else:
            try:
                k = group.__index__()
            except (AttributeError, TypeError):
                raise IndexError("no such group")
            if 0 <= k <= self.re.groups:
                return k
        raise IndexError("no such group")

    def _get(self, k, default=None):
        a, b = self.regs[k]
        if b < 0:
            return default
        return self.string[a:b]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(a)) for a in args)

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        return tuple(self._get(k, default) for k in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(k, default)
                for name, k in self.re._groupindex.items()}

    def start(self, group=0):
        return self.regs[self._index(group)][0]

    def end(self, group=0):
        return self.regs[self._index(group)][1]

    def span(self, group=0):
        return self.regs[self._index(group)]

    def expand(self, template):
        items = _compile_template(self.re, template)
        pieces = []
        for item in items:
            if isinstance(item, int):
                v = self._get(item)
                if v is not None:
                    pieces.append(v)
            else:
                pieces.append(item)
        return (b"" if self.re._bytes else "").join(pieces)

    def __repr__(self):
        text = repr(self.group(0))
        if len(text) > 50:
            text = text[:50]
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self.regs[0][0], self.regs[0][1], text)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# ---------------------------------------------------------------------------
# Replacement templates

def _compile_template(pattern, repl):
    """Parse a replacement template into a list of literal pieces and ints."""
    key = (pattern, repl)
    items = _template_cache.get(key)
    if items is not None:
        return items
    is_bytes = not isinstance(repl, str)
    src = repl.decode("latin-1") if is_bytes else repl
    items = []
    lit = []
    i = 0
    n = len(src)
    ngroups = pattern.groups

    def fail(msg, pos):
        raise error(msg, repl, pos)

    while i < n:
        c = src[i]
        if c != "\\":
            j = src.find("\\", i)
            if j < 0:
                j = n
            lit.append(src[i:j])
            i = j
            continue
        start = i
        i += 1
        if i >= n:
            fail("bad escape (end of pattern)", start)
        c = src[i]
        i += 1
        gid = None
        if c == "g":
            if i >= n or src[i] != "<":
                fail("missing <", i)
            j = src.find(">", i + 1)
            if j < 0:
                fail("missing >, unterminated name", i + 1)
            name = src[i + 1:j]
            if not name:
                fail("missing group name", i + 1)
            if name.isdigit() and name.isascii():
                gid = int(name)
                if gid > ngroups:
                    fail("invalid group reference %d" % gid, i + 1)
            elif name.isidentifier():
                gid = pattern._groupindex.get(name)
                if gid is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                fail("bad character in group name %r" % name, i + 1)
            i = j + 1
        elif c == "0":
            j = i
            while j < n and j < i + 2 and src[j] in _OCTDIGITS:
                j += 1
            lit.append(chr(int(src[i - 1:j], 8)))
            i = j
        elif c in _DIGITS:
            if (c in _OCTDIGITS and i + 1 < n and src[i] in _OCTDIGITS
                    and src[i + 1] in _OCTDIGITS):
                digits = src[i - 1:i + 2]
                value = int(digits, 8)
                if value > 0o377:
                    fail("octal escape value \\%s outside of range 0-0o377"
                         % digits, start)
                lit.append(chr(value))
                i += 2
            else:
                j = i
                if j < n and src[j] in _DIGITS:
                    j += 1
                gid = int(src[i - 1:j])
                if gid > ngroups:
                    fail("invalid group reference %d" % gid, start + 1)
                i = j
        elif c in _SIMPLE_ESCAPES:
            lit.append(_SIMPLE_ESCAPES[c])
        elif c == "b":
            lit.append("\b")
        elif c in _ASCII_LETTERS:
            fail("bad escape \\" + c, start)
        else:
            lit.append("\\" + c)
        if gid is not None:
            if lit:
                items.append("".join(lit))
                lit = []
            items.append(gid)
    if lit or not items:
        items.append("".join(lit))
    if is_bytes:
        items = [x if isinstance(x, int) else x.encode("latin-1") for x in items]
    if len(_template_cache) >= _MAXCACHE:
        _template_cache.clear()
    _template_cache[key] = items
    return items


def _expand(items, string, start, end, g, is_bytes):
    pieces = []
    for item in items:
        if isinstance(item, int):
            if item == 0:
                pieces.append(string[start:end])
            else:
                b = g[2 * item + 1]
                if b >= 0:
                    pieces.append(string[g[2 * item]:b])
        else:
            pieces.append(item)
    return (b"" if is_bytes else "").join(pieces)


# ---------------------------------------------------------------------------
# Module-level functions

_MAXCACHE = 512
_cache = {}
_template_cache = {}


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if not isinstance(pattern, (str, bytes)):
        if isinstance(pattern, _BYTES_LIKE):
            pattern = bytes(pattern)
        else:
            raise TypeError("first argument must be string or compiled pattern")
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        # drop the oldest entry (dicts keep insertion order)
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, KeyError):
            pass
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping
    occurrences of the pattern in string by the replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub, but return a tuple (new_string, number_of_subs_made)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object"
    return _compile(pattern, flags | _FLAG_NAMES[0][1])


_SPECIAL_CHARS = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL_CHARS else c for c in pattern)
    text = bytes(pattern).decode("latin-1")
    return "".join("\\" + c if c in _SPECIAL_CHARS else c
                   for c in text).encode("latin-1")


Pattern.__module__ = "re"
Match.__module__ = "re"

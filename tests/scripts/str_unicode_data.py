# str predicates, case mappings and repr over whole Unicode blocks (checksums per block, so a
# difference from CPython 3.11's Unicode 14.0 data shows which block), then random strings
# mixing cased letters, final sigmas, titlecase letters, line breaks and wide characters.
blocks = [(0, 0x800), (0x1000, 0x1100), (0x13A0, 0x1400), (0x1C80, 0x1CC0), (0x1E00, 0x2200),
          (0x2C00, 0x2E00), (0x3000, 0x3100), (0xA640, 0xA800), (0xAB30, 0xABC0), (0xFB00, 0xFB50),
          (0xFF00, 0xFFF0), (0x10400, 0x10500), (0x16E40, 0x16EA0), (0x1D400, 0x1D800),
          (0x1E900, 0x1E960), (0x1F100, 0x1F200), (0xE0000, 0xE0080)]
for lo, hi in blocks:
    acc = 0
    for c in range(lo, hi):
        ch = chr(c)
        flags = (ch.isalpha(), ch.isdigit(), ch.isdecimal(), ch.isnumeric(), ch.isspace(), ch.isprintable(),
                 ch.isupper(), ch.islower(), ch.istitle(), ch.isidentifier(), ("a" + ch).isidentifier(), ch.isalnum())
        f = 0
        for b in flags:
            f = f * 2 + (1 if b else 0)
        m = "|".join([ch.upper(), ch.lower(), ch.title(), ch.casefold(), ch.swapcase(), ch.capitalize(), repr(ch)])
        h = f
        for x in m:
            h = (h * 31 + ord(x)) % 1000000007
        acc = (acc * 131 + h + c) % 1000000007
    print(hex(lo), hex(hi), acc)

alphabet = "aZ Σσς'.-\t\n\r\x0b\x1c\u2028\x85ǅǆßﬁİı\u0345\u0301é中😀Ω.,:;!x1٣²½_ ΑΣΣ  "
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
seps = [None, " ", "Σ", "a", "ab", "\n", "é", "  "]
for i in range(600):
    s = "".join(alphabet[rnd(len(alphabet))] for _ in range(rnd(12)))
    sub = "".join(alphabet[rnd(len(alphabet))] for _ in range(rnd(3)))
    a, b = rnd(16) - 8, rnd(16) - 8
    sep = seps[rnd(len(seps))]
    ms = rnd(4) - 1
    out = [s.lower(), s.upper(), s.title(), s.capitalize(), s.swapcase(), s.casefold(), s.istitle(), s.isupper(),
           s.islower(), s.split(sep, ms), s.rsplit(sep, ms), s.splitlines(), s.splitlines(True), s.strip(),
           s.strip(sub), s.lstrip(sub), s.rstrip(sub), s.find(sub, a, b), s.rfind(sub, a, b), s.count(sub, a, b),
           s.startswith(sub, a, b), s.endswith(sub, a, b),
           s.replace(sub, "<>", ms) if sub else s.replace("", "-", ms), s.partition(sub) if sub else None,
           s.rpartition(sub) if sub else None, s.center(12, "*"), s.zfill(10), s.expandtabs(rnd(6)), s[a:b],
           s[a:b:(rnd(5) - 2) or 1], repr(s), ascii(s), s.isidentifier(), s.isprintable(), s.isspace(),
           s.isalnum(), s.title().istitle(), sub in s, s.split(), s.rsplit(None, 1)]
    print(i, out)

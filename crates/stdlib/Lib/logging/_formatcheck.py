"""Format-string checks for logging.Formatter(validate=True).

CPython's logging validates format strings with regular expressions; Pyrite has
no `re`, so each pattern is matched by hand here. Each function names the
pattern it stands for and accepts exactly the strings that pattern matches
(checked against CPython's patterns for every Unicode code point, and on
random strings).
"""


def _is_word(c):
    # `\w` in a str pattern: alphanumeric in the Unicode sense, or '_'.
    return c == '_' or c.isalnum()


def _word_end(s, i):
    """End of the run of word characters starting at s[i] (i if none)."""
    n = len(s)
    while i < n and _is_word(s[i]):
        i += 1
    return i


def _digits_end(s, i):
    """End of the run of decimal digits (`\\d`) starting at s[i]."""
    n = len(s)
    while i < n and s[i].isdecimal():
        i += 1
    return i


def _in_class_ignorecase(c, chars):
    """`[chars]` matched with re.IGNORECASE (chars are lower-case ASCII)."""
    if c.lower() in chars:
        return True
    # Non-ASCII characters the regex engine treats as case variants of ASCII
    # letters although their str.lower() is not that letter.
    if c == '\u017f':   # LATIN SMALL LETTER LONG S
        return 's' in chars
    if c == '\u0131' or c == '\u0130':   # DOTLESS I, CAPITAL I WITH DOT ABOVE
        return 'i' in chars
    return False


def _at_end(s, i):
    # `$` without MULTILINE: the end, or just before a final newline.
    n = len(s)
    return i == n or (i == n - 1 and s[i] == '\n')


def percent_format_has_field(fmt):
    r"""Search for  %\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]  (re.I).

    Every part is optional except the name and the conversion, and the sets
    of characters the parts accept are disjoint from the conversions, so
    matching each part greedily finds a match whenever one exists.
    """
    n = len(fmt)
    start = fmt.find('%(')
    while start >= 0:
        i = _word_end(fmt, start + 2)
        if i > start + 2 and i < n and fmt[i] == ')':
            i += 1
            while i < n and fmt[i] in '#0+ -':
                i += 1
            if i < n and fmt[i] == '*':
                i += 1
            else:
                i = _digits_end(fmt, i)
            if i + 1 < n and fmt[i] == '.' and (fmt[i + 1] == '*' or
                                                 fmt[i + 1].isdecimal()):
                i = i + 2 if fmt[i + 1] == '*' else _digits_end(fmt, i + 1)
            if i < n and _in_class_ignorecase(fmt[i], 'diouxefgcrsa%'):
                return True
        start = fmt.find('%(', start + 1)
    return False


def str_field_name_ok(name):
    r"""Match  ^(\d+|\w+)(\.\w+|\[[^]]+\])*$  against a replacement field name."""
    n = len(name)
    i = _word_end(name, 0)
    if i == 0:
        return False
    while i < n:
        c = name[i]
        if c == '.':
            j = _word_end(name, i + 1)
            if j == i + 1:
                break
            i = j
        elif c == '[':
            j = name.find(']', i + 1)
            if j <= i + 1:
                break
            i = j + 1
        else:
            break
    return _at_end(name, i)


def _str_spec_width_end(spec, i):
    r"""End of  (\d+|{\w+})  at spec[i], or i when it does not match there."""
    j = _digits_end(spec, i)
    if j > i:
        return j
    if i < len(spec) and spec[i] == '{':
        j = _word_end(spec, i + 1)
        if j > i + 1 and j < len(spec) and spec[j] == '}':
            return j + 1
    return i


def _str_spec_tail_ok(spec, i):
    n = len(spec)
    if i < n and spec[i] in '+ -':
        i += 1
    if i < n and spec[i] == '#':
        i += 1
    if i < n and spec[i] == '0':
        i += 1
    i = _str_spec_width_end(spec, i)
    if i < n and spec[i] in ',_':
        i += 1
    if i < n and spec[i] == '.':
        j = _str_spec_width_end(spec, i + 1)
        if j > i + 1:
            i = j
    if i < n and _in_class_ignorecase(spec[i], 'bcdefgnosx%'):
        i += 1
    return _at_end(spec, i)


def str_spec_ok(spec):
    r"""Match the format-spec pattern (re.I):

        ^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?[bcdefgnosx%]?$

    Only the optional fill-and-align group has real alternatives (fill plus
    align, align alone, or neither); the rest matches greedily.
    """
    align = '<>=^'
    if len(spec) >= 2 and spec[0] != '\n' and spec[1] in align:
        if _str_spec_tail_ok(spec, 2):
            return True
    if spec[:1] and spec[0] in align:
        if _str_spec_tail_ok(spec, 1):
            return True
    return _str_spec_tail_ok(spec, 0)


def _is_ascii_ident_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_ascii_ident_char(c):
    return _is_ascii_ident_start(c) or ('0' <= c <= '9')


def template_fields(fmt):
    """The placeholder names in a string.Template format, in order.

    Scans like string.Template's pattern: "$$" is an escape, "$name" and
    "${name}" are placeholders, and a '$' starting neither is invalid, which
    is reported as ValueError("invalid format: bare '$' not allowed").
    """
    fields = []
    n = len(fmt)
    i = fmt.find('$')
    while i >= 0:
        j = i + 1
        if j < n and fmt[j] == '$':
            i = fmt.find('$', j + 1)
            continue
        if j < n and _is_ascii_ident_start(fmt[j]):
            k = j + 1
            while k < n and _is_ascii_ident_char(fmt[k]):
                k += 1
            fields.append(fmt[j:k])
            i = fmt.find('$', k)
            continue
        if j < n and fmt[j] == '{' and j + 1 < n and \
                _is_ascii_ident_start(fmt[j + 1]):
            k = j + 2
            while k < n and _is_ascii_ident_char(fmt[k]):
                k += 1
            if k < n and fmt[k] == '}':
                fields.append(fmt[j + 1:k])
                i = fmt.find('$', k + 1)
                continue
        raise ValueError('invalid format: bare \'$\' not allowed')
    return fields

"""JSON decoding: a hand-written scanner (no regular expressions)."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

_WS = ' \t\n\r'
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'
_SIMPLE_ESCAPES = {
    '"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
    'n': '\n', 'r': '\r', 't': '\t',
}
_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'),
              '-Infinity': float('-inf')}


class JSONDecodeError(ValueError):
    """A ValueError carrying the position of a JSON syntax error.

    msg: the bare message, doc: the document, pos: the index of the error,
    lineno / colno: 1-based line and column of pos.
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        text = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, text)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _skip_ws(s, i, n):
    while i < n and s[i] in _WS:
        i += 1
    return i


def _scan_string(s, end, strict=True):
    """Scan a JSON string whose opening quote is at end - 1.

    Returns (text, index just past the closing quote).
    """
    n = len(s)
    begin = end - 1
    parts = []
    append = parts.append
    i = end
    while True:
        # Copy the longest run of ordinary characters in one slice.
        j = i
        while j < n:
            c = s[j]
            if c == '"' or c == '\\':
                break
            if c < ' ' and strict:
                raise JSONDecodeError('Invalid control character at', s, j)
            j += 1
        if j > i:
            append(s[i:j])
        if j >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if s[j] == '"':
            return ''.join(parts), j + 1
        # Backslash escape.
        j += 1
        if j >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[j]
        if esc != 'u':
            try:
                append(_SIMPLE_ESCAPES[esc])
            except KeyError:
                raise JSONDecodeError('Invalid \\escape', s, j - 1) from None
            i = j + 1
            continue
        code = _read_hex4(s, j + 1)
        i = j + 5
        if (0xd800 <= code <= 0xdbff and i + 6 < len(s)
                and s[i:i + 2] == '\\u'):
            low = _read_hex4(s, i + 2)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                i += 6
        append(chr(code))


def _read_hex4(s, i):
    digits = s[i:i + 4]
    if i + 4 < len(s):
        ok = True
        for c in digits:
            if c not in _HEX:
                ok = False
                break
        if ok:
            return int(digits, 16)
    raise JSONDecodeError('Invalid \\uXXXX escape', s, i - 1)


class _Scanner:
    def __init__(self, decoder):
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant

    def __call__(self, s, idx):
        return self.scan(s, idx)

    def scan(self, s, i):
        n = len(s)
        if i >= n:
            raise StopIteration(i)
        c = s[i]
        if c == '"':
            return _scan_string(s, i + 1, self.strict)
        if c == '{':
            return self.parse_object(s, i + 1)
        if c == '[':
            return self.parse_array(s, i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        return self.parse_number(s, i)

    def parse_number(self, s, start):
        n = len(s)
        i = start
        if i < n and s[i] == '-':
            i += 1
        if i < n and '1' <= s[i] <= '9':
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        elif i < n and s[i] == '0':
            i += 1
        else:
            raise StopIteration(start)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
            is_float = True
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j] in _DIGITS:
                j += 1
                while j < n and s[j] in _DIGITS:
                    j += 1
                i = j
                is_float = True
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def parse_object(self, s, i):
        n = len(s)
        pairs = []
        i = _skip_ws(s, i, n)
        if i < n and s[i] == '}':
            i += 1
        else:
            while True:
                if i >= n or s[i] != '"':
                    raise JSONDecodeError(
                        'Expecting property name enclosed in double quotes',
                        s, i)
                key, i = _scan_string(s, i + 1, self.strict)
                i = _skip_ws(s, i, n)
                if i >= n or s[i] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                i = _skip_ws(s, i + 1, n)
                value, i = self.scan(s, i)
                pairs.append((key, value))
                i = _skip_ws(s, i, n)
                if i < n and s[i] == '}':
                    i += 1
                    break
                if i >= n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = _skip_ws(s, i + 1, n)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), i
        obj = dict(pairs)
        if self.object_hook is not None:
            obj = self.object_hook(obj)
        return obj, i

    def parse_array(self, s, i):
        n = len(s)
        values = []
        i = _skip_ws(s, i, n)
        if i < n and s[i] == ']':
            return values, i + 1
        while True:
            value, i = self.scan(s, i)
            values.append(value)
            i = _skip_ws(s, i, n)
            if i < n and s[i] == ']':
                return values, i + 1
            if i >= n or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip_ws(s, i + 1, n)


class JSONDecoder(object):
    """Decode JSON text into Python objects.

    object      -> dict        array  -> list
    string      -> str         number -> int / float
    true/false  -> True/False  null   -> None
    NaN, Infinity, -Infinity are accepted as floats.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.scan_once = _Scanner(self)

    def decode(self, s):
        """Return the Python object for the whole JSON document s."""
        n = len(s)
        obj, end = self.raw_decode(s, _skip_ws(s, 0, n))
        end = _skip_ws(s, end, n)
        if end != n:
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode one JSON value starting at s[idx]; return (obj, end)."""
        if idx < 0:
            raise ValueError('idx cannot be negative')
        try:
            return self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None

"""JSON encoding."""

__all__ = ['JSONEncoder']

_ESCAPES = {
    '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
    '\b': '\\b', '\f': '\\f',
}
_INFINITY = float('inf')


def _escape_char(c, ensure_ascii):
    esc = _ESCAPES.get(c)
    if esc is not None:
        return esc
    code = ord(c)
    if code < 0x20 or (ensure_ascii and code > 0x7e):
        if code >= 0x10000:
            v = code - 0x10000
            return '\\u%04x\\u%04x' % (0xd800 | (v >> 10), 0xdc00 | (v & 0x3ff))
        return '\\u%04x' % code
    return c


def py_encode_basestring(s):
    """Quote s as a JSON string, leaving non-ASCII characters as they are."""
    out = []
    for c in s:
        if c in _ESCAPES or c < ' ':
            out.append(_escape_char(c, False))
        else:
            out.append(c)
    return '"' + ''.join(out) + '"'


def py_encode_basestring_ascii(s):
    """Quote s as a JSON string using only ASCII characters."""
    out = []
    for c in s:
        if ' ' <= c <= '~' and c != '"' and c != '\\':
            out.append(c)
        else:
            out.append(_escape_char(c, True))
    return '"' + ''.join(out) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Encode Python objects as JSON text.

    dict -> object, list/tuple -> array, str -> string, int/float -> number,
    True/False -> true/false, None -> null.  Override default() to support
    other types.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return the JSON text for o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return py_encode_basestring_ascii(o)
            return py_encode_basestring(o)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        """Yield the JSON text for o in chunks."""
        chunks = []
        _Writer(self, chunks.append).value(o, 0)
        return iter(chunks)


class _Writer:
    def __init__(self, enc, emit):
        self.enc = enc
        self.emit = emit
        self.markers = {} if enc.check_circular else None
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.quote = (py_encode_basestring_ascii if enc.ensure_ascii
                      else py_encode_basestring)

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INFINITY:
            text = 'Infinity'
        elif o == -_INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            raise ValueError('Out of range float values are not JSON '
                             'compliant: ' + repr(o))
        return text

    def enter(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[key] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level):
        emit = self.emit
        if isinstance(o, str):
            emit(self.quote(o))
        elif o is None:
            emit('null')
        elif o is True:
            emit('true')
        elif o is False:
            emit('false')
        elif isinstance(o, int):
            emit(int.__repr__(o))
        elif isinstance(o, float):
            emit(self.floatstr(o))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            self.enter(o)
            self.value(self.enc.default(o), level)
            self.leave(o)

    def newline(self, level):
        return '\n' + self.indent * level

    def array(self, lst, level):
        emit = self.emit
        if not lst:
            emit('[]')
            return
        self.enter(lst)
        if self.indent is not None:
            level += 1
            nl = self.newline(level)
            sep = self.enc.item_separator + nl
            emit('[' + nl)
        else:
            sep = self.enc.item_separator
            emit('[')
        first = True
        for item in lst:
            if not first:
                emit(sep)
            first = False
            self.value(item, level)
        if self.indent is not None:
            level -= 1
            emit(self.newline(level))
        emit(']')
        self.leave(lst)

    def key(self, k):
        if isinstance(k, str):
            return k
        if k is True:
            return 'true'
        if k is False:
            return 'false'
        if k is None:
            return 'null'
        if isinstance(k, int):
            return int.__repr__(k)
        if isinstance(k, float):
            return self.floatstr(k)
        if self.enc.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {k.__class__.__name__}')

    def object(self, dct, level):
        emit = self.emit
        if not dct:
            emit('{}')
            return
        self.enter(dct)
        if self.indent is not None:
            level += 1
            nl = self.newline(level)
            sep = self.enc.item_separator + nl
            emit('{' + nl)
        else:
            sep = self.enc.item_separator
            emit('{')
        items = dct.items()
        if self.enc.sort_keys:
            items = sorted(items)
        first = True
        for k, v in items:
            k = self.key(k)
            if k is None:
                continue
            if not first:
                emit(sep)
            first = False
            emit(self.quote(k))
            emit(self.enc.key_separator)
            self.value(v, level)
        if self.indent is not None:
            level -= 1
            emit(self.newline(level))
        emit('}')
        self.leave(dct)

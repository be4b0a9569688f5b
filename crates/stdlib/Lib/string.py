"""Common string constants and classes.

Constants:
whitespace -- ASCII whitespace characters
ascii_lowercase -- the lowercase ASCII letters
ascii_uppercase -- the uppercase ASCII letters
ascii_letters -- ascii_lowercase + ascii_uppercase
digits -- the decimal digits
hexdigits -- the hexadecimal digits
octdigits -- the octal digits
punctuation -- ASCII punctuation characters
printable -- digits, letters, punctuation and whitespace

Classes:
Template -- $-substitution in strings (PEP 292)
Formatter -- str.format() machinery that can be customised by subclassing
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s by sep (whitespace runs when None), capitalize every word and
    join them back with sep (a single space when None)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


####################################################################
# Template: $-substitution
####################################################################

_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_IGNORECASE = 2     # re.IGNORECASE


class _SentinelDict(dict):
    pass


_sentinel_dict = _SentinelDict()


def _ident_end(text, i):
    # End of the ASCII identifier starting at i (i itself when there is none).
    n = len(text)
    if i < n and text[i] in _ID_START:
        i += 1
        while i < n and text[i] in _ID_CHARS:
            i += 1
    return i


class Template:
    """A template string with $name or ${name} placeholders (PEP 292)."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _IGNORECASE

    # Subclasses that change the identifier patterns (or supply a complete
    # `pattern`) are matched with the re module; the default syntax is
    # scanned by hand so that no regular expression engine is needed.
    _regex = None

    def __init_subclass__(cls):
        super().__init_subclass__()
        if ('pattern' in cls.__dict__ or cls.idpattern != _DEFAULT_IDPATTERN
                or cls.braceidpattern is not None or cls.flags != _IGNORECASE):
            import re
            if 'pattern' in cls.__dict__:
                pattern = cls.pattern
            else:
                delim = re.escape(cls.delimiter)
                id = cls.idpattern
                bid = cls.braceidpattern or cls.idpattern
                pattern = fr"""
                {delim}(?:
                  (?P<escaped>{delim})  |   # Escape sequence of two delimiters
                  (?P<named>{id})       |   # delimiter and a Python identifier
                  {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
                  (?P<invalid>)             # Other ill-formed delimiter exprs
                )
                """
            if isinstance(pattern, str):
                pattern = re.compile(pattern, cls.flags | re.VERBOSE)
            cls.pattern = pattern
            cls._regex = pattern

    def __init__(self, template):
        self.template = template

    # Scanning -------------------------------------------------------------

    def _matches(self):
        """Yield (start, end, kind, name, invalid_pos) for every placeholder."""
        regex = self._regex
        if regex is not None:
            for mo in regex.finditer(self.template):
                if mo.group('escaped') is not None:
                    yield mo.start(), mo.end(), 'escaped', None, None
                    continue
                named = mo.group('named')
                if named is not None:
                    yield mo.start(), mo.end(), 'named', named, None
                    continue
                braced = mo.group('braced')
                if braced is not None:
                    yield mo.start(), mo.end(), 'braced', braced, None
                    continue
                if mo.group('invalid') is not None:
                    yield mo.start(), mo.end(), 'invalid', None, mo.start('invalid')
                    continue
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)
            return
        text = self.template
        delim = self.delimiter
        dlen = len(delim)
        pos = 0
        while True:
            i = text.find(delim, pos)
            if i < 0 or not dlen:
                return
            j = i + dlen
            if text.startswith(delim, j):
                end = j + dlen
                yield i, end, 'escaped', None, None
            else:
                k = _ident_end(text, j)
                if k > j:
                    end = k
                    yield i, end, 'named', text[j:k], None
                elif text.startswith('{', j):
                    k = _ident_end(text, j + 1)
                    if k > j + 1 and text.startswith('}', k):
                        end = k + 1
                        yield i, end, 'braced', text[j + 1:k], None
                    else:
                        end = j
                        yield i, end, 'invalid', None, j
                else:
                    end = j
                    yield i, end, 'invalid', None, j
            pos = end

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    # Substitution ---------------------------------------------------------

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        text = self.template
        parts = []
        pos = 0
        for start, end, kind, name, invalid_pos in self._matches():
            parts.append(text[pos:start])
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(invalid_pos)
            else:
                parts.append(str(mapping[name]))
            pos = end
        parts.append(text[pos:])
        return ''.join(parts)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        text = self.template
        parts = []
        pos = 0
        for start, end, kind, name, invalid_pos in self._matches():
            parts.append(text[pos:start])
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'invalid':
                parts.append(text[start:end])
            else:
                try:
                    parts.append(str(mapping[name]))
                except KeyError:
                    parts.append(text[start:end])
            pos = end
        parts.append(text[pos:])
        return ''.join(parts)

    def is_valid(self):
        for start, end, kind, name, invalid_pos in self._matches():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name, invalid_pos in self._matches():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


####################################################################
# Formatter: the machinery of str.format() in Python
####################################################################

def _parse_field(s, i):
    """Parse the replacement field that starts after the '{' at s[i-1].

    Returns (field_name, format_spec, conversion, index after the field)."""
    n = len(s)
    start = i
    c = ''
    while i < n:
        c = s[i]
        i += 1
        if c == '[':
            while i < n and s[i] != ']':
                i += 1
            continue
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '}' or c == ':' or c == '!':
            break
    else:
        raise ValueError("expected '}' before end of string")
    field_name = s[start:i - 1]
    conversion = None
    if c == '!':
        if i >= n:
            raise ValueError('end of string while looking for conversion '
                             'specifier')
        conversion = s[i]
        i += 1
        if i >= n:
            raise ValueError("unmatched '{' in format spec")
        c = s[i]
        i += 1
        if c != '}' and c != ':':
            raise ValueError("expected ':' after conversion specifier")
    format_spec = ''
    if c == ':':
        start = i
        depth = 1
        while i < n:
            c = s[i]
            i += 1
            if c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if depth == 0:
                    break
        else:
            raise ValueError("unmatched '{' in format spec")
        format_spec = s[start:i - 1]
    return field_name, format_spec, conversion, i


def _formatter_parser(s):
    n = len(s)
    i = 0
    while i < n:
        start = i
        while i < n:
            c = s[i]
            if c == '{' or c == '}':
                break
            i += 1
        literal = s[start:i]
        if i >= n:
            yield literal, None, None, None
            return
        c = s[i]
        if i + 1 < n and s[i + 1] == c:
            yield literal + c, None, None, None
            i += 2
            continue
        if c == '}':
            raise ValueError("Single '}' encountered in format string")
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        field_name, format_spec, conversion, i = _parse_field(s, i + 1)
        yield literal, field_name, format_spec, conversion


def _field_key(key):
    return int(key) if key.isdigit() else key


def _formatter_field_name_split(field_name):
    n = len(field_name)
    i = 0
    while i < n and field_name[i] not in '.[':
        i += 1
    first = _field_key(field_name[:i])
    rest = []
    while i < n:
        c = field_name[i]
        i += 1
        if c == '.':
            start = i
            while i < n and field_name[i] not in '.[':
                i += 1
            name = field_name[start:i]
            if not name:
                raise ValueError('Empty attribute in format string')
            rest.append((True, name))
        elif c == '[':
            start = i
            while i < n and field_name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = field_name[start:i]
            if not key:
                raise ValueError('Empty attribute in format string')
            rest.append((False, _field_key(key)))
            i += 1
            if i < n and field_name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format "
                                 "field specifier")
    return first, iter(rest)


class Formatter:
    """The str.format() algorithm as overridable methods."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):

            if literal_text:
                result.append(literal_text)

            if field_name is None:
                continue

            # Automatic ('{}') and manual ('{0}') numbering cannot be mixed.
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    # (CPython reports this case with the same message.)
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False

            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)

            # The format spec may itself contain replacement fields.
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs,
                used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)

            result.append(self.format_field(obj, format_spec))

        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        """Iterate over (literal_text, field_name, format_spec, conversion)."""
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        """Resolve 'name.attr[key]' to (object, first part of the name)."""
        first, rest = _formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first

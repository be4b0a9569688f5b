"""Text wrapping and filling: wrap(), fill(), shorten(), dedent(), indent()
and the configurable TextWrapper class."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# ASCII whitespace only: non-breaking spaces must not be broken at.
_whitespace = '\t\n\x0b\x0c\r '
_WHITESPACE = frozenset(_whitespace)
_WORD_PUNCT_EXTRA = frozenset('!"\'&.,?')


def _is_letter(c):
    # A word character that is not a digit.
    return c.isalpha() or c == '_' or (c.isalnum() and not c.isdecimal())


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _is_word_punct(c):
    return _is_word_char(c) or c in _WORD_PUNCT_EXTRA


def _split_words(text):
    """Split text into whitespace runs and words, breaking words after the
    hyphens of hyphenated words and around em-dashes ("--")."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _WHITESPACE:
            j = i + 1
            while j < n and text[j] in _WHITESPACE:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if (c == '-' and i > 0 and _is_word_punct(text[i - 1])
                and _dashes_then_word(text, i)):
            j = i
            while j < n and text[j] == '-':
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        # A word: extend it one character at a time until it ends.
        k = i + 1
        while True:
            if k < n and text[k] == '-' and _hyphen_breaks(text, k):
                k += 1
                break
            if k >= n or text[k] in _WHITESPACE:
                break
            if _is_word_punct(text[k - 1]) and _dashes_then_word(text, k):
                break
            k += 1
        chunks.append(text[i:k])
        i = k
    return chunks


def _dashes_then_word(text, i):
    # text[i:] starts with two or more dashes followed by a word character.
    j = i
    n = len(text)
    while j < n and text[j] == '-':
        j += 1
    return j - i >= 2 and j < n and _is_word_char(text[j])


def _hyphen_breaks(text, k):
    # May a word be broken after the hyphen at text[k]?  It must follow two
    # letters ("ab-") or a letter-hyphen-letter ("a-b-"), and be followed by
    # a letter, an optional hyphen and another letter.
    before = ((k >= 2 and _is_letter(text[k - 2]) and _is_letter(text[k - 1])) or
              (k >= 3 and _is_letter(text[k - 3]) and text[k - 2] == '-' and
               _is_letter(text[k - 1])))
    if not before:
        return False
    n = len(text)
    if k + 1 >= n or not _is_letter(text[k + 1]):
        return False
    if k + 2 < n and _is_letter(text[k + 2]):
        return True
    return k + 3 < n and text[k + 2] == '-' and _is_letter(text[k + 3])


def _split_simple(text):
    # Whitespace runs and the runs of other characters between them.
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        ws = text[i] in _WHITESPACE
        j = i + 1
        while j < n and (text[j] in _WHITESPACE) == ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # A lowercase letter, then '.', '!' or '?', then an optional quote.
    if chunk.endswith(('"', "'")):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?' and
            'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Object for wrapping/filling text.

    Options (attributes, also keyword arguments of the constructor):
      width (70), initial_indent (''), subsequent_indent (''),
      expand_tabs (True), tabsize (8), replace_whitespace (True),
      fix_sentence_endings (False), break_long_words (True),
      drop_whitespace (True), break_on_hyphens (True),
      max_lines (None), placeholder (' [...]').
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # Preparing the text ---------------------------------------------------

    def _munge_whitespace(self, text):
        """Expand tabs and turn every other whitespace character into a space
        (as configured)."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split text into chunks: words and whitespace runs."""
        if self.break_on_hyphens is True:
            return _split_words(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        """Use two spaces after the end of a sentence."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk longer than a line: put as much of it as fits on
        the current line (breaking after a hyphen if possible)."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            # Put the whole word on a line of its own.
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Lay the chunks out in lines of at most self.width characters."""
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            indent = (self.subsequent_indent if self.max_lines > 1
                      else self.initial_indent)
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')

        lines = []
        chunks = chunks[::-1]   # pop() takes the next chunk
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            # Whitespace at the start of a line (but the first) goes.
            if self.drop_whitespace and lines and not chunks[-1].strip():
                del chunks[-1]

            cur_line = []
            cur_len = 0
            while chunks and cur_len + len(chunks[-1]) <= width:
                chunk = chunks.pop()
                cur_line.append(chunk)
                cur_len += len(chunk)

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            # So does whitespace at the end of a line.
            if self.drop_whitespace and cur_line and not cur_line[-1].strip():
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if not cur_line:
                continue
            last_allowed = (self.max_lines is None or
                            len(lines) + 1 < self.max_lines)
            rest_empty = (not chunks or
                          (self.drop_whitespace and len(chunks) == 1 and
                           not chunks[0].strip()))
            if last_allowed or (rest_empty and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue

            # The last allowed line: end it with the placeholder.
            while cur_line:
                if (cur_line[-1].strip() and
                        cur_len + len(self.placeholder) <= width):
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break

        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    # Public interface -----------------------------------------------------

    def wrap(self, text):
        """Wrap the paragraph text; return a list of lines (without final
        newlines)."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap the paragraph text; return it as one string of lines."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a paragraph into lines of at most width characters; see
    TextWrapper for the keyword arguments."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Like wrap(), but return a single string with the lines joined by
    newlines."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of text and cut it to fit in width, replacing
    the words dropped at the end by the placeholder."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the whitespace prefix common to all lines of text.

    Lines holding only spaces and tabs are made empty and do not count;
    tabs and spaces are not considered equal.
    """
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        content = line.lstrip(' \t')
        if not content:
            if line:
                lines[i] = ''
            continue
        indent = line[:len(line) - len(content)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for j, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:j]
                    break
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text for which predicate(line) is true
    (by default: the lines that are not just whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))

"""The io module: streams.

`open` and the file classes (TextIOWrapper, BufferedReader, BufferedWriter) are the
interpreter's own (`_io`); StringIO and BytesIO are in-memory streams written here in Python,
following CPython's behaviour and messages. The abstract classes IOBase, RawIOBase,
BufferedIOBase and TextIOBase are ABCs the file classes are registered with, so
`isinstance(sys.stdout, io.TextIOBase)` holds as in CPython.

Not provided: FileIO, BufferedRandom, BufferedRWPair, IncrementalNewlineDecoder,
open_code, and BytesIO.getbuffer (Pyrite has no buffer protocol views of a BytesIO).
"""

import abc
import _io
from _io import open, TextIOWrapper, BufferedReader, BufferedWriter

__all__ = ["BlockingIOError", "open", "IOBase", "RawIOBase", "BufferedIOBase",
           "TextIOBase", "TextIOWrapper", "BufferedReader", "BufferedWriter",
           "StringIO", "BytesIO", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR",
           "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding"]

DEFAULT_BUFFER_SIZE = 8 * 1024

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def text_encoding(encoding, stacklevel=2):
    """The encoding argument for open(): `encoding` itself, or "locale" when it is None
    (PEP 597; Pyrite has no UTF-8 mode and no EncodingWarning)."""
    if encoding is None:
        return "locale"
    return encoding


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


class IOBase(metaclass=abc.ABCMeta):
    """The abstract base class for all I/O classes."""


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""


class BufferedIOBase(IOBase):
    """Base class for buffered binary I/O."""


class TextIOBase(IOBase):
    """Base class for text I/O."""


TextIOBase.register(TextIOWrapper)
BufferedIOBase.register(BufferedReader)
BufferedIOBase.register(BufferedWriter)


class _MemoryIO:
    """What StringIO and BytesIO share: a buffer (a str or a bytearray) and a position.

    Appending at the end (the common case: a log, print(file=...)) collects chunks and
    joins them only when the contents are needed, so many small writes stay linear."""

    def __init__(self, empty):
        self._empty = empty
        self._buf = empty
        self._chunks = []
        self._size = 0
        self._pos = 0
        self._closed = False

    # -- state -----------------------------------------------------------------

    def _check_closed(self):
        if self._closed:
            raise ValueError(self._closed_message)

    def _contents(self):
        if self._chunks:
            self._buf = self._buf + self._empty.join(self._chunks)
            self._chunks = []
        return self._buf

    def _store(self, data):
        """Write `data` at the position, padding a gap past the end."""
        n = len(data)
        if self._pos == self._size:
            if n:
                self._chunks.append(data)
        else:
            buf = self._contents()
            if self._pos > self._size:
                buf = buf + self._pad(self._pos - self._size)
            self._buf = buf[:self._pos] + data + buf[self._pos + n:]
            self._size = len(self._buf)
            self._pos += n
            return n
        self._size += n
        self._pos += n
        return n

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True
        self._buf = self._empty
        self._chunks = []

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_closed()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def tell(self):
        self._check_closed()
        return self._pos

    def _size_arg(self, size):
        if size is None:
            return -1
        if not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'"
                            % type(size).__name__)
        return size

    def read(self, size=-1):
        self._check_closed()
        size = self._size_arg(size)
        buf = self._contents()
        start = min(self._pos, self._size)
        end = self._size if size < 0 else min(self._size, start + size)
        self._pos = max(self._pos, end)
        return buf[start:end]

    def _take_line(self, buf, start, end, size):
        """Read buf[start:end] (a line), at most `size` of it when size >= 0."""
        if 0 <= size < end - start:
            end = start + size
        self._pos = max(self._pos, end)
        return buf[start:end]

    def _check_seek(self, pos):
        self._check_closed()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(pos).__name__)

    def readlines(self, hint=-1):
        self._check_closed()
        hint = self._size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        elif not isinstance(size, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(size).__name__)
        elif size < 0:
            raise ValueError("Negative size value %d" % size)
        if size < self._size:
            self._buf = self._contents()[:size]
            self._size = size
        return size


class StringIO(_MemoryIO):
    """Text I/O implementation using an in-memory buffer.

    The initial_value argument sets the value of object. The newline argument is like the
    one of TextIOWrapper's constructor."""

    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        super().__init__('')
        self._newline = newline
        self._seen = set()
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _pad(self, n):
        return '\0' * n

    def _translate(self, s):
        if self._newline is None:
            if '\r' in s:
                if '\r\n' in s:
                    self._seen.add('\r\n')
                if '\r' in s.replace('\r\n', ''):
                    self._seen.add('\r')
                s = s.replace('\r\n', '\n').replace('\r', '\n')
            if '\n' in s.replace('\r\n', ''):
                self._seen.add('\n')
        elif self._newline in ('\r', '\r\n'):
            s = s.replace('\n', self._newline)
        return s

    @property
    def newlines(self):
        if self._newline is not None or not self._seen:
            return None
        found = tuple(n for n in ('\r', '\n', '\r\n') if n in self._seen)
        return found[0] if len(found) == 1 else found

    @property
    def line_buffering(self):
        self._check_closed()
        return False

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def detach(self):
        raise UnsupportedOperation("detach")

    def getvalue(self):
        self._check_closed()
        return self._contents()

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        self._store(self._translate(s))
        return n

    def readline(self, size=-1):
        self._check_closed()
        size = self._size_arg(size)
        buf = self._contents()
        start = min(self._pos, self._size)
        if self._newline == '':
            # Universal line endings, kept as they are.
            end = self._size
            for i in range(start, self._size):
                c = buf[i]
                if c == '\n':
                    end = i + 1
                    break
                if c == '\r':
                    end = i + 2 if buf[i + 1:i + 2] == '\n' else i + 1
                    break
        else:
            sep = '\n' if self._newline is None else self._newline
            i = buf.find(sep, start)
            end = self._size if i < 0 else i + len(sep)
        return self._take_line(buf, start, end, size)

    def seek(self, pos, whence=0):
        self._check_seek(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence in (1, 2):
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            if whence == 2:
                self._pos = self._size
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def __repr__(self):
        return "<_io.StringIO object at %#x>" % id(self)


class BytesIO(_MemoryIO):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    _closed_message = "I/O operation on closed file."

    def __init__(self, initial_bytes=b''):
        super().__init__(b'')
        if initial_bytes:
            self.write(initial_bytes)
            self._pos = 0

    def _pad(self, n):
        return b'\0' * n

    def getvalue(self):
        self._check_closed()
        return self._contents()

    def write(self, b):
        self._check_closed()
        if not isinstance(b, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
        data = bytes(b)
        return self._store(data)

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_closed()
        size = self._size_arg(size)
        buf = self._contents()
        start = min(self._pos, self._size)
        i = buf.find(b'\n', start)
        end = self._size if i < 0 else i + 1
        return self._take_line(buf, start, end, size)

    def seek(self, pos, whence=0):
        self._check_seek(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._size + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def __repr__(self):
        return "<_io.BytesIO object at %#x>" % id(self)


for _cls in (StringIO, BytesIO):
    _cls.__module__ = '_io'
TextIOBase.register(StringIO)
BufferedIOBase.register(BytesIO)
del _cls

"""Extract, format and print information about Python stack traces.

Follows CPython 3.11's module. The entries, their caret lines and the final `Type: message`
lines (with "Did you mean" suggestions) come from the interpreter's own traceback display
(`_traceback`), so a printed exception looks the same whether the interpreter or this module
prints it.

Not supported: exception groups (Pyrite has none), and `capture_locals` for tracebacks
(Pyrite's traceback entries keep no locals; frames from `sys._getframe` do).
"""

import collections
import itertools
import linecache
import sys

import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'walk_stack', 'walk_tb',
           'FrameSummary', 'StackSummary', 'TracebackException']


# ---------------------------------------------------------------------------
# Formatting and printing lists of entries

def print_list(extracted_list, file=None):
    """Print the list of tuples as returned by extract_tb() or extract_stack()."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """Format a list of FrameSummary objects or (filename, lineno, name, line) tuples."""
    return StackSummary.from_list(extracted_list).format()


# ---------------------------------------------------------------------------
# Printing and extracting tracebacks

def print_tb(tb, limit=None, file=None):
    """Print up to `limit` entries of the traceback `tb` to `file` (default sys.stderr)."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """A StackSummary of up to `limit` entries of the traceback `tb`, oldest call first."""
    return StackSummary._extract_from_tb(tb, limit=limit)


# ---------------------------------------------------------------------------
# Exceptions

_cause_message = (
    "\nThe above exception was the direct cause "
    "of the following exception:\n\n")

_context_message = (
    "\nDuring handling of the above exception, "
    "another exception occurred:\n\n")

_sentinel = object()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None,
                    chain=True):
    """Print an exception and its traceback (and its cause or context) to `file`."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format an exception as print_exception() would: a list of strings, each ending in a
    newline (some contain internal newlines)."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback: usually a single line."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(*sys.exc_info(), limit, file, chain)'."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (sys.last_type...) as print_exc() would."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


# ---------------------------------------------------------------------------
# Printing and extracting the stack

def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point (or from frame `f`)."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """The stack from frame `f` (default: the caller) outwards, oldest call first, up to
    `limit` of the most recent entries."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def walk_stack(f):
    """Walk a stack following f.f_back from `f` (default: the caller), yielding the frame
    and line number of each."""
    if f is None:
        f = sys._getframe().f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Walk a traceback following tb_next, yielding the frame and line number of each."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


# ---------------------------------------------------------------------------
# FrameSummary and StackSummary

_RECURSIVE_CUTOFF = 3  # Also hardcoded in the interpreter's display.


class FrameSummary:
    """Information about a single frame from a traceback: filename, lineno, name, line,
    and (for traceback entries) the position of the failing expression."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    __hash__ = None

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        # Returns the line as-is from the source, without modifying whitespace.
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def _limited(entries, limit):
    """CPython's `limit`: at most the first `limit` entries, or the last -`limit`; with no
    limit, sys.tracebacklimit if set."""
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is not None:
        if limit >= 0:
            entries = itertools.islice(entries, limit)
        else:
            entries = collections.deque(entries, maxlen=-limit)
    return entries


def _repeated_line(count):
    """The line standing for `count` more repetitions of an entry."""
    return f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n'


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Create a StackSummary from an iterable of (frame, lineno) pairs, as walk_stack()
        and walk_tb() yield them."""
        result = klass()
        fnames = set()
        for f, lineno in _limited(frame_gen, limit):
            co = f.f_code
            filename = co.co_filename
            fnames.add(filename)
            if capture_locals:
                f_locals = getattr(f, 'f_locals', None)
                if f_locals is None:
                    raise NotImplementedError(
                        "capture_locals: Pyrite's traceback entries keep no locals")
            else:
                f_locals = None
            result.append(FrameSummary(filename, lineno, co.co_name,
                                       lookup_line=False, locals=f_locals))
        return klass._finish(result, fnames, lookup_lines)

    @classmethod
    def _extract_from_tb(klass, tb, limit=None, lookup_lines=True, capture_locals=False):
        """The entries of traceback `tb`, with the positions carets need."""
        if capture_locals:
            raise NotImplementedError(
                "capture_locals: Pyrite's traceback entries keep no locals")
        result = klass()
        fnames = set()
        entries = _traceback.extract_tb(tb) if tb is not None else []
        for filename, lineno, name, end_lineno, colno, end_colno in _limited(entries, limit):
            fnames.add(filename)
            result.append(FrameSummary(filename, lineno, name, lookup_line=False,
                                       end_lineno=end_lineno, colno=colno,
                                       end_colno=end_colno))
        return klass._finish(result, fnames, lookup_lines)

    @staticmethod
    def _finish(result, fnames, lookup_lines):
        for filename in fnames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Create a StackSummary from FrameSummary objects or old-style 4-tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The string for one entry: its location, source line, carets and locals."""
        line = frame_summary._original_line or None
        if line is not None and frame_summary.colno is not None \
                and frame_summary.end_colno is not None:
            end_lineno = frame_summary.end_lineno
            if end_lineno is None:
                end_lineno = frame_summary.lineno
            text = _traceback.format_frame(
                frame_summary.filename, frame_summary.lineno, frame_summary.name, line,
                end_lineno, frame_summary.colno, frame_summary.end_colno)
        else:
            text = _traceback.format_frame(
                frame_summary.filename, frame_summary.lineno, frame_summary.name, line,
                None, None, None)
        if frame_summary.locals:
            text += ''.join('    {name} = {value}\n'.format(name=name, value=value)
                            for name, value in sorted(frame_summary.locals.items()))
        return text

    def format(self):
        """The list of strings ready for printing, one per entry; runs of the same entry
        after the third are collapsed into a "[Previous line repeated N more times]" line."""
        result = []
        last_file = None
        last_line = None
        last_name = None
        count = 0
        for frame_summary in self:
            formatted_frame = self.format_frame_summary(frame_summary)
            if formatted_frame is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated_line(count - _RECURSIVE_CUTOFF))
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted_frame)

        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated_line(count - _RECURSIVE_CUTOFF))
        return result


# ---------------------------------------------------------------------------
# TracebackException

def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


class TracebackException:
    """An exception ready for rendering: its type, message, stack and (recursively) its
    cause and context, captured without keeping the frames alive.

    Pyrite keeps the exception object itself (privately) as well: its final lines are
    formatted by the interpreter, which needs it for "Did you mean" suggestions.
    """

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))

        self.stack = StackSummary._extract_from_tb(
            exc_traceback, limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self.exc_type = exc_type
        self._exc_value = exc_value
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)

        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = getattr(exc_value, 'filename', None)
            lno = getattr(exc_value, 'lineno', None)
            self.lineno = str(lno) if lno is not None else None
            end_lno = getattr(exc_value, 'end_lineno', None)
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = getattr(exc_value, 'text', None)
            self.offset = getattr(exc_value, 'offset', None)
            self.end_offset = getattr(exc_value, 'end_offset', None)
            self.msg = getattr(exc_value, 'msg', None)
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = \
            exc_value.__suppress_context__ if exc_value is not None else False

        # Convert the chain of causes and contexts.
        self.exceptions = None
        self.__cause__ = None
        self.__context__ = None
        def nested(exc):
            return TracebackException(type(exc), exc, exc.__traceback__, limit=limit,
                                      lookup_lines=lookup_lines,
                                      capture_locals=capture_locals, _seen=_seen)

        if not is_recursive_call:
            queue = [(self, exc_value)]
            while queue:
                te, e = queue.pop()
                if (e and e.__cause__ is not None
                        and id(e.__cause__) not in _seen):
                    cause = nested(e.__cause__)
                else:
                    cause = None

                if compact:
                    need_context = (cause is None and e is not None and
                                    not e.__suppress_context__)
                else:
                    need_context = True
                if (e and e.__context__ is not None
                        and need_context and id(e.__context__) not in _seen):
                    context = nested(e.__context__)
                else:
                    context = None

                te.__cause__ = cause
                te.__context__ = context
                if cause:
                    queue.append((te.__cause__, e.__cause__))
                if context:
                    queue.append((te.__context__, e.__context__))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        """Private API. force all lines in the stack to be loaded."""
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Format the exception part of the traceback: generally one line, several for a
        SyntaxError (its location and caret) or an exception with notes."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        text = _traceback.format_exception_only(self._exc_value)
        yield from text.splitlines(keepends=True)

    def format(self, *, chain=True, _ctx=None):
        """Format the exception as strings, each ending in a newline: the cause or context
        first (with the message linking them), then this exception's traceback and lines."""
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg = _cause_message
                    chained_exc = exc.__cause__
                elif (exc.__context__ is not None and
                      not exc.__suppress_context__):
                    chained_msg = _context_message
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None

                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))

        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            if exc.stack:
                yield 'Traceback (most recent call last):\n'
                yield from exc.stack.format()
            yield from exc.format_exception_only()

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to 'file'."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        line = "%s\n" % etype
    else:
        line = "%s: %s\n" % (etype, valuestr)
    return line

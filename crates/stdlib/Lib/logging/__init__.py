"""Logging facility for Python programs (Pyrite's pure-Python `logging`).

This follows the behaviour, messages and output formats of CPython 3.11's
`logging` package: levels, LogRecord, Formatter (with the '%', '{' and '$'
styles), Filter/Filterer, Handler, StreamHandler, FileHandler, NullHandler,
the logger hierarchy kept by a Manager, LoggerAdapter, basicConfig() and the
module-level convenience functions.

Differences from CPython's implementation that are not visible in behaviour:

* The registry of named handlers is a plain dict, not CPython's weak one (this
  module was written before Pyrite had `weakref`; a named handler leaves it when
  it is closed, not when it is collected), and
  the list that shutdown() walks holds the handlers themselves instead of weak
  references to them (handlers live until the interpreter exits).
* Pyrite has no `re`, so the format-string validation patterns CPython keeps
  as compiled regular expressions (PercentStyle.validation_pattern,
  StrFormatStyle.fmt_spec and .field_spec) are hand-written scanners in
  logging._formatcheck; they accept and reject exactly what those patterns do.

`logging.handlers` and `logging.config` are not provided.
"""

import sys
import os
import time
import io
import traceback
import warnings
import threading
import collections.abc

from string import Template
from string import Formatter as StrFormatter
from types import GenericAlias

from . import _formatcheck

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR',
           'FATAL', 'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO',
           'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'captureWarnings', 'critical', 'debug', 'disable', 'error',
           'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown',
           'warn', 'warning', 'getLogRecordFactory', 'setLogRecordFactory',
           'lastResort', 'raiseExceptions', 'getLevelNamesMapping']

# ---------------------------------------------------------------------------
# Module-wide switches
# ---------------------------------------------------------------------------

# Wall-clock time the module was imported; LogRecord.relativeCreated counts
# milliseconds from here.
_startTime = time.time()

# When true, errors raised while emitting a record are reported on stderr by
# Handler.handleError (and a few misuse errors are raised to the caller).
raiseExceptions = True

# Whether LogRecords collect thread, process and process-name information.
logThreads = True
logMultiprocessing = True
logProcesses = True

# ---------------------------------------------------------------------------
# Levels
# ---------------------------------------------------------------------------

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {
    CRITICAL: 'CRITICAL',
    ERROR: 'ERROR',
    WARNING: 'WARNING',
    INFO: 'INFO',
    DEBUG: 'DEBUG',
    NOTSET: 'NOTSET',
}
_nameToLevel = {
    'CRITICAL': CRITICAL,
    'FATAL': FATAL,
    'ERROR': ERROR,
    'WARN': WARNING,
    'WARNING': WARNING,
    'INFO': INFO,
    'DEBUG': DEBUG,
    'NOTSET': NOTSET,
}


def getLevelNamesMapping():
    """Return a new dict mapping every level name to its numeric value."""
    return _nameToLevel.copy()


def getLevelName(level):
    """Return the name registered for the numeric `level`.

    A registered level *name* gives back its number instead (kept for
    compatibility), and anything else gives "Level %s" % level.
    """
    name = _levelToName.get(level)
    if name is not None:
        return name
    number = _nameToLevel.get(level)
    if number is not None:
        return number
    return "Level %s" % level


def addLevelName(level, levelName):
    """Register `levelName` as the name of the numeric `level` (both ways)."""
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


if hasattr(sys, "_getframe"):
    currentframe = lambda: sys._getframe(1)
else:  # pragma: no cover
    def currentframe():
        """Return the frame of the caller of the function calling this one."""
        try:
            raise Exception
        except Exception:
            return sys.exc_info()[2].tb_frame.f_back


# os.path.normcase is the identity on POSIX, which is the only kind of system
# Pyrite runs on; use it when the os module has it.
_normcase = getattr(os.path, 'normcase', None) or (lambda s: s)

# The file this module's code objects come from. findCaller() skips frames
# from it to reach the code that called into logging. It is taken from a code
# object rather than __file__ because frozen modules may not set __file__.
# Setting it to None turns caller lookup off.
_srcfile = _normcase(addLevelName.__code__.co_filename)


def _is_internal_frame(frame):
    """Whether `frame` belongs to logging itself or to the import machinery."""
    filename = _normcase(frame.f_code.co_filename)
    return filename == _srcfile or (
        "importlib" in filename and "_bootstrap" in filename)


def _in_logging_package(filename):
    """Whether `filename` is one of this package's source files.

    For a package on disk that is the package directory; for a frozen
    package (whose code objects are named like "<frozen logging>") the
    directory test cannot work, so the module's own file name is accepted too.
    """
    return (filename == _srcfile or
            os.path.dirname(filename) == __path__[0])


def _checkLevel(level):
    """Return `level` as a number: an int as is, or a registered level name."""
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# ---------------------------------------------------------------------------
# The module lock
# ---------------------------------------------------------------------------

# One re-entrant lock guards the module's shared state: the level tables, the
# handler registry and the logger hierarchy (a handler that is being set up
# may log, hence re-entrant).
_lock = threading.RLock()


def _acquireLock():
    """Take the module-level lock (pair with _releaseLock())."""
    if _lock:
        _lock.acquire()


def _releaseLock():
    """Release the module-level lock taken by _acquireLock()."""
    if _lock:
        _lock.release()


if not hasattr(os, 'register_at_fork'):
    def _register_at_fork_reinit_lock(instance):
        pass  # no fork hooks on this platform: nothing to re-initialise
else:
    _at_fork_reinit_lock_list = []

    def _register_at_fork_reinit_lock(instance):
        with _lock:
            _at_fork_reinit_lock_list.append(instance)

    def _after_at_fork_child_reinit_locks():
        for handler in _at_fork_reinit_lock_list:
            handler._at_fork_reinit()
        _lock._at_fork_reinit()

    os.register_at_fork(before=_acquireLock,
                        after_in_child=_after_at_fork_child_reinit_locks,
                        after_in_parent=_releaseLock)


# ---------------------------------------------------------------------------
# LogRecord
# ---------------------------------------------------------------------------

class LogRecord(object):
    """Everything known about one event being logged.

    A LogRecord is made each time something is logged. `msg` and `args` are
    combined by getMessage() (msg % args) to give the message; the other
    attributes describe where and when the event happened.
    """

    def __init__(self, name, level, pathname, lineno,
                 msg, args, exc_info, func=None, sinfo=None, **kwargs):
        ct = time.time()
        self.name = name
        self.msg = msg
        # logger.debug("%(a)s", {"a": 1}): a single non-empty mapping is the
        # argument for %-formatting by key, so it becomes `args` itself.
        if (args and len(args) == 1 and
                isinstance(args[0], collections.abc.Mapping) and args[0]):
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            self.filename = os.path.basename(pathname)
            self.module = os.path.splitext(self.filename)[0]
        except (TypeError, ValueError, AttributeError):
            self.filename = pathname
            self.module = "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None  # cache for the formatted traceback
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = ct
        # Milliseconds within the second, a float with no fractional part.
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (self.created - _startTime) * 1000
        if logThreads:
            self.thread = threading.get_ident()
            self.threadName = threading.current_thread().name
        else:  # pragma: no cover
            self.thread = None
            self.threadName = None
        if not logMultiprocessing:  # pragma: no cover
            self.processName = None
        else:
            self.processName = 'MainProcess'
            mp = sys.modules.get('multiprocessing')
            if mp is not None:
                try:
                    self.processName = mp.current_process().name
                except Exception:  # pragma: no cover
                    pass
        if logProcesses and hasattr(os, 'getpid'):
            self.process = os.getpid()
        else:
            self.process = None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """The message: str(msg), %-formatted with args when there are any."""
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    """Use `factory` (called like LogRecord) to make every LogRecord."""
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    """Return the callable used to make LogRecords."""
    return _logRecordFactory


def makeLogRecord(dict):
    """Make a LogRecord whose attributes are the items of `dict`.

    Useful for turning a record that was sent somewhere as a dict back into a
    LogRecord.
    """
    rv = _logRecordFactory(None, None, "", 0, "", (), None, None)
    rv.__dict__.update(dict)
    return rv


# ---------------------------------------------------------------------------
# Formatter styles
# ---------------------------------------------------------------------------

class PercentStyle(object):
    """Formats records with printf-style  %(name)s  fields."""

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        """Raise ValueError unless the format has at least one %(name)x field."""
        if not _formatcheck.percent_format_has_field(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _values(self, record):
        """The record's attributes, over the style's defaults."""
        defaults = self._defaults
        return defaults | record.__dict__ if defaults else record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)


class StrFormatStyle(PercentStyle):
    """Formats records with str.format()  {name}  fields."""

    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        """Raise ValueError unless every field is well formed and there is one."""
        fields = set()
        try:
            for _, fieldname, spec, conversion in _str_formatter.parse(self._fmt):
                if fieldname:
                    if not _formatcheck.str_field_name_ok(fieldname):
                        raise ValueError('invalid field name/expression: %r'
                                         % fieldname)
                    fields.add(fieldname)
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and not _formatcheck.str_spec_ok(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not fields:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    """Formats records with string.Template  $name / ${name}  fields."""

    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._tpl = Template(self._fmt)

    def usesTime(self):
        fmt = self._fmt
        return fmt.find('$asctime') >= 0 or fmt.find(self.asctime_search) >= 0

    def validate(self):
        """Raise ValueError for a bare '$' or a format without fields."""
        if not _formatcheck.template_fields(self._fmt):
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(**self._values(record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}

_str_formatter = StrFormatter()
del StrFormatter


# ---------------------------------------------------------------------------
# Formatter
# ---------------------------------------------------------------------------

class Formatter(object):
    """Turns a LogRecord into text.

    The format string names LogRecord attributes (plus `message`, the result
    of record.getMessage(), and `asctime`, the creation time as text), in one
    of three styles: '%' -- %(levelname)s, '{' -- {levelname}, or
    '$' -- ${levelname}. The default is '%(message)s'.

    `converter` turns record.created into a struct_time for formatTime(); it is
    time.localtime, and may be set to time.gmtime (on an instance or on the
    class).
    """

    converter = time.localtime

    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(
                             _STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        """The record's creation time as text.

        With `datefmt`, that is time.strftime(datefmt, ...); otherwise
        default_time_format followed by the milliseconds, through
        default_msec_format (e.g. "2003-07-08 16:49:45,896").
        """
        ct = self.converter(record.created)
        if datefmt:
            s = time.strftime(datefmt, ct)
        else:
            s = time.strftime(self.default_time_format, ct)
            if self.default_msec_format:
                s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        """An exc_info tuple as the text traceback.print_exception() gives,
        without the final newline."""
        sio = io.StringIO()
        tb = ei[2]
        traceback.print_exception(ei[0], ei[1], tb, None, sio)
        s = sio.getvalue()
        sio.close()
        if s[-1:] == "\n":
            s = s[:-1]
        return s

    def usesTime(self):
        """Whether the format refers to asctime."""
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        """The text for record.stack_info; the default is the text itself."""
        return stack_info

    def format(self, record):
        """Format `record`: set record.message (and record.asctime when the
        format uses it), apply the format string, then append the exception
        text (cached in record.exc_text) and the stack information."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            # The traceback text is the same for every handler: keep it.
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records: a header, each record, then a footer."""

    def __init__(self, linefmt=None):
        if linefmt:
            self.linefmt = linefmt
        else:
            self.linefmt = _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        rv = ""
        if len(records) > 0:
            rv = rv + self.formatHeader(records)
            for record in records:
                rv = rv + self.linefmt.format(record)
            rv = rv + self.formatFooter(records)
        return rv


# ---------------------------------------------------------------------------
# Filters
# ---------------------------------------------------------------------------

class Filter(object):
    """Lets through records from one logger and its descendants.

    Filter("A.B") passes records from "A.B", "A.B.C", "A.B.C.D", ... but not
    from "A.BB" or "B.A.B"; Filter() (or Filter("")) passes everything.
    """

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        """Whether `record` comes from the named logger or one below it."""
        if self.nlen == 0:
            return True
        elif self.name == record.name:
            return True
        elif record.name.find(self.name, 0, self.nlen) != 0:
            return False
        return (record.name[self.nlen] == ".")


class Filterer(object):
    """Base of Logger and Handler: holds a list of filters.

    A filter is an object with a filter(record) method or a callable taking
    the record; a false result drops the record.
    """

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if not (filter in self.filters):
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """True when every filter lets `record` through (checked in order,
        stopping at the first that does not)."""
        rv = True
        for f in self.filters:
            if hasattr(f, 'filter'):
                result = f.filter(record)
            else:
                result = f(record)  # a plain callable
            if not result:
                rv = False
                break
        return rv


# ---------------------------------------------------------------------------
# Handlers
# ---------------------------------------------------------------------------

# Named handlers, by name. (CPython uses a WeakValueDictionary; here entries
# stay until the handler is closed or renamed.)
_handlers = {}

# Every handler ever created, oldest first, for shutdown() to flush and close
# in reverse order. (CPython keeps weak references; here the list holds the
# handlers, which therefore live until the interpreter exits.)
_handlerList = []


def _removeHandlerRef(wr):
    """Drop an entry from the shutdown list (a no-op when it is not there)."""
    acquire, release, handlers = _acquireLock, _releaseLock, _handlerList
    if acquire and release and handlers:
        acquire()
        try:
            handlers.remove(wr)
        except ValueError:
            pass
        finally:
            release()


def _addHandlerRef(handler):
    """Put a new handler on the list shutdown() walks."""
    with _lock:
        _handlerList.append(handler)


class Handler(Filterer):
    """Sends LogRecords somewhere: the base class of all handlers.

    Subclasses implement emit(). handle() filters the record and calls emit()
    with the handler's lock held, so a handler emits one record at a time.
    """

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _addHandlerRef(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        """Create the lock that serialises this handler's I/O."""
        self.lock = threading.RLock()
        _register_at_fork_reinit_lock(self)

    def _at_fork_reinit(self):
        self.lock._at_fork_reinit()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        """Set the handler's threshold (a number or a level name)."""
        self.level = _checkLevel(level)

    def format(self, record):
        """Format with this handler's formatter, or the default one."""
        if self.formatter:
            fmt = self.formatter
        else:
            fmt = _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        """Do whatever it takes to actually log `record` (subclasses)."""
        raise NotImplementedError('emit must be implemented '
                                  'by Handler subclasses')

    def handle(self, record):
        """Emit `record` if the handler's filters pass it, under the lock.

        Returns whether the record passed the filters.
        """
        rv = self.filter(record)
        if rv:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return rv

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        """Write out anything buffered (subclasses)."""
        pass

    def close(self):
        """Release the handler's resources; the base drops it from the
        registry of named handlers. Subclasses call this from theirs."""
        with _lock:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]

    def handleError(self, record):
        """Report an exception raised during emit().

        With raiseExceptions true (the default) the traceback, the caller's
        stack, the message and its arguments go to sys.stderr; otherwise the
        error is ignored. The program carries on either way.
        """
        if raiseExceptions and sys.stderr:
            t, v, tb = sys.exc_info()
            try:
                sys.stderr.write('--- Logging error ---\n')
                traceback.print_exception(t, v, tb, None, sys.stderr)
                sys.stderr.write('Call stack:\n')
                # Walk out of the logging package to the code that logged.
                frame = tb.tb_frame
                while (frame and
                       _in_logging_package(frame.f_code.co_filename)):
                    frame = frame.f_back
                if frame:
                    traceback.print_stack(frame, file=sys.stderr)
                else:
                    sys.stderr.write('Logged from file %s, line %s\n' % (
                                     record.filename, record.lineno))
                try:
                    sys.stderr.write('Message: %r\n'
                                     'Arguments: %s\n' % (record.msg,
                                                          record.args))
                except RecursionError:
                    raise
                except Exception:
                    sys.stderr.write('Unable to print the message and arguments'
                                     ' - possible formatting error.\nUse the'
                                     ' traceback above to help find the error.\n'
                                     )
            except OSError:  # pragma: no cover
                pass  # stderr itself is broken: nothing more to do
            finally:
                del t, v, tb

    def __repr__(self):
        level = getLevelName(self.level)
        return '<%s (%s)>' % (self.__class__.__name__, level)


class StreamHandler(Handler):
    """Writes formatted records to a stream (default sys.stderr), each
    followed by `terminator`. It never closes the stream."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        self.acquire()
        try:
            if self.stream and hasattr(self.stream, "flush"):
                self.stream.flush()
        finally:
            self.release()

    def emit(self, record):
        """Write the formatted record and the terminator, then flush.
        Errors go to handleError()."""
        try:
            msg = self.format(record)
            stream = self.stream
            # One write per record, so a line is never split by another
            # writer of the same stream.
            stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Switch to `stream`, flushing the old one; return the old stream,
        or None if `stream` is already the current one."""
        if stream is self.stream:
            result = None
        else:
            result = self.stream
            self.acquire()
            try:
                self.flush()
                self.stream = stream
            finally:
                self.release()
        return result

    def __repr__(self):
        level = getLevelName(self.level)
        name = getattr(self.stream, 'name', '')
        name = str(name)  # a stream's name may be a file descriptor
        if name:
            name += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, name, level)

    __class_getitem__ = classmethod(GenericAlias)


def _fspath(path):
    # os.fspath when the os module has it; otherwise the same protocol.
    fspath = getattr(os, 'fspath', None)
    if fspath is not None:
        return fspath(path)
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), '__fspath__', None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(path).__name__)
    result = method(path)
    if not isinstance(result, (str, bytes)):
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(path).__name__, type(result).__name__))
    return result


class FileHandler(StreamHandler):
    """Writes formatted records to a file, opened at creation (or at the
    first record when `delay` is true)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False,
                 errors=None):
        filename = _fspath(filename)
        # Keep the absolute path, so a later chdir() does not move the log.
        self.baseFilename = os.path.abspath(filename)
        self.mode = mode
        self.encoding = encoding
        if "b" not in mode:
            self.encoding = io.text_encoding(encoding)
        self.errors = errors
        self.delay = delay
        # Remember open() now: at interpreter exit the builtin may be gone by
        # the time a delayed handler first opens its file.
        self._builtin_open = open
        if delay:
            # Not opened yet: skip StreamHandler.__init__, which needs a stream.
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def close(self):
        """Flush and close the file."""
        self.acquire()
        try:
            try:
                if self.stream:
                    try:
                        self.flush()
                    finally:
                        stream = self.stream
                        self.stream = None
                        if hasattr(stream, "close"):
                            stream.close()
            finally:
                StreamHandler.close(self)
        finally:
            self.release()

    def _open(self):
        """Open baseFilename with the handler's mode, encoding and errors."""
        open_func = self._builtin_open
        return open_func(self.baseFilename, self.mode,
                         encoding=self.encoding, errors=self.errors)

    def emit(self, record):
        """Open the file if that has not happened yet, then write the record.

        A handler closed after truncating its file (mode 'w') does not open
        it again, which would lose what was written."""
        if self.stream is None:
            if self.mode != 'w' or not self._closed:
                self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        level = getLevelName(self.level)
        return '<%s %s (%s)>' % (self.__class__.__name__, self.baseFilename,
                                 level)


class _StderrHandler(StreamHandler):
    """A StreamHandler for whatever sys.stderr is at the time of writing."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)

# Used for records that find no handler anywhere in the hierarchy. Set it to
# None to get the one-off "No handlers could be found" message instead.
lastResort = _defaultLastResort


class NullHandler(Handler):
    """Does nothing. A library adds one to its top-level logger so that its
    records are not shown when the application configures no logging."""

    def handle(self, record):
        """Ignore the record."""

    def emit(self, record):
        """Ignore the record."""

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


# ---------------------------------------------------------------------------
# The logger hierarchy
# ---------------------------------------------------------------------------

class PlaceHolder(object):
    """Stands in the hierarchy for a logger not created yet that already has
    descendants; it remembers them so they can be re-parented later."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


def setLoggerClass(klass):
    """Make getLogger() create loggers of class `klass` (a Logger subclass)."""
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: "
                            + klass.__name__)
    global _loggerClass
    _loggerClass = klass


def getLoggerClass():
    """Return the class getLogger() uses for new loggers."""
    return _loggerClass


class Manager(object):
    """Owns the hierarchy of loggers below one root logger."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def getLogger(self, name):
        """Return the logger called `name`, creating it if needed.

        A logger is created with its nearest existing ancestor as parent;
        when it replaces a PlaceHolder, the descendants that were waiting on
        it are re-parented to it.
        """
        rv = None
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            if name in self.loggerDict:
                rv = self.loggerDict[name]
                if isinstance(rv, PlaceHolder):
                    ph = rv
                    rv = (self.loggerClass or _loggerClass)(name)
                    rv.manager = self
                    self.loggerDict[name] = rv
                    self._fixupChildren(ph, rv)
                    self._fixupParents(rv)
            else:
                rv = (self.loggerClass or _loggerClass)(name)
                rv.manager = self
                self.loggerDict[name] = rv
                self._fixupParents(rv)
        return rv

    def setLoggerClass(self, klass):
        """Make this manager create loggers of class `klass`."""
        if klass != Logger:
            if not issubclass(klass, Logger):
                raise TypeError("logger not derived from logging.Logger: "
                                + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        """Give `alogger` its nearest existing ancestor as parent (the root if
        there is none), leaving PlaceHolders for the missing ones."""
        name = alogger.name
        i = name.rfind(".")
        rv = None
        while (i > 0) and not rv:
            substr = name[:i]
            if substr not in self.loggerDict:
                self.loggerDict[substr] = PlaceHolder(alogger)
            else:
                obj = self.loggerDict[substr]
                if isinstance(obj, Logger):
                    rv = obj
                else:
                    assert isinstance(obj, PlaceHolder)
                    obj.append(alogger)
            i = name.rfind(".", 0, i - 1)
        if not rv:
            rv = self.root
        alogger.parent = rv

    def _fixupChildren(self, ph, alogger):
        """Put `alogger` between each logger waiting on `ph` and its current
        parent, unless that parent is already below `alogger`."""
        name = alogger.name
        namelen = len(name)
        for c in ph.loggerMap.keys():
            if c.parent.name[:namelen] != name:
                alogger.parent = c.parent
                c.parent = alogger

    def _clear_cache(self):
        """Forget every logger's isEnabledFor() answers (levels changed)."""
        with _lock:
            for logger in self.loggerDict.values():
                if isinstance(logger, Logger):
                    logger._cache.clear()
            self.root._cache.clear()


class Logger(Filterer):
    """A named channel for log events, part of a dotted-name hierarchy.

    A logger's effective level is its own or, when that is NOTSET, the
    nearest ancestor's. Records it accepts go to its handlers and, while
    `propagate` is true, to its ancestors' handlers.

    Loggers are not meant to be created directly: use logging.getLogger().
    """

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        """Set the logger's level (a number or a level name)."""
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        """Log msg % args at DEBUG. Keyword arguments: exc_info, stack_info,
        stacklevel and extra (see _log)."""
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        """Log msg % args at INFO."""
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        """Log msg % args at WARNING."""
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, "
                      "use 'warning' instead", DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        """Log msg % args at ERROR."""
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Log at ERROR with the exception being handled."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        """Log msg % args at CRITICAL."""
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        """Log msg % args at the numeric `level`."""
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            else:
                return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(filename, line number, function name, stack text or None) of the
        frame that logged: the `stacklevel`-th frame outside logging itself."""
        f = currentframe()
        if f is None:
            return "(unknown file)", 0, "(unknown function)", None
        while stacklevel > 0:
            next_f = f.f_back
            if next_f is None:
                # The stack is not that deep: use the outermost frame.
                break
            f = next_f
            if not _is_internal_frame(f):
                stacklevel -= 1
        co = f.f_code
        sinfo = None
        if stack_info:
            with io.StringIO() as sio:
                sio.write("Stack (most recent call last):\n")
                traceback.print_stack(f, file=sio)
                sinfo = sio.getvalue()
                if sinfo[-1] == '\n':
                    sinfo = sinfo[:-1]
        return co.co_filename, f.f_lineno, co.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        """Make the LogRecord (through the record factory) and add `extra`'s
        items to it; they may not replace existing attributes."""
        rv = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func,
                               sinfo)
        if extra is not None:
            for key in extra:
                if (key in ["message", "asctime"]) or (key in rv.__dict__):
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                rv.__dict__[key] = extra[key]
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None,
             stack_info=False, stacklevel=1):
        """Make a record for the event and handle it.

        `exc_info` may be an exception instance, an exc_info tuple, or any
        other true value meaning sys.exc_info().
        """
        sinfo = None
        if _srcfile:
            try:
                fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
            except ValueError:  # pragma: no cover
                fn, lno, func = "(unknown file)", 0, "(unknown function)"
        else:  # pragma: no cover
            fn, lno, func = "(unknown file)", 0, "(unknown function)"
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args,
                                 exc_info, func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        """Pass `record` to the handlers, unless the logger is disabled or a
        filter rejects it."""
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if not (hdlr in self.handlers):
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        """Whether this logger or an ancestor it propagates to has handlers."""
        c = self
        rv = False
        while c:
            if c.handlers:
                rv = True
                break
            if not c.propagate:
                break
            else:
                c = c.parent
        return rv

    def callHandlers(self, record):
        """Give `record` to each handler of this logger and of its ancestors
        (up to the first that does not propagate) whose level it reaches.
        With no handler anywhere, `lastResort` handles it."""
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None
            else:
                c = c.parent
        if (found == 0):
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write("No handlers could be found for logger"
                                 " \"%s\"\n" % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The first level other than NOTSET up the hierarchy (or NOTSET)."""
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        """Whether a record at `level` would be processed (answers are cached
        until a level changes)."""
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            with _lock:
                if self.manager.disable >= level:
                    is_enabled = self._cache[level] = False
                else:
                    is_enabled = self._cache[level] = (
                        level >= self.getEffectiveLevel()
                    )
            return is_enabled

    def getChild(self, suffix):
        """The logger below this one called `suffix` (which may be dotted):
        getLogger('a').getChild('b.c') is getLogger('a.b.c')."""
        if self.root is not self:
            suffix = '.'.join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name, level)

    def __reduce__(self):
        # Loggers pickle by name, which only works for the registered one.
        if getLogger(self.name) is not self:
            import pickle
            raise pickle.PicklingError('logger cannot be pickled')
        return getLogger, (self.name,)


class RootLogger(Logger):
    """The logger at the top of the hierarchy, called "root"."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


class LoggerAdapter(object):
    """Wraps a logger to add context to its records: by default the `extra`
    dict given here is passed as `extra` on every call (see process())."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        """Adjust the message and keyword arguments of a logging call; the
        default sets kwargs["extra"] to the adapter's extra."""
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, "
                      "use 'warning' instead", DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Log through the wrapped logger after process()."""
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None,
             stack_info=False):
        # Delegated, so that adapters can wrap adapters.
        return self.logger._log(
            level,
            msg,
            args,
            exc_info=exc_info,
            extra=extra,
            stack_info=stack_info,
        )

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        logger = self.logger
        level = getLevelName(logger.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, logger.name, level)

    __class_getitem__ = classmethod(GenericAlias)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


# ---------------------------------------------------------------------------
# Configuration and module-level functions
# ---------------------------------------------------------------------------

def basicConfig(**kwargs):
    """Give the root logger a handler with a formatter, if it has none.

    Keyword arguments:
      filename  log to this file (a FileHandler) instead of a stream
      filemode  the file's open mode (default 'a')
      format    the format string (default BASIC_FORMAT, in the given style)
      datefmt   the date/time format for asctime
      style     '%', '{' or '$' (default '%')
      level     the root logger's level
      stream    log to this stream (default sys.stderr); not with filename
      handlers  handlers to add (those without a formatter get the one made
                here); not with filename or stream
      force     remove and close the root's handlers first
      encoding  the file's encoding
      errors    the file's error handler (default 'backslashreplace')

    Without `force`, nothing happens when the root already has handlers.
    """
    with _lock:
        force = kwargs.pop('force', False)
        encoding = kwargs.pop('encoding', None)
        errors = kwargs.pop('errors', 'backslashreplace')
        if force:
            for h in root.handlers[:]:
                root.removeHandler(h)
                h.close()
        if len(root.handlers) == 0:
            handlers = kwargs.pop("handlers", None)
            if handlers is None:
                if "stream" in kwargs and "filename" in kwargs:
                    raise ValueError("'stream' and 'filename' should not be "
                                     "specified together")
            else:
                if "stream" in kwargs or "filename" in kwargs:
                    raise ValueError("'stream' or 'filename' should not be "
                                     "specified together with 'handlers'")
            if handlers is None:
                filename = kwargs.pop("filename", None)
                mode = kwargs.pop("filemode", 'a')
                if filename:
                    if 'b' in mode:
                        errors = None
                    else:
                        encoding = io.text_encoding(encoding)
                    h = FileHandler(filename, mode,
                                    encoding=encoding, errors=errors)
                else:
                    stream = kwargs.pop("stream", None)
                    h = StreamHandler(stream)
                handlers = [h]
            dfs = kwargs.pop("datefmt", None)
            style = kwargs.pop("style", '%')
            if style not in _STYLES:
                raise ValueError('Style must be one of: %s' % ','.join(
                                 _STYLES.keys()))
            fs = kwargs.pop("format", _STYLES[style][1])
            fmt = Formatter(fs, dfs, style)
            for h in handlers:
                if h.formatter is None:
                    h.setFormatter(fmt)
                root.addHandler(h)
            level = kwargs.pop("level", None)
            if level is not None:
                root.setLevel(level)
            if kwargs:
                keys = ', '.join(kwargs.keys())
                raise ValueError('Unrecognised argument(s): %s' % keys)


def getLogger(name=None):
    """Return the logger called `name`; the root logger for no name (or
    "root"). Loggers are created on first use and are the same object for
    the same name afterwards."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def critical(msg, *args, **kwargs):
    """Log at CRITICAL on the root logger (calling basicConfig() first if it
    has no handlers)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    """Log at ERROR on the root logger."""
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    """Log at ERROR on the root logger, with the exception being handled."""
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    """Log at WARNING on the root logger."""
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    warnings.warn("The 'warn' function is deprecated, "
                  "use 'warning' instead", DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    """Log at INFO on the root logger."""
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    """Log at DEBUG on the root logger."""
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    """Log at the numeric `level` on the root logger."""
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Ignore every event at `level` or below, on all loggers."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flush and close every handler, newest first. Registered with atexit.

    Errors from handlers already closed are ignored; others are raised when
    raiseExceptions is true.
    """
    for entry in reversed(handlerList[:]):
        try:
            # The list holds handlers; a callable entry (like CPython's weak
            # references) is called to get its handler.
            if isinstance(entry, Handler):
                h = entry
            else:
                h = entry()
            if h:
                try:
                    h.acquire()
                    h.flush()
                    h.close()
                except (OSError, ValueError):
                    # A stream closed behind the handler's back.
                    pass
                finally:
                    h.release()
        except:  # shutting down: only complain when asked to
            if raiseExceptions:
                raise


import atexit
atexit.register(shutdown)


# ---------------------------------------------------------------------------
# Warnings integration
# ---------------------------------------------------------------------------

_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    """warnings.showwarning replacement: a warning shown without an explicit
    file is logged at WARNING on the "py.warnings" logger."""
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file,
                                  line)
    else:
        s = warnings.formatwarning(message, category, filename, lineno, line)
        logger = getLogger("py.warnings")
        if not logger.handlers:
            logger.addHandler(NullHandler())
        logger.warning(str(s))


def captureWarnings(capture):
    """With `capture` true, send warnings to the "py.warnings" logger;
    with it false, restore warnings.showwarning."""
    global _warnings_showwarning
    if capture:
        if _warnings_showwarning is None:
            _warnings_showwarning = warnings.showwarning
            warnings.showwarning = _showwarning
    else:
        if _warnings_showwarning is not None:
            warnings.showwarning = _warnings_showwarning
            _warnings_showwarning = None

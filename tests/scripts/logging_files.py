# logging: FileHandler, basicConfig(filename=...), handleError's report, shutdown() at exit
import logging
import os
import sys

saved_stderr = sys.stderr


class Capture:
    """A stream that keeps what is written (stands in for sys.stderr)."""
    def __init__(self, name=None):
        self.parts = []
        self.flushes = 0
        if name is not None:
            self.name = name

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        self.flushes += 1

    def text(self):
        return ''.join(self.parts)


def stderr_of(fn, *args):
    """Run fn(*args) with sys.stderr captured; return what was written there."""
    err = Capture()
    sys.stderr = err
    try:
        fn(*args)
    finally:
        sys.stderr = saved_stderr
    return err.text()


print('--- handleError')


def stack_summary(lines):
    # "  File "/abs/dir/x.py", line 7, in f" -> "x.py line 7 in f" (no directories)
    out = []
    for line in lines:
        if line.startswith('  File "'):
            path, rest = line[len('  File "'):].split('", ', 1)
            out.append('%s %s' % (os.path.basename(path), rest.replace(',', '')))
    return out


def log_badly(handler):
    handler.handle(logging.makeLogRecord({'msg': 'needs %d args %s', 'args': (1,),
                                          'filename': 'f.py', 'lineno': 9}))


bad = logging.StreamHandler(Capture())
report = stderr_of(log_badly, bad).splitlines()
print(' ', report[0], '|', report[1])
print(' ', [line for line in report if line.startswith('TypeError')])
call_stack = report[report.index('Call stack:') + 1:report.index("Message: 'needs %d args %s'")]
print('  call stack (logging frames skipped):', stack_summary(call_stack))
print(' ', report[-2:])


class Unprintable:
    def __str__(self):
        raise RuntimeError('no str')

    def __repr__(self):
        raise RuntimeError('no repr')


report = stderr_of(logging.StreamHandler(Capture()).handle,
                   logging.makeLogRecord({'msg': Unprintable()})).splitlines()
print(' ', [line for line in report if line.startswith('RuntimeError')])
print(' ', report[-2:])
logging.raiseExceptions = False
print('  silent when raiseExceptions is false:',
      repr(stderr_of(bad.handle, logging.makeLogRecord({'msg': 'needs %d args %s', 'args': (1,)}))))
logging.raiseExceptions = True

print('--- FileHandler')
path = '_tmp_logging_files.log'
fh = logging.FileHandler(path, mode='w', encoding='utf-8')
print('  baseFilename absolute:', fh.baseFilename == os.path.abspath(path),
      os.path.isabs(fh.baseFilename))
print(' ', fh.mode, fh.delay, fh.errors, type(fh.stream).__name__ != 'NoneType')
print('  repr ok:', repr(fh) == '<FileHandler %s (NOTSET)>' % os.path.abspath(path))
fh.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
fh.handle(logging.makeLogRecord({'msg': 'line one', 'levelname': 'INFO'}))
fh.handle(logging.makeLogRecord({'msg': 'caf\u00e9 %s', 'args': ('\u2713',), 'levelname': 'INFO'}))
fh.close()
print('  stream after close:', fh.stream)
with open(path, encoding='utf-8') as fp:
    print(' ', repr(fp.read()))
fh.handle(logging.makeLogRecord({'msg': 'after close'}))
with open(path, encoding='utf-8') as fp:
    print('  mode w not reopened:', repr(fp.read()))
dh = logging.FileHandler(path, delay=True, encoding='utf-8')
print('  delayed stream:', dh.stream)
dh.handle(logging.makeLogRecord({'msg': 'appended'}))
print('  opened on first record:', dh.stream is not None)
dh.close()
with open(path, encoding='utf-8') as fp:
    print(' ', repr(fp.read()))
os.remove(path)

print('--- basicConfig(filename=...)')
root = logging.getLogger()
path2 = '_tmp_logging_files2.log'
logging.basicConfig(force=True, filename=path2, filemode='w', format='%(message)s',
                    level=logging.INFO)
print(' ', type(root.handlers[0]).__name__, root.handlers[0].mode, root.handlers[0].errors)
logging.info('into the file')
logging.debug('filtered out')
logging.basicConfig(force=True, stream=sys.stdout, format='%(levelname)s:%(message)s')
with open(path2) as fp:
    print('  file content:', repr(fp.read()))
os.remove(path2)
print('--- shutdown at exit')


class Noisy(logging.Handler):
    """Shows when shutdown() flushes and closes it."""
    def __init__(self, tag):
        super().__init__()
        self.tag = tag

    def emit(self, record):
        print('  %s emits %s' % (self.tag, record.getMessage()))

    def flush(self):
        print('  flush', self.tag)

    def close(self):
        print('  close', self.tag)
        super().close()


first = Noisy('first')
second = Noisy('second')
exiting = logging.getLogger('exiting')
exiting.addHandler(first)
exiting.addHandler(second)
exiting.warning('before exit')
# logging.shutdown, registered with atexit when logging was imported, flushes and closes
# every handler, the newest first, after this line.
print('end of script')

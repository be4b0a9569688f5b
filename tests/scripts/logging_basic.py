# logging: levels, LogRecord, Formatter styles and validation, Filter, stream handlers, basicConfig
import logging
import os
import sys
import time

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


def show_error(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except Exception as e:
        print('  %s: %s' % (type(e).__name__, e))
    else:
        print('  no error')


print('--- levels')
print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN,
      logging.INFO, logging.DEBUG, logging.NOTSET)
for lv in (50, 40, 30, 20, 10, 0, 5, 'INFO', 'WARN', 'FATAL', 'nope', None):
    print('  getLevelName(%r) = %r' % (lv, logging.getLevelName(lv)))
logging.addLevelName(25, 'NOTICE')
print(' ', logging.getLevelName(25), logging.getLevelName('NOTICE'))
m = logging.getLevelNamesMapping()
print(' ', sorted(m.items()))
m['X'] = 1
print(' ', 'X' in logging.getLevelNamesMapping())
print(' ', logging.BASIC_FORMAT)
print(' ', logging.raiseExceptions, logging.logThreads, logging.logProcesses,
      logging.logMultiprocessing)

print('--- LogRecord')
r = logging.LogRecord('app.db', logging.INFO, '/x/y/worker.py', 42, 'n=%d s=%s',
                      (3, 'abc'), None, 'run')
for attr in ('name', 'msg', 'args', 'levelname', 'levelno', 'pathname', 'filename',
             'module', 'lineno', 'funcName', 'exc_info', 'exc_text', 'stack_info',
             'processName'):
    print('  %s = %r' % (attr, getattr(r, attr)))
print('  msecs float:', type(r.msecs).__name__, r.msecs == int(r.msecs), 0 <= r.msecs < 1000)
print('  created recent:', abs(r.created - time.time()) < 60)
print('  relativeCreated >= 0:', r.relativeCreated >= 0)
print('  thread ok:', r.thread is not None, r.threadName)
print('  process ok:', r.process == os.getpid())
print(' ', r.getMessage())
print(' ', repr(r))
r2 = logging.LogRecord('n', 10, 'p.py', 1, '%(a)s-%(b)s', ({'a': 1, 'b': 2},), None)
print('  dict args:', r2.args, r2.getMessage())
r3 = logging.LogRecord('n', 10, 'p.py', 1, 'empty %s', ({},), None)
print('  empty dict args:', r3.args, r3.getMessage())
r4 = logging.LogRecord('n', 10, 'p.py', 1, 12345, (), None)
print('  non-str msg:', repr(r4.getMessage()))
r5 = logging.LogRecord('n', 10, None, 1, 'm', (), None)
print('  pathname None:', r5.filename, r5.module)
print('  unnamed level:', logging.LogRecord('n', 12, 'p.py', 1, 'm', (), None).levelname)

mr = logging.makeLogRecord({'msg': 'made %s', 'args': ('here',), 'custom': 7})
print('  makeLogRecord:', mr.getMessage(), mr.custom, mr.name, mr.levelno, repr(mr.pathname))


class MyRecord(logging.LogRecord):
    def getMessage(self):
        return 'MY:' + super().getMessage()


old_factory = logging.getLogRecordFactory()
print('  factory is LogRecord:', old_factory is logging.LogRecord)
logging.setLogRecordFactory(MyRecord)
print('  made via factory:', type(logging.makeLogRecord({'msg': 'q'})).__name__,
      logging.makeLogRecord({'msg': 'q'}).getMessage())
logging.setLogRecordFactory(old_factory)

print('--- Formatter styles')
rec = logging.makeLogRecord({'name': 'svc', 'levelno': 30, 'levelname': 'WARNING',
                             'msg': 'disk %d%% full', 'args': (91,), 'lineno': 7,
                             'funcName': 'check', 'filename': 'mon.py', 'module': 'mon'})
for fmt, style in (('%(levelname)s:%(name)s:%(message)s', '%'),
                   ('%(levelname)-8s|%(lineno)04d|%(funcName)s', '%'),
                   ('{levelname}:{name}:{message}', '{'),
                   ('{levelname:>9}|{lineno:03d}|{module!r}', '{'),
                   ('${levelname}:${name}:$message', '$'),
                   ('$$ ${filename} $funcName', '$')):
    f = logging.Formatter(fmt, style=style)
    print('  %-45r -> %r' % (fmt, f.format(rec)))
print('  default:', repr(logging.Formatter().format(rec)))
print('  _fmt:', logging.Formatter()._fmt, logging.Formatter(style='{')._fmt,
      logging.Formatter(style='$')._fmt)
print('  message attr:', rec.message)
fd = logging.Formatter('%(levelname)s %(app)s %(message)s', defaults={'app': 'APP'})
print('  defaults:', fd.format(rec))
rec.app = 'OVERRIDE'
print('  defaults overridden:', fd.format(rec))
del rec.app
fd2 = logging.Formatter('{app}/{message}', style='{', defaults={'app': 'A2'})
print('  defaults {:', fd2.format(rec))
fd3 = logging.Formatter('$app/$message', style='$', defaults={'app': 'A3'})
print('  defaults $:', fd3.format(rec))
print('  missing field:')
show_error(logging.Formatter('%(nope)s').format, rec)
show_error(logging.Formatter('{nope}', style='{').format, rec)
show_error(logging.Formatter('$nope', style='$').format, rec)

print('--- Formatter validation')
for fmt, style in (('no fields', '%'),
                   ('%(message)', '%'),
                   ('%(message)z', '%'),
                   ('%(message)-10.3f', '%'),
                   ('%(a)#0+ -*.*S', '%'),
                   ('100%% %(msg)%', '%'),
                   ('%()s', '%'),
                   ('', '%'),
                   ('no fields', '{'),
                   ('{message!x}', '{'),
                   ('{message:zz}', '{'),
                   ('{message:*^+#010,.3f}', '{'),
                   ('{message:{width}}', '{'),
                   ('{a.b[c].d}', '{'),
                   ('{a-b}', '{'),
                   ('{0}', '{'),
                   ('{message:<}', '{'),
                   ('{message:<<}', '{'),
                   ('{message:.}', '{'),
                   ('{message', '{'),
                   ('message}', '{'),
                   ('no fields', '$'),
                   ('cost $5', '$'),
                   ('${message', '$'),
                   ('$$ only', '$'),
                   ('$message $', '$'),
                   ('${_ok1} x', '$')):
    try:
        logging.Formatter(fmt, style=style)
        print('  %-28r %s ok' % (fmt, style))
    except ValueError as e:
        print('  %-28r %s ValueError: %s' % (fmt, style, e))
show_error(logging.Formatter, '%(message)s', style='x')
print('  validate=False:', logging.Formatter('plain', validate=False).format(rec))
print('  usesTime:', logging.Formatter('%(asctime)s').usesTime(),
      logging.Formatter('%(message)s').usesTime(),
      logging.Formatter('{asctime:>5}', style='{').usesTime(),
      logging.Formatter('$asctime', style='$').usesTime(),
      logging.Formatter('${asctime}', style='$').usesTime(),
      logging.Formatter('${message}', style='$').usesTime())

print('--- formatTime')
tr = logging.makeLogRecord({'msg': 'tick', 'created': 1000000000.25, 'msecs': 250.0})
gmt = logging.Formatter('%(asctime)s %(msecs)03d %(message)s')
gmt.converter = time.gmtime
print(' ', gmt.format(tr))
print(' ', gmt.formatTime(tr, '%d/%m/%Y %H.%M.%S'))
print('  asctime attr:', tr.asctime)
dated = logging.Formatter('[%(asctime)s] %(message)s', datefmt='%H:%M')
dated.converter = time.gmtime
print(' ', dated.format(tr))
print('  class converter:', logging.Formatter.converter is time.localtime)


class GMTFormatter(logging.Formatter):
    converter = time.gmtime
    default_msec_format = '%s.%03d'


print(' ', GMTFormatter('%(asctime)s|%(message)s').format(tr))


class NoMsec(logging.Formatter):
    default_time_format = '%Y%m%dT%H%M%S'
    default_msec_format = None


nm = NoMsec('%(asctime)s')
nm.converter = time.gmtime
print(' ', nm.format(tr))
saved = logging.Formatter.converter
logging.Formatter.converter = time.gmtime
print('  class-level gmtime:', logging.Formatter().formatTime(tr))
logging.Formatter.converter = saved
local = logging.Formatter().formatTime(tr)
expected = time.strftime('%Y-%m-%d %H:%M:%S', time.localtime(tr.created)) + ',250'
print('  localtime default:', local == expected)

print('--- exceptions and stack info')


def fail():
    raise KeyError('missing-key')


try:
    fail()
except KeyError:
    ei = sys.exc_info()
text = logging.Formatter().formatException(ei)
lines = text.splitlines()
print(' ', lines[0])
print(' ', lines[-1])
print('  ends with newline:', text.endswith('\n'))
print('  mentions fail():', any('in fail' in line for line in lines))
er = logging.makeLogRecord({'msg': 'failed', 'exc_info': ei})
out = logging.Formatter('%(message)s').format(er)
print('  format with exc_info:', out.splitlines()[0], '|', out.splitlines()[-1])
print('  exc_text cached:', er.exc_text == text)
er.exc_text = 'CACHED TEXT'
print('  cached used:', logging.Formatter().format(er).splitlines())
print(' ', repr(logging.Formatter().format(logging.makeLogRecord(
    {'msg': 'm', 'stack_info': 'STACK'}))))
print(' ', repr(logging.Formatter().format(logging.makeLogRecord(
    {'msg': 'm\n', 'exc_text': 'EXC', 'stack_info': 'STACK'}))))


class ShortStack(logging.Formatter):
    def formatStack(self, stack_info):
        return '<%d lines>' % len(stack_info.splitlines())

    def formatException(self, ei):
        return '<%s>' % ei[0].__name__


print(' ', ShortStack().format(logging.makeLogRecord(
    {'msg': 'x', 'stack_info': 'a\nb\nc', 'exc_info': ei})).splitlines())

bf = logging.BufferingFormatter()
print('  buffering empty:', repr(bf.format([])))
print('  buffering:', repr(bf.format([logging.makeLogRecord({'msg': 'one'}),
                                     logging.makeLogRecord({'msg': 'two'})])))


class Framed(logging.BufferingFormatter):
    def formatHeader(self, records):
        return '[%d:' % len(records)

    def formatFooter(self, records):
        return ']'


print('  framed:', Framed(logging.Formatter('<%(message)s>')).format(
    [logging.makeLogRecord({'msg': 'a'}), logging.makeLogRecord({'msg': 'b'})]))

print('--- Filter')
for fname in ('', 'A.B', 'A'):
    flt = logging.Filter(fname)
    print('  Filter(%r):' % fname, [(n, bool(flt.filter(logging.makeLogRecord({'name': n}))))
                                    for n in ('A', 'A.B', 'A.B.C', 'A.BB', 'B.A.B', 'AB')])
fr = logging.Filterer()
seen = []
fr.addFilter(lambda rec: seen.append(rec.name) or rec.name != 'blocked')
fr.addFilter(logging.Filter('ok'))
print('  filterer:', fr.filter(logging.makeLogRecord({'name': 'ok.sub'})),
      fr.filter(logging.makeLogRecord({'name': 'blocked'})),
      fr.filter(logging.makeLogRecord({'name': 'other'})), seen)
f_same = logging.Filter('x')
fr.addFilter(f_same)
fr.addFilter(f_same)
print('  no duplicates:', len(fr.filters))
fr.removeFilter(f_same)
fr.removeFilter(f_same)
print('  removed:', len(fr.filters))

print('--- Handler')
h = logging.Handler()
print(' ', repr(h), h.level, h.formatter, h.name)
h.setLevel('ERROR')
print(' ', repr(h))
h.setLevel(15)
print(' ', repr(h))
show_error(h.setLevel, 'LOUD')
show_error(h.setLevel, 2.5)
show_error(h.setLevel, None)
show_error(h.emit, rec)
show_error(h.handle, rec)
h.name = 'my-handler'
print('  name:', h.name, h.get_name())
h.acquire()
h.acquire()
h.release()
h.release()
print('  flush/close:', h.flush(), h.close())
print('  NullHandler:', repr(logging.NullHandler()), logging.NullHandler().lock,
      logging.NullHandler().handle(rec))

out = Capture('<capture>')
sh = logging.StreamHandler(out)
print(' ', repr(sh), sh.terminator == '\n')
sh.setFormatter(logging.Formatter('%(levelname)s|%(message)s'))
sh.handle(rec)
sh.terminator = ' <END>\n'
sh.handle(rec)
print(' ', repr(out.text()), 'flushes:', out.flushes)
other = Capture()
print('  setStream returns old:', sh.setStream(other) is out, sh.setStream(other))
print('  no name repr:', repr(sh))
numbered = Capture(3)
sh.setStream(numbered)
print('  int name repr:', repr(sh))
print('  stdout repr:', repr(logging.StreamHandler(sys.stdout)))
print('  stderr repr:', repr(logging.StreamHandler()))
print('  default stream is stderr:', logging.StreamHandler().stream is sys.stderr)

print('--- lastResort')
lone = logging.getLogger('lone')


def to_lone(*messages):
    for level, msg in messages:
        lone.log(level, msg)


print(' ', repr(stderr_of(to_lone, (30, 'to last resort'), (20, 'below WARNING: dropped'),
                          (40, 'error too'))))
print(' ', repr(logging.lastResort), logging.lastResort.level)
saved_last = logging.lastResort
logging.lastResort = None
try:
    print(' ', repr(stderr_of(to_lone, (30, 'first'), (30, 'second'))))
finally:
    logging.lastResort = saved_last

print('--- basicConfig')
root = logging.getLogger()
print(' ', root is logging.root, repr(root), root.handlers)
show_error(logging.basicConfig, stream=sys.stdout, filename='x.log')
show_error(logging.basicConfig, handlers=[logging.NullHandler()], stream=sys.stdout)
show_error(logging.basicConfig, handlers=[logging.NullHandler()], filename='x.log')
show_error(logging.basicConfig, style='?')
show_error(logging.basicConfig, stream=sys.stdout, bogus=1, other=2)
print('  handler kept despite the error:', root.handlers)
logging.basicConfig(force=True, stream=sys.stdout, level='DEBUG',
                    format='{levelname}|{name}|{funcName}|{message}', style='{')
print(' ', root.handlers, logging.getLevelName(root.level))
logging.basicConfig(stream=sys.stderr, format='ignored')
print('  second call ignored:', root.handlers)
logging.debug('debug %s', 'module-level')
logging.info('info')
logging.warning('warning')
logging.error('error')
logging.critical('critical')
logging.fatal('fatal')
logging.log(25, 'notice via log()')


def inner():
    try:
        {}['k']
    except KeyError:
        logging.exception('caught %s', 'it')


class BriefException(logging.Formatter):
    def formatException(self, ei):
        lines = super().formatException(ei).splitlines()
        return '%s [...] %s' % (lines[0], lines[-1])


root.handlers[0].setFormatter(BriefException('{levelname}|{name}|{funcName}|{message}', style='{'))
inner()
show_error(logging.log, 'INFO', 'level must be int')
logging.raiseExceptions = False
logging.log('INFO', 'ignored silently')
logging.raiseExceptions = True

keep = logging.StreamHandler(sys.stdout)
keep.setFormatter(logging.Formatter('custom: %(message)s'))
plain = logging.StreamHandler(sys.stdout)
logging.basicConfig(force=True, handlers=[keep, plain], format='%(name)s says %(message)s')
logging.getLogger('pkg').warning('two handlers')
print(' ', root.handlers[0].formatter is keep.formatter, root.handlers[1].formatter._fmt)

logging.disable(logging.WARNING)
logging.warning('disabled')
logging.error('not disabled')
logging.disable()
logging.critical('disabled too')
logging.disable(logging.NOTSET)
logging.critical('enabled again')
print('  manager.disable:', root.manager.disable)
show_error(logging.disable, 'NOPE')
logging.disable('ERROR')
print('  by name:', root.manager.disable)
logging.disable(0)

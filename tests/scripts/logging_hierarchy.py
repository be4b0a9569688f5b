# logging: the logger hierarchy, levels and propagation, findCaller, extra, LoggerAdapter
import copy
import logging
import sys
import warnings


class ListHandler(logging.Handler):
    """Keeps the formatted records it is given."""
    def __init__(self, tag, level=logging.NOTSET):
        super().__init__(level)
        self.tag = tag
        self.lines = []
        self.records = []

    def emit(self, record):
        self.records.append(record)
        self.lines.append(self.format(record))
        print('  [%s] %s' % (self.tag, self.format(record)))


def show_error(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except Exception as e:
        print('  %s: %s' % (type(e).__name__, e))
    else:
        print('  no error')


def dict_state(prefix):
    d = logging.Logger.manager.loggerDict
    return [(k, type(d[k]).__name__) for k in sorted(d) if k.startswith(prefix)]


print('--- getLogger and the root')
root = logging.getLogger()
print(' ', root is logging.root, logging.getLogger(None) is root, logging.getLogger('') is root,
      logging.getLogger('root') is root)
print(' ', repr(root), root.name, root.parent, root.level, root.propagate)
print(' ', logging.getLogger('app') is logging.getLogger('app'))
show_error(logging.getLogger, 5)
show_error(logging.getLogger, b'bytes')
print('  manager shared:', root.manager is logging.Logger.manager, root.root is root,
      logging.getLogger('app').root is root)

print('--- placeholders and re-parenting')
abc = logging.getLogger('a.b.c')
print(' ', abc.parent.name, dict_state('a'))
a = logging.getLogger('a')
print(' ', abc.parent.name, a.parent.name, dict_state('a'))
ab = logging.getLogger('a.b')
print(' ', abc.parent.name, ab.parent.name, a.parent.name, dict_state('a'))
ph = logging.Logger.manager.loggerDict
xyz = logging.getLogger('x.y.z')
xyw = logging.getLogger('x.y.w')
print(' ', sorted(l.name for l in ph['x.y'].loggerMap), sorted(l.name for l in ph['x'].loggerMap))
x = logging.getLogger('x')
print(' ', xyz.parent.name, xyw.parent.name)
xy = logging.getLogger('x.y')
print(' ', xyz.parent.name, xyw.parent.name, xy.parent.name, x.parent.name)
deep = logging.getLogger('p.q.r.s')
mid = logging.getLogger('p.q')
print(' ', deep.parent.name, mid.parent.name, dict_state('p'))
print('  getChild:', a.getChild('b') is ab, a.getChild('b.c') is abc,
      root.getChild('a') is a, root.getChild('new.kid').name, ab.getChild('zz').name)
print('  dotted-only names:', logging.getLogger('.lead').parent.name,
      logging.getLogger('trail.').parent.name)

print('--- levels')
print(' ', [logging.getLevelName(l.getEffectiveLevel()) for l in (root, a, ab, abc)])
ab.setLevel('INFO')
print(' ', [logging.getLevelName(l.getEffectiveLevel()) for l in (root, a, ab, abc)])
print(' ', abc.isEnabledFor(logging.DEBUG), abc.isEnabledFor(logging.INFO),
      sorted(abc._cache.items()))
ab.setLevel(logging.DEBUG)
print('  cache cleared:', abc._cache, abc.isEnabledFor(logging.DEBUG))
show_error(ab.setLevel, 'TRACE')
show_error(ab.setLevel, [10])
ab.setLevel(logging.NOTSET)
print(' ', repr(ab), repr(abc), ab.level)
logging.disable(logging.INFO)
print('  disable():', abc.isEnabledFor(logging.INFO), abc.isEnabledFor(logging.WARNING))
logging.disable(logging.NOTSET)
print('  re-enabled:', abc.isEnabledFor(logging.WARNING), abc.isEnabledFor(logging.INFO))

print('--- handlers and propagation')
h_root = ListHandler('root')
h_root.setFormatter(logging.Formatter('%(name)s:%(levelname)s:%(message)s'))
root.addHandler(h_root)
root.addHandler(h_root)
print('  added once:', root.handlers.count(h_root))
h_a = ListHandler('a', logging.WARNING)
h_a.setFormatter(logging.Formatter('A %(levelname)s %(message)s'))
a.addHandler(h_a)
root.setLevel(logging.DEBUG)
abc.debug('debug from a.b.c')
abc.warning('warning from a.b.c')
ab.propagate = False
saved_stderr = sys.stderr


class StderrCatcher:
    def write(self, s):
        print('  (stderr) %r' % s)

    def flush(self):
        pass


sys.stderr = StderrCatcher()
try:
    abc.error('stops at a.b, which has no handlers: lastResort gets it')
    abc.info('and drops this one, below lastResort.level')
finally:
    sys.stderr = saved_stderr
print('  hasHandlers:', abc.hasHandlers(), a.hasHandlers(), logging.getLogger('q').hasHandlers())
ab.propagate = True
a.disabled = True
a.error('a is disabled')
abc.error('but a.b.c is not, and uses a\'s handlers')
a.disabled = False
a.addFilter(lambda r: 'secret' not in r.getMessage())
a.warning('a secret, filtered by a')
abc.warning('a secret from a.b.c: logger filters do not apply to propagated records')
h_root.addFilter(logging.Filter('a.b'))
a.warning('root handler filters a out')
abc.warning('root handler lets a.b.c through')
h_root.filters.clear()
a.filters.clear()
a.removeHandler(h_a)
a.removeHandler(h_a)
print('  removed:', a.handlers, a.hasHandlers())

print('--- log() and exc_info')
lg = logging.getLogger('calls')
lg.log(logging.INFO, 'log at %s', 'INFO')
lg.log(5, 'below the root level: dropped')
lg.log(35, 'custom level %d', 35)
show_error(lg.log, 'INFO', 'string level')
lg.info('mapping %(x)s and %(y)s', {'x': 1, 'y': 2})
lg.critical('critical')
lg.fatal('fatal')


def brief(ei):
    return '<%s: %s>' % (ei[0] and ei[0].__name__, ei[1])


class Brief(logging.Formatter):
    def formatException(self, ei):
        return brief(ei)


h_root.setFormatter(Brief('%(name)s:%(levelname)s:%(message)s'))
try:
    int('nope')
except ValueError as exc:
    lg.error('with exc_info=True', exc_info=True)
    lg.exception('exception()')
    lg.exception('exception(exc_info=False)', exc_info=False)
    lg.error('exc_info=instance', exc_info=exc)
    lg.info('exc_info=tuple', exc_info=(TypeError, TypeError('given'), None))
    saved = exc
lg.error('instance outside the handler', exc_info=saved)
lg.error('exc_info=True outside any handler', exc_info=True)
print('  record exc_info:', h_root.records[-1].exc_info, h_root.records[-2].exc_info[0].__name__)

print('--- findCaller, stacklevel, stack_info')
h_root.setFormatter(logging.Formatter('%(funcName)s:%(lineno)d:%(filename)s:%(module)s %(message)s'))


def helper(msg, level=1):
    lg.warning(msg, stacklevel=level)


def caller():
    helper('stacklevel 1 -> helper')
    helper('stacklevel 2 -> caller', 2)
    helper('stacklevel 3 -> module', 3)
    helper('stacklevel 99 -> outermost frame', 99)


caller()
fn, lno, func, sinfo = lg.findCaller()
print('  findCaller():', fn == __file__ or fn.endswith('logging_hierarchy.py'), lno, func, sinfo)


def with_stack():
    lg.warning('with stack', stack_info=True)


class StackCount(logging.Formatter):
    def formatStack(self, stack_info):
        return '<stack of %d lines>' % len(stack_info.splitlines())


h_root.setFormatter(StackCount('%(message)s'))
with_stack()
sinfo = h_root.records[-1].stack_info
print('  stack first line:', sinfo.splitlines()[0])
frames = [line for line in sinfo.splitlines() if line.startswith('  File')]
print('  innermost:', frames[-1].split(', ')[1:], frames[-1].split('"')[1].endswith('logging_hierarchy.py'))
print('  outermost:', frames[0].split(', ')[1:])
print('  no trailing newline:', not sinfo.endswith('\n'))
print('  in the output:', h_root.lines[-1].splitlines())

print('--- extra')
h_root.setFormatter(logging.Formatter('%(message)s user=%(user)s ip=%(ip)s'))
lg.warning('login', extra={'user': 'ann', 'ip': '10.0.0.1'})
print('  attribute:', h_root.records[-1].user)
for key in ('message', 'asctime', 'name', 'levelno', 'msg'):
    show_error(lg.warning, 'overwrite', extra={key: 1})
h_root.setFormatter(logging.Formatter('%(message)s'))
lg.warning('empty extra', extra={})

print('--- logger classes')
print(' ', logging.getLoggerClass() is logging.Logger)


class TaggedLogger(logging.Logger):
    def makeRecord(self, *args, **kwargs):
        rv = super().makeRecord(*args, **kwargs)
        rv.msg = '[tagged] ' + rv.msg
        return rv


logging.setLoggerClass(TaggedLogger)
t1 = logging.getLogger('tagged.one')
print(' ', type(t1).__name__, type(logging.getLogger('a')).__name__, logging.getLoggerClass().__name__)
t1.warning('through makeRecord')
logging.setLoggerClass(logging.Logger)
print(' ', type(logging.getLogger('tagged.two')).__name__, type(logging.getLogger('tagged')).__name__)
show_error(logging.setLoggerClass, dict)
mgr = logging.Logger.manager
show_error(mgr.setLoggerClass, int)
mgr.setLoggerClass(TaggedLogger)
print('  manager class:', type(logging.getLogger('via.manager')).__name__)
mgr.loggerClass = None
print('  copy:', copy.copy(t1) is t1, copy.deepcopy(abc) is abc, copy.copy(root) is root)
print('  reduce:', root.__reduce__()[1], abc.__reduce__()[1])

print('--- warn() is deprecated')
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    lg.warn('old spelling')
    logging.warn('module-level old spelling')
print(' ', [(w.category.__name__, str(w.message)) for w in caught])

print('--- LoggerAdapter')
ad = logging.LoggerAdapter(logging.getLogger('svc'), {'user': 'bob'})
h_root.setFormatter(logging.Formatter('%(name)s|%(funcName)s|%(user)s|%(message)s'))
print(' ', repr(ad), ad.name, ad.manager is mgr, ad.extra)


def use_adapter():
    ad.debug('debug %d', 1)
    ad.info('info')
    ad.warning('warning')
    ad.error('error')
    ad.critical('critical')
    ad.log(logging.WARNING, 'log()')


use_adapter()
try:
    [][1]
except IndexError:
    h_root.setFormatter(Brief('%(name)s|%(funcName)s|%(user)s|%(message)s'))
    ad.exception('adapter exception')
print(' ', ad.isEnabledFor(logging.DEBUG), ad.getEffectiveLevel(), ad.hasHandlers())
ad.setLevel(logging.ERROR)
print(' ', repr(ad), ad.logger.level, ad.isEnabledFor(logging.WARNING))
ad.warning('dropped by the level')
ad.setLevel(logging.NOTSET)


class Prefixer(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['tag'], msg), kwargs


h_root.setFormatter(logging.Formatter('%(name)s|%(message)s'))
pa = Prefixer(logging.getLogger('svc.sub'), {'tag': 'T1'})
pa.warning('prefixed %s', 'message')
print(' ', repr(pa))
print(' ', logging.LoggerAdapter[int].__origin__ is logging.LoggerAdapter,
      logging.StreamHandler[int].__origin__ is logging.StreamHandler)

print('--- captureWarnings')
collector = ListHandler('py.warnings')
logging.getLogger('py.warnings').addHandler(collector)
logging.getLogger('py.warnings').propagate = False
logging.captureWarnings(True)
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.warn_explicit('captured', UserWarning, 'fake.py', 3)
logging.captureWarnings(False)
rec = collector.records[-1]
print(' ', rec.name, rec.levelname, repr(rec.getMessage()))
print('  restored:', warnings.showwarning is not logging._showwarning)

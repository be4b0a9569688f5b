# warnings: warn, filters, catch_warnings(record=True), showwarning/formatwarning hooks
import warnings
import sys


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


def show(records):
    for w in records:
        print(' ', w.category.__name__, str(w.message), w.filename.endswith('lib_warnings.py'), w.lineno > 0)


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('plain message')
    warnings.warn('deprecated thing', DeprecationWarning)
    warnings.warn(RuntimeWarning('instance warning'))
    warnings.warn('custom', category=FutureWarning, stacklevel=1)
print(len(log))
show(log)
print(type(log[0].message).__name__, log[0].message.args, log[2].category is RuntimeWarning)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('ignore')
    warnings.warn('ignored')
print('ignored ->', len(log))

with warnings.catch_warnings():
    warnings.simplefilter('error')
    attempt(lambda: warnings.warn('now an error'))
    attempt(lambda: warnings.warn('dep error', DeprecationWarning))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='skip')
    warnings.warn('skip this one')
    warnings.warn('keep this one')
    warnings.filterwarnings('error', category=UserWarning, message='fatal')
    attempt(lambda: warnings.warn('fatal problem'))
show(log)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn('repeated in loop')
print('default action ->', len(log))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn('once only')
    warnings.warn('once only')
print('once action ->', len(log))


class MyWarning(UserWarning):
    pass


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('ignore')
    warnings.simplefilter('always', MyWarning)
    warnings.warn('mine', MyWarning)
    warnings.warn('generic')
show(log)

attempt(lambda: warnings.warn('x', category=int))
attempt(lambda: warnings.simplefilter('bogus'))
print(warnings.formatwarning('msg text', UserWarning, 'file.py', 12, line='  source line  '))
print(repr(warnings.formatwarning('m', DeprecationWarning, 'nofile.py', 3, line='')))

collected = []


def my_show(message, category, filename, lineno, file=None, line=None):
    collected.append((str(message), category.__name__))


with warnings.catch_warnings():
    warnings.simplefilter('always')
    old = warnings.showwarning
    warnings.showwarning = my_show
    warnings.warn('to hook')
    warnings.warn('second', SyntaxWarning)
    warnings.showwarning = old
print(collected)


def deprecated_api():
    warnings.warn('deprecated_api is deprecated', DeprecationWarning, stacklevel=2)
    return 'result'


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    print(deprecated_api())
show(log)

with warnings.catch_warnings(record=True, action='always') if sys.version_info >= (3, 11) else None as log:
    warnings.warn('via action arg')
print(len(log), str(log[0].message))
wm = warnings.WarningMessage('m', UserWarning, 'f.py', 1)
print(str(wm))
print([f[0] for f in warnings.filters[-4:]], warnings.defaultaction)
warnings.warn_explicit('explicit', UserWarning, 'somefile.py', 7, registry={})
print('done')

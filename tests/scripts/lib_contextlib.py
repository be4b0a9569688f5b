# contextlib: contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout, ContextDecorator
import contextlib
from contextlib import (contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout,
                        ContextDecorator, AbstractContextManager)


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)


with tag('h1') as t:
    print('inside', t)
with tag('a'), tag('b'):
    print('nested')
try:
    with tag('err'):
        raise ValueError('boom')
except ValueError as e:
    print('propagated', e)


@contextmanager
def catcher():
    try:
        yield
    except KeyError as e:
        print('handled KeyError', e)


with catcher():
    raise KeyError('k')
print('after catcher')


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def yield_after_throw():
    try:
        yield
    except ValueError:
        yield


def use(cm, exc=None):
    with cm:
        if exc:
            raise exc


attempt(lambda: use(no_yield()))
attempt(lambda: use(two_yields()))
attempt(lambda: use(yield_after_throw(), ValueError()))


@contextmanager
def reraiser():
    try:
        yield
    except ZeroDivisionError:
        raise ArithmeticError('converted')


attempt(lambda: use(reraiser(), ZeroDivisionError()))
attempt(lambda: use(tag('stop'), StopIteration('s')))


@tag('deco')
def decorated(x):
    print('running decorated', x)
    return x * 2


print(decorated(3), decorated(4))
print(tag.__name__, type(tag('x')).__name__, isinstance(tag('x'), AbstractContextManager))

print("--- suppress")
with suppress(KeyError, IndexError):
    {}['missing']
print('suppressed ok')
with suppress(ZeroDivisionError):
    print('no error')
try:
    with suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('ValueError passed through:', e)
with suppress(LookupError):
    [][1]
print('subclass suppressed')
with suppress():
    pass


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print('closing', self.name)


print("--- closing / nullcontext")
with closing(Resource('r1')) as r:
    print('using', r.name)
with nullcontext(42) as v:
    print('null', v)
with nullcontext() as v:
    print('null', v)


def maybe_cm(flag):
    return tag('real') if flag else nullcontext('fake')


for flag in (True, False):
    with maybe_cm(flag) as val:
        print('got', val)

print("--- ExitStack")
with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in 'xyz']
    stack.callback(print, 'callback', 1, sep='-')
    print('entered', names)


def cleanup_exit(exc_type, exc, tb):
    print('exit callback sees', exc_type.__name__ if exc_type else None)
    return True


with ExitStack() as stack:
    stack.push(cleanup_exit)
    raise RuntimeError('swallowed by callback')
print('after swallow')
with ExitStack() as stack:
    stack.enter_context(tag('kept'))
    moved = stack.pop_all()
print('popped, not exited yet')
moved.close()
attempt(lambda: ExitStack().enter_context(5))


def failing_callbacks():
    with ExitStack() as stack:
        stack.callback(lambda: print('first registered runs last'))

        @stack.callback
        def raiser():
            raise KeyError('from callback')
        print('body done')


attempt(failing_callbacks)
try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise ValueError('original')
except ZeroDivisionError as e:
    print('ZeroDivisionError with context', type(e.__context__).__name__, e.__context__)

print("--- redirect_stdout")


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


cap = Capture()
with redirect_stdout(cap):
    print('captured text')
    print('more', 1)
print('captured:', ''.join(cap.parts).split('\n'))

print("--- ContextDecorator")


class announce(ContextDecorator):
    def __enter__(self):
        print('enter announce')
        return self

    def __exit__(self, *exc):
        print('exit announce', exc[0] is not None)
        return False


@announce()
def work(n):
    print('working', n)
    return n + 1


print(work(1))
with announce():
    print('in with')


class Managed(AbstractContextManager):
    def __exit__(self, *args):
        print('Managed exit')


with Managed() as m:
    print(type(m).__name__)
print(isinstance(nullcontext(), AbstractContextManager), issubclass(int, AbstractContextManager),
      isinstance(ExitStack(), AbstractContextManager))

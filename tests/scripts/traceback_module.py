# The traceback module: entries, carets, chains, limits, stacks and summaries match
# CPython 3.11's output (printed with this file's path replaced, so it is machine-independent).
import traceback, sys


class Out:
    """A file-like object printing what is written with the script's path hidden."""
    def write(self, s):
        sys.stdout.write(s.replace(__file__, "FILE"))

    def flush(self):
        pass


out = Out()


def show(x):
    print(repr(x).replace(__file__, "FILE"))


def f(n):
    return 1 / n

def g():
    return f(0) + 1

try:
    g()
except ZeroDivisionError as e:
    out.write("".join(traceback.format_exception(e)))
    out.write(traceback.format_exc())
    traceback.print_exc(file=out)
    traceback.print_exception(type(e), e, e.__traceback__, file=out)
    traceback.print_exception(e, limit=1, file=out)
    traceback.print_exception(e, limit=-1, file=out)
    show(traceback.format_exception_only(e))
    show(traceback.format_exception_only(type(e), e))
    tb = e.__traceback__
    s = traceback.extract_tb(tb)
    show((type(s).__name__, len(s), [tuple(x) for x in s]))
    show(s[0]); print(s[-1].name, s[-1].lineno, s[-1].line, s[-1].colno, s[-1].end_colno)
    show(traceback.format_tb(tb))
    traceback.print_tb(tb, file=out)
    show(traceback.format_list(s))
    print(traceback.format_list([("a.py", 3, "f", "x = 1")]))
    print([(type(f).__name__ != '', l) for f, l in traceback.walk_tb(tb)])

def chained():
    try:
        {}["k"]
    except KeyError as k:
        raise ValueError("bad") from k

try:
    chained()
except ValueError as e:
    traceback.print_exc(file=out)
    traceback.print_exc(file=out, chain=False)

try:
    try:
        1/0
    except ZeroDivisionError:
        undefined_name_xyz
except NameError:
    traceback.print_exc(file=out)

try:
    spam = 1
    spamm
except NameError as e:
    show(traceback.format_exception_only(e))

class MyErr(Exception):
    pass
try:
    raise MyErr()
except MyErr as e:
    show(traceback.format_exception_only(e))
    te = traceback.TracebackException.from_exception(e)
    show((str(te) == '', te.exc_type.__name__, len(te.stack), list(te.format())))
    e.add_note("a note")
    show(traceback.format_exception_only(e))

def rec(n):
    if n == 0:
        raise RuntimeError("deep")
    return rec(n - 1)
try:
    rec(10)
except RuntimeError:
    traceback.print_exc(file=out)

try:
    compile("x = (1,", "<s>", "exec")
except SyntaxError as e:
    traceback.print_exc(file=out)
    show(traceback.format_exception_only(e))

def show_stack():
    traceback.print_stack(file=out)
    show(traceback.format_stack(limit=1))
    st = traceback.extract_stack()
    print([f.name for f in st])
show_stack()
print(traceback.format_exception_only(None))
print(traceback.format_exception(None))
try:
    traceback.print_exception(5)
except TypeError as e:
    print(e)
try:
    traceback.print_exception(ValueError, ValueError())
except ValueError as e:
    print(e)
print(repr(traceback.FrameSummary("f.py", 1, "g", line="  x  ")), traceback.FrameSummary("f.py", 1, "g", line="  x  ").line)
print(traceback.FrameSummary("f.py", 1, "g", line="x") == ("f.py", 1, "g", "x"))
sys.tracebacklimit = 1
try:
    g()
except ZeroDivisionError:
    traceback.print_exc(file=out)
del sys.tracebacklimit

# Built-in exception hierarchy and exception object basics.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (ArithmeticError, Exception),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (FileNotFoundError, OSError), (PermissionError, OSError), (OSError, Exception), (IOError, OSError),
    (StopIteration, Exception), (GeneratorExit, Exception), (GeneratorExit, BaseException),
    (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException), (SystemExit, Exception), (SystemExit, BaseException),
    (NotImplementedError, RuntimeError), (RecursionError, RuntimeError), (UnicodeDecodeError, ValueError),
    (UnicodeEncodeError, UnicodeError), (UnicodeError, ValueError), (ModuleNotFoundError, ImportError),
    (UnboundLocalError, NameError), (TypeError, ValueError), (AttributeError, Exception), (Exception, BaseException),
    (IndentationError, SyntaxError), (TabError, IndentationError), (AssertionError, Exception),
    (StopAsyncIteration, Exception), (TimeoutError, OSError), (ConnectionRefusedError, ConnectionError),
    (BrokenPipeError, OSError), (IsADirectoryError, OSError), (FloatingPointError, ArithmeticError),
    (DeprecationWarning, Warning), (UserWarning, Exception), (Warning, Exception), (EOFError, Exception),
    (MemoryError, Exception), (BufferError, Exception), (ReferenceError, Exception), (SyntaxError, Exception),
]
for sub, base in pairs:
    print(f"{sub.__name__} <: {base.__name__}: {issubclass(sub, base)}")
print(IOError is OSError, EnvironmentError is OSError)
print([c.__name__ for c in FileNotFoundError.__mro__])
print([c.__name__ for c in UnicodeDecodeError.__mro__])
print([c.__name__ for c in ModuleNotFoundError.__mro__])
e = ValueError("x")
print(repr(e), str(e), e.args, repr(ValueError()), str(ValueError()), ValueError().args)
print(repr(ValueError("a", 2)), str(ValueError("a", 2)), ValueError("a", 2).args)
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")), str(KeyError(5)))
print(repr(Exception("msg")), str(IndexError(3)), repr(StopIteration(7)), StopIteration(7).value, StopIteration().value)
print(repr(SystemExit(2)), SystemExit(2).code, SystemExit().code, SystemExit("bye").code)
print(repr(OSError(2, "No such file")), str(OSError(2, "No such file")), OSError(2, "x").errno, OSError(2, "x").strerror)
fnf = FileNotFoundError(2, "No such file or directory", "missing.txt")
print(str(fnf), fnf.filename, fnf.errno, type(OSError(2, "x", "f")).__name__)
print(isinstance(fnf, OSError), isinstance(KeyError(), LookupError), isinstance(Exception(), BaseException))
err = AttributeError("no attr")
err.extra = 42
print(err.extra, err.args)
class MyError(Exception):
    pass
class MySubError(MyError):
    def __str__(self):
        return "custom str: " + super().__str__()
print(repr(MyError("m")), str(MySubError("s")), repr(MySubError("s")), MySubError.__mro__[1].__name__)
try:
    raise MySubError("raised")
except MyError as caught:
    print("caught by base:", caught)
try:
    raise MyError
except MyError as caught:
    print("class raised:", repr(caught), caught.args)
try:
    raise 42
except TypeError as caught:
    print("TypeError:", caught)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as caught:
    print("TypeError:", caught)
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not caught here")
except BaseException as caught:
    print("BaseException caught:", type(caught).__name__)
try:
    raise SystemExit(5)
except SystemExit as caught:
    print("SystemExit caught, code", caught.code)
print(ValueError("a") == ValueError("a"), issubclass(bool, Exception), BaseException.__bases__)
print(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"))
print(str(SyntaxError("bad", ("f.py", 3, 4, "x = (", 3, 5))), SyntaxError("bad").msg)

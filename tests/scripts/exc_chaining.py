# Exception chaining: __context__, __cause__, __suppress_context__, from None.
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError(f"cannot convert {s!r}") from e
try:
    convert("abc")
except TypeError as e:
    print(e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(e, "| context:", repr(e.__context__), "| cause:", e.__cause__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("hidden context") from None
except RuntimeError as e:
    print(e, "| cause:", e.__cause__, "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)
try:
    raise ValueError("x") from KeyError("y")
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__context__)
def three_levels():
    try:
        try:
            try:
                raise KeyError("level1")
            except KeyError:
                raise IndexError("level2")
        except IndexError:
            raise ValueError("level3")
    except ValueError as e:
        chain = []
        cur = e
        while cur is not None:
            chain.append(f"{type(cur).__name__}({cur})")
            cur = cur.__context__
        return chain
print(three_levels())
try:
    raise RuntimeError("explicit") from ValueError("because")
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
e1 = ValueError("plain")
print(e1.__cause__, e1.__context__, e1.__suppress_context__, e1.__traceback__)
try:
    raise e1
except ValueError as caught:
    print(caught is e1, caught.__traceback__ is not None)
try:
    raise KeyError("k") from 5
except TypeError as e:
    print("TypeError:", e)
class Custom(Exception):
    pass
try:
    try:
        raise Custom("inner")
    except Custom as inner:
        raise Custom("outer") from inner
except Custom as outer:
    print(outer, outer.__cause__, outer.__cause__.__cause__)
err = ValueError("reusable")
for i in range(2):
    try:
        raise err
    except ValueError as e:
        print(i, e is err)
try:
    try:
        raise ValueError("original")
    finally:
        print("  finally (no exception replacement)")
except ValueError as e:
    print("caught:", e, e.__context__)
try:
    try:
        raise ValueError("original")
    finally:
        try:
            raise KeyError("in finally")
        except KeyError:
            pass
except ValueError as e:
    print("original survives:", e)
def handler_raises():
    try:
        raise OSError("disk")
    except OSError as exc:
        raise RuntimeError("wrap") from exc
try:
    handler_raises()
except RuntimeError as e:
    print(e, "<-", e.__cause__, type(e.__cause__).__name__)
e2 = RuntimeError("tb")
e3 = e2.with_traceback(None)
print(e3 is e2, e2.__traceback__)
try:
    raise IndexError("with tb")
except IndexError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno > 0, tb.tb_next is None)

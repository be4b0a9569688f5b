# try/except/else/finally: execution order in all combinations.
def run(label, fail):
    log = [label]
    try:
        log.append("try")
        if fail == "value":
            raise ValueError("bad value")
        if fail == "key":
            raise KeyError("k")
        log.append("try-end")
    except ValueError as e:
        log.append(f"except ValueError({e})")
    except (KeyError, IndexError) as e:
        log.append(f"except {type(e).__name__}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
print(run("ok", None))
print(run("v", "value"))
print(run("k", "key"))
def finally_return():
    try:
        return "from try"
    finally:
        print("  finally runs before return")
print(finally_return())
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def finally_swallows():
    try:
        raise RuntimeError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_with_finally())
def nested():
    log = []
    try:
        try:
            raise ValueError("inner")
        except TypeError:
            log.append("wrong handler")
        finally:
            log.append("inner finally")
    except ValueError as e:
        log.append(f"outer caught {e}")
    return log
print(nested())
def reraise():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            print("  handling, then re-raising")
            raise
    except ZeroDivisionError as e:
        return f"re-raised: {e}"
print(reraise())
def except_var_cleared():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    try:
        return err
    except NameError as ne:
        return f"NameError: {ne}"
print(except_var_cleared())
def else_not_protected():
    try:
        try:
            pass
        except ValueError:
            return "caught in inner"
        else:
            raise ValueError("from else")
    except ValueError as e:
        return f"outer caught {e}"
print(else_not_protected())
def catch_all():
    results = []
    for exc in [ValueError, TypeError, KeyError, ZeroDivisionError, StopIteration, Exception]:
        try:
            raise exc("msg")
        except (ValueError, TypeError):
            results.append("VT")
        except LookupError:
            results.append("Lookup")
        except ArithmeticError:
            results.append("Arith")
        except Exception as e:
            results.append("Exc:" + type(e).__name__)
    return results
print(catch_all())
def bare_except():
    try:
        {}["missing"]
    except:
        return "bare except caught"
print(bare_except())
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ValueError(count)
        print("succeeded after", count, "attempts")
        break
    except ValueError as e:
        print("  attempt failed:", e)
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally")
for v in gen_finally():
    print("got", v)
def return_in_except():
    try:
        raise KeyError("a")
    except KeyError:
        return "from except"
    finally:
        print("  finally after except-return")
print(return_in_except())
x = 0
try:
    x = 1
except Exception:
    x = 2
else:
    x = x * 10
finally:
    x = x + 5
print(x)

# global and nonlocal statements, name resolution (LEGB), builtins shadowing.
counter = 0
def increment():
    global counter
    counter += 1
    return counter
increment()
increment()
print(counter)
def define_global():
    global created_later
    created_later = "made inside function"
define_global()
print(created_later)
def read_only():
    return counter * 10
print(read_only())
def shadow():
    counter = "local"
    return counter
print(shadow(), counter)
def unbound():
    try:
        counter += 1
    except UnboundLocalError as e:
        return str(e)
print(unbound())
def outer():
    level = "outer"
    def middle():
        def inner():
            nonlocal level
            level = "changed by inner"
        inner()
        return level
    before = level
    after_middle = middle()
    return before, after_middle, level
print(outer())
def counter_factory():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def reset():
        nonlocal count
        count = 0
    return inc, reset
inc, reset = counter_factory()
print(inc(), inc(), inc(), reset(), inc())
def mixed():
    global g_val
    g_val = 1
    local_val = 2
    def inner():
        nonlocal local_val
        local_val += g_val
        return local_val
    return inner()
print(mixed(), g_val)
len_backup = len
def uses_builtin():
    return len("abc")
len = lambda x: "shadowed!"
print(uses_builtin(), len("x"))
del len
print(uses_builtin(), len("abcd"), len is len_backup)
import builtins
print(builtins.len("xy"), builtins.abs(-3), hasattr(builtins, "print"), type(builtins).__name__)
def loop_var_scope():
    for i in range(3):
        pass
    return i
print(loop_var_scope())
if True:
    block_var = "blocks don't create scope"
print(block_var)
try:
    exc_name = "before"
    raise ValueError
except ValueError as exc_name:
    pass
print("exc_name" in globals())
x = 1
def f1():
    x = 2
    def f2():
        x = 3
        def f3():
            return x
        return f3()
    return f2(), x
print(f1(), x)
def make_accumulators():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    def get():
        return total
    return add, get
add, get = make_accumulators()
add(5)
add(10)
print(get())
def param_shadow(print=None):
    return print
print(param_shadow("param named print"))
def global_in_nested():
    def set_it():
        global nested_global
        nested_global = "set in nested"
    set_it()
global_in_nested()
print(nested_global)
value = "module"
class Klass:
    value = "class"
    def method(self):
        return value
    def method2(self):
        global value
        value = "rebound by method2"
print(Klass().method())
Klass().method2()
print(value, Klass.value)
def closure_over_param(p):
    def inner():
        return p * 2
    p += 1
    return inner
print(closure_over_param(5)())
def no_nonlocal_rebinding():
    n = 1
    def inner():
        n = 99
        return n
    inner()
    return n
print(no_nonlocal_rebinding())
print(sorted(k for k in globals() if not k.startswith("__") and k.islower())[:6])

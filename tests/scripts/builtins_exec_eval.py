# exec/eval/compile with custom namespaces.
print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("'abc'.upper()"), eval(" 5 "))
x = 10
print(eval("x + 1"), eval("x * y", {"y": 3, "x": 2}), eval("x + y", {"x": 1}, {"y": 100}))
ns = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b\n", ns)
print(ns["a"], ns["b"], ns["f"](1), "__builtins__" in ns, sorted(k for k in ns if k != "__builtins__"))
g = {"data": [3, 1, 2]}
loc = {}
exec("result = sorted(data)\ntotal = sum(data)", g, loc)
print(loc, "result" in g)
exec("z_global = 99")
print(z_global)
code = compile("3 ** 4", "<expr>", "eval")
print(eval(code), type(code).__name__)
code2 = compile("for i in range(3):\n    out.append(i * i)\n", "<stmts>", "exec")
out = []
exec(code2)
print(out)
exec(code2, {"out": out})
print(out)
code3 = compile("print('single mode', 1 + 1)", "<s>", "single")
exec(code3)
print(eval("len(s)", {"s": "hello"}), eval("abs(-3)", {}), eval("min(a, b)", {"a": 4, "b": 2}))
try:
    eval("len(s)", {"__builtins__": {}, "s": "x"})
except NameError as e:
    print("NameError:", e)
try:
    eval("undefined_name + 1")
except NameError as e:
    print("NameError:", e)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("def broken(:\n    pass")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
try:
    eval("x = 5")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("1 / 0")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(eval("lambda q: q * 2")(21), eval("(1, 2) + (3,)"), eval("{'k': [1, 2]}")["k"])
def make_function(name, body_expr):
    src = f"def {name}(x):\n    return {body_expr}\n"
    scope = {}
    exec(src, scope)
    return scope[name]
sq = make_function("square", "x * x")
cube = make_function("cube", "x ** 3")
print(sq(7), cube(3), sq.__name__, cube.__name__)
calc_env = {"__builtins__": {"abs": abs, "max": max}, "pi": 3.14159}
for expr in ["abs(-2) + pi", "max(1, 7, 3)", "pi * 2"]:
    print(expr, "=", eval(expr, calc_env))
def scoped():
    local_v = 7
    return eval("local_v * 6")
print(scoped())
src = """
class Generated:
    value = 42
    def double(self):
        return self.value * 2
instance = Generated()
"""
space = {}
exec(src, space)
print(space["instance"].double(), space["Generated"].__name__, space["Generated"].__module__ if "__name__" in space else "no-module-name")
print(eval(repr([1, "two", 3.0, None, (True,)])), eval(repr("quote's")), eval("0x1F + 0o7 + 0b1"))
print(exec("1 + 1"), eval("None"))

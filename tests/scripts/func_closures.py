# Closures: counters, late binding, nonlocal, global.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1(), c2(-50))
def make_adders():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def make_adders_fixed():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders_fixed()])
def make_adders_factory():
    def adder(n):
        return lambda x: x + n
    return [adder(i) for i in range(3)]
print([f(10) for f in make_adders_factory()])
funcs = []
for k in range(3):
    def show():
        return k
    funcs.append(show)
print([f() for f in funcs], k)
total = 0
def add_to_total(n):
    global total
    total += n
    return total
add_to_total(5)
add_to_total(7)
print(total)
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "inner-modified"
            return x
        r = inner()
        return r, x
    res = middle()
    return res, x
print(outer())
def make_account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return "insufficient"
        balance -= amount
        return balance
    def get():
        return balance
    return deposit, withdraw, get
dep, wd, get = make_account(100)
print(dep(50), wd(30), wd(500), get())
def closure_cells():
    a = 1
    b = [2]
    def use():
        return a + b[0]
    return use
u = closure_cells()
print(u(), u.__closure__ is not None, len(u.__closure__), [c.cell_contents for c in u.__closure__])
print(make_counter.__closure__, c1.__closure__[0].cell_contents)
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache.items()))
def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7), compose(str, abs, inc)(-10))
def late():
    result = lambda: value
    value = "bound later"
    return result()
print(late())
def shadow_test():
    len = lambda x: "shadowed"
    return len([1, 2])
print(shadow_test(), len([1, 2]))
def gen_closure():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add, items
add, items = gen_closure()
add("a")
add("b")
print(items)
x = "global x"
def read_global():
    return x
def shadow_local():
    x = "local x"
    return x
print(read_global(), shadow_local(), x)
def counter_gen():
    state = {"n": 0}
    def step():
        state["n"] += 1
        return state["n"]
    return step
s = counter_gen()
print(s(), s(), s())

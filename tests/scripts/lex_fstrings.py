# f-strings: expressions, nesting, =, conversions, format specs with nested fields.
name = "World"
n = 42
pi = 3.14159265
items = [1, 2, 3]
d = {"key": "value", "n": 7}
print(f"Hello, {name}!")
print(f"{n} squared is {n * n}, half is {n / 2}")
print(f"{name!r} {name!s} {name!a}", f"{'café'!a}")
print(f"{items} {items[1]} {d['key']} {d['n'] + 1}")
print(f"{n=}", f"{n = }", f"{name=!s}", f"{pi=:.2f}", f"{items[0]+1=}")
print(f"{{literal braces}} {{{n}}}")
print(f"{pi:.3f} {pi:10.2f}| {pi:<10.2f}| {pi:^10.2f}| {pi:e}")
width = 12
prec = 3
print(f"[{pi:{width}.{prec}f}]", f"[{name:>{width}}]", f"[{name:{'*'}^{width}}]")
print(f"{'nested ' + f'{n:03d}'}")
print(f"{'a' if n > 10 else 'b'}", f"{(lambda x: x * 2)(5)}", f"{[x * 2 for x in items]}")
print(f"{n:d} {n:5d}| {n:<5d}| {n:^5d}| {n:05d} {n:+d} {-n:+d} {n: d}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b} {n:#X} {255:#010x}")
print(f"{1234567:,} {1234567:_} {1234567.891:,.2f} {0xFFFFFF:_x} {-1234567:,}")
print(f"{0.25:%} {0.25:.0%} {1/3:.1%} {12.3456:.2e} {12.3456:E} {0.000012345:g} {1e20:g}")
print(f"{123.456:g} {100000:g} {1000000:g} {1e-5:g} {0.0001:g} {1.0:g}")
print(f"{pi:08.3f} {-pi:08.3f} {pi:+.1f} {pi:.0f} {2.5:.0f} {3.5:.0f}")
print(f"[{'x':>10}] [{'x':<10}] [{'x':^10}] [{'x':*^10}] [{'x':-<5}] [{'ab':=>6}]")
print(f"[{42:>10}] [{42:<10}] [{42:^10}] [{42:*^10}] [{-42:=8}] [{-42:0=8}]")
print(f"[{'truncate me':.5}] [{'abc':10.2}] [{3:3}] [{'s':3}]")
print(f"{True} {None} {True:d} {3.0} {10**20} {1e100}")
print(f"{pi!r:>20}", f"{name!r:^11}")
print(f"{'multi'}" f"{'ple'}" "-plain-" f"{n}")
print(f'{"double inside single"}', f"{'single inside double'}")
print(F"capital F {n}", rf"raw \n {n}", fr"\t{name}")
print(f"{n:{'>'}{width}}", f"{n:{'0'}{'>'}{5}}")
print(f"{d!r}", f"{items!s:>15}")
print(f"{3+4j}", f"{3+4j:.2f}", f"{(1+2j)!r}")
x = 10
print(f"{x:#>{x}}", f"{x:{x}}|")
print(f"{'%d' % 5} {'{}'.format(6)}")
print(f"{1_000_000:,d} {12345.6789:,.1f} {-0.0:.1f} {0.5:.0f} {1.5:.0f}")
print(f"{float('inf'):.2f} {float('nan'):f} {float('-inf'):>8}")
print(f"{65:c}{0x263A:c}")
print(f"{'newline':}\n{'end'}")

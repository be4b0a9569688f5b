# printf-style % formatting.
print("%s %s" % ("a", 1), "%r %r" % ("a", 1), "%s" % [1, "x"], "%s" % (("t", 1),))
print("%d %i %d" % (42, -7, 3.99), "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%f %.2f %.0f %10.3f| %-10.1f| %010.2f %+.1f" % (3.14159, 2.675, 2.5, 3.14159, 3.14159, -3.14159, 1.05))
print("%x %X %o %#x %#X %#o %08x" % (255, 255, 8, 255, 255, 8, 48879))
print("%e %.2e %E %g %g %g %G %g" % (12345.678, 0.000123, 1e-10, 0.0001, 0.00001, 123456789, 1e-20, 100.0))
print("%c%c%c %%" % (72, "i", 33), "100%%", "%s%%" % 50)
print("%(name)s is %(age)d years, %(name)r" % {"name": "Bob", "age": 42})
print("%(x)05.1f|%(y)-4s|" % {"x": 3.14159, "y": "ab"})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%s" % None, "%s %s" % (True, False), "%d" % True, "%.3s" % "abcdef", "%5.2s|" % "xyz")
print("%s" % "single", "%s" % ("tuple-one",), "%x" % -255, "%o" % -8, "%d" % 10 ** 20)
print("%.15g %.17g %r" % (0.1, 0.1, 0.1), "%s" % 1e100, "%f" % 1e20, "%.3f" % float("inf"))
print("%-8s|%8s|" % ("left", "right"), "%3s|" % "toolong", "%c" % 0x263A)
for fmt, args in [("%d", ("x",)), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%(k)s", ({},)), ("%z", (1,)), ("%d", ([],))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print("%s and %s" % ([1, 2], {"a": 1}), "%r" % "it's", "%a" % "é")
rows = [("apple", 1.5, 10), ("banana", 0.25, 150), ("cherry", 12.0, 3)]
for name, price, qty in rows:
    print("%-10s $%7.2f x %4d = %9.2f" % (name, price, qty, price * qty))
print("%5.1f%%" % 45.678, "%+05d" % 7, "%-+5d|" % 7, "% 05.1f" % 2.25, "%#.0f" % 3.0, "%#g" % 1.0)
print("%i items" % 3.0, "%.2f" % 1, "%e" % 0, "%x" % True)

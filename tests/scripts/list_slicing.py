# list slice assignment, extended slices, del.
a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[1:1] = [100, 200, 300]
print(a)
a[:] = a[::-1]
print(a)
a[-2:] = []
print(a)
a[len(a):] = [7, 8]
print(a)
b = list(range(10))
b[::2] = "ABCDE"
print(b)
b[1::2] = [x * 10 for x in range(5)]
print(b)
b[::-3] = [None] * 4
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c = list(range(10))
del c[0]
print(c)
del c[-1]
print(c)
del c[2:4]
print(c)
del c[::2]
print(c)
del c[:]
print(c)
d = list(range(20))
del d[1::3]
print(d)
del d[::-4]
print(d)
e = [1, 2, 3, 4, 5]
e[1:4] = []
print(e)
e[5:10] = [6, 7]
print(e)
e[0:0] = range(3)
print(e)
e[-1:] = (9, 9, 9)
print(e)
f = [0] * 5
f[1:3] = f
print(f, len(f))
g = [1, 2, 3]
g[1:2] = g
print(g)
try:
    del g[10]
except IndexError as e2:
    print("IndexError:", e2)
try:
    g[10] = 5
except IndexError as e2:
    print("IndexError:", e2)
try:
    g[1:2] = 5
except TypeError as e2:
    print("TypeError:", e2)
h = list(range(8))
s = slice(1, 7, 2)
print(h[s], s.start, s.stop, s.step, s)
h[s] = [-1, -2, -3]
print(h)
print(slice(5), slice(1, 5), slice(None, None, -1), slice(1, 10, 3).indices(7), slice(-3, None).indices(10))
print(h[slice(None, None, -2)], h[-100:100], h[5:-100:-1])
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1] for row in m], [row[::-1] for row in m[::-1]], m[1][1:], [r[i] for i, r in enumerate(m)])
m[1][:] = [0, 0, 0]
print(m)
t = list("hello world")
t[0], t[6] = t[0].upper(), t[6].upper()
print("".join(t))
v = [5, 3, 8]
v[0], v[2] = v[2], v[0]
print(v)
i = 0
v[i], i = 100, 2
print(v, i)

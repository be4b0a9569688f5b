# Comparisons: chaining, identity, membership, mixed types, precedence.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 == True, 1 < 2 > 0)
one, onef = 1, 1.0
print(1 == 1.0, one is onef, 0.5 == 1 / 2, 2 ** 53 == 2 ** 53 + 0.0, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(10 ** 30 < 1e31, 10 ** 30 == 1e30, 2 ** 1000 > 1e300, 2 ** 1100 > float("inf"))
print(float("nan") < 1, float("nan") >= 1, 1j == 1j, 1 + 0j == 1.0)
print("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a", "apple" <= "apple")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [] == [], () == ())
print([1, [2, 3]] == [1, [2, 3]], {1: [2]} == {1: [2]}, {1, 2} == {2, 1}, {1: 2} == {1: 2.0})
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1, 4} < {1, 2, 3})
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a == c, a is not c, not a is c)
print(None is None, None == None, None is not False, type(None).__name__)
print(2 in a, 5 in a, 5 not in a, "ell" in "hello", "" in "abc", "x" not in "abc")
print(1 in {1: "a"}, "a" in {1: "a"}, 3 in range(5), 5 in range(5), 4.0 in range(5), (1, 2) in [(1, 2)])
x = 5
print(0 < x < 10, 0 < x < 3, x == 5 != 6, 1 < x == 5 > 4)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(0) < v(5), calls)
calls.clear()
print(v(3) < v(2) < v(10), calls)
print(not True == False, (not True) == False, not (True == False))
print(True and 0 or 5, 0 or "" or [] or "last", 1 and 2 and 3, None and 1)
print(1 or 1 / 0, 0 and 1 / 0, [] or {}, "a" and "b")
print(True + True == 2, True == 1, False == 0, True is not one)
for op, func in [("==", lambda p, q: p == q), ("<", lambda p, q: p < q)]:
    try:
        print(op, func(1, "1"))
    except TypeError as e:
        print(op, "TypeError:", e)
for p, q in [([1], (1,)), ({}, []), (None, 0)]:
    try:
        print(p < q)
    except TypeError as e:
        print("TypeError:", e)
print(max([3, 1, 2]) == 3 and min("bca") == "a")
print(1 < 2 == 2 < 3, (1 < 2) == (2 < 3), 1 < (2 == 2))
print(sorted([3, 1.5, True, -2, 2 ** 70, 0.0]))
print([1, 2, 3] != [1, 2, 3], (1, 2) != (1, 2, 3), "a" != "a")
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(-0.0 == 0.0, float("inf") == float("inf"), float("-inf") < -10 ** 400)

# Recursive functions.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print([fact(i) for i in range(10)], fact(30))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(20)])
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(0, 0), ackermann(1, 2), ackermann(2, 3), ackermann(3, 3))
def hanoi(n, src, dst, via, moves):
    if n == 0:
        return moves
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)
    return moves
m = hanoi(4, "A", "C", "B", [])
print(len(m), m[:5])
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 40, 6 ** 20))
def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out.extend(flatten(item))
    return out
print(flatten([1, [2, [3, [4, [5]]]], [], [[6, 7], 8]]))
def permutations(seq):
    if len(seq) <= 1:
        return [seq]
    result = []
    for i in range(len(seq)):
        for p in permutations(seq[:i] + seq[i + 1:]):
            result.append(seq[i] + p)
    return result
print(permutations("abc"), len(permutations("abcde")))
def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def binary_search(arr, target, lo=0, hi=None):
    if hi is None:
        hi = len(arr) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if arr[mid] == target:
        return mid
    if arr[mid] < target:
        return binary_search(arr, target, mid + 1, hi)
    return binary_search(arr, target, lo, mid - 1)
arr = list(range(0, 100, 3))
print(binary_search(arr, 27), binary_search(arr, 28), binary_search(arr, 0), binary_search(arr, 99))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
def depth(tree):
    if not isinstance(tree, tuple):
        return 0
    return 1 + max((depth(c) for c in tree), default=0)
print(depth((1, (2, (3,)), ((4,),))), depth(5), depth(()))
def count_down(n):
    if n < 0:
        return []
    return [n] + count_down(n - 1)
print(count_down(10))
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(900))
def string_reverse(s):
    return s if len(s) <= 1 else string_reverse(s[1:]) + s[0]
print(string_reverse("recursion"))
def sum_digits(n):
    return n if n < 10 else n % 10 + sum_digits(n // 10)
print(sum_digits(987654321), sum_digits(2 ** 100))
def catalan(n, memo={}):
    if n <= 1:
        return 1
    if n not in memo:
        memo[n] = sum(catalan(i) * catalan(n - 1 - i) for i in range(n))
    return memo[n]
print([catalan(i) for i in range(15)])
def unbounded(n):
    return unbounded(n + 1)
try:
    unbounded(0)
except RecursionError as e:
    print("RecursionError:", e)
print("still alive", fact(5))
def n_queens(n):
    solutions = []
    def place(row, cols):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)):
                cols.append(c)
                place(row + 1, cols)
                cols.pop()
    place(0, [])
    return solutions
sols = n_queens(6)
print(len(sols), sols[0], len(n_queens(8)))

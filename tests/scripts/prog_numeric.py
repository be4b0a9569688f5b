# Numeric programs: prime sieve, matrix multiplication, big-int computations.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, p in enumerate(is_prime) if p]
primes = sieve(1000)
print(len(primes), primes[:15], primes[-5:], sum(primes))
twin = [(p, p + 2) for p, q in zip(primes, primes[1:]) if q == p + 2]
print(len(twin), twin[:6])
gaps = {}
for p, q in zip(primes, primes[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print(sorted(gaps.items()))
def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors
print(factorize(360), factorize(9973), factorize(2 ** 10 * 3 ** 5 * 7), factorize(600851475143))
def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def matpow(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        k >>= 1
    return result
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(matmul(A, B), matmul(B, A))
try:
    matmul(A, A)
except ValueError as e:
    print("ValueError:", e)
fibm = matpow([[1, 1], [1, 0]], 90)
print(fibm[0][1])
def transpose(m):
    return [list(r) for r in zip(*m)]
def show(m):
    w = max(len(str(v)) for row in m for v in row)
    for row in m:
        print(" ".join(str(v).rjust(w) for v in row))
show(matmul(transpose(A), A))
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)), det([[1, 2], [2, 4]]))
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result
f100 = factorial(100)
print(f100)
print(len(str(f100)), sum(int(d) for d in str(f100)), len(str(f100)) - len(str(f100).rstrip("0")))
p = 2 ** 1000
print(sum(map(int, str(p))), len(str(p)), str(p)[:30])
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(300))
print(fib(1000) % 1000000007, len(str(fib(1000))))
def collatz_len(n, cache={1: 1}):
    chain = []
    while n not in cache:
        chain.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    for m in reversed(chain):
        length += 1
        cache[m] = length
    return length
best = max(range(1, 10000), key=collatz_len)
print(best, collatz_len(best))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 50), isqrt(2 * 10 ** 40), isqrt(99))
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(map(str, digits))
print(pi_digits(60))
print(pow(3, 10 ** 18, 10 ** 9 + 7), (2 ** 127 - 1) % 1000003, (10 ** 50 + 1) // 7)
print(f"{2 ** 64:,}", f"{-(3 ** 40):_}", hex(2 ** 128 - 1), (7 ** 100).bit_length())

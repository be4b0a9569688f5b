# math module.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10 ** 40), math.sqrt(1e-10))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(2.9), math.trunc(-2.9))
print(type(math.floor(2.5)).__name__, math.floor(1e20), math.ceil(5))
print(math.isnan(math.nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isfinite(math.nan))
print(math.gcd(48, 18), math.gcd(0, 5), math.gcd(-12, 8), math.gcd(12, 18, 30), math.gcd(), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(0, 5), math.lcm())
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.factorial(100))
print(math.comb(10, 3), math.comb(52, 5), math.comb(5, 7), math.perm(5, 2), math.perm(5), math.comb(100, 50))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log2(1024), math.log10(1000), math.log1p(0))
print(round(math.log(10), 12), round(math.log2(3), 12), round(math.log10(2), 12))
print(math.exp(0), round(math.exp(1), 12), round(math.exp(-1), 12), math.expm1(0))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(4, -0.5), math.pow(0, 0))
print(math.sin(0), math.cos(0), math.tan(0), round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12))
print(round(math.sin(1), 12), round(math.cos(1), 12), round(math.tan(1), 12))
print(round(math.asin(1), 12), round(math.acos(0), 12), round(math.atan(1), 12))
print(math.atan2(0, 1), round(math.atan2(1, 1), 12), round(math.atan2(1, -1), 12), round(math.atan2(-1, -1), 12))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.degrees(math.pi), math.radians(180) == math.pi, round(math.degrees(1), 10), math.radians(90))
print(math.fabs(-3), math.fabs(2.5), math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.fmod(7.5, 2))
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.copysign(1, -1e-300))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 21)), math.prod([0.5, 4]), math.prod([2, 3], start=10))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5))
print(math.cosh(0), math.sinh(0), math.tanh(0), round(math.cosh(1), 12))
for bad in [lambda: math.sqrt(-1), lambda: math.log(-1), lambda: math.log(0), lambda: math.factorial(-1),
            lambda: math.factorial(2.5), lambda: math.acos(2), lambda: math.exp(1000), lambda: math.pow(10, 400),
            lambda: math.comb(-1, 2), lambda: math.isqrt(-1), lambda: math.floor(math.inf), lambda: math.ceil(math.nan)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(math.sqrt(2) ** 2 == 2, math.isclose(math.sqrt(2) ** 2, 2))
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True
print([p for p in range(60) if is_prime(p)])
print(math.floor(7 / 2), math.ceil(7 / 2), -(-7 // 2), math.inf > 10 ** 1000, math.nan != math.nan)
print(math.remainder(10, 3), math.remainder(11, 3), math.nextafter(1.0, 2.0), math.ulp(1.0))

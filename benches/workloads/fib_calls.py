# Function-call heavy: naive recursive Fibonacci.
from _harness import run


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def work(start, stop):
    return sum(fib(22) for _ in range(start, stop))


print("checksum", sum(run(work, 80)))

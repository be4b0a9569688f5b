"""A small tour of what Pyrite runs: classes, generators, closures, exceptions, formatting."""


class Account:
    """A bank account that refuses to go negative."""

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"{self.owner} cannot withdraw {amount}: only {self.balance} left")
        self.balance -= amount
        return self.balance

    def __repr__(self):
        return f"Account({self.owner!r}, balance={self.balance:,})"


def primes():
    """Yield prime numbers forever."""
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1


def counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    return bump


acct = Account("Ada", 1_000_000)
acct.withdraw(1234)
print(acct)
try:
    acct.withdraw(10**9)
except ValueError as e:
    print("refused:", e)

gen = primes()
print("first primes:", [next(gen) for _ in range(10)])
bump = counter()
print("closure:", bump(), bump(), bump())
print("big int:", 2**200)
print("dict comp:", {w: len(w) for w in ["pyrite", "gil", "threads"]})
print("floats:", 0.1 + 0.2, 1 / 3, round(2.675, 2))

# A small banking program: classes, exceptions, class attributes, sorting, formatting.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} has {account.balance:.2f}, cannot withdraw {amount:.2f}")
        self.account = account
        self.amount = amount
class InvalidAmount(ValueError):
    pass
class Account:
    _next_number = 1000
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.history = []
    def _check(self, amount):
        if amount <= 0:
            raise InvalidAmount(f"amount must be positive, got {amount}")
    def deposit(self, amount):
        self._check(amount)
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance
    def withdraw(self, amount):
        self._check(amount)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self.balance
    def __repr__(self):
        return f"<Account {self.number} {self.owner}: {self.balance:.2f}>"
class SavingsAccount(Account):
    rate = 0.05
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
class CheckingAccount(Account):
    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def withdraw(self, amount):
        self._check(amount)
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self.balance
class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
    def open(self, kind, owner, balance=0.0):
        acct = kind(owner, balance)
        self.accounts[acct.number] = acct
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        b.deposit(amount)
    def total(self):
        return sum(a.balance for a in self.accounts.values())
    def report(self):
        lines = [f"== {self.name} =="]
        for acct in sorted(self.accounts.values(), key=lambda a: (-a.balance, a.owner)):
            lines.append(f"{acct.number:>6} {acct.owner:<8} {type(acct).__name__:<16} {acct.balance:>10,.2f}")
        lines.append(f"{'TOTAL':>6} {'':<8} {'':<16} {self.total():>10,.2f}")
        return "\n".join(lines)
bank = Bank("Pyrite Savings & Loan")
alice = bank.open(SavingsAccount, "Alice", 1500.0)
bob = bank.open(CheckingAccount, "Bob", 200.0)
carol = bank.open(Account, "Carol")
print(alice, bob, carol)
print(alice.deposit(250.5), bob.withdraw(250), carol.deposit(1e3))
operations = [
    ("transfer", alice.number, bob.number, 300),
    ("transfer", bob.number, carol.number, 1000),
    ("transfer", carol.number, alice.number, -5),
    ("transfer", carol.number, 9999, 10),
    ("withdraw", bob.number, 149.99),
    ("withdraw", bob.number, 0.02),
]
for op in operations:
    try:
        if op[0] == "transfer":
            bank.transfer(*op[1:])
        else:
            bank.accounts[op[1]].withdraw(op[2])
        print("ok:", op)
    except InsufficientFunds as e:
        print("insufficient:", e, "| short by", round(e.amount - e.account.balance, 2))
    except InvalidAmount as e:
        print("invalid:", e, "| is ValueError:", isinstance(e, ValueError))
    except KeyError as e:
        print("no such account:", e)
print("interest paid:", alice.add_interest())
print(bank.report())
for acct in bank.accounts.values():
    deposits = sum(a for kind, a in acct.history if kind == "deposit")
    withdrawals = sum(a for kind, a in acct.history if kind == "withdraw")
    print(f"{acct.owner}: {len(acct.history)} ops, +{deposits:.2f} -{withdrawals:.2f}")
richest = max(bank.accounts.values(), key=lambda a: a.balance)
print("richest:", richest.owner, isinstance(richest, Account), type(richest).__mro__[1].__name__)

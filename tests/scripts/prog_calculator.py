# Tokenizer and recursive-descent parser/evaluator for arithmetic expressions with variables.
class CalcError(Exception):
    pass
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif src.startswith("**", i):
            tokens.append(("op", "**"))
            i += 2
        elif ch in "+-*/%()=,":
            tokens.append(("op", ch))
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens
class Parser:
    FUNCS = {"max": max, "min": min, "abs": abs}
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.pos = 0
        self.env = env
    def peek(self):
        return self.tokens[self.pos]
    def take(self, kind=None, value=None):
        tok = self.tokens[self.pos]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise CalcError(f"expected {value or kind}, got {tok[1]!r}")
        self.pos += 1
        return tok
    def statement(self):
        if self.peek()[0] == "name" and self.tokens[self.pos + 1] == ("op", "="):
            name = self.take("name")[1]
            self.take("op", "=")
            value = self.expr()
            self.env[name] = value
        else:
            value = self.expr()
        self.take("end")
        return value
    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value
    def term(self):
        value = self.unary()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            rhs = self.unary()
            if op == "*":
                value *= rhs
            elif rhs == 0:
                raise CalcError("division by zero")
            elif op == "/":
                value = value / rhs
            else:
                value %= rhs
        return value
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        if self.peek() == ("op", "+"):
            self.take()
            return self.unary()
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek() == ("op", "**"):
            self.take()
            return base ** self.unary()
        return base
    def atom(self):
        kind, value = self.peek()
        if kind == "num":
            self.take()
            return value
        if kind == "name":
            self.take()
            if self.peek() == ("op", "("):
                self.take()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expr())
                self.take("op", ")")
                if value not in self.FUNCS:
                    raise CalcError(f"unknown function {value}")
                return self.FUNCS[value](*args)
            if value not in self.env:
                raise CalcError(f"undefined variable {value}")
            return self.env[value]
        if (kind, value) == ("op", "("):
            self.take()
            v = self.expr()
            self.take("op", ")")
            return v
        raise CalcError(f"unexpected token {value!r}")
env = {"pi": 3.14159}
programs = [
    "1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "(-2) ** 2", "10 / 4", "10 % 4 + 7 % -3",
    "x = 5", "y = x * 2 + 1", "x * y - 3", "max(x, y, 7) + min(1, 2)", "abs(-pi) * 2",
    "2 ** 100", "1.5 + .5", "r = 3", "pi * r ** 2", "1 / 0", "foo + 1", "3 +", "(1 + 2", "2 $ 3",
    "nope(1)", "- - 4", "100 - 1 - 2 - 3", "2 * (3 + 4) * (5 - 1) / 7",
]
for src in programs:
    try:
        result = Parser(tokenize(src), env).statement()
        print(f"{src:<28} => {result!r}")
    except CalcError as e:
        print(f"{src:<28} !! {e}")
print(sorted(env.items()))
print(tokenize("a1 = (b_2 ** 2.5)"))

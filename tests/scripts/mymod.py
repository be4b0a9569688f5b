# Helper module for modules_*.py tests (not a test itself: it has no .out file).
print("mymod: module body executing, __name__ =", __name__)
CONSTANT = 42
_private = "hidden"
counter = 0


def f(x):
    return x * 2


def bump():
    global counter
    counter += 1
    return counter


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return f"Hello from mymod, {self.name}"


if __name__ == "__main__":
    print("mymod: running as a script -- this must NOT print on import")

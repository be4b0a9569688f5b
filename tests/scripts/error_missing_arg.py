# Uncaught TypeError for a call that is missing a positional argument.
def f(a, b):
    return a + b
print(f(1, 2))
print(f(1))

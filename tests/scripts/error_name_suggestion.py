# Uncaught NameError with CPython 3.11's "Did you mean" suggestion.
counter = 10
print("counter is", counter)
def report():
    return countr + 1
print(report())

# Uncaught exception with an explicit cause: stderr shows both, the last line is the final exception.
def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise ValueError("x") from KeyError("y")
print(lookup({"a": 1}, "a"))
lookup({}, "missing")

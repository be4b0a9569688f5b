# Uncaught ZeroDivisionError raised three calls deep; stdout before the failure must be flushed.
def ratio(a, b):
    return a / b
def average_ratio(pairs):
    total = 0
    for a, b in pairs:
        print("ratio", a, b, "=", ratio(a, b))
        total += ratio(a, b)
    return total / len(pairs)
def main():
    print("starting")
    print(average_ratio([(1, 2), (3, 4), (5, 0), (7, 8)]))
    print("never printed")
main()

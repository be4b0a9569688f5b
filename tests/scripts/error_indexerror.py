# Uncaught IndexError from a list index in a loop.
items = ["a", "b", "c"]
for i in range(len(items) + 1):
    print(i, items[i])

# IndentationError: a block body that is not indented.
print("never executed")
def broken():
return 42

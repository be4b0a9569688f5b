# A SyntaxError anywhere means nothing runs, so there is no stdout.
print("this line is never executed")
def ok():
    return 1
if ok() == 1
    print("missing colon above")

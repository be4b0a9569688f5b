# sys.exit with an integer status: no traceback, exit code 3.
import sys
def main():
    print("validating input")
    errors = ["missing name", "bad age", "no email"]
    for e in errors:
        print("error:", e)
    return len(errors)
sys.exit(main())

# sys.exit with a string: the message goes to stderr and the exit code is 1.
import sys
print("doing some work")
try:
    sys.exit("fatal: configuration file not found")
finally:
    print("finally blocks run during sys.exit")
print("never printed")

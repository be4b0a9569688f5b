# An uncaught exception is reported first; the atexit callbacks still run, and the exit
# code stays 1.
import atexit

atexit.register(print, "callback ran after the traceback")
print("before")
raise KeyError("uncaught")

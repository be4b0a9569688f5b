# The subprocess module: run/call/check_*, Popen with pipes, DEVNULL and STDOUT, text
# mode, communicate (both pipes at once, with input, with a timeout), signals and
# negative return codes, the errors with CPython's messages, and the os process functions.
import os
import signal
import subprocess
import sys


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", r)


# run() and CompletedProcess.
r = subprocess.run(["echo", "hello"], capture_output=True)
print(r)
print(r.args, r.returncode, r.stdout, r.stderr)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
attempt("check_returncode", r.check_returncode)
print(subprocess.run(["true"]))
r = subprocess.run(["cat"], input=b"fed through stdin\n", stdout=subprocess.PIPE)
print("input", r.stdout)
r = subprocess.run(["cat"], input="text input\n", capture_output=True, universal_newlines=True)
print("universal_newlines", repr(r.stdout))
r = subprocess.run(["printf", "a\\r\\nb\\rc\\n"], capture_output=True, text=True)
print("newlines translated", repr(r.stdout))
r = subprocess.run(["printf", "a\\r\\nb"], capture_output=True)
print("bytes untouched", r.stdout)

# check=True and the other helpers.
try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e)
    print(e.returncode, e.cmd, e.output, e.stdout, e.stderr)
try:
    subprocess.run(["sh", "-c", "echo partial; exit 2"], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(e, e.output, e.stderr)
print("check_output", subprocess.check_output(["echo", "captured"]))
print("check_output text", repr(subprocess.check_output("echo $((6*7))", shell=True, text=True)))
print("check_output input", subprocess.check_output(["tr", "a-z", "A-Z"], input=b"shout\n"))
print("check_output stderr", subprocess.check_output(["sh", "-c", "echo 1; echo 2 >&2"], stderr=subprocess.STDOUT))
print("call", subprocess.call(["true"]), subprocess.call(["sh", "-c", "exit 4"]))
print("check_call", subprocess.check_call(["true"]))
attempt("check_call fails", lambda: subprocess.check_call(["sh", "-c", "exit 9"]))
attempt("check_output fails", lambda: subprocess.check_output("exit 1", shell=True))
print("getoutput", repr(subprocess.getoutput("echo one; echo two")))
print("getstatusoutput", subprocess.getstatusoutput("echo failing; exit 5"))
print("getstatusoutput stderr", subprocess.getstatusoutput("echo to-stderr >&2"))

# Starting fails: the child's OSError, with CPython's filename.
attempt("missing program", lambda: subprocess.run(["no_such_program_pyrite"]))
attempt("missing path", lambda: subprocess.run(["./no/such/program"]))
attempt("missing cwd", lambda: subprocess.run(["true"], cwd="/no/such/dir"))
attempt("not executable", lambda: subprocess.run(["/dev/null"]))
try:
    subprocess.Popen(["no_such_program_pyrite"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, e.filename)

# Argument errors.
attempt("input and stdin", lambda: subprocess.run(["cat"], input=b"x", stdin=subprocess.PIPE))
attempt("capture_output and stdout",
        lambda: subprocess.run(["true"], capture_output=True, stdout=subprocess.PIPE))
attempt("check_output stdout", lambda: subprocess.check_output(["true"], stdout=None))
attempt("text vs universal_newlines",
        lambda: subprocess.Popen(["true"], text=True, universal_newlines=False))
attempt("bufsize", lambda: subprocess.Popen(["true"], bufsize="x"))

# Popen: pipes, poll, wait, signals.
p = subprocess.Popen(["sleep", "30"])
print("poll while running", p.poll(), p.returncode)
p.kill()
print("killed", p.wait(), p.returncode, p.poll())
p = subprocess.Popen(["sleep", "30"])
p.terminate()
print("terminated", p.wait())
p = subprocess.Popen(["sleep", "30"])
p.send_signal(signal.SIGINT)
print("SIGINT", p.wait())
p.send_signal(signal.SIGKILL)  # already reaped: nothing happens
print("self-kill", subprocess.call(["sh", "-c", "kill -9 $$"]))
attempt("died with a signal", lambda: subprocess.check_call(["sh", "-c", "kill -TERM $$"]))
print("exit status", subprocess.Popen(["sh", "-c", "exit 7"]).wait())

with subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as p:
    print("pipe types", type(p.stdin).__name__, type(p.stdout).__name__, p.stderr)
    p.stdin.write(b"line 1\nline 2\n")
    p.stdin.close()
    print("readline", p.stdout.readline())
    print("read", p.stdout.read())
print("after with", p.returncode, p.stdout.closed)

with subprocess.Popen(["sh", "-c", "read x; echo got $x; echo oops >&2"], stdin=subprocess.PIPE,
                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as p:
    print("text pipe types", type(p.stdin).__name__, type(p.stdout).__name__)
    out, err = p.communicate("hello\n")
    print("communicate", repr(out), repr(err), p.returncode)
attempt("communicate again", lambda: p.communicate())
print(repr(subprocess.Popen(["true"])).split(" args")[0])

# Both pipes filled by the child at once (each larger than a pipe's buffer): communicate
# reads them together, so neither the child nor the parent blocks forever.
child = ("import sys\n"
         "for i in range(3000):\n"
         "    sys.stdout.write('out %d\\n' % i)\n"
         "    sys.stderr.write('err %d\\n' % i)\n")
p = subprocess.Popen([sys.executable, "-c", child], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate()
print("both pipes", len(out.splitlines()), len(err.splitlines()), out.splitlines()[-1], err.splitlines()[0])
big = b"x" * 300000
r = subprocess.run(["cat"], input=big, capture_output=True)
print("big input echoed", len(r.stdout), r.stdout == big)

# Timeouts.
try:
    subprocess.run(["sleep", "30"], capture_output=True, timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e)
    print(e.cmd, e.timeout, e.output, e.stdout, e.stderr)
p = subprocess.Popen(["sh", "-c", "echo early; exec sleep 30"], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.5)
except subprocess.TimeoutExpired as e:
    print("partial output", e.output)
p.kill()
out, _ = p.communicate()
print("after kill", out, p.returncode)
p = subprocess.Popen(["sleep", "30"])
attempt("wait timeout", lambda: p.wait(timeout=0.1))
p.kill()
print("waited", p.wait(timeout=10))
print("call timeout", subprocess.call(["true"], timeout=10))

# Redirections: DEVNULL, STDOUT, files, descriptors, cwd, env.
print("devnull stdin", subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True).stdout)
print("devnull stdout", subprocess.run(["echo", "gone"], stdout=subprocess.DEVNULL).stdout)
print("stderr to stdout", subprocess.run(["sh", "-c", "echo a; echo b >&2; echo c"],
                                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout)
name = "_tmp_subprocess_basic.txt"
with open(name, "w") as f:
    subprocess.run(["echo", "into a file"], stdout=f)
with open(name) as f:
    print("from a file", subprocess.run(["cat"], stdin=f, capture_output=True, text=True).stdout, end="")
with open(name, "ab") as f:
    subprocess.run(["echo", "by descriptor"], stdout=f.fileno())
with open(name) as f:
    print("file now", f.read().splitlines())
os.remove(name)
print("cwd", subprocess.run(["pwd"], cwd="/", capture_output=True, text=True).stdout, end="")
print("env", subprocess.run(["sh", "-c", "echo $GREETING-$HOME"], env={"GREETING": "hi"},
                            capture_output=True, text=True).stdout, end="")
os.environ["PYRITE_SUBPROCESS_TEST"] = "inherited"
print("environ", subprocess.run("echo $PYRITE_SUBPROCESS_TEST", shell=True,
                                capture_output=True, text=True).stdout, end="")
print("executable", subprocess.run(["ignored", "-c", "echo $0"], executable="/bin/sh",
                                   capture_output=True, text=True).stdout, end="")
print("shell list", subprocess.run(["echo $0 $1", "zero", "one"], shell=True,
                                   capture_output=True, text=True).stdout, end="")

# pass_fds keeps a descriptor open in the child; close_fds (the default) closes others.
r_fd, w_fd = os.pipe()
subprocess.run(["sh", "-c", f"echo through the pipe >&{w_fd}"], pass_fds=[w_fd])
os.close(w_fd)
print("pass_fds", os.read(r_fd, 100))
os.close(r_fd)
r_fd, w_fd = os.pipe()
os.set_inheritable(w_fd, True)
print("inheritable", os.get_inheritable(w_fd))
r = subprocess.run(["sh", "-c", f"echo leaked >&{w_fd}"], stderr=subprocess.DEVNULL)
print("closed in child", r.returncode != 0)
os.close(w_fd)
print("nothing leaked", os.read(r_fd, 100))
os.close(r_fd)

# The os process functions underneath.
p = subprocess.Popen(["sh", "-c", "exit 3"])
pid, status = os.waitpid(p.pid, 0)
print("waitpid", pid == p.pid, os.WIFEXITED(status), os.WEXITSTATUS(status),
      os.WIFSIGNALED(status), os.waitstatus_to_exitcode(status))
p = subprocess.Popen(["sleep", "30"])
print("WNOHANG", os.waitpid(p.pid, os.WNOHANG))
os.kill(p.pid, signal.SIGKILL)
pid, status = os.waitpid(p.pid, 0)
print("signalled", os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))
attempt("waitpid no child", lambda: os.waitpid(p.pid, 0))
attempt("waitstatus_to_exitcode", lambda: os.waitstatus_to_exitcode(0x137f))
print("signals", signal.SIGTERM, repr(signal.SIGKILL), signal.Signals(2).name, signal.strsignal(signal.SIGTERM))

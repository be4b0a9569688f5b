"""Start programs as child processes, feed them input and collect their output.

Pyrite's own implementation of the POSIX half of the standard subprocess API. The
child is started by the native `_posixsubprocess.fork_exec`; every wait (for the child
to end, or for its pipes in communicate()) happens in native code with the GIL
released, so other threads keep running, and Ctrl-C ends a wait in the main thread.

The usual entry point is run(); Popen gives full control over one child. call(),
check_call(), check_output(), getoutput() and getstatusoutput() are the older
conveniences built on top.
"""

import os
import signal
import threading
import time
import types
import warnings

import _posixsubprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

# Special values for the stdin/stdout/stderr arguments.
PIPE = -1      # a new pipe between parent and child
STDOUT = -2    # (stderr only) the same place as the child's stdout
DEVNULL = -3   # os.devnull

_now = time.monotonic
_DEFAULT_PATH = '/bin:/usr/bin'
_READ_SIZE = 32768


# ---- exceptions and results ----

class SubprocessError(Exception):
    pass


def _output_alias():
    # `stdout` is a second name for `output` (run() calls it stdout, the older helpers
    # call it output).
    def get(self):
        return self.output

    def set(self, value):
        self.output = value
    return property(get, set)


class CalledProcessError(SubprocessError):
    """A checked child exited with a non-zero status (or was killed by a signal).

    Attributes: returncode, cmd, output (also called stdout), stderr.
    """

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.cmd, self.returncode = cmd, returncode
        self.output, self.stderr = output, stderr

    stdout = _output_alias()

    def __str__(self):
        code = self.returncode
        if not code or code > 0:
            return f"Command '{self.cmd}' returned non-zero exit status {code}."
        # A negative code is the signal that ended the child.
        try:
            sig = signal.Signals(-code)
        except ValueError:
            return f"Command '{self.cmd}' died with unknown signal {-code}."
        return f"Command '{self.cmd}' died with {sig!r}."


class TimeoutExpired(SubprocessError):
    """The child was still running when the timeout (in seconds) ran out.

    Attributes: cmd, timeout, output (also called stdout), stderr: what the child
    had written to captured pipes so far, as bytes, or None.
    """

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd, self.timeout = cmd, timeout
        self.output, self.stderr = output, stderr

    stdout = _output_alias()

    def __str__(self):
        return f"Command '{self.cmd}' timed out after {self.timeout} seconds"


class CompletedProcess:
    """What run() returns: args, returncode, and the captured stdout and stderr (None
    where the stream was not captured)."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args, self.returncode = args, returncode
        self.stdout, self.stderr = stdout, stderr

    def __repr__(self):
        fields = [f"args={self.args!r}", f"returncode={self.returncode!r}"]
        for name in ("stdout", "stderr"):
            value = getattr(self, name)
            if value is not None:
                fields.append(f"{name}={value!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError if the child failed."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args,
                                     self.stdout, self.stderr)


# ---- the convenience functions ----

def run(*popenargs, input=None, capture_output=False, timeout=None, check=False,
        **kwargs):
    """Run a command to completion and return a CompletedProcess.

    input: bytes (str in text mode) sent to the child's stdin.
    capture_output: capture both stdout and stderr (same as passing PIPE for each).
    timeout: seconds; the child is killed and TimeoutExpired raised if it runs longer.
    check: raise CalledProcessError if the child fails.
    Every other argument goes to Popen.
    """
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as proc:
        try:
            out, err = proc.communicate(input, timeout=timeout)
        except BaseException:
            # Timed out or interrupted: don't leave the child running. Leaving the
            # `with` block reaps it.
            proc.kill()
            raise
        code = proc.poll()
    if check and code:
        raise CalledProcessError(code, proc.args, output=out, stderr=err)
    return CompletedProcess(proc.args, code, out, err)


def call(*popenargs, timeout=None, **kwargs):
    """Run a command and return its exit code (negative: killed by that signal)."""
    with Popen(*popenargs, **kwargs) as proc:
        try:
            return proc.wait(timeout=timeout)
        except BaseException:
            proc.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Like call(), but a non-zero exit code raises CalledProcessError; returns 0."""
    code = call(*popenargs, **kwargs)
    if code:
        cmd = kwargs.get('args')
        raise CalledProcessError(code, popenargs[0] if cmd is None else cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return what it wrote to stdout; a non-zero exit code raises
    CalledProcessError (with the output attached). stderr=STDOUT captures both."""
    for name in ('stdout', 'check'):
        if name in kwargs:
            raise ValueError(f'{name} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        # An explicit input=None means empty input (stdin at EOF), not "inherit".
        text = any(kwargs.get(k) for k in ('universal_newlines', 'text',
                                           'encoding', 'errors'))
        kwargs['input'] = '' if text else b''
    done = run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs)
    return done.stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Run `cmd` in the shell: (exit code, stdout and stderr as text minus one
    trailing newline)."""
    try:
        code = 0
        text = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
    except CalledProcessError as failed:
        code, text = failed.returncode, failed.output
    if text.endswith('\n'):
        text = text[:-1]
    return code, text


def getoutput(cmd, *, encoding=None, errors=None):
    """Run `cmd` in the shell and return its output as getstatusoutput() does."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """Join arguments into one Windows command line (the quoting rules of the
    Microsoft C runtime): an argument that is empty or holds a space or tab is put in
    double quotes; a double quote gets a backslash, and the backslashes in front of it
    (or in front of a closing quote) are doubled."""
    return ' '.join(_quote_windows_arg(_fsdecode(arg)) for arg in seq)


def _quote_windows_arg(arg):
    quoted = not arg or ' ' in arg or '\t' in arg
    pieces = []
    backslashes = 0  # backslashes seen but not yet written
    for ch in arg:
        if ch == '\\':
            backslashes += 1
            continue
        if ch == '"':
            pieces.append('\\' * (2 * backslashes + 1))
        else:
            pieces.append('\\' * backslashes)
        pieces.append(ch)
        backslashes = 0
    pieces.append('\\' * (2 * backslashes if quoted else backslashes))
    body = ''.join(pieces)
    return f'"{body}"' if quoted else body


# ---- paths and environments as the child needs them ----

def _fspath(value):
    if isinstance(value, (str, bytes)):
        return value
    fspath = getattr(type(value), '__fspath__', None)
    if fspath is not None:
        value = fspath(value)
        if isinstance(value, (str, bytes)):
            return value
    raise TypeError("expected str, bytes or os.PathLike object, not "
                    + type(value).__name__)


def _fsencode(value):
    value = _fspath(value)
    return value if isinstance(value, bytes) else value.encode('utf-8', 'surrogateescape')


def _fsdecode(value):
    value = _fspath(value)
    return value if isinstance(value, str) else value.decode('utf-8', 'surrogateescape')


def _env_block(env):
    """The child's environment as b'NAME=value' strings."""
    block = []
    for name, value in env.items():
        name = _fsencode(name)
        if b'=' in name:
            raise ValueError("illegal environment variable name")
        block.append(name + b'=' + _fsencode(value))
    return block


def _program_candidates(program, env):
    """The paths to try exec'ing, in order: `program` itself if it names a path, else
    `program` in each directory of the child's PATH (as os.execvpe searches)."""
    program = _fsencode(program)
    if b'/' in program:
        return [program]
    path = env.get('PATH')
    if path is None:
        path = env.get(b'PATH', _DEFAULT_PATH)
    return [d + b'/' + program if d else program
            for d in _fsencode(path).split(b':')]


def _close_quietly(fd):
    try:
        os.close(fd)
    except OSError:
        pass


def _child_stdio(stdin, stdout, stderr):
    """Turn Popen's stdin/stdout/stderr arguments into descriptors.

    Returns (child, parent, opened): `child` holds the descriptors the child gets as
    0, 1 and 2 (-1: it inherits ours); `parent` the parent's ends of new pipes (-1:
    no pipe); `opened` the descriptors in `child` that were opened here, which the
    parent closes once the child has its copies.
    """
    child = [-1, -1, -1]
    parent = [-1, -1, -1]
    opened = []
    devnull = None
    try:
        for i, spec in enumerate((stdin, stdout, stderr)):
            if spec is None:
                continue
            if spec == PIPE:
                read_end, write_end = os.pipe()
                if i == 0:
                    child[i], parent[i] = read_end, write_end
                else:
                    child[i], parent[i] = write_end, read_end
                opened.append(child[i])
            elif spec == DEVNULL:
                if devnull is None:
                    devnull = os.open(os.devnull, os.O_RDWR)
                    opened.append(devnull)
                child[i] = devnull
            elif spec == STDOUT and i == 2:
                # Not redirected, the child's stdout is our own descriptor 1.
                child[2] = child[1] if child[1] != -1 else 1
            elif isinstance(spec, int):
                child[i] = spec
            else:
                child[i] = spec.fileno()
    except BaseException:
        for fd in opened + [fd for fd in parent if fd != -1]:
            _close_quietly(fd)
        raise
    return child, parent, opened


# ---- Popen ----

class Popen:
    """One child process.

    args: the program and its arguments as a sequence, or one string (the program
        alone, or with shell=True the shell command line).
    executable: the program to run instead of args[0] (args[0] is still what the
        child sees as its name).
    stdin, stdout, stderr: None (the child shares ours), PIPE, DEVNULL, STDOUT
        (stderr only), a file descriptor or an object with fileno().
    close_fds: close every descriptor from 3 up in the child, except pass_fds.
    shell: run args through /bin/sh -c.
    cwd, env: the child's working directory and environment (default: ours).
    text (or universal_newlines), encoding, errors: the pipes are text files, and
        communicate() takes and returns str.
    restore_signals: give the child default SIGPIPE and SIGXFSZ handling.
    start_new_session: make the child a session leader (setsid).

    Attributes: args, pid, returncode (None while running, negative when a signal
    ended the child), stdin, stdout, stderr (the parent's ends of pipes, or None).
    """

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.pid = None
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self.encoding = encoding
        self.errors = errors
        # Only one thread at a time may call waitpid for this child: a second waitpid
        # after the first reaped it could hit an unrelated process reusing the pid.
        self._waitpid_lock = threading.Lock()
        self._sigint_grace = 0.25  # see _wait_after_interrupt
        self._communication_started = False
        self._input = None

        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        for name, given in (('preexec_fn', preexec_fn is not None),
                            ('user', user is not None),
                            ('group', group is not None),
                            ('extra_groups', extra_groups is not None),
                            ('umask', umask != -1),
                            ('pipesize', pipesize != -1),
                            ('process_group', process_group is not None)):
            if given:
                raise ValueError(f"{name} is not supported by Pyrite")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if pass_fds and not close_fds:
            warnings.warn("pass_fds overriding close_fds.", RuntimeWarning)
            close_fds = True
        if (text is not None and universal_newlines is not None
                and bool(text) != bool(universal_newlines)):
            raise SubprocessError('Cannot disambiguate when both text and '
                                  'universal_newlines are supplied but different. '
                                  'Pass one or the other.')
        # Truthy in text mode (kept as given, the way CPython exposes it).
        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode and encoding is None:
            self.encoding = 'utf-8'

        child, parent, opened = _child_stdio(stdin, stdout, stderr)
        try:
            for i, (name, mode) in enumerate((('stdin', 'w'), ('stdout', 'r'),
                                              ('stderr', 'r'))):
                if parent[i] != -1:
                    setattr(self, name, self._pipe_file(parent[i], mode, bufsize))
                    parent[i] = -1  # the file object owns it now
            self._launch(args, executable, shell, cwd, env, close_fds, pass_fds,
                         child, restore_signals, start_new_session)
        except BaseException:
            for f in (self.stdin, self.stdout, self.stderr):
                if f is not None:
                    try:
                        f.close()
                    except OSError:
                        pass
            for fd in parent:
                if fd != -1:
                    _close_quietly(fd)
            raise
        finally:
            # The child has its own copies (or failed to start): ours would keep the
            # pipes open, and the reader would never see end of file.
            for fd in opened:
                _close_quietly(fd)

    def _pipe_file(self, fd, mode, bufsize):
        if self.text_mode:
            return open(fd, mode, bufsize, encoding=self.encoding, errors=self.errors)
        return open(fd, mode + 'b', bufsize)

    def _launch(self, args, executable, shell, cwd, env, close_fds, pass_fds, child,
                restore_signals, start_new_session):
        if isinstance(args, (str, bytes)):
            argv = [args]
        elif hasattr(type(args), '__fspath__'):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            argv = [args]
        else:
            argv = list(args)
        if shell:
            argv = ['/bin/sh', '-c'] + argv
            if executable:
                argv[0] = executable
        program = argv[0] if executable is None else executable
        # Without env the child inherits the process environment, which os.environ and
        # os.putenv keep up to date (PATH is still looked up in os.environ, as CPython does).
        child_env = os.environ if env is None else env
        if cwd is not None:
            cwd = _fsdecode(cwd)
        self.pid = _posixsubprocess.fork_exec(
            [_fsencode(a) for a in argv],
            _program_candidates(program, child_env),
            close_fds,
            # 0, 1 and 2 reach the child anyway; the native side wants only the others.
            sorted({int(fd) for fd in pass_fds} - {0, 1, 2}),
            cwd,
            None if env is None else _env_block(env),
            child[0], child[1], child[2],
            restore_signals,
            start_new_session,
            program,  # the OSError's filename when exec fails
        )

    def __repr__(self):
        text = (f"<{type(self).__name__}: returncode: {self.returncode} "
                f"args: {self.args!r}>")
        return text if len(text) <= 80 else text[:76] + "...>"

    __class_getitem__ = classmethod(types.GenericAlias)

    @property
    def universal_newlines(self):
        # The old name of text_mode.
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, value):
        self.text_mode = bool(value)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        for f in (self.stdout, self.stderr):
            if f:
                f.close()
        try:
            if self.stdin:
                self.stdin.close()  # may raise: flushing writes to the child
        finally:
            if exc_type is KeyboardInterrupt:
                # Don't block on a child that ignores Ctrl-C; a short wait at most.
                self._wait_after_interrupt(None)
            else:
                self.wait()  # no zombie left behind

    # ---- the child's status ----

    def _set_status(self, status):
        if os.WIFSTOPPED(status):
            self.returncode = -os.WSTOPSIG(status)
        else:
            self.returncode = os.waitstatus_to_exitcode(status)

    def poll(self):
        """The return code if the child has ended, else None; never blocks."""
        # Someone else waiting holds the lock; then we know nothing new yet.
        if self.returncode is None and self._waitpid_lock.acquire(False):
            try:
                if self.returncode is None:
                    pid, status = os.waitpid(self.pid, os.WNOHANG)
                    if pid == self.pid:
                        self._set_status(status)
            except ChildProcessError:
                # Reaped elsewhere (or SIGCHLD is ignored): it is gone, status unknown.
                self.returncode = 0
            except OSError:
                pass
            finally:
                self._waitpid_lock.release()
        return self.returncode

    def wait(self, timeout=None):
        """Wait for the child to end and return its return code; TimeoutExpired if it
        is still running after `timeout` seconds."""
        deadline = None if timeout is None else _now() + timeout
        try:
            return self._reap(deadline, timeout)
        except KeyboardInterrupt:
            self._wait_after_interrupt(deadline)
            raise

    def _reap(self, deadline, timeout):
        """Wait (until `deadline`, a _now() time, if not None) and set returncode."""
        while self.returncode is None:
            lock_wait = -1 if deadline is None else max(0.0, deadline - _now())
            if not self._waitpid_lock.acquire(timeout=lock_wait):
                raise TimeoutExpired(self.args, timeout)
            try:
                if self.returncode is not None:
                    break  # another thread reaped it while we waited for the lock
                try:
                    if deadline is None:
                        got = os.waitpid(self.pid, 0)
                    else:
                        got = _posixsubprocess.waitpid_timeout(
                            self.pid, max(0.0, deadline - _now()))
                except ChildProcessError:
                    got = (self.pid, 0)  # as in poll()
                if got is None:
                    raise TimeoutExpired(self.args, timeout)
                if got[0] == self.pid:
                    self._set_status(got[1])
            finally:
                self._waitpid_lock.release()
        return self.returncode

    def _wait_after_interrupt(self, deadline):
        # Ctrl-C goes to the whole foreground process group, so the child most likely
        # got SIGINT too and is about to exit: the first interruption waits a moment
        # for it (within the caller's deadline) before KeyboardInterrupt goes on.
        grace, self._sigint_grace = self._sigint_grace, 0
        if deadline is not None:
            grace = min(grace, deadline - _now())
        if grace > 0:
            try:
                self._reap(_now() + grace, grace)
            except TimeoutExpired:
                pass

    # ---- signals ----

    def send_signal(self, sig):
        """Send signal `sig` to the child, unless it is known to have ended."""
        # Polling first narrows the window in which the pid of a child that has been
        # reaped could belong to some other process.
        if self.poll() is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass  # it ended just now

    def terminate(self):
        """Send SIGTERM."""
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """Send SIGKILL."""
        self.send_signal(signal.SIGKILL)

    # ---- communicate ----

    def communicate(self, input=None, timeout=None):
        """Send `input` to the child's stdin and close it, read stdout and stderr to
        their end, wait for the child, and return (stdout, stderr) (None for a stream
        that is not a pipe). Bytes, or str in text mode.

        After a TimeoutExpired, calling communicate() again carries on where the first
        call stopped; the output read so far is kept.
        """
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        pipes = [f for f in (self.stdin, self.stdout, self.stderr) if f]
        if timeout is None and not self._communication_started and len(pipes) <= 1:
            # One pipe and no timeout: plain blocking file operations suffice.
            out = err = None
            if self.stdin:
                self._send_all(input)
            elif self.stdout:
                out = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                err = self.stderr.read()
                self.stderr.close()
            self.wait()
            return out, err

        deadline = None if timeout is None else _now() + timeout
        try:
            self._exchange(input, deadline, timeout)
        except KeyboardInterrupt:
            self._wait_after_interrupt(deadline)
            raise
        finally:
            self._communication_started = True
        self._reap(deadline, timeout)
        return self._collected(self._out_chunks), self._collected(self._err_chunks)

    def _send_all(self, input):
        # A child that exits without reading its input is not an error.
        try:
            if input:
                self.stdin.write(input)
        except BrokenPipeError:
            pass
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass

    def _collected(self, chunks):
        if chunks is None:
            return None
        data = b''.join(chunks)
        if self.text_mode:
            text = data.decode(self.encoding, self.errors or 'strict')
            data = text.replace('\r\n', '\n').replace('\r', '\n')
        return data

    def _exchange(self, input, deadline, timeout):
        """Write the input and read both output pipes together, waiting in poll(2),
        so that a child blocked writing one pipe can never deadlock with us."""
        if not self._communication_started:
            self._out_chunks = [] if self.stdout else None
            self._err_chunks = [] if self.stderr else None
            if self.stdin:
                if input and self.text_mode:
                    input = input.encode(self.encoding, self.errors or 'strict')
                self._input = bytes(input) if input else b''
                self._input_sent = 0
                try:
                    self.stdin.flush()  # what the program wrote to stdin itself
                except BrokenPipeError:
                    pass
        readers = {}
        for f, chunks in ((self.stdout, self._out_chunks), (self.stderr, self._err_chunks)):
            if f and not f.closed:
                readers[f.fileno()] = (f, chunks)
        writer = -1
        if self.stdin and not self.stdin.closed:
            if self._input_sent < len(self._input):
                writer = self.stdin.fileno()
            else:
                self._close_stdin()

        while readers or writer != -1:
            left = None
            if deadline is not None:
                left = deadline - _now()
                if left <= 0:
                    raise TimeoutExpired(
                        self.args, timeout,
                        output=b''.join(self._out_chunks or ()) or None,
                        stderr=b''.join(self._err_chunks or ()) or None)
            wanted = [(fd, _posixsubprocess.POLLIN) for fd in readers]
            if writer != -1:
                wanted.append((writer, _posixsubprocess.POLLOUT))
            for fd, events in _posixsubprocess.poll(wanted, left):
                if fd == writer:
                    if not self._send_some(fd):
                        writer = -1
                    continue
                f, chunks = readers[fd]
                data = b'' if events & _posixsubprocess.POLLNVAL else os.read(fd, _READ_SIZE)
                if data:
                    chunks.append(data)
                else:  # end of file
                    del readers[fd]
                    f.close()

    def _send_some(self, fd):
        """Write the next piece of input; False once stdin is done with (and closed)."""
        # poll reported room for at least PIPE_BUF bytes, so this write cannot block.
        start = self._input_sent
        try:
            self._input_sent += os.write(fd, self._input[start:start + _posixsubprocess.PIPE_BUF])
        except BrokenPipeError:
            self._input_sent = len(self._input)  # the child stopped reading
        if self._input_sent < len(self._input):
            return True
        self._close_stdin()
        return False

    def _close_stdin(self):
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass

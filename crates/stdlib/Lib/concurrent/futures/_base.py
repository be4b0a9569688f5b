"""Futures, the executor interface, wait() and as_completed()."""

import collections
import sys
import threading
import time
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# A future's states. A cancelled future becomes CANCELLED_AND_NOTIFIED once whoever would
# have run it has seen the cancellation (set_running_or_notify_cancel); only then do wait()
# and as_completed() count it as done, as in CPython.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_CANCELLED = (CANCELLED, CANCELLED_AND_NOTIFIED)
_DONE = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

_STATE_NAMES = {
    PENDING: 'pending',
    RUNNING: 'running',
    CANCELLED: 'cancelled',
    CANCELLED_AND_NOTIFIED: 'cancelled',
    FINISHED: 'finished',
}


class Error(Exception):
    """Base class for the errors of this module."""


class CancelledError(Error):
    """The future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in the future's current state."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run anything (for example, an initializer failed)."""


def _report_error(message):
    """Print `message` and the exception being handled to stderr (as CPython's logger)."""
    print(message, file=sys.stderr)
    exc_type, exc, tb = sys.exc_info()
    threading._print_exception(exc_type, exc, tb, sys.stderr)


class _Waiter:
    """What wait() and as_completed() hang on each future: told about every completion."""

    def __init__(self, kind, count=0):
        self.kind = kind
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished = []
        # ALL_COMPLETED / FIRST_EXCEPTION: how many futures are still awaited.
        self.remaining = count

    def add_result(self, future):
        with self.lock:
            self.finished.append(future)
            if self.kind in (ALL_COMPLETED, FIRST_EXCEPTION):
                self._count_down()
            else:
                self.event.set()

    def add_exception(self, future):
        with self.lock:
            self.finished.append(future)
            if self.kind == ALL_COMPLETED:
                self._count_down()
            else:
                self.event.set()

    def _count_down(self):
        self.remaining -= 1
        if self.remaining == 0:
            self.event.set()

    def add_cancelled(self, future):
        # A cancellation counts as a completion, never as an exception.
        self.add_result(future)


class Future:
    """The result of an asynchronous computation."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def __repr__(self):
        name = self.__class__.__name__
        with self._condition:
            state = _STATE_NAMES[self._state]
            if self._state == FINISHED:
                if self._exception is not None:
                    what = 'raised ' + self._exception.__class__.__name__
                else:
                    what = 'returned ' + self._result.__class__.__name__
                return '<%s at %#x state=%s %s>' % (name, id(self), state, what)
            return '<%s at %#x state=%s>' % (name, id(self), state)

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _report_error('exception calling callback for %r' % self)

    def cancel(self):
        """Cancel the future unless it is running or done. True if it is cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in _CANCELLED:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in _CANCELLED

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """True if the future was cancelled or finished running."""
        with self._condition:
            return self._state in _DONE

    def _outcome(self):
        # Called with the condition held and the future done.
        if self._state in _CANCELLED:
            raise CancelledError()
        if self._exception is not None:
            try:
                raise self._exception
            finally:
                # Do not keep a reference cycle through this frame's traceback.
                self = None
        return self._result

    def _wait_done(self, timeout):
        # Called with the condition held; raises TimeoutError if not done in time.
        if self._state not in _DONE:
            self._condition.wait(timeout)
            if self._state not in _DONE:
                raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value, waiting up to `timeout` seconds (None: no limit).

        Raises CancelledError if the future was cancelled, TimeoutError if it did not
        finish in time, and the call's own exception if it raised one."""
        try:
            with self._condition:
                self._wait_done(timeout)
                return self._outcome()
        finally:
            self = None

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting as result()."""
        with self._condition:
            self._wait_done(timeout)
            if self._state in _CANCELLED:
                raise CancelledError()
            return self._exception

    def add_done_callback(self, fn):
        """Call fn(future) when the future is done (at once if it already is)."""
        with self._condition:
            if self._state not in _DONE:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _report_error('exception calling callback for %r' % self)

    # ---- for executors (and tests) ----

    def set_running_or_notify_cancel(self):
        """Mark the future running (True), or, if it was cancelled, tell the waiters (False).

        Executors call this just before running the call."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        self._finish(result, None)

    def set_exception(self, exception):
        self._finish(None, exception)

    def _finish(self, result, exception):
        with self._condition:
            if self._state in _DONE:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                if exception is None:
                    waiter.add_result(self)
                else:
                    waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    __class_getitem__ = classmethod(types.GenericAlias)


class Executor:
    """The interface of executors: submit(), map(), shutdown(), and `with`."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); returns its Future."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), the calls running concurrently.

        Every call is submitted at once; results are yielded in order. TimeoutError if a
        result is not ready `timeout` seconds after map() was called."""
        if timeout is not None:
            end_time = timeout + time.monotonic()
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        # A generator, so that map() itself returns before any result is ready.
        def result_iterator():
            try:
                # Pop the futures as they are used, so that their results are not kept.
                futures.reverse()
                while futures:
                    if timeout is None:
                        yield _result_or_cancel(futures.pop())
                    else:
                        yield _result_or_cancel(futures.pop(), end_time - time.monotonic())
            finally:
                for future in futures:
                    future.cancel()

        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Free the executor's resources once the pending calls are done (with wait, block
        until then). cancel_futures cancels the calls that have not started."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _result_or_cancel(future, timeout=None):
    try:
        try:
            return future.result(timeout)
        finally:
            future.cancel()
    finally:
        del future


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def _done_or_notified(fs):
    return {f for f in fs if f._state in (CANCELLED_AND_NOTIFIED, FINISHED)}


def _acquire_all(fs):
    # Conditions are taken in id order so that two waits over the same futures cannot
    # deadlock.
    ordered = sorted(fs, key=id)
    for f in ordered:
        f._condition.acquire()
    return ordered


def _release_all(ordered):
    for f in ordered:
        f._condition.release()


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in `fs` (duplicates count once).

    return_when: FIRST_COMPLETED (any future finishes or is cancelled), FIRST_EXCEPTION
    (any future raises; otherwise as ALL_COMPLETED) or ALL_COMPLETED. Returns the named
    2-tuple of sets (done, not_done)."""
    fs = set(fs)
    ordered = _acquire_all(fs)
    try:
        done = _done_or_notified(fs)
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and any(
                f._state == FINISHED and f._exception is not None for f in done):
            return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
            raise ValueError('Invalid return condition: %r' % return_when)
        waiter = _Waiter(return_when, len(not_done))
        for f in fs:
            f._waiters.append(waiter)
    finally:
        _release_all(ordered)

    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)
    done.update(waiter.finished)
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """Yield the futures of `fs` (duplicates once) as they complete, finished or cancelled.

    TimeoutError if they are not all done `timeout` seconds after the call."""
    if timeout is not None:
        end_time = timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    ordered = _acquire_all(fs)
    try:
        finished = _done_or_notified(fs)
        pending = fs - finished
        waiter = _Waiter(_AS_COMPLETED)
        for f in fs:
            f._waiters.append(waiter)
    finally:
        _release_all(ordered)
    try:
        yield from finished
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError(
                        '%d (of %d) futures unfinished' % (len(pending), total))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                batch = waiter.finished
                waiter.finished = []
                waiter.event.clear()
            # Newest last, as they came in.
            for f in batch:
                if f in pending:
                    pending.remove(f)
                    yield f
    finally:
        for f in fs:
            with f._condition:
                f._waiters.remove(waiter)

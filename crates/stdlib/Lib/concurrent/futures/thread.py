"""ThreadPoolExecutor: run calls on a pool of worker threads.

In Pyrite's free-threaded build the workers run Python code in parallel; in the GIL build
they take turns, as in CPython, and overlap only while they wait (sleep, I/O, locks).
"""

import itertools
import os
import queue
import threading

from concurrent.futures import _base

# Interpreter exit: every pool's workers are told to stop once their queue is drained, and
# joined (threading runs this before it waits for the remaining non-daemon threads). CPython
# keeps these in weak-keyed tables; Pyrite has no weak references, so a pool is dropped from
# them when it is shut down, and a pool never shut down lives until exit.
_threads_queues = {}
_shutdown = False
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for thread, work_queue in items:
        work_queue.put(None)
    for thread, work_queue in items:
        thread.join()


threading._register_atexit(_python_exit)


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed: the pool runs nothing any more."""


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # Drop the traceback's reference to this frame (and so to the work item).
            self = None
        else:
            self.future.set_result(result)


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base._report_error('Exception in initializer:')
            executor._initializer_failed()
            return
    while True:
        item = work_queue.get(block=True)
        if item is not None:
            item.run()
            del item
            # Idle again: the next submit() can use this thread instead of starting one.
            executor._idle_semaphore.release()
            continue
        # The stop mark: pass it on so that every other worker sees it too.
        if _shutdown or executor._shutdown:
            executor._shutdown = True
            work_queue.put(None)
            return


class ThreadPoolExecutor(_base.Executor):
    # Numbers the pools for their default thread names.
    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None,
                 initargs=()):
        """A pool of at most max_workers threads (default: min(32, os.cpu_count() + 4)),
        named thread_name_prefix_N; each runs initializer(*initargs) first."""
        if max_workers is None:
            # At least 5 for I/O-bound work, at most 32 so that big machines do not start
            # hundreds of threads.
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            future = _base.Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._adjust_thread_count()
            return future

    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # An idle worker will take the new item.
        if self._idle_semaphore.acquire(timeout=0):
            return
        count = len(self._threads)
        if count < self._max_workers:
            thread = threading.Thread(
                name='%s_%d' % (self._thread_name_prefix, count),
                target=_worker,
                args=(self, self._work_queue, self._initializer, self._initargs))
            thread.start()
            self._threads.add(thread)
            _threads_queues[thread] = self._work_queue

    def _take_queued(self):
        """Take the work items no worker has taken yet off the queue."""
        items = []
        while True:
            try:
                item = self._work_queue.get_nowait()
            except queue.Empty:
                return items
            if item is not None:
                items.append(item)

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            # Fail every call still waiting to run.
            for item in self._take_queued():
                item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                # Cancel what no worker has taken yet.
                for item in self._take_queued():
                    item.future.cancel()
                    item.future.set_running_or_notify_cancel()
            # Wake the workers: each passes the stop mark on and exits.
            self._work_queue.put(None)
        if wait:
            for thread in list(self._threads):
                thread.join()
                _threads_queues.pop(thread, None)

    shutdown.__doc__ = _base.Executor.shutdown.__doc__

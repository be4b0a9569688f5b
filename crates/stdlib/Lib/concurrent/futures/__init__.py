"""Run callables asynchronously: futures, executors, and ways to wait for them.

Pyrite implements ThreadPoolExecutor. ProcessPoolExecutor needs multiprocessing, which
Pyrite does not have: using it raises NotImplementedError.
"""

from concurrent.futures._base import (
    FIRST_COMPLETED,
    FIRST_EXCEPTION,
    ALL_COMPLETED,
    CancelledError,
    TimeoutError,
    InvalidStateError,
    BrokenExecutor,
    Future,
    Executor,
    wait,
    as_completed,
)
from concurrent.futures.thread import ThreadPoolExecutor

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)


class ProcessPoolExecutor(Executor):
    """Not available: Pyrite has no multiprocessing."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError(
            "ProcessPoolExecutor needs multiprocessing, which Pyrite does not have; "
            "use ThreadPoolExecutor (threads run in parallel in the free-threaded build)")

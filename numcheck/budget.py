"""A time and memory budget for checking one document.

`check` and `scan` run every document under a budget: a draft that would take minutes or gigabytes
(a 400 kB "table" of 130,000 bare figures, a 10 MB paste) is stopped and reported as one line
naming the file, and `scan` goes on with the next article. The defaults are far above what a news
article needs (milliseconds and a few megabytes) and are set with `--time-limit` and
`--memory-limit` (0 turns a limit off).

How: time with an interval timer (SIGALRM) whose handler raises into the check; memory with a
watchdog thread that reads the process's resident size every 20 ms and, once it has grown by more
than the budget, sends the main thread the same signal, whose handler then raises. Nothing is made
to fail inside an allocation: an address-space limit (RLIMIT_AS) would, and Rust extensions such as
pydantic-core abort the whole process on a failed allocation instead of raising MemoryError. As a
backstop for growth faster than the watchdog, the address space is limited to twice the budget
beyond what the process uses (plus 512 MB). That is in the main thread of the process (the CLI, a
scan worker, a gate worker). In any other thread (a Dask worker runs its tasks in a thread pool) a
watchdog thread keeps both limits, time and resident size, and stops the check by raising the same
exception in the checking thread (`PyThreadState_SetAsyncExc`: it arrives at the next Python
bytecode, so a check is stopped however it is busy, only not inside one C call); the address-space
backstop is left out there, as it would bound the whole worker process.
"""

from __future__ import annotations

import math
import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType

from numcheck.errors import InputError

DEFAULT_SECONDS = 120.0
DEFAULT_MEGABYTES = 2048
# the largest limits taken from the command line: the interval timer and the address-space limit
# overflow on larger ones ("inf", "1e308", 10**21 MB), and a 30-year limit is no limit anyway
MAX_SECONDS = 1e9
MAX_MEGABYTES = 2**40


@dataclass(frozen=True)
class Budget:
    """Seconds and megabytes (beyond what the process already uses) one document may take; None: no limit."""

    seconds: float | None = DEFAULT_SECONDS
    megabytes: int | None = DEFAULT_MEGABYTES

    @staticmethod
    def problem(seconds: float | None, megabytes: int | None) -> str | None:
        """What is wrong with command-line limits (None: nothing): a time that is not a number of
        seconds up to MAX_SECONDS ("inf", "nan"), or more megabytes than MAX_MEGABYTES."""
        if seconds is not None and not (math.isfinite(seconds) and seconds <= MAX_SECONDS):
            return f"--time-limit: expected seconds up to {MAX_SECONDS:,.0f} (0: no limit), not {seconds:g}"
        if megabytes is not None and megabytes > MAX_MEGABYTES:
            return (
                f"--memory-limit: expected megabytes up to {MAX_MEGABYTES:,} (0: no limit), not {megabytes:,}"
            )
        return None

    @classmethod
    def of(cls, seconds: float | None, megabytes: int | None) -> Budget:
        """From command-line values: None keeps the default, 0 (or less) turns the limit off."""
        s = DEFAULT_SECONDS if seconds is None else (seconds if seconds > 0 else None)
        m = DEFAULT_MEGABYTES if megabytes is None else (megabytes if megabytes > 0 else None)
        return cls(s, m)


UNLIMITED = Budget(None, None)


class _OverTime(BaseException):
    """Raised by the timer; a BaseException so that no `except Exception` inside a check swallows it."""


class _OverMemory(BaseException):
    """Raised when the watchdog has seen the resident size grow past the budget."""


def resident() -> int | None:
    """The process's resident set size in bytes (Linux), or None when it cannot be known."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            pages = int(fh.read().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


class _Watchdog:
    """A thread that signals the main thread once the resident size exceeds `limit` bytes."""

    def __init__(self, limit: int, interval: float = 0.02) -> None:
        self.limit = limit
        self.interval = interval
        self.tripped = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="numcheck-memory-budget", daemon=True)
        self._main = threading.main_thread().ident

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            size = resident()
            if size is not None and size > self.limit and self._main is not None:
                self.tripped = True
                signal.pthread_kill(self._main, signal.SIGALRM)
                return

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def address_space() -> int | None:
    """The process's virtual memory size in bytes (Linux), or None when it cannot be known."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            pages = int(fh.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


@contextmanager
def document_budget(name: str, budget: Budget, options: bool = True) -> Iterator[None]:
    """Run the body under `budget`; past it, raise InputError('NAME: stopped after ...'), naming the
    command-line option that sets the limit when `options`."""
    if threading.current_thread() is not threading.main_thread():
        with _thread_budget(name, budget, options):
            yield
        return
    timed = budget.seconds is not None and hasattr(signal, "setitimer")
    watchdog: _Watchdog | None = None
    now = resident()
    if budget.megabytes is not None and now is not None and hasattr(signal, "pthread_kill"):
        watchdog = _Watchdog(now + budget.megabytes * 1024 * 1024)

    def on_alarm(_signum: int, _frame: FrameType | None) -> None:
        if watchdog is not None and watchdog.tripped:
            raise _OverMemory
        raise _OverTime

    old_handler = None
    old_limit = _limit_memory(None if budget.megabytes is None else 2 * budget.megabytes + 512)
    if timed or watchdog is not None:
        old_handler = signal.signal(signal.SIGALRM, on_alarm)
    if watchdog is not None:
        watchdog.start()
    try:
        if timed:  # inside the try: a limit shorter than the way to `yield` is still one line
            signal.setitimer(signal.ITIMER_REAL, float(budget.seconds or 0))
        yield
    except _OverTime:
        hint = " (--time-limit; 0 for none)" if options else ""
        raise InputError(
            f"{name}: stopped after {budget.seconds:g} s, the time limit for one document{hint}"
        ) from None
    except (MemoryError, _OverMemory):
        hint = " (--memory-limit; 0 for none)" if options else ""
        raise InputError(
            f"{name}: stopped at {budget.megabytes:,} MB, the memory limit for one document{hint}"
        ) from None
    finally:
        if old_handler is not None:
            signal.signal(signal.SIGALRM, signal.SIG_IGN)  # a signal still on its way must not raise here
        if watchdog is not None:
            watchdog.stop()
        if timed:
            signal.setitimer(signal.ITIMER_REAL, 0)
        if old_handler is not None:
            signal.signal(signal.SIGALRM, old_handler)
        if old_limit is not None:
            _restore(old_limit)


class _ThreadGuard:
    """A watchdog for a check running in a thread other than the main one: once the time is up or
    the resident size is past `limit` bytes, raise _OverTime or _OverMemory in that thread."""

    def __init__(self, seconds: float | None, limit: int | None, interval: float = 0.02) -> None:
        self.seconds = seconds
        self.limit = limit
        self.interval = interval
        self.target = threading.get_ident()
        self.fired: type[BaseException] | None = None
        self._lock = threading.Lock()
        self._done = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="numcheck-document-budget", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        import time

        deadline = None if self.seconds is None else time.monotonic() + self.seconds
        while not self._stop.wait(self.interval):
            over: type[BaseException] | None = None
            if deadline is not None and time.monotonic() >= deadline:
                over = _OverTime
            elif self.limit is not None and (size := resident()) is not None and size > self.limit:
                over = _OverMemory
            if over is not None:
                with self._lock:
                    if not self._done:
                        self.fired = over
                        _async_raise(self.target, over)
                return

    def finish(self) -> None:
        """No exception is raised in the checking thread after this returns (one already on its way
        is withdrawn)."""
        with self._lock:
            self._done = True
            if self.fired is not None:
                _async_raise(self.target, None)
        self._stop.set()


def _async_raise(ident: int, exc: type[BaseException] | None) -> None:
    """Raise `exc` in the thread `ident` at its next bytecode (None: withdraw one not yet raised)."""
    import ctypes

    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(exc) if exc else None)


@contextmanager
def _thread_budget(name: str, budget: Budget, options: bool) -> Iterator[None]:
    """document_budget outside the main thread (see the module's doc)."""
    now = resident()
    limit = None if budget.megabytes is None or now is None else now + budget.megabytes * 1024 * 1024
    if budget.seconds is None and limit is None:
        yield
        return
    guard = _ThreadGuard(budget.seconds, limit)
    guard.start()
    try:
        try:
            yield
        finally:
            while True:
                try:
                    guard.finish()
                    break
                except (_OverTime, _OverMemory) as late:  # arrived while finishing: count it
                    guard.fired = type(late)
    except (_OverTime, _OverMemory):
        pass
    if guard.fired is _OverTime:
        hint = " (--time-limit; 0 for none)" if options else ""
        raise InputError(f"{name}: stopped after {budget.seconds:g} s, the time limit for one document{hint}")
    if guard.fired is _OverMemory:
        hint = " (--memory-limit; 0 for none)" if options else ""
        raise InputError(
            f"{name}: stopped at {budget.megabytes:,} MB, the memory limit for one document{hint}"
        )


def _limit_memory(megabytes: int | None) -> tuple[int, int] | None:
    """Lower RLIMIT_AS to the current size plus `megabytes`; return the old limits to restore."""
    if megabytes is None:
        return None
    try:
        import resource
    except ImportError:  # not on this platform
        return None
    now = address_space()
    if now is None:
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    want = now + megabytes * 1024 * 1024
    if hard != resource.RLIM_INFINITY:
        want = min(want, hard)
    if soft != resource.RLIM_INFINITY and soft <= want:
        return None  # an outer limit is already tighter
    try:
        resource.setrlimit(resource.RLIMIT_AS, (want, hard))
    except (ValueError, OSError):
        return None
    return soft, hard


def _restore(limits: tuple[int, int]) -> None:
    import resource

    try:
        resource.setrlimit(resource.RLIMIT_AS, limits)
    except (ValueError, OSError):
        pass

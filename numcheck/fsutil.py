"""Small file-system helpers."""

from __future__ import annotations

import os
import signal
import stat
import tempfile
import threading
from pathlib import Path
from typing import IO, Any


class _Terminated(BaseException):
    """SIGTERM arrived while a temporary file existed: remove it, then die of the signal."""


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def atomic_write(path: Path | str, text: str | bytes) -> None:
    """Write `text` (or bytes) to `path` so that readers see the old content or the new, never half.

    Written *through* what is there: a symlink's target is written (the link stays a link); a
    device, FIFO or /dev/stdout (anything that is not a regular file) is written directly, never
    replaced. A regular file is replaced by renaming a temporary file over it; the new file keeps
    the old one's mode, or gets the umask's mode when new (not mkstemp's 0600). The temporary file
    is removed on any failure, on Ctrl+C and on SIGTERM (the process then still dies of SIGTERM).
    """
    target = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
    try:
        st = os.stat(target)
    except FileNotFoundError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(21, "Is a directory", str(path))
        with _open_for(target, text) as fh:  # a device, a FIFO, a terminal: write to it
            fh.write(text)
        return
    mode = stat.S_IMODE(st.st_mode) if st is not None else 0o666 & ~_umask()
    in_main = threading.current_thread() is threading.main_thread()
    old_handler = None
    if in_main:

        def on_term(_signum: int, _frame: object) -> None:
            raise _Terminated

        old_handler = signal.signal(signal.SIGTERM, on_term)
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
        with _open_for(fd, text) as fh:
            os.fchmod(fh.fileno(), mode)
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        tmp = None
    except BaseException as exc:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        if isinstance(exc, _Terminated):
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
        raise
    finally:
        if in_main:
            signal.signal(signal.SIGTERM, old_handler if old_handler is not None else signal.SIG_DFL)


def _open_for(file: Path | int, text: str | bytes) -> IO[Any]:
    """`file` opened to write `text`: as UTF-8 text, or as bytes."""
    if isinstance(text, bytes):
        return open(file, "wb")  # noqa: SIM115 (the caller's with closes it)
    return open(file, "w", encoding="utf-8")  # noqa: SIM115


def cache_dir() -> Path | None:
    """Where numcheck keeps what it can rebuild (pint's answers, read rule packs): $NUMCHECK_CACHE_DIR,
    else ~/.cache/numcheck. None when that is no absolute path (no HOME and no home directory for
    the user: the cache would land in whatever folder numcheck runs in); nothing is kept then."""
    path = Path(
        os.environ.get("NUMCHECK_CACHE_DIR") or os.path.join(os.path.expanduser("~"), ".cache", "numcheck")
    )
    return path if path.is_absolute() else None


def same_file(a: Path | str, b: Path | str) -> bool:
    """Whether two paths name one existing file (through links)."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False

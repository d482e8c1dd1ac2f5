"""Worker processes that import the installed numcheck, whatever the working directory holds.

A forkserver (and a spawned child, until it has its parent's `sys.path`) starts as `python -c ...`,
and Python puts the working directory first on `sys.path` for `-c`. Run from a directory that holds
a folder named `numcheck` (a clone's parent), such a worker imports that folder as a namespace
package instead of numcheck, and every check fails (`cannot import name '__version__'`).
PYTHONSAFEPATH (Python >= 3.11) tells the new interpreter not to add the working directory; it is
set only while the worker processes' parent, the forkserver, is started.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def safe_path_env() -> Iterator[None]:
    """While inside, new Python interpreters leave the working directory off `sys.path`."""
    old = os.environ.get("PYTHONSAFEPATH")
    os.environ["PYTHONSAFEPATH"] = "1"
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("PYTHONSAFEPATH", None)
        else:
            os.environ["PYTHONSAFEPATH"] = old


def worker_context(preload: list[str]) -> Any:
    """A multiprocessing context for numcheck's workers: forkserver (preloading `preload`) or spawn.

    The forkserver is started here, with the working directory kept off its `sys.path`, so every
    worker forked from it imports the installed numcheck.
    """
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(preload)
    from multiprocessing import forkserver

    with safe_path_env():
        forkserver.ensure_running()
    return ctx

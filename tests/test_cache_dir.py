"""Where numcheck keeps what it can rebuild, and when it keeps nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from numcheck.fsutil import cache_dir


def test_the_cache_is_the_named_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NUMCHECK_CACHE_DIR", str(tmp_path))
    assert cache_dir() == tmp_path


def test_no_home_keeps_nothing_rather_than_writing_into_the_working_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("NUMCHECK_CACHE_DIR", raising=False)
    monkeypatch.setattr("os.path.expanduser", lambda p: p)  # no HOME and no home directory: "~" stays
    assert cache_dir() is None

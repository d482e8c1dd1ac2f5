"""Round SP6: a cold start reads the rule pack kept in the cache directory (pickled after the
first read) and builds no validator for it; every output the same. Sentences written for these
tests."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

import numcheck
from numcheck import rulepack
from numcheck.config import Config
from numcheck.fsutil import atomic_write, cache_dir

_DRAFT = "The ferry carried about 240 passengers; the port said some 200 people were aboard."

# one process: load the default pack, check a draft, then say whether the validator of the pack or
# of its units (which the unit lexicon reads) was built
_CODE = (
    "import sys\n"
    "import numcheck\n"
    "from numcheck import rulepack\n"
    "pack = rulepack.load_pack(None)\n"
    f"report = numcheck.check([{_DRAFT!r}]).model_dump_json()\n"
    "print(rulepack.RulePack.__pydantic_complete__ or rulepack.UnitsFile.__pydantic_complete__)\n"
    "print(report)\n"
    "print('yaml' in sys.modules)\n"
)


def _run(cache: Path) -> list[str]:
    env = {**os.environ, "NUMCHECK_CACHE_DIR": str(cache)}
    out = subprocess.run([sys.executable, "-c", _CODE], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.splitlines()


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache directory, and no pack kept in this process."""
    monkeypatch.setenv("NUMCHECK_CACHE_DIR", str(tmp_path / "cache"))
    rulepack._load_pack_cached.cache_clear()
    yield tmp_path / "cache"
    rulepack._load_pack_cached.cache_clear()


def test_a_second_process_reads_the_kept_pack_and_builds_no_validator(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = _run(cache)
    assert first[0] == "True"  # read from its files: validated, so the validators were built
    assert len(list(cache.glob("pack-*.pickle"))) == 1
    second = _run(cache)
    assert second[0] == "False"  # unpickled: no validator built
    assert second[1] == first[1]  # the same report, byte for byte
    assert (first[2], second[2]) == ("True", "False")  # and no YAML read, so PyYAML not imported


def test_the_kept_pack_equals_a_fresh_read(fresh_cache: Path) -> None:
    rulepack.load_pack(None)  # read and kept
    rulepack._load_pack_cached.cache_clear()
    kept = rulepack.load_pack(None)  # from the kept file
    fresh, problems = rulepack.check_pack(None)
    assert not problems and fresh is not None
    assert kept == fresh
    assert kept.model_dump_json() == fresh.model_dump_json()


def _desk(tmp_path: Path, word: str) -> Path:
    desk = tmp_path / "desk"
    desk.mkdir(exist_ok=True)
    (desk / "hedges.yaml").write_text(
        f"hedges:\n  - {{name: give or take, kind: approx, width: 2, words: ['{word}']}}\n", encoding="utf-8"
    )
    return desk


def _hedge_words(pack: rulepack.RulePack) -> list[str]:
    return [w for h in pack.hedges.hedges if h.name == "give or take" for w in h.words]


def test_an_edited_pack_file_is_read_again(tmp_path: Path, fresh_cache: Path) -> None:
    desk = _desk(tmp_path, "give or take")
    assert _hedge_words(rulepack.load_pack(desk)) == ["give or take"]
    first = _kept_file(str(desk.resolve()))
    assert first.is_file()
    _desk(tmp_path, "thereabouts")  # the same file, new words (and a new size)
    rulepack._load_pack_cached.cache_clear()  # as a new process
    assert _hedge_words(rulepack.load_pack(desk)) == ["thereabouts"]
    second = _kept_file(str(desk.resolve()))
    assert second != first and second.is_file()


def _kept_file(directory: str = "") -> Path:
    key = rulepack._stored_key(directory)
    assert key is not None
    return cache_dir() / f"pack-{key}.pickle"


@pytest.mark.parametrize(
    "content",
    [b"not a pickle at all", pickle.dumps({"where": Path("/")}), pickle.dumps(print), b""],
    ids=["garbage", "a foreign class", "a function", "empty"],
)
def test_a_broken_or_foreign_kept_file_is_passed_over(fresh_cache: Path, content: bytes) -> None:
    kept = _kept_file()
    kept.parent.mkdir(parents=True, exist_ok=True)
    kept.write_bytes(content)
    assert rulepack._read_stored(kept) is None
    pack = rulepack.load_pack(None)  # read from the files, and kept again
    assert isinstance(pack, rulepack.RulePack) and pack.hedges.hedges
    assert rulepack._read_stored(kept) == pack


def test_a_pack_with_desk_units_is_not_kept(tmp_path: Path, fresh_cache: Path) -> None:
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "units.yaml").write_text(
        "desk_units:\n  - {name: crate, equals: 12 kilograms}\n", encoding="utf-8"
    )
    pack = rulepack.load_pack(desk)
    assert pack.units.desk_units
    assert not _kept_file(str(desk.resolve())).exists()  # its check asks pint: read every time
    assert _kept_file().is_file()  # (the default pack, read for the desk's, is kept)


def test_an_unwritable_cache_only_costs_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("NUMCHECK_CACHE_DIR", str(blocker / "cache"))  # under a file: cannot be made
    rulepack._load_pack_cached.cache_clear()
    try:
        assert numcheck.check([_DRAFT]).claims
    finally:
        rulepack._load_pack_cached.cache_clear()


def test_config_takes_a_pack_by_its_type() -> None:
    pack = rulepack.load_pack(None)
    assert Config(pack=pack).pack is pack
    with pytest.raises(ValidationError):
        Config(pack="rules")  # type: ignore[arg-type]


def test_atomic_write_writes_bytes(tmp_path: Path) -> None:
    target = tmp_path / "kept.bin"
    atomic_write(target, b"\x00\x01 two bytes and more")
    assert target.read_bytes() == b"\x00\x01 two bytes and more"
    atomic_write(target, "text, as before")
    assert target.read_text(encoding="utf-8") == "text, as before"


def test_each_pack_directory_has_its_own_key(tmp_path: Path, fresh_cache: Path) -> None:
    desk = _desk(tmp_path, "give or take")
    moved = tmp_path / "moved"
    shutil.copytree(desk, moved)  # the same files in another directory
    keys = {rulepack._stored_key(d) for d in ("", str(desk.resolve()), str(moved.resolve()))}
    assert len(keys) == 3
    assert rulepack.load_pack(moved).path == str(moved.resolve())  # the path it was read from

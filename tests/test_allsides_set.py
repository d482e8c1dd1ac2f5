"""bench/allsides_set.py reads one JSON record a file from a git directory, drops the lines many
articles share (page furniture), leaves out the outlets of spent sets, fragments and repeats, on
records written here (no article text)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _module() -> ModuleType:
    sys.path.insert(0, str(ROOT / "bench"))  # it imports bench/bbc_set.py and bench/fnc_set.py
    path = ROOT / "bench" / "allsides_set.py"
    spec = importlib.util.spec_from_file_location("numcheck_bench_allsides_set", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _story(topic: str, n: int = 12) -> str:
    return "\n\n".join(f"The {topic} panel met on day {i} and heard {i + 3} witnesses." for i in range(n))


def _repo(tmp_path: Path, records: list[dict[str, str]]) -> Path:
    repo = tmp_path / "repo"
    (repo / "data" / "jsons").mkdir(parents=True)
    for r in records:
        (repo / "data" / "jsons" / f"{r['ID']}.json").write_text(json.dumps(r), encoding="utf-8")
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "records"], check=True)
    return repo / ".git"


def test_furniture_lines_go_and_the_body_keeps_its_paragraphs() -> None:
    allsides = _module()
    records = [{"content_original": f"Subscribe to our letter\n\nItem {i} of a list.\n"} for i in range(10)]
    records.append({"content_original": "Subscribe to our letter\nA line seen once."})
    drop = allsides.furniture(records)
    assert drop == {"Subscribe to our letter"}  # held by 11 articles; each "Item" line by one
    body, n = allsides.body_of("  Subscribe to our letter \nFirst point.\n\n\nSecond point.  ", drop)
    assert (body, n) == ("First point.\n\nSecond point.", 1)
    assert allsides.furniture(records[:9]) == set()  # 9 articles are too few to call it furniture


def test_records_are_read_spent_outlets_short_and_repeated_left_out(tmp_path: Path, monkeypatch) -> None:
    allsides = _module()
    records = [
        {"ID": "a1", "source": "Example Daily", "content_original": _story("harbour")},
        {"ID": "a2", "source": "Reuters", "content_original": _story("bridge")},
        {"ID": "a3", "source": "BBC News", "content_original": _story("canal")},
        {"ID": "a4", "source": "Sample Times", "content_original": "Too short to count."},
        {"ID": "a5", "source": "Sample Times", "content_original": _story("harbour")},
        {"ID": "a6", "source": "Sample Times", "content_original": _story("tunnel")},
    ]
    repo = _repo(tmp_path, records)
    assert [r["ID"] for r in allsides.read_records(repo)] == ["a1", "a2", "a3", "a4", "a5", "a6"]
    monkeypatch.setattr(allsides, "known_openings", lambda out, name: set())
    out = tmp_path / "out"
    counts = allsides.build(repo, out)
    assert counts["rows"] == 6 and counts["spent_source"] == 2
    assert counts["short"] == 1 and counts["repeated"] == 1 and counts["kept"] == 2
    written = sorted(p.name for p in out.rglob("*.txt"))
    assert written == ["allsides_a1.txt", "allsides_a6.txt"]
    assert counts["fit"] + counts["measure"] + counts["measure_seen"] == 2


def test_a_repository_without_the_records_exits_2(tmp_path: Path) -> None:
    allsides = _module()
    repo = tmp_path / "empty"
    (repo / "data").mkdir(parents=True)
    (repo / "data" / "note.md").write_text("nothing here\n", encoding="utf-8")
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "none"], check=True)
    with pytest.raises(SystemExit) as stop:
        allsides.read_records(repo / ".git")
    assert stop.value.code == 2

"""bench/hindu_set.py reads a scraped list of paragraphs, drops a glued photo caption and the
scraper's line breaks, and leaves out fragments and repeats, on cells written here (no article
text)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _module() -> ModuleType:
    sys.path.insert(0, str(ROOT / "bench"))  # it imports bench/bbc_set.py and bench/fnc_set.py
    spec = importlib.util.spec_from_file_location("numcheck_bench_hindu_set", ROOT / "bench" / "hindu_set.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _story(topic: str) -> list[str]:
    return [f"The {topic} board met on day {i} and heard {i + 3} speakers." for i in range(12)]


@pytest.mark.parametrize(
    ("first", "caption"),
    [
        ("Full house:Fans queue at the gate of the stadium on Sunday.A. Lensman", True),
        ("Old charmThe clock tower seen from the bridge.File Photo", True),
        ("Ravi Kumar", True),  # a portrait's caption: a bare name
        ("The town council on Monday approved a budget of Rs. 40 crore for roads.", False),
        ("Tickets cost Rs. 200 and the show opens at the YouTube studio in Kochi.", False),
    ],
)
def test_captions_glued_or_bare_are_told_from_leads(first: str, caption: bool) -> None:
    assert _module().is_caption(first) is caption


def test_body_drops_the_caption_empty_paragraphs_and_italic_breaks() -> None:
    hindu = _module()
    caption = "Calm waters:Boats at the jetty.B. Snapper"
    paragraphs = [caption, "", "She read\nThe Long Road\n, a novel.", "End."]
    cell = repr(paragraphs)
    body, dropped = hindu.body_of(cell)
    assert dropped
    assert body == "She read The Long Road, a novel.\n\nEnd."
    lone, dropped = hindu.body_of(repr(["Ravi Kumar"]))
    assert (lone, dropped) == ("Ravi Kumar", False)  # a lone paragraph is never dropped


def test_rows_are_read_from_the_repository_and_a_bad_one_exits_2(tmp_path: Path) -> None:
    hindu = _module()
    repo = tmp_path / "repo"
    repo.mkdir()
    rows = [("Kochi", _story("harbour")), ("Chennai", ["A short note."]), ("Kochi", _story("harbour"))]
    lines = ["cityname,Article"] + ['{},"{}"'.format(city, repr(ps).replace('"', '""')) for city, ps in rows]
    (repo / "Articles.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "rows"], check=True)
    bodies, captions = hindu.read_bodies(repo / ".git")
    assert [name for name, _ in bodies] == ["hindu_0001.txt", "hindu_0002.txt", "hindu_0003.txt"]
    assert captions == 0
    kept, left = hindu.choose(bodies, set())
    assert sorted(kept) == ["hindu_0001.txt"]
    assert left == {"short": 1, "repeated": 1}
    (repo / "Articles.csv").unlink()
    subprocess.run([*git, "commit", "-q", "-a", "-m", "gone"], check=True)
    with pytest.raises(SystemExit) as stop:
        hindu.read_bodies(repo / ".git")
    assert stop.value.code == 2

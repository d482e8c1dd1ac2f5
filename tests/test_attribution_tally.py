"""bench/attribution_tally.py (AT58): the attribution misses sorted by what tells a reader the
source, and the reach of a carry, on an article and labels of our own."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tally_module():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location(
        "numcheck_bench_attribution_tally", ROOT / "bench" / "attribution_tally.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


TEXT = (
    "Harbour yard reports a good season\n\n"
    "Ana Ruiz said the season was the best she could remember. The yard sold 40 boats last year.\n\n"
    "The town has 900 people and one school.\n"
)


def test_a_figure_after_a_naming_sentence_with_no_figure_is_sorted_and_measured(tmp_path: Path) -> None:
    tally = _tally_module()
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "yard.txt").write_text(TEXT, encoding="utf-8")
    boats = TEXT.index("40 boats")
    people = TEXT.index("900 people")
    labels = tmp_path / "labels.tsv"
    labels.write_text(
        f"# batch: mine\na/yard.txt\t{boats}\t40 boats\tAna Ruiz\na/yard.txt\t{people}\t900 people\t-\n",
        encoding="utf-8",
    )
    misses, reach = tally.tally(tally.read_labels(labels), tmp_path)
    assert [m["kind"] for m in misses] == [
        "no source: carried from the next sentence (the naming sentence gives no figure)"
    ]
    # the next sentence wants the speaker; the next paragraph is the writer's own
    assert [(r["wants"], r["candidate"]) for r in reach] == [
        ("that source", "Ana Ruiz"),
        ("own voice", "Ana Ruiz"),
    ]
    assert reach[0]["kind"].startswith(
        "cue, 1 sentence(s) back, 0 paragraph break(s), naming sentence gives no figure"
    )
    assert reach[1]["kind"].startswith("cue, 2 sentence(s) back, 1 paragraph break(s)")

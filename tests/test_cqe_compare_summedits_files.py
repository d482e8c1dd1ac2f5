"""bench/cqe_compare.py writes SummEdits' texts as files for CQE to read: the source documents
(--summedits-sources) and the edited summaries (--summedits-drafts), one file per distinct text,
named by domain and the SHA-1 of the text."""

from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent

ITEMS = [
    {"domain": "news", "source": "The ferry carried 240 riders.", "draft": "A ferry carried 420 riders."},
    {"domain": "news", "source": "The ferry carried 240 riders.", "draft": "A ferry carried 240 riders."},
    {"domain": "ectsum", "source": "Sales rose 7% to $12 million.", "draft": "A ferry carried 420 riders."},
]


def _load() -> ModuleType:
    sys.path.insert(0, str(ROOT / "bench"))
    path = ROOT / "bench" / "cqe_compare.py"
    spec = importlib.util.spec_from_file_location("numcheck_bench_cqe_compare", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def cqe_compare(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    module = _load()
    import realtext

    monkeypatch.setattr(realtext, "summedits_items", lambda part=None: ITEMS)
    return module


def _name(domain: str, text: str) -> str:
    return f"{domain}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:10]}.txt"


def test_each_distinct_draft_is_one_file_named_by_its_domain_and_hash(
    cqe_compare: ModuleType, tmp_path: Path
) -> None:
    paths = cqe_compare.write_summedits_drafts(tmp_path / "drafts")
    names = sorted(p.name for p in paths)
    assert names == sorted(
        [_name("news", "A ferry carried 420 riders."), _name("news", "A ferry carried 240 riders.")]
    )
    assert (tmp_path / "drafts" / _name("news", "A ferry carried 420 riders.")).read_text(
        encoding="utf-8"
    ) == "A ferry carried 420 riders."


def test_the_drafts_option_prints_the_files_it_wrote(
    cqe_compare: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cqe_compare.main(["--summedits-drafts", str(tmp_path / "d")]) == 0
    printed = capsys.readouterr().out.split()
    assert len(printed) == 2 and all(Path(p).is_file() for p in printed)


def test_the_sources_are_still_written_one_file_per_distinct_source(
    cqe_compare: ModuleType, tmp_path: Path
) -> None:
    paths = cqe_compare.write_summedits_sources(tmp_path / "s")
    assert sorted(p.name for p in paths) == sorted(
        [_name("news", "The ferry carried 240 riders."), _name("ectsum", "Sales rose 7% to $12 million.")]
    )

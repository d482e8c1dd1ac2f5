"""The kinds of money (rules/measures.yaml) are hand-written knowledge of their own: loaded with the
rule pack, extended by a desk's measures.yaml, refused with file and line when malformed, and made
into stems once per pack (Knowledge.measure_stems); the fitted-weights file holds none of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from numcheck.errors import ConfigError
from numcheck.extraction.knowledge import knowledge, stem
from numcheck.rulepack import check_pack, default_pack_dir, load_pack


def test_the_default_pack_reads_the_kinds_from_their_own_file() -> None:
    pack = load_pack(None)
    assert pack.measures.measures["restitution"] == ["restitution"]
    stems = knowledge(pack).measure_stems
    assert stems[stem("fines")] == "fine" and stems[stem("kickbacks")] == "bribe"
    assert knowledge(pack).measure_stems is stems  # made once per pack


def test_the_fitted_weights_file_holds_no_kinds_and_refuses_them_with_file_and_line(tmp_path: Path) -> None:
    shipped = (default_pack_dir() / "judgement.yaml").read_text(encoding="utf-8")
    assert "\nmeasures:" not in shipped
    (tmp_path / "judgement.yaml").write_text(shipped + "measures:\n  toll: [toll]\n", encoding="utf-8")
    pack, problems = check_pack(tmp_path)
    assert pack is None
    [p] = problems
    assert str(p.path).endswith("judgement.yaml") and p.line == shipped.count("\n") + 1


def test_a_desks_file_adds_a_kind_to_the_default_ones(tmp_path: Path) -> None:
    (tmp_path / "measures.yaml").write_text("measures:\n  grant: [grant, grants]\n", encoding="utf-8")
    pack = load_pack(tmp_path)
    stems = knowledge(pack).measure_stems
    assert stems[stem("grants")] == "grant" and stems[stem("restitution")] == "restitution"


def test_a_word_under_two_kinds_is_refused_in_one_line_naming_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "measures.yaml").write_text(
        "# two kinds\nmeasures:\n  grant: [grant, award]\n  prize: [prize, awards]\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError) as got:
        load_pack(tmp_path)
    message = str(got.value)
    assert "\n" not in message
    assert "measures.yaml:4:" in message and "'awards'" in message and "'grant'" in message


def test_words_that_are_not_a_list_are_refused_with_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "measures.yaml").write_text("measures:\n  grant: 12\n", encoding="utf-8")
    pack, problems = check_pack(tmp_path)
    assert pack is None
    assert problems and all(str(p.path).endswith("measures.yaml") and p.line == 2 for p in problems)

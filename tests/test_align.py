"""Alignment of a draft with its sources: a figure written in a source's words around a different
figure was changed in the copy (NC102). Sentences here are written for the tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numcheck
from numcheck.api import _config
from numcheck.read import read_text


def _check(draft: str, source: str) -> numcheck.Report:
    src = read_text(source, doc_id="s0", path="release.txt").model_copy(update={"role": "source"})
    return numcheck.check([draft], [src])


def _changed(draft: str, source: str) -> list[tuple[str, str]]:
    """The (draft, source) surfaces of every NC102 finding."""
    report = _check(draft, source)
    by_id = {c.id: c for c in report.claims}
    return [
        (by_id[f.claims[0]].surface, by_id[f.claims[1]].surface) for f in report.findings if f.rule == "NC102"
    ]


def test_a_year_changed_between_the_sources_words_is_reported_though_no_claim_reads_it() -> None:
    source = "We expect the margin to be up in 2021 despite difficult comparisons with a strong 2020."
    draft = "The company expects its margin to be up in 2022 despite difficult comparisons."
    assert _changed(draft, source) == [("2022", "2021")]


def test_a_scale_word_changed_in_copied_words_is_reported() -> None:
    source = "The agency will decide how to spend the billions it has at its disposal over the decade."
    draft = "Officials will decide how to spend the millions it has at its disposal over the decade."
    assert _changed(draft, source) == [("millions", "billions")]


def test_one_end_of_a_copied_range_changed_is_reported() -> None:
    source = "Sales are expected to be between $4,100 million and $4,350 million for the full year."
    draft = "It expects sales to be between $4,025 million and $4,350 million for the full year."
    report = _check(draft, source)
    serious = [f for f in report.findings if f.severity != "info"]
    assert [f.rule for f in serious] == ["NC102"]
    assert "$4,100 million and $4,350 million" in serious[0].message


def test_the_same_figures_in_a_paraphrase_raise_nothing() -> None:
    source = "Revenue rose 12% to $2.4 billion in 2023, the company said on Tuesday."
    draft = "In 2023 the company's revenue rose 12% to $2.4 billion."
    assert [f for f in _check(draft, source).findings if f.severity != "info"] == []


def test_a_figure_rounded_in_the_copy_agrees_with_the_source() -> None:
    source = "The census counted 4,123,000 residents in the region last spring."
    draft = "The census counted 4.1 million residents in the region last spring."
    assert _changed(draft, source) == []


def test_a_figure_the_same_source_sentence_gives_in_another_place_is_not_changed() -> None:
    # the draft moved the quarter's figure next to the words of the year's figure: both are the source's
    source = "Profit for the year was $31 million, and profit for the quarter was $9 million."
    draft = "Profit for the year was $9 million in the quarter alone."
    assert _changed(draft, source) == []


def test_a_year_in_a_sentence_that_follows_a_source_sentence_giving_another_year_is_reported() -> None:
    source = (
        "The lighthouse keeper first reported the erosion to coastal engineers in 1994. "
        "The county later moved the road inland."
    )
    draft = "Coastal engineers first heard about the erosion from the lighthouse keeper in 1984."
    [f] = [f for f in _check(draft, source).findings if f.rule == "NC102"]
    assert "follows" in f.message and "1994" in f.message
    assert f.severity == "error" and 0.6 <= f.confidence <= 1


def test_a_year_that_a_closely_matching_source_sentence_gives_is_not_changed() -> None:
    source = (
        "The lighthouse keeper first reported the erosion to coastal engineers in 1994. "
        "Coastal engineers confirmed the erosion in 1996."
    )
    draft = "Coastal engineers confirmed the erosion reported by the lighthouse keeper in 1996."
    assert _changed(draft, source) == []


def test_a_changed_year_is_a_claim_of_the_json_report_at_its_place_in_the_file(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(
        "# Margins\n\nThe company expects its margin to be **up in 2022 despite difficult** comparisons.\n"
    )
    source = tmp_path / "call.txt"
    source.write_text("We expect the margin to be up in 2021 despite difficult comparisons.\n")
    run = subprocess.run(
        [sys.executable, "-m", "numcheck", "check", str(draft), "--source", str(source), "--format", "json"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 1, run.stderr
    report = json.loads(run.stdout)
    [f] = [f for f in report["findings"] if f["rule"] == "NC102"]
    claims = {c["id"]: c for c in report["claims"]}
    year = claims[f["claims"][0]]
    assert year["surface"] == "2022"
    assert draft.read_text()[year["start"] : year["end"]] == "2022"


def test_a_desk_can_turn_the_rule_down_to_a_warning(tmp_path: Path) -> None:
    config = tmp_path / "numcheck.toml"
    config.write_text('[rules.changed-in-copy]\nseverity = "warning"\n')
    cfg = numcheck.load_config(config)
    src = read_text("We expect the margin to be up in 2021 despite difficult comparisons.", doc_id="s0")
    report = numcheck.check(
        ["The margin should be up in 2022 despite difficult comparisons."],
        [src.model_copy(update={"role": "source"})],
        config=cfg,
    )
    assert [(f.rule, f.severity) for f in report.findings if f.rule == "NC102"] == [("NC102", "warning")]


def test_without_sources_alignment_mints_nothing() -> None:
    report = numcheck.check(["Margins should be up in 2022 despite difficult comparisons."])
    assert [c.surface for c in report.claims] == []
    assert _config(None).rule("NC102").severity == "error"


def _claim_changed(draft: str, source: str) -> list[tuple[str, str, str]]:
    """(severity, slip, message) of every NC103 finding."""
    return [
        (f.severity, f.slip or "", f.message) for f in _check(draft, source).findings if f.rule == "NC103"
    ]


def test_a_ceiling_dropped_from_a_source_figure_is_a_changed_claim() -> None:
    source = "Up to 40,000 residents of the valley may be moved before the dam is drained, officials said."
    draft = "Officials moved 40,000 residents of the valley before the dam was drained."
    [(severity, slip, message)] = _claim_changed(draft, source)
    assert (severity, slip) == ("warning", "a bound dropped")
    assert "up to 40,000" in message and "ceiling" in message


def test_a_may_dropped_from_a_source_figure_is_a_changed_claim() -> None:
    source = "The council said the new depot could employ 1,200 workers in the town."
    draft = "The new depot employs 1,200 workers in the town, the council said."
    assert [(s, slip) for s, slip, _ in _claim_changed(draft, source)] == [("warning", "a 'may' dropped")]


def test_a_draft_that_keeps_the_may_or_the_bound_says_what_the_source_says() -> None:
    source = "Up to 40,000 residents of the valley may be moved before the dam is drained, officials said."
    assert (
        _claim_changed("As many as 40,000 residents of the valley could be moved, officials said.", source)
        == []
    )
    assert _claim_changed("Officials said 40,000 residents of the valley may be moved.", source) == []


def test_nearly_dropped_is_rounding_not_a_changed_claim() -> None:
    source = "The company spent nearly $1.8 billion on the new plant last year."
    assert _claim_changed("The company spent $1.8 billion on the new plant last year.", source) == []


def test_a_figure_credited_to_another_speaker_is_reported_as_info_until_attribution_reads_better() -> None:
    source = "Zelenskyy said 10,000 North Korean troops were sent to the Kursk region."
    draft = "The Pentagon said 10,000 North Korean troops were sent to the Kursk region."
    [(severity, slip, message)] = _claim_changed(draft, source)
    assert (severity, slip) == ("info", "another speaker")
    assert "Pentagon" in message and "Zelenskyy" in message
    assert _claim_changed(source, source) == []


def test_a_figure_the_source_itself_later_revised_is_a_changed_claim() -> None:
    source = (
        "The flooding killed 38 people in the province, officials said on Monday. On Tuesday officials "
        "revised the toll, saying the flooding killed 45 people in the province."
    )
    [(severity, slip, message)] = _claim_changed("The flooding killed 38 people in the province.", source)
    assert (severity, slip) == ("warning", "a figure the source updated")
    assert "later updates it to 45" in message
    assert _claim_changed("The flooding killed 45 people in the province.", source) == []


def test_a_fall_worked_out_from_two_source_figures_is_found_in_the_source() -> None:
    source = "Sales were $800 million last year and $600 million this year."
    report = _check("Sales fell 25% to $600 million this year.", source)
    assert [f.rule for f in report.findings if f.severity != "info"] == []


def test_the_editors_report_says_what_changed_and_suggests_the_sources_wording(tmp_path: Path) -> None:
    (tmp_path / "draft.txt").write_text("The flooding killed 38 people in the province.\n")
    (tmp_path / "wire.txt").write_text(
        "The flooding killed 38 people in the province, officials said on Monday. On Tuesday officials "
        "revised the toll, saying the flooding killed 45 people in the province.\n"
    )
    run = subprocess.run(
        [sys.executable, "-m", "numcheck", "check", "draft.txt", "--source", "wire.txt"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert "later updates it to 45" in run.stdout
    assert "Fix: use the source's later figure, 45, or say it was revised." in run.stdout


def test_a_year_the_sources_give_in_other_words_is_not_changed() -> None:
    # the draft joins two source sentences; the one it follows most gives the other year
    source = "Construction of the site finished in 1994. The paper mill closed in 2010 after years of losses."
    draft = "The paper mill, which opened in 1994, closed after years of losses."
    assert _changed(draft, source) == []

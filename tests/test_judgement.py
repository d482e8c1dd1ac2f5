"""The judgement between extraction and the checks: frames, the fitted scorer, confidence and
severity. Sentences here are written for the tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import numcheck
from numcheck.api import _config
from numcheck.featurenames import FEATURES
from numcheck.frames import frame, pair_features, value_features
from numcheck.read import read_text
from numcheck.rulepack import check_pack, default_pack_dir
from numcheck.scorer import scorer


def serious(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.severity != "info"]


@pytest.mark.parametrize(
    "text",
    [
        # a poll's head-to-head: two candidates' shares, not one share given twice
        "Harris leads Trump by 11 points, 46 percent to 35 percent, in the latest survey of likely voters.",
        # a list of market moves
        "In Europe, London's FTSE 100 index was down 0.1 percent, Frankfurt's DAX was down 1.0 percent "
        "and the CAC 40 in Paris fell 0.6 percent.",
        # the same measure in two years
        "The port handled 4.2 million containers in 2022. In 2023 the port handled 4.8 million containers.",
        # a range and a figure inside it
        "Between 300 and 400 people attended the rally, and organisers said 350 people signed the petition.",
        # durations of different things
        "The 90-minute hearing ended at noon. The judge gave the company two weeks to respond.",
    ],
)
def test_figures_of_different_things_side_by_side_are_no_conflict(text: str) -> None:
    assert serious(text) == []


def test_a_headline_figure_with_its_digits_swapped_in_the_body_is_an_error_with_high_confidence() -> None:
    text = (
        "Storm leaves 1,452 homes without power\n\nThe storm struck the valley overnight. By morning it had "
        "left 1,542 homes without power, the utility said."
    )
    [f] = numcheck.check([text]).findings
    assert (f.rule, f.severity) == ("NC301", "error")
    assert f.confidence >= _config(None).pack.judgement.thresholds["NC301"]
    assert f.slip == "digits transposed"


def test_below_the_rules_min_confidence_a_finding_is_info(tmp_path: Path) -> None:
    draft = tmp_path / "storm.txt"
    draft.write_text(
        "Storm leaves 1,452 homes without power\n\n"
        "By morning the storm had left 1,542 homes without power.\n",
        encoding="utf-8",
    )
    (tmp_path / "numcheck.toml").write_text("[rules.NC301]\nmin_confidence = 1.0\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "numcheck", "check", str(draft), "--format", "json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    [f] = json.loads(out.stdout)["findings"]
    assert f["rule"] == "NC301" and f["severity"] == "info" and 0 < f["confidence"] < 1


def test_the_frame_of_a_figure_is_the_content_words_around_it_in_its_sentence() -> None:
    text = "Officials said. Clinton won 46 percent of the vote in Ohio."
    [c] = numcheck.extract(text)
    fr = frame(c, text)
    assert "clinton" in fr.left and "vote" in fr.right and "offici" not in fr.left
    assert fr.names == {"ohio"}  # a capital that starts the sentence says nothing


def test_value_features_name_the_slip_and_never_the_context() -> None:
    names = [n for n in FEATURES if n.startswith("value_")]
    as_dict = dict(zip(names, value_features(1452, 1542, "1452", "1542"), strict=True))
    assert as_dict["value_transposed"] == 1 and as_dict["value_close"] == 1
    as_dict = dict(zip(names, value_features(1.2e12, 1.2e9, "12", "12"), strict=True))
    assert as_dict["value_factor_thousand"] == 1 and as_dict["value_transposed"] == 0


def test_pair_features_are_in_unit_range_and_in_the_weights_files_order() -> None:
    text = "Troops said 500 soldiers crossed. Later 600 soldiers crossed, officials said."
    a, b = numcheck.extract(text)
    x = pair_features(a, b, frame(a, text), frame(b, text))
    assert len(x) == len(FEATURES) and all(0.0 <= v <= 1.0 for v in x)
    p = scorer(_config(None).pack).probability(x)
    assert 0.0 < p < 1.0


def test_every_shipped_feature_has_a_weight_and_unknown_features_are_refused_with_file_and_line(
    tmp_path: Path,
) -> None:
    shipped = (default_pack_dir() / "judgement.yaml").read_text(encoding="utf-8")
    assert all(f"  {name}:" in shipped for name in FEATURES)
    (tmp_path / "judgement.yaml").write_text(shipped.replace("  headline:", "  headlines:"), encoding="utf-8")
    pack, problems = check_pack(tmp_path)
    assert pack is None
    [p] = problems
    assert "judgement.yaml" in str(p.path) and p.line and "unknown feature 'headlines'" in p.message


def _against_source(draft: str, source: str) -> list[tuple[str, str]]:
    src = read_text(source, doc_id="s0", path="statement.txt").model_copy(update={"role": "source"})
    report = numcheck.check([draft], [src])
    return [(f.rule, f.severity.value) for f in report.findings]


def test_a_changed_figure_in_a_sentence_drawn_from_the_source_is_flagged() -> None:
    source = "The council approved a budget of $48.2 million for the new library on Tuesday."
    # digits swapped: the aligned source figure is named (NC101)
    assert _against_source("The council approved a $42.8 million budget for the new library.", source) == [
        ("NC101", "error")
    ]
    # a figure found nowhere in the sources, in a sentence whose words they hold
    source = "The council approved the library budget on Tuesday. The library opens with 12 rooms."
    draft = "The council approved the library budget of 240 pages on Tuesday."
    assert ("NC702", "warning") in _against_source(draft, source)


def test_a_figure_the_source_holds_or_derives_is_no_finding() -> None:
    source = "The school has 420 boys and 380 girls. Last year it had 760 pupils."
    found = _against_source("The school now has 800 pupils, up from 760.", source)
    assert [f for f in found if f[1] != "info"] == []


def test_a_background_figure_in_a_sentence_the_source_never_touches_is_only_info() -> None:
    source = "The council approved a budget of $48.2 million for the new library on Tuesday."
    draft = "The council approved $48.2 million for the library. The old building opened 63 years ago."
    found = _against_source(draft, source)
    assert ("NC702", "info") in found and [f for f in found if f[1] != "info"] == []


def test_a_vague_amount_is_not_held_against_a_figure() -> None:
    text = (
        "Scores of people were hurt in the blast, witnesses said. The civil defence said 30 people were hurt."
    )
    assert serious(text) == []


def test_two_sources_bounds_that_can_both_hold_are_no_discrepancy() -> None:
    text = (
        "Prosecutors said Farkas took more than $38.5 million from the bank. The inspector general said "
        "Farkas took more than $38 million from the bank."
    )
    assert serious(text) == []


def test_a_rule_whose_code_or_name_is_not_in_the_list_of_rules_is_refused() -> None:
    from numcheck.checks.base import Rule
    from numcheck.models import Category, Severity

    with pytest.raises(ValueError, match="NC999"):
        Rule(
            code="NC999",
            name="made-up",
            category=Category.fact_mismatch,
            severity=Severity.info,
            summary="-",
            why="-",
            example="-",
            run=lambda ctx, rule: [],
        )


def test_a_figure_absent_from_every_source_is_reported_once() -> None:
    source = "The council approved the library budget on Tuesday. The library opens with 12 rooms."
    found = _against_source("The council approved the library budget of 240 pages on Tuesday.", source)
    assert found == [("NC702", "warning")]


def test_two_values_of_one_figure_are_reported_only_when_one_slip_could_turn_one_into_the_other() -> None:
    story = (
        "Twelve migrants drown off the coast\n\nAt least 12 migrants drowned when their boat sank on "
        "Tuesday. The coastguard said {n} migrants drowned in the crossing."
    )
    assert serious(story.format(n="12,000")) != []  # a factor of 1,000: a scale word slipped
    assert serious(story.format(n="120,000")) == []  # no slip makes 12 into 120,000: two things


@pytest.mark.parametrize(
    ("other", "could"),
    [
        ("12,000", True),  # a factor of 1,000
        ("1,200", True),  # a factor of 100
        ("21", True),  # digits transposed
        ("13", True),  # near
        ("52", True),  # one digit changed
        ("47", False),
        ("121,410", False),
    ],
)
def test_which_values_one_slip_could_turn_12_into(other: str, could: bool) -> None:
    from numcheck.checks.slips import could_slip

    a, b = numcheck.extract(f"Officials counted 12 boats. Later they counted {other} boats.")
    assert could_slip(a, b, near=1.25, powers=[1, 2, 3, 6]) is could


def test_two_groups_shares_near_each_other_are_info_under_the_percent_threshold() -> None:
    # two groups' shares in one survey, one digit apart, scored about 0.897: at or above NC301's
    # threshold but under the one judgement.yaml sets for two percentages ('NC301 percent')
    text = (
        "In a 2021 council survey, about 74% of tenants said that, in dealing with landlords, renters "
        "are usually heard less than owners; 58% of owners said the same. Likewise, 77% of tenants, "
        "52% of owners and 31% of agents said the housing board hears renters less."
    )
    assert not [m for m in serious(text) if "74%" in m and "77%" in m]
    found = [f for f in numcheck.check([text]).findings if f.rule == "NC301"]
    rule, percent = (_config(None).pack.judgement.thresholds[k] for k in ("NC301", "NC301 percent"))
    assert found and all(f.severity == "info" and rule <= f.confidence < percent for f in found)


def test_the_percent_threshold_leaves_other_kinds_at_the_rule_threshold() -> None:
    # a sentence of our own with two terms in months transposed: not percentages, so the rule's
    # own threshold holds and the slip stays a warning or an error
    text = (
        "Clerk Jailed for 63 Months Over Fuel Card Fraud\n\n"
        "A former depot clerk was jailed today for 63 months over a fuel card fraud.\n\n"
        "On March 4, the clerk got a prison term of 36 months."
    )
    assert [m for m in serious(text) if "36 months" in m.lower() and "63 months" in m.lower()]
    # (tests/test_a_holder_named_late_is_another_holder.py holds such a pair scored 0.896, between
    # the two thresholds: it fails if the percent threshold reaches other kinds)

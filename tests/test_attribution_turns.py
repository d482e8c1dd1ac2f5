"""Issue 10: an interview's turns, and the maker of a body of figures named as its source.

An interview set out in turns ("((Name)) ...") gives every answer to the person answering, over
all the paragraphs of the turn, and the interviewer's questions to the article's own voice.
"Separate figures from the Labour Ministry show ..." names the ministry, not the whole phrase, and
its figures run on like a document's. The sentences are written for this file.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from attribution_sources import source_of

ROOT = Path(__file__).resolve().parent.parent


def _carry_features() -> ModuleType:
    """bench/carry_features.py, the measuring instrument of bench/fit_carry.py."""
    path = ROOT / "bench" / "carry_features.py"
    spec = importlib.util.spec_from_file_location("numcheck_bench_carry", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


INTERVIEW = (
    "The project began as a hobby.\n\n"
    "((WN)) Is it true that 40 volunteers left last spring?\n\n"
    "((Mara Ostrowski)) Not quite. We lost 12 of them. The rest moved to the new build team.\n\n"
    "Since then we have signed up 300 more, mostly students.\n\n"
    "((WN)) How many servers do you run?\n\n"
    "((Mara Ostrowski)) About 25, all donated.\n"
)


@pytest.mark.parametrize(
    ("surface", "source"),
    [
        ("40", None),  # the interviewer's question is the article's own voice
        ("12", "Mara Ostrowski"),  # an answer is the person answering
        ("300", "Mara Ostrowski"),  # on through the next paragraph of the same turn
        ("25", "Mara Ostrowski"),
    ],
)
def test_an_interview_gives_each_answer_to_the_person_answering(surface: str, source: str | None) -> None:
    assert source_of(INTERVIEW, surface) == source


def test_a_bracketed_aside_that_is_not_a_turn_changes_nothing() -> None:
    text = "Prices rose. ((Note)) The survey covered 900 homes, the agency said.\n"
    assert source_of(text, "900") == "the agency"


FIGURES = (
    "The minister defended the scheme. Separately, figures from the Labour Ministry show that "
    "more visas than ever were issued in the spring. Work visas went to "
    "18,402 applicants, most of them nurses.\n"
)


def test_figures_from_a_body_name_the_body_and_run_on_like_a_document() -> None:
    assert source_of(FIGURES, "18,402") == "the Labour Ministry"


def test_an_analysis_of_something_is_not_a_source_named_by_of() -> None:
    text = "According to a staff analysis of the transport bill, the plan would cost $40 million.\n"
    assert source_of(text, "$40 million") != "the transport bill"


def test_the_carry_features_read_the_words_of_the_sentence_carried_into() -> None:
    from numcheck.extraction.tokens import tokenize

    carry = _carry_features()
    tk = tokenize("They will spend 20 percent more.")
    a, b = tk.sentence_spans[0]
    ctx = carry.Context(
        since=1, paragraphs=0, kind="group", from_quote=False, cue_figure=True, said_after=False,
        announced=False, rule=True, between_figures=True, quoted=False, open_quote=False,
        unnamed=False, proceedings=False, colon=False, mentions=False, par_start=False, figures=1,
    )  # fmt: skip
    words = {"forecast": {"will"}, "group_pronouns": {"they"}}
    x = dict(zip(carry.FEATURES, carry.features(tk.tokens, a, b, "the agency", ctx, words), strict=True))
    assert x["forecast"] == x["person_pronoun_fits"] == x["rule"] == 1.0
    assert x["person"] == x["pronoun_misfits"] == x["first_person"] == x["shift"] == 0.0

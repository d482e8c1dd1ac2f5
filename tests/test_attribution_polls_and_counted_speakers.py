"""AT53: sources a reader takes from the structure of the text where numcheck gave none.

- A quotation's tag whose speaker is counted ('"...," one nurse told the inquiry', '"...,"
  another caller said') names the speaker as "a nurse" does (`counted_speaker_leads`). A share
  ("one in five said") is still no speaker.
- A survey named in a fronted phrase ("In the latest survey carried out by the Orbis Institute,
  58% ...") is a document: its findings run on over the sentences after it, as those of
  "according to a survey by ..." do. A writer's sentence after it that gives no figure still ends
  the run.
- A share of the people asked holding a view ("Many are gloomy: 47% believe ...", "Some 60% view
  it as ...", `respondent_verbs`), opening a sentence or a clause after a colon, is the answer to
  the last poll's question, after a sentence that left it ("But ..."). The writer's figures in the
  next paragraph stay the writer's.

The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_counted_speaker_after_a_quotation() -> None:
    text = (
        "The bakery reopened in May.\n\n"
        '"If a loaf costs $3 and a bun $2, I will buy the bun," one shopper told the reporters.\n'
    )
    assert source_of(text, "$3") == "one shopper"
    assert source_of(text, "$2") == "one shopper"


def test_another_counted_speaker_after_a_quotation() -> None:
    text = 'The line was long.\n\n"We waited for 40 minutes," another caller said.\n'
    assert source_of(text, "40 minutes") == "another caller"


def test_a_share_after_a_quotation_names_no_speaker() -> None:
    text = 'The line was long.\n\n"We waited for 40 minutes," one in five callers said.\n'
    assert source_of(text, "40 minutes") is None


def test_a_fronted_survey_runs_on_as_a_document() -> None:
    text = (
        "Voters are tired of graft. In the newest survey carried out by the Orbis Institute, 58% "
        "called bribery a serious problem. Few voters blame the mayor: only 21% think bribery has "
        "grown since he took office. But many say it is deep-rooted: 47% believe the mayor could "
        "not end it, the largest share in six years.\n"
    )
    assert source_of(text, "58%") == "the Orbis Institute"
    assert source_of(text, "47%") == "the Orbis Institute"
    assert source_of(text, "six years") == "the Orbis Institute"


def test_a_writer_sentence_without_figures_ends_the_survey() -> None:
    text = (
        "In the newest survey carried out by the Orbis Institute, 58% called bribery a serious "
        "problem. The mayor took office last spring. He has 14 aides.\n"
    )
    assert source_of(text, "58%") == "the Orbis Institute"
    assert source_of(text, "14") is None


def test_a_share_holding_a_view_returns_to_the_poll() -> None:
    text = (
        "According to a poll by the Harlan Foundation, 35% of Danes call trade a danger, with 52% "
        "of farmers saying so. Still, many Danes see its gains. Some 61% view it as a chance "
        "rather than a threat.\n\n"
        "In fact, at 71% Denmark has one of the highest job rates in the bloc.\n"
    )
    assert source_of(text, "35%") == "the Harlan Foundation"
    assert source_of(text, "61%") == "the Harlan Foundation"
    assert source_of(text, "71%") is None


def test_a_share_without_a_view_stays_the_writer() -> None:
    text = (
        "According to a poll by the Harlan Foundation, 35% of Danes call trade a danger. Still, many "
        "Danes see its gains. Some 61% of the land is farmed.\n"
    )
    assert source_of(text, "61%") is None

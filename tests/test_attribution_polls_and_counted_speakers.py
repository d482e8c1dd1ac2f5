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
- A finding verb with "that" after it said by a name ("The Harlow Export Monitor 2019, produced
  ..., shows that ...") is a cue, as after a document word; a year closing the name is its
  edition, not a figure in the subject. "This shows that" stays the writer's. A next sentence
  telling of a document itself in the passive ("The analysis has been conducted ...") is the
  writer's, not the finding carried on.
- Guards, each from a claim it made wrong on the 5,571 articles: the counted speaker only in a
  tag after a quotation (not "according to one rider who ..."); the named finding only when the
  name opens its clause (not "after the court found that ...", which would take a statement
  after it) and when the sentence has no "according to" (the account it is told in).

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


def test_a_name_that_shows_that_is_a_finding() -> None:
    text = (
        "Exports rose in 2019, according to a report released by a Leeds bank. The Harlow Export "
        "Monitor 2019, produced together with a local paper, shows that 12 mid-sized firms grew at "
        "an average rate of 85 percent in 2019, while the top 9 family firms grew at 120 percent.\n"
    )
    assert source_of(text, "85 percent") == "The Harlow Export Monitor 2019"
    assert source_of(text, "120 percent") == "The Harlow Export Monitor 2019"


def test_an_inference_without_a_name_stays_the_writer() -> None:
    text = "The council met in May. This shows that 12 of the 30 members still back the plan.\n"
    assert source_of(text, "12") is None


def test_the_document_described_is_the_writer() -> None:
    text = (
        "The Harlow Export Monitor 2019, produced together with a local paper, shows that 12 "
        "mid-sized firms grew 85 percent in 2019. The tracking analysis has been conducted in each "
        "of the past five years.\n"
    )
    assert source_of(text, "85 percent") == "The Harlow Export Monitor 2019"
    assert source_of(text, "five years") is None


def test_a_counted_source_after_according_to_gives_no_figure() -> None:
    text = (
        'Testing club riders is "a waste of money", according to one club rider who got a '
        "three-year ban for skipping a test.\n"
    )
    assert source_of(text, "three-year") is None


def test_a_finding_inside_a_clause_of_time_is_not_the_sentence_source() -> None:
    text = (
        "Housing Secretary Ana Ruiz issued the following statement today after the District Court "
        "of Lakeland found that the firm broke the law:\n\nThe ruling is a win for 40 million "
        "renters.\n"
    )
    assert source_of(text, "40 million") != "the District Court of Lakeland"


def test_a_named_finding_inside_an_account_keeps_the_account() -> None:
    text = (
        "The Revenue Board found that the clerks overstated refunds on 88 of the 120 returns, "
        "according to the complaint.\n"
    )
    assert source_of(text, "88") == "the complaint"


def test_a_named_finding_after_and_is_left_as_before() -> None:
    # the second clause's figures measure something else than the first's: reading them as a
    # second source's would set them against each other (NC201); the mechanism stays at names
    # that open the sentence or follow a fronted phrase's comma
    text = (
        "As the Daily Ledger reported, the exchange has seen a 40 percent jump in trading this "
        "year, and Lake Bank found that small trades rose from 8 percent to 11 percent.\n"
    )
    assert source_of(text, "40 percent") == "the Daily Ledger"
    assert source_of(text, "11 percent") is None

"""AT53: sources a reader takes from the structure of the text where numcheck gave none.

- A quotation's tag whose speaker is counted ('"...," one nurse told the inquiry', '"...,"
  another caller said') names the speaker as "a nurse" does (`counted_speaker_leads`). A share
  ("one in five said") is still no speaker.
- A survey named in a fronted phrase ("In a recent survey run by the Tavel Trust, 58% ...") is a
  document: its findings run on over the sentences after it, as those of "according to a survey
  by ..." do. A writer's sentence after it that gives no figure still ends
  the run.
- A share of the people asked holding a view ("Many are gloomy: 47% expect ...", "About 61%
  support ...", `respondent_verbs`), opening a sentence or a clause after a colon, is the answer to
  the last poll's question, after a sentence that left it ("But ..."). The writer's figures in the
  next paragraph stay the writer's.
- A finding verb with "that" after it said by a name ("The Pellow Shop Monitor 2021, compiled
  ..., shows that ...") is a cue, as after a document word; a year closing the name is its
  edition, not a figure in the subject. "This shows that" stays the writer's. A next sentence
  telling of a document itself in the passive ("The index has been published ...") is the
  writer's, not the finding carried on.
- Guards, each from a claim it made wrong on the 5,571 articles: the counted speaker only in a
  tag after a quotation (not "according to one trader whose ..."); the named finding only when the
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
        "Commuters grumble about the buses. In a recent survey run by the Tavel Trust, 58% rated "
        "the service poor. The council escapes most of the anger: just 21% hold it responsible. "
        "But plenty say the rot is old: 47% expect no change, a share not seen for six years.\n"
    )
    assert source_of(text, "58%") == "the Tavel Trust"
    assert source_of(text, "47%") == "the Tavel Trust"
    assert source_of(text, "six years") == "the Tavel Trust"


def test_a_writer_sentence_without_figures_ends_the_survey() -> None:
    text = (
        "In a recent survey run by the Tavel Trust, 58% rated the service poor. The trust was "
        "founded last spring. It has 14 staff.\n"
    )
    assert source_of(text, "58%") == "the Tavel Trust"
    assert source_of(text, "14") is None


def test_a_share_holding_a_view_returns_to_the_poll() -> None:
    text = (
        "According to a study by the Marlow Centre, 35% of renters call the rules unfair, with 52% "
        "of landlords saying so. Even so, most renters stay put. About 61% support the rules in "
        "principle.\n\n"
        "Indeed, at 71% the city's rate of home ownership is among the region's lowest.\n"
    )
    assert source_of(text, "35%") == "the Marlow Centre"
    assert source_of(text, "61%") == "the Marlow Centre"
    assert source_of(text, "71%") is None


def test_a_share_without_a_view_stays_the_writer() -> None:
    text = (
        "According to a study by the Marlow Centre, 35% of renters call the rules unfair. Even so, "
        "most renters stay put. About 61% of the flats are old.\n"
    )
    assert source_of(text, "61%") is None


def test_a_name_that_shows_that_is_a_finding() -> None:
    text = (
        "Retail sales held up in 2021, according to figures from a Leeds lender. The Pellow Shop "
        "Monitor 2021, compiled with a trade weekly, shows that 12 high-street chains lifted sales by "
        "85 percent on average, against 120 percent for the largest online sellers.\n"
    )
    assert source_of(text, "85 percent") == "The Pellow Shop Monitor 2021"
    assert source_of(text, "120 percent") == "The Pellow Shop Monitor 2021"


def test_an_inference_without_a_name_stays_the_writer() -> None:
    text = "The council met in May. This shows that 12 of the 30 members still back the plan.\n"
    assert source_of(text, "12") is None


def test_the_document_described_is_the_writer() -> None:
    text = (
        "The Pellow Shop Monitor 2021, compiled with a trade weekly, shows that 12 chains lifted "
        "sales by 85 percent. The report has been published every spring for five years.\n"
    )
    assert source_of(text, "85 percent") == "The Pellow Shop Monitor 2021"
    assert source_of(text, "five years") is None


def test_a_counted_source_after_according_to_gives_no_figure() -> None:
    text = (
        'Checks on market stalls are "pointless", according to one trader whose licence was '
        "pulled for three years after a missed inspection.\n"
    )
    assert source_of(text, "three years") is None


def test_a_finding_inside_a_clause_of_time_is_not_the_sentence_source() -> None:
    text = (
        "Housing Secretary Ana Ruiz put out this statement on Monday after the District Court "
        "of Lakeland found that the firm broke the law:\n\nThe ruling is a win for 40 million "
        "renters.\n"
    )
    assert source_of(text, "40 million") != "the District Court of Lakeland"


def test_a_named_finding_inside_an_account_keeps_the_account() -> None:
    text = (
        "The Revenue Board found that 88 of the 120 refunds it checked had been padded by the "
        "clerks, according to the lawsuit.\n"
    )
    assert source_of(text, "88") == "the lawsuit"


def test_a_named_finding_after_and_is_left_as_before() -> None:
    # the second clause's figures measure something else than the first's: reading them as a
    # second source's would set them against each other (NC201); the mechanism stays at names
    # that open the sentence or follow a fronted phrase's comma
    text = (
        "Ticket sales at the arena climbed 40 percent this year, the Daily Ledger reported, and "
        "Lake Bank found that card payments rose from 8 percent to 11 percent of them.\n"
    )
    assert source_of(text, "40 percent") == "the Daily Ledger"
    assert source_of(text, "11 percent") is None

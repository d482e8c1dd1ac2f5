"""Issue 10: who a figure comes from, read as a first-class part of the claim.

Every claim carries `source` (who), `source_cue` (the words that attribute it: "said",
"according to", "told", "reported by") and `source_span` (where the source is named). A source
covers its sentence, a quotation it speaks (over several sentences, and the next quotation when
nothing else is said between), and is nested to the innermost named source; everything else is
the article's own voice (no source). The sentences are written for this file.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

import numcheck


def claim_at(text: str, surface: str) -> numcheck.Claim:
    for c in numcheck.extract(text):
        if c.surface == surface:
            return c
    raise AssertionError(f"no claim {surface!r} in {[c.surface for c in numcheck.extract(text)]}")


@pytest.mark.parametrize(
    ("text", "surface", "source", "cue"),
    [
        ("Mayor Lina Ortiz said 40 homes were flooded.", "40", "Lina Ortiz", "said"),
        ("Forty homes were flooded, the fire service told reporters.", "Forty", "the fire service", "told"),
        (
            "According to the county assessor, 1,200 parcels lost value.",
            "1,200",
            "the county assessor",
            "According to",
        ),
        ("The agency estimated that 3,000 people had left.", "3,000", "The agency", "estimated"),
        ("The Pentagon said in a statement that 12 drones were shot down.", "12", "The Pentagon", "said in"),
        ("The outage cut power to 8,000 homes, reported the utility.", "8,000", "the utility", "reported"),
        (
            "Some 600 jobs will go, Anna Berg, the union's regional secretary, said on Monday.",
            "600",
            "Anna Berg",
            "said",
        ),
    ],
)
def test_a_cue_names_the_source_and_is_reported_with_it(
    text: str, surface: str, source: str, cue: str
) -> None:
    c = claim_at(text, surface)
    assert (c.source, c.source_cue) == (source, cue)
    assert c.source_span is not None
    assert text[c.source_span[0] : c.source_span[1]].endswith(source.split()[-1])


def test_the_article_voice_has_no_source_and_no_cue() -> None:
    c = claim_at("The bridge carries 30,000 cars a day.", "30,000")
    assert (c.source, c.source_cue, c.source_span) == (None, None, None)


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        # "X said a report by Y found": the figure is Y's
        (
            "The minister said a report by the Audit Office found 45 schools needed repairs.",
            "45",
            "the Audit Office",
        ),
        ("According to data compiled by Eurostat, 7 percent of homes lack heating.", "7 percent", "Eurostat"),
        (
            "Visitors rose to 2 million, according to figures released by the tourism board.",
            "2 million",
            "the tourism board",
        ),
        # a document is a source: "according to the complaint", "court records show"
        ("According to the indictment, the scheme took in $4 million.", "$4 million", "the indictment"),
    ],
)
def test_nested_attribution_goes_to_the_innermost_named_source(text: str, surface: str, source: str) -> None:
    assert claim_at(text, surface).source == source


def test_a_title_and_an_organisation_around_a_name_leave_the_name() -> None:
    text = "The fund lost 9 percent, said Deputy Director Karl Ames of the Finance Ministry."
    assert claim_at(text, "9 percent").source == "Karl Ames"


def test_a_quotation_carries_its_speaker_across_sentences() -> None:
    text = (
        "“We have lost 200 head of cattle. Another 50 are sick,” said Tom Reyes, a farmer near the river. "
        "The river rose 3 metres overnight."
    )
    assert claim_at(text, "200").source == "Tom Reyes"
    assert claim_at(text, "50").source == "Tom Reyes"
    assert claim_at(text, "3 metres").source is None  # the quotation has ended: the article's voice again


def test_a_quotation_opened_after_the_cue_is_the_speakers() -> None:
    text = 'Chief engineer Sara Holm said: "The pumps move 900 litres a second. They never stop."'
    assert claim_at(text, "900 litres a second").source == "Sara Holm"


def test_the_next_quotation_stays_with_the_same_speaker_until_someone_else_speaks() -> None:
    text = (
        '"We were ready," says Nadia Kern. "About 70 volunteers came on the first night." '
        'The council disagreed. "Only 20 came," a council spokesman said.'
    )
    assert claim_at(text, "70").source == "Nadia Kern"
    assert claim_at(text, "20").source == "a council spokesman"


def test_he_and_she_resolve_to_the_person_last_named_as_a_subject() -> None:
    text = "Ms Patel runs the shelter for Omar Haddad's charity. She says it has added 15 beds this year."
    c = claim_at(text, "15")
    assert c.source == "Patel"
    assert c.source_cue == "says"


@pytest.mark.parametrize(
    "text",
    [
        "Shares fell 4 percent after the False Claims Act case was filed.",
        "Voters rejected the claims that 300 ballots were lost.",
    ],
)
def test_a_cue_word_used_as_a_noun_or_a_name_is_not_a_cue(text: str) -> None:
    assert all(c.source is None for c in numcheck.extract(text))


def test_a_cue_after_and_does_not_reach_back_over_its_clause() -> None:
    text = "Of the 2,000 members who voted, 70% backed the deal and on Friday the union announced a strike."
    assert claim_at(text, "70%").source is None


def test_a_name_before_its_description_is_the_source() -> None:
    text = "In 2019 the Harbour Trust, a state-funded body said the port handled 4 million containers."
    assert claim_at(text, "4 million").source == "the Harbour Trust"
    text = 'Lena Park, a bakery owner who opened a second shop in May, says: "We sell 900 loaves a day."'
    assert claim_at(text, "900").source == "Lena Park"


def test_a_figure_in_the_subject_counts_the_source_and_is_the_articles_own() -> None:
    text = "Only one resident, retired teacher Maria Lopez, said she had stayed behind."
    assert claim_at(text, "one").source is None


def test_a_source_after_but_does_not_reach_back() -> None:
    text = "The fire was the worst in 20 years, but the agency said it did not know the cause."
    assert claim_at(text, "20 years").source is None


def test_a_conversion_in_brackets_does_not_end_the_attribution() -> None:
    text = "She sends 1,000 yuan ($145; 136.7 euros) a month, Wang says."
    assert claim_at(text, "1,000 yuan").source == "Wang"


def test_told_names_the_speaker_not_the_listener() -> None:
    text = '"The ban lasted six months," she told the newspaper. Rosa Lind later said more.'
    assert claim_at(text, "six months").source != "the newspaper"


# ---------------------------------------------------------------- carried across sentences
# (designed on the "fit" batch of bench/attribution_labels.tsv)


def test_a_document_source_carries_into_the_figures_that_follow() -> None:
    text = (
        "Hospital stays rose to 4.1 days in 2022, according to the regional health survey. "
        "That figure is above the 3.6 days recorded for the capital. "
        "Patients over 80 stayed 7.2 days on average."
    )
    for surface in ("3.6 days", "7.2 days"):
        c = claim_at(text, surface)
        assert (c.source, c.source_carried) == ("the regional health survey", True)
        assert c.source_span is not None  # where the source is named: the first sentence
        assert text[c.source_span[0] : c.source_span[1]] == "the regional health survey"


def test_a_speaker_carries_on_while_the_next_sentence_gives_figures_too() -> None:
    text = (
        "Births fell to 9,400 last year, Dana Okafor, the registrar, said on Monday. "
        "The share of twins was around 3 percent."
    )
    assert claim_at(text, "3 percent").source == "Dana Okafor"


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's sentence gave no figure: the text is back with the writer
        "Ivo Marsh said the island could stay outside the union. In the end, 55% of voters backed it.",
        # a paragraph break
        "Sales rose to 310 units, the dealer said.\n\nThe town has 4,000 residents.",
        # a turn of the writer's own
        "Sales rose to 310 units, the dealer said. But the town has 4,000 residents.",
        # a sentence that credits someone unnamed
        "Sales rose to 310 units, the dealer said. The town has 4,000 residents, it was reported.",
        # three sentences on: the text has left the source
        "Sales rose to 310 units, the dealer said. Vans made up 40 of them. "
        "Cars made up 200. The town has 4,000 residents.",
    ],
)
def test_a_carried_source_stops_where_the_text_leaves_it(text: str) -> None:
    c = [c for c in numcheck.extract(text) if c.surface in {"55%", "4,000"}][0]
    assert (c.source, c.source_carried) == (None, False)


def test_speech_without_its_quotation_marks_carries_into_the_next_sentence() -> None:
    # press releases often drop the marks: the words, then ", said X", then more of X's words
    text = (
        "Every case we close makes the valley safer, said Ruth Adeyemi, the county prosecutor. "
        "After 15 years of this work, it is clear that early charges save lives."
    )
    assert claim_at(text, "15 years").source == "Ruth Adeyemi"


def test_a_carried_source_does_not_make_two_voices_for_the_within_document_rules() -> None:
    from numcheck.checks.within import named_source

    text = "Revenue was $12 million, the company said. Profit was $2 million."
    c = claim_at(text, "$2 million")
    assert c.source == "the company" and named_source(c) is None


# ---------------------------------------------------------------- what a document finds, more cues
# (designed on the "fit" batch of bench/attribution_labels.tsv)


@pytest.mark.parametrize(
    ("text", "surface", "source", "cue"),
    [
        (
            "Council research found 2,410 complaints about potholes in 2021.",
            "2,410",
            "Council research",
            "found",
        ),
        # the document, not what it covers
        ("The review of all 48 care homes found 12% were short of staff.", "12%", "The review", "found"),
        ("A new survey of more than 3,000 drivers found 41% had been fined.", "41%", "A new survey", "found"),
        (
            "By 2040 the line will carry 90,000 people a day, ministry projections show.",
            "90,000",
            "ministry projections",
            "show",
        ),
        # nested: the innermost named source
        (
            "A 2019 audit by the inspectorate found nearly 30 percent of files incomplete.",
            "30 percent",
            "the inspectorate",
            "found",
        ),
        (
            "Estimates by the organisers indicate about 20,000 people attended.",
            "20,000",
            "the organisers",
            "indicate",
        ),
        ("Mayor Ana Ruiz conceded that the pact covers only one site.", "one", "Ana Ruiz", "conceded"),
        ("Rosa Imre suggested a limit of two cars per household.", "two", "Rosa Imre", "suggested"),
        ("Locals said that dozens of sheep were lost in the storm.", "dozens of", "Locals", "said"),
    ],
)
def test_documents_finding_and_other_cues(text: str, surface: str, source: str, cue: str) -> None:
    c = claim_at(text, surface)
    assert (c.source, c.source_cue) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "Police found 3 bodies in the house.",  # a finding, not a source's word
        "A 2015 report said teachers found 16 was too late to start a language.",
        "She read 12 books on the flight.",
    ],
)
def test_a_finding_verb_needs_a_document_before_it(text: str) -> None:
    c = [c for c in numcheck.extract(text) if c.surface in {"3", "16", "12"}][0]
    assert c.source in {None, "A 2015 report"}


def test_a_statement_read_names_its_quotation() -> None:
    text = 'The family\'s statement read: "He met us at age 10." Ben Ross tweeted: "A legend."'
    assert claim_at(text, "10").source == "The family's statement"


def test_a_citation_credits_the_work_for_what_comes_before_it() -> None:
    text = (
        "Recent studies show that 30 percent of riders wear no helmet (Moreau, 2011); 12 percent "
        "never did (Lund, 2009). Riders without one are 300 percent more likely to be hurt. "
        "(Akers, et al, 2015)."
    )
    assert claim_at(text, "30 percent").source == "Recent studies"
    assert claim_at(text, "12 percent").source == "Lund"  # the work cited after it, not before
    assert claim_at(text, "300 percent").source == "Akers, et al"  # cited just after its sentence


def test_a_manager_is_a_title_before_a_name() -> None:
    text = "Power is back for 56,000 homes, Network Communications Manager Iris Doyle said."
    assert claim_at(text, "56,000").source == "Iris Doyle"


# ---------------------------------------------------------------- sentence ends, frames, long documents
# (designed on the misses of the spent "measure" batch of bench/attribution_labels.tsv)


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        # a full stop before a spaced dash ends the sentence: the speaker after it is another's
        (
            "The offence is punishable by four years in jail and a penalty of $7,500.00. -- Members "
            "voted to strip his privileges, the council's deputy chair Hana Moreau said.",
            "four years",
            None,
        ),
        (
            "Park revenue grew 12%, according to Forbes.- Lee Park, an analyst, noted in his column that "
            "visits dropped in two of the last five months.",
            "two",
            "Lee Park",
        ),
        # polls and think tanks are sources, in a headline's inverted cue too
        (
            "The mayor should lead after the first of two rounds, according to polls.",
            "two",
            "polls",
        ),
        ("Rents to rise fastest in 20 years, says think tank", "20 years", "think tank"),
        # 'forecasts' is a cue: the forecaster the speaker names is the innermost source
        (
            "Ada Lim, chief economist at Tarn Bank, said Norbank forecasts that the economy will grow "
            "by 4.2 percent next year.",
            "4.2 percent",
            "Norbank",
        ),
        # a relative clause between commas with a 'that' of its own does not hide the subject
        (
            "The Oslo-based Refugee Council, which runs the clinic that was shelled, said in a "
            "statement that six nurses were hurt.",
            "six",
            "Refugee Council",
        ),
        # 'in more than one case' opens the sentence; it is not the subject that names the source
        (
            "In more than one case, the complaint alleged that Ortega sold cars he did not own.",
            "one",
            "the complaint",
        ),
    ],
)
def test_measure_batch_cases(text: str, surface: str, source: str | None) -> None:
    assert claim_at(text, surface).source == source


@pytest.mark.parametrize(
    "text",
    [
        "Revenue grew 12%, according to Forbes.- Lee Park disagreed.",
        "The fine was $5,000.00. -- Deputies voted.",
    ],
)
def test_a_full_stop_before_a_dash_ends_the_sentence(text: str) -> None:
    from numcheck.extraction.tokens import tokenize

    assert len(tokenize(text).sentence_spans) == 2


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        (
            "According to the plea agreement, Marsh, who worked at the desk that handled mergers, "
            "disclosed inside information to Tan about three pending deals.",
            "three",
            "the plea agreement",
        ),
        ("The complaint alleged that Ortega claimed false deductions on 40 returns.", "40", "The complaint"),
        # a cue that reports words is still the innermost source inside the frame
        ("According to the indictment, Ortega told agents that he had filed 60 returns.", "60", "Ortega"),
    ],
)
def test_inside_an_account_a_cue_verb_is_the_conduct_described_not_a_source(
    text: str, surface: str, source: str
) -> None:
    assert claim_at(text, surface).source == source


def test_a_cue_after_and_shares_the_subject_and_does_not_reach_back() -> None:
    text = (
        "The ministry has withdrawn its appeal of a ruling that blocked the ban on five countries "
        "and said it would issue a new order covering 3 more."
    )
    assert claim_at(text, "five").source is None
    assert claim_at(text, "3").source == "The ministry"


def test_he_is_the_person_just_named_as_a_source_not_an_earlier_subject() -> None:
    text = (
        "Li Na, the tea firm's chief, says the firm will keep growing. Sales of green tea rose "
        "9 percent, according to Wei Fang, a Hangzhou-based analyst. "
        '"Cheap tea still holds 70 percent of the market," he says.'
    )
    assert claim_at(text, "70 percent").source == "Wei Fang"


def test_a_document_carries_through_a_run_of_its_figures() -> None:
    text = (
        "According to the board's annual report, farmers filed 4,100 claims. "
        "Bakers came second with 2,300. Fishers filed 900. Weavers filed 420. "
        "Tailors filed 150."
    )
    c = claim_at(text, "150")
    assert (c.source, c.source_carried) == ("the board's annual report", True)
    # a person's words do not run on as far (see test_a_carried_source_stops_where_the_text_leaves_it)


def test_a_count_recorded_in_the_passive_keeps_the_source_the_text_is_with() -> None:
    text = (
        "The police office reported that 512 of the 600 attacks were on shops. "
        "In 2019, 640 such attacks were recorded."
    )
    assert claim_at(text, "640").source == "The police office"


# ---------------------------------------------------------------- the floor on real articles

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from realtext import ARTICLES  # noqa: E402  (where ../shared/eval/real/build.py puts the articles)


@pytest.mark.skipif(
    not ARTICLES.is_dir(), reason="the real-article set (../shared/eval/real) is not built here"
)
def test_attribution_on_the_hand_labelled_real_articles_holds_its_floor() -> None:
    """bench/attribution_labels.tsv: figures in published articles labelled by hand (the issue's
    target is 90% of attributed figures right; the floor is never lowered)."""
    spec = importlib.util.spec_from_file_location(
        "numcheck_bench_attribution", ROOT / "bench" / "attribution.py"
    )
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench  # its dataclasses look their module up
    spec.loader.exec_module(bench)
    # the floor was set on these batches; the later blind batches (fit, measure) have their own
    old = [lab for lab in bench.read_labels() if lab.batch in {"dev", "held-out-1", "held-out-2"}]
    outcomes = bench.score(old, ARTICLES)
    attributed = [o for o in outcomes if o.label.sources]
    assert len(attributed) >= 100
    right = sum(o.right for o in attributed) / len(attributed)
    misses = [f"{o.label.file}@{o.label.offset}: {o.got!r}" for o in attributed if not o.right]
    assert right >= 0.93, misses


@pytest.mark.skipif(
    not ARTICLES.is_dir(), reason="the real-article set (../shared/eval/real) is not built here"
)
def test_attribution_on_the_fit_and_spent_measure_batches_holds_its_floor() -> None:
    """The blind "fit" batch the carried-source and document rules were designed on (90 of 97
    attributed figures right when they were written), and the "measure" batch, spent after its
    one score and used for design since (63 of 68), "measure-2", spent the same way (61 of 100 at
    its one score, 90 of 100 after the round designed on it), and "measure-3", spent the same way
    (56 of 107 at its one score, 89 of 107 after the round designed on it), and "measure-4", spent
    the same way (56 of 102 at its one score, 77 of 102 and 146 of 160 own-voice figures after the
    round designed on it), and "measure-5", spent the same way (65 of 101 and 133 of 161 at its one
    score, 82 of 101 and 138 of 161 after the round designed on it); and "measure-6", spent the
    same way (64 of 100 and 127 of 151 at its one score, 84 of 100 and 129 of 151 after the round
    designed on it); and "measure-7", scored once blind after that round (65 of 105 and 117 of 150),
    and "measure-8", scored once blind with the same reader (40 of 100 and 190 of 207), and
    "measure-9", scored once blind after the next rounds (76 of 113 and 124 of 145), whose floors
    are those scores; measure-8's and measure-9's attributed floors were raised with the round
    designed on them (accusations, a sentence whose full stop lost its space: 66 of 100, 85 of 113),
    and measure-9's again with the round after it (a title for the person named with it, a criminal
    information, a document's publication participle: 91 of 113; 90 since a figure is no longer read);
    and "measure-10", scored once blind after those rounds (56 of 116 and 187 of 238; its floors
    raised with the interview reading designed on it, 74 of 116 and 195 of 238), and
    "measure-11", scored once blind with the same reader (50 of 102 and 183 of 201; its attributed
    floor raised with the round on a document's list or table after a colon, 60 of 102), and
    "measure-12", scored once blind after the interview reading (60 of 102 and 272 of 332; its
    attributed floor raised to its design score after the round on names, 61 of 102, and after AT28's
    round, 65 of 102), and
    "measure-13", scored once blind after the rounds on names and a document's list (131 of 167 and
    164 of 203; 67 of its attributed figures in one interview), whose floors are that score, its own-voice
    floor raised with the round designed on it (171 of 203), its attributed floor with AT28's "alleging
    that" after a legal account (141 of 167); and "measure-14", scored once blind after
    that round (41 of 188 and 122 of 171; a reprinted list of 115 attributed figures, none given its
    author, is one article of it), and "measure-15", scored once blind with the same reader (62 of 102
    and 153 of 170), whose floors are those scores; and "measure-16", scored once blind after the
    round on the carry after an introducing line (70 of 104 and 207 of 234), whose floors are that
    score, its own-voice floor raised with the round designed on it (215 of 234); and "measure-17",
    scored once blind after that round (68 of 104 and 185 of 220), its floors raised with the round
    designed on it (73 of 104 and 189 of 220);
    and "measure-18", scored once blind after the rounds on measure-17's wrong sources and on
    occasions and a listed "one" (79 of 105 and 151 of 187), whose floors are that score, its
    own-voice floor raised with the round designed on it (161 of 187); and "measure-19", scored once
    blind after that round (48 of 100 and 121 of 147), whose floors are that score; and "measure-20",
    scored once blind after the rounds on sources before an aside, charged counts and quotation
    credits (73 of 104 and 188 of 230), whose floors are that score. AT28's round (designed on dev to
    measure-16) raised the attributed floors of measure-4 (87 of 102), measure-8 (82 of 100),
    measure-12 (65 of 102) and measure-13 (141 of 167) to their design scores, and of measure-18, a
    hold-out it moved (80 of 105); and "measure-21", scored once blind after AT28, CS19, RL15 and SP3
    (64 of 100 and 177 of 208, the same as the session's starting code), whose floors are that score;
    and "measure-22", scored once blind after AT30 (60 of 101 and 143 of 181), whose floors are its
    score after AT32's round. AT32's round (designed on dev to measure-22) raised the attributed
    floors of the batches it moved to their design scores: measure-10 (75 of 116), measure-11 (66 of
    102), measure-12 (70 of 102), measure-17 (75 of 104), measure-19 (52 of 100) and measure-22 (61 of
    101). AT33's round (designed on dev to measure-24) raised those of measure-9 (92 of 113),
    measure-21 (70 of 100) and measure-22 (62 of 101). AT35's round (designed on dev to measure-25:
    "according to" a document before a name, and "one of the largest" read) raised those of
    measure-2 (93 of 100), measure-5 (89 of 101), measure-6 (88 of 100), measure-7 (71 of 105),
    measure-8 (84 of 100), measure-9 (94 of 113), measure-15 (72 of 102), measure-17 (77 of 104),
    measure-21 (72 of 100) and measure-22 (63 of 101). AT36's round (designed on dev to measure-28:
    "he" or "she" passing over a group, an organisation or two sources, and "one of the best in
    the world" or "one of several" read) raised those of measure-6 (90 of 100), measure-9 (96 of
    113), measure-10 (76 of 116), measure-12 (72 of 102) and measure-13 (143 of 167), and the
    own-voice floors of measure-5 (144 of 161), measure-6 (138 of 151), measure-13 (177 of 203),
    measure-18 (166 of 187), measure-19 (123 of 147) and measure-22 (147 of 181). AT38's round
    (designed on dev to measure-31: a quotation resuming a named person's words after the writer's
    sentences about them) raised those of measure-5 (90 of 101) and measure-18 (81 of 105), and
    (a mis-decoded dash read as no quotation mark) the own-voice floors of measure-2 (129 of 134),
    measure-3 (87 of 89), measure-7 (125 of 150), measure-12 (292 of 332), measure-15 (157 of 170),
    measure-17 (197 of 220) and measure-21 (180 of 208). AT39's round (designed on dev to
    measure-31: a source describing a person, "the Central Bank chief", read as the person named as
    the source before it) raised that of measure-9 (97 of 113). AT41's round (designed on dev to
    measure-31: "he" or "she" for the subject a clause opens with after a title or a fronted phrase)
    raised those of measure-17 (78 of 104), measure-19 (53 of 100) and measure-20 (78 of 104). AT42's
    round (designed on dev to measure-31: "he" or "she" for a possessive subject, a pronoun's chain,
    a title's gender, a name's suffix) set those of the batches it moved: measure-26 (78 of 115 and
    175 of 210), measure-28 (70 of 100 and 198 of 222) and measure-31 (123 of 163 and 206 of 242).
    AT45's round (designed on dev to measure-31: "But he said", a relative clause's subject for "he"
    or "she", an age before a subject's name) raised those of measure-17 (81 of 104) and measure-19
    (54 of 100) and set measure-27's (74 of 118 and 224 of 277). AT46's round (designed on dev to
    measure-31: "gave" only with "as", a possessive's source, "during" ending a source, bodies named
    by their kind, place names, an unnamed analyst) raised those of measure-7 (72 of 105), measure-11
    (67 of 102), measure-15 (73 of 102), measure-26 (80 of 115) and measure-31 (125 of 163). AT47's
    round (designed on measure-19 to measure-31: "He continued:", a speech tag after a quotation, an
    apostrophe mis-decoded as a mark, "allegedly" carrying its source's account, a body of data after
    an inverted cue, "He Weiwen") set those of measure-23 (150 of 198 and 111 of 145), measure-24 (72
    of 101 and 195 of 213), measure-25 (72 of 104 and 132 of 150) and raised measure-27's (80 of
    118). AT48's round (designed on measure-19 to measure-31: a document obtained by an outlet, a
    figure inside its source's words, a closing tag over ", but", a year's digits that measure, two
    descriptions after a name, conversions of an amount that lost its sign) raised those of
    measure-20 (192 of 230 own voice), measure-21 (75 of 100 and 182 of 208), measure-23 (151 of
    198), measure-24 (74 of 101 and 197 of 213), measure-25 (73 of 104), measure-27 (82 of 118 and
    227 of 277), measure-28 (72 of 100) and measure-31 (126 of 163). AT49's round (designed on
    measure-19 to measure-31: testimony as an account, "claim that", a cue in a closed relative
    clause, no carry into a person introduced with an age, "conceded a goal", a speaker named with a
    "who" clause) raised the own-voice floors of measure-13 (179 of 203), measure-23 (114 of 145)
    and measure-27 (228 of 277), the attributed floors of measure-19 (55 of 100) and measure-31
    (128 of 163), and set those of measure-29 (78 of 110 and 84 of 98) and measure-30 (76 of 100 and
    182 of 210)."""
    spec = importlib.util.spec_from_file_location(
        "numcheck_bench_attribution", ROOT / "bench" / "attribution.py"
    )
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench
    spec.loader.exec_module(bench)

    def shares(batch: str) -> tuple[int, float, float | None]:
        """(attributed figures, share of them right, share of own-voice figures right)."""
        outcomes = bench.score([lab for lab in bench.read_labels() if lab.batch == batch], ARTICLES)
        attributed = [o for o in outcomes if o.label.sources]
        own = [o for o in outcomes if not o.label.sources]
        right = sum(o.right for o in attributed) / len(attributed)
        return len(attributed), right, (sum(o.right for o in own) / len(own) if own else None)

    n, attributed, own = shares("fit")
    assert n >= 95 and attributed >= 0.92 and own is not None and own >= 0.90
    assert shares("measure")[1] >= 0.92
    floors = {  # batch: (attributed, own voice)
        "measure-2": (0.93, 0.96),
        "measure-3": (0.82, 0.97),
        "measure-4": (0.85, 0.91),
        "measure-5": (0.89, 0.89),
        "measure-6": (0.90, 0.91),
        "measure-7": (0.68, 0.83),
        "measure-8": (0.84, 0.91),
        "measure-9": (0.85, 0.85),
        "measure-10": (0.65, 0.81),
        "measure-11": (0.65, 0.91),
        "measure-12": (0.70, 0.87),
        "measure-13": (0.85, 0.88),
        "measure-14": (0.21, 0.71),
        "measure-15": (0.71, 0.92),
        "measure-16": (0.67, 0.91),
        "measure-17": (0.77, 0.89),
        "measure-18": (0.77, 0.88),
        "measure-19": (0.55, 0.83),
        "measure-20": (0.75, 0.83),
        "measure-21": (0.75, 0.87),
        "measure-22": (0.62, 0.81),
        "measure-23": (0.76, 0.78),
        "measure-24": (0.73, 0.92),
        "measure-25": (0.70, 0.87),
        "measure-26": (0.69, 0.83),
        "measure-27": (0.69, 0.82),
        "measure-28": (0.72, 0.89),
        "measure-29": (0.70, 0.85),
        "measure-30": (0.76, 0.86),
        "measure-31": (0.78, 0.85),
    }
    for batch, (attributed_floor, own_floor) in floors.items():
        _, attributed, own = shares(batch)
        assert attributed >= attributed_floor and own is not None and own >= own_floor, batch


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        # a middle initial's full stop ends neither the sentence nor the name
        (
            "The fund paid out $4.2 million last year, Deputy Director Mara J. Olsen of the Finance Office "
            "announced today. Claims since 2001 now total $61 million.",
            "$4.2 million",
            "Mara J. Olsen",
        ),
        # an announcement credits its own sentence only: the next one is the release's narrative
        (
            "The fund paid out $4.2 million last year, Deputy Director Mara J. Olsen of the Finance Office "
            "announced today. Claims since 2001 now total $61 million.",
            "$61 million",
            None,
        ),
        # the last of several announcers, with an agency's abbreviation in brackets in the title
        (
            "Today, Acting U.S. Attorney Paul Reyes for the Eastern District and Special Agent in Charge "
            "Nora K. Tillman of the Federal Bureau of Investigation (FBI)-Boston Division announced "
            "charges against six people.",
            "six",
            "Nora K. Tillman",
        ),
    ],
)
def test_announcers_named_with_initials_and_titles(text: str, surface: str, source: str | None) -> None:
    assert claim_at(text, surface).source == source


STATEMENT = (
    "Statement of the Mayor on the storm\n\nThe Mayor issued the following statement today:\n\n"
    "Today, we mourn the people we lost. Throughout a night that lasted 14 hours, crews rescued 200 "
    "families.\n\nI am grateful to the 40 volunteers who helped.\n\nThe fire chief said 12 roads were still "
    "closed.\n\nThe storm brought 90 millimetres of rain."
)


@pytest.mark.parametrize(
    ("surface", "source"),
    [
        ("14 hours", "The Mayor"),
        ("200", "The Mayor"),
        ("40", "The Mayor"),
        ("12", "The fire chief"),
        ("90 millimetres", None),
    ],
)
def test_a_statement_opened_with_a_colon_runs_over_its_paragraphs_to_the_next_source(
    surface: str, source: str | None
) -> None:
    assert claim_at(STATEMENT, surface).source == source


def test_a_colon_after_a_cue_with_no_opener_word_carries_nothing_over_a_paragraph() -> None:
    text = "The council said on Monday:\n\nThe levy rose by 3 percent."
    assert claim_at(text, "3 percent").source is None


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        ("Sen. Ada Price, D-Ohio, said the vote could slip by two weeks.", "two weeks", "Ada Price"),
        (
            "Output will grow 2 percent, Chairperson of the Savings Board Lena Marsh told reporters.",
            "2 percent",
            "Lena Marsh",
        ),
        ("Rescuers put the number of missing at 14.", "14", "Rescuers"),
        # "put" gives a figure only with "at": here it is what someone did
        ("The driver, 52, was arrested after he put a crate on the tracks.", "52", None),
    ],
)
def test_party_tags_titles_and_put_at(text: str, surface: str, source: str | None) -> None:
    assert claim_at(text, surface).source == source


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        (
            "The highest turnout ever recorded by Statistics Norway was 84 percent.",
            "84 percent",
            "Statistics Norway",
        ),
        (
            "Ivo Dahl heads the bureau. We expect the backlog to last three more years, said Special "
            "Agent in Charge Dahl.",
            "three more years",
            "Ivo Dahl",
        ),
    ],
)
def test_sources_named_after_passive_and_inverted_cues(text: str, surface: str, source: str) -> None:
    assert claim_at(text, surface).source == source


POLL = (
    "The mayor's approval rating fell to 41 percent in March, according to Norstat. Her disapproval "
    "rose to 52 percent. At this point in his term, her predecessor stood at 58 percent. In fact, her "
    "rating is lower than that of any mayor since Norstat began asking the question. Her rating was "
    "highest, 63 percent, in her first month."
)


@pytest.mark.parametrize("surface", ["52 percent", "58 percent", "63 percent"])
def test_an_organisations_cited_figures_run_on_like_a_documents(surface: str) -> None:
    assert claim_at(POLL, surface).source == "Norstat"


def test_a_persons_cited_figures_stop_after_two_sentences() -> None:
    text = (
        "Sales fell 4 percent, according to Ida Berg. Costs rose 3 percent. Staff fell 2 percent. "
        "Shops closed 9 branches."
    )
    assert claim_at(text, "3 percent").source == "Ida Berg"
    assert claim_at(text, "9").source is None


REPORT_AND_QUOTES = (
    "Deaths from falls rose 12 percent last year, according to the new report. Adults over 80 saw the "
    'biggest rise, 30 percent. Dr. Omar Vik, a geriatrician, said the report is worrying. "We see it every '
    'day," Vik said. The rise was also clear in the numbers. Falls at home accounted for 61 percent of '
    "the deaths.\n\nThe city opened 4 new clinics this year."
)


@pytest.mark.parametrize(("surface", "source"), [("61 percent", "the new report"), ("4", None)])
def test_a_documents_figures_resume_after_someone_speaks_about_them(surface: str, source: str | None) -> None:
    assert claim_at(REPORT_AND_QUOTES, surface).source == source


def test_the_writers_own_narrative_ends_a_documents_run() -> None:
    text = (
        "A survey of 900 shops found litter in 7% of them. Anyone caught littering can be fined. "
        "If the case goes to court, the fine can reach 1,000 euros."
    )
    assert claim_at(text, "1,000 euros").source is None


def test_a_figure_in_the_words_naming_a_source_does_not_carry_it_on() -> None:
    text = "Three mayors wrote to the minister saying the plan would fail. The scheme covers 9,000 homes."
    assert claim_at(text, "9,000").source is None


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        ("After a meeting with about 20 members, a party leader said he would back the bill.", "20", None),
        ("Since April, 36 fugitives have returned, according to the commission.", "36", "the commission"),
        ("Although sales fell 5 percent, exports rose 9%, according to Vera Lind.", "5 percent", "Vera Lind"),
    ],
)
def test_a_fronted_clause_of_time_before_a_speakers_subject_is_the_writers(
    text: str, surface: str, source: str | None
) -> None:
    assert claim_at(text, surface).source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("NATO: 12 drones downed over the border\n\nAt least 12 drones were shot down, NATO said.", "NATO"),
        ("Twelve drones downed at the border: NATO\n\nAt least 12 drones were shot down, NATO said.", "NATO"),
        # a place before the colon is not a source the article names
        ("Norway: 12 drones downed over the border\n\nAt least 12 drones were shot down, NATO said.", None),
    ],
)
def test_a_headline_credits_its_figure_to_a_source_named_by_its_colon(text: str, source: str | None) -> None:
    assert numcheck.extract(text)[0].source == source


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        (
            "At trial, the prosecution presented evidence that the firm falsely certified that thousands of "
            "loans were eligible.",
            "thousands of",
            "the prosecution",
        ),
        ("The jury also heard evidence that the firm ran more than 90 branch offices.", "90", "The jury"),
        # "claims by" is a noun and a preposition, not a passive cue
        (
            "The state paid out $39 million to people who exposed false claims by filing a complaint.",
            "$39 million",
            None,
        ),
    ],
)
def test_evidence_at_a_trial_and_nouns_before_by(text: str, surface: str, source: str | None) -> None:
    assert claim_at(text, surface).source == source


def test_someone_elses_finding_ends_a_carried_source() -> None:
    text = (
        "The agency reported fines of over $50 million this year. In May, a jury found that the lender "
        "misled its buyers and granted the county $29 million. The judge also ordered its founder to "
        "pay $2 million."
    )
    # a jury's finding is the jury's own (AT32, as the labels give a court's finding); the judge's
    # order after it is the case's course, told by the writer
    assert claim_at(text, "$29 million").source == "a jury"
    assert claim_at(text, "$2 million").source is None


def test_a_place_before_a_headlines_colon_is_not_its_source() -> None:
    text = (
        "Port Vila: Flood toll rises to 14\n\nThe toll rose to 14 on Monday, the Port Vila disaster "
        "office said. Crews came from around Port Vila."
    )
    assert numcheck.extract(text)[0].source is None


def test_an_indictments_account_runs_on_through_what_it_alleges() -> None:
    text = (
        "According to the 12-count indictment, the three men filed at least 80 false returns. The men "
        "are alleged to have used the names of 40 other people."
    )
    assert claim_at(text, "40").source == "the 12-count indictment"


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        ('"We copied it. We run 34 shows in China." Lena Holt, a member of the board.', "34", "Lena Holt"),
        # a sentence with a verb after the quote is no credit line
        ('"We run 34 shows in China." New York, by contrast, has lost two of its fairs.', "34", None),
    ],
)
def test_a_quote_credited_by_a_name_alone(text: str, surface: str, source: str | None) -> None:
    assert claim_at(text, surface).source == source


def test_the_report_is_the_report_last_named() -> None:
    text = "Branches rose to 900, the Hale Institute report said. Mobile units fell to 130, the report noted."
    assert claim_at(text, "130").source == "the Hale Institute report"
    unnamed = "Branches rose to 900, the report said. Mobile units fell to 130, the report noted."
    assert claim_at(unnamed, "130").source == "the report"

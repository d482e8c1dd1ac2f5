"""Issue 10: accounts that run past the sentence naming their source, and cues of courts and charges.

Press releases and court reports give a source's account in forms that carry no cue in every
sentence: a paragraph of a speaker's words whose quotation marks were lost ("..., said X. They
also ..."), a list set out a paragraph an item after "including:", an indictment that "charges"
its defendants, what "the court heard", what was "proven through evidence". These tests pin down
each of them, and where each one stops. The sentences are written for this file.
"""

from __future__ import annotations

import pytest
from attribution_sources import source_of

# a press release set out in paragraphs, its quotations without marks
RELEASE = (
    "Dock Worker Sentenced for Theft\n\n"
    "A dock worker was sentenced today to 30 months in prison for stealing cargo.\n\n"
    "The theft hurt every shipper in the port, said U.S. Attorney Nora Pell. The crew took goods "
    "worth $2 million over four years. We will pursue such schemes wherever they lead.\n\n"
    "The port lost 12 contracts that year.\n\n"
    "Ships were delayed, said Chief Ada Kerr. But the port handled 400 ships that spring.\n"
)


@pytest.mark.parametrize(
    ("surface", "source"),
    [
        ("$2 million", "Nora Pell"),  # the speaker's paragraph runs on past the sentence naming her
        ("four years", "Nora Pell"),
        ("12", None),  # the next paragraph is the release's own
        ("30 months", None),
        ("400", None),  # "But" turns back to the writer
    ],
)
def test_words_before_their_speaker_run_to_the_end_of_the_speakers_paragraph(
    surface: str, source: str | None
) -> None:
    assert source_of(RELEASE, surface) == source


def test_a_speakers_paragraph_needs_a_text_set_out_in_paragraphs() -> None:
    # one run of sentences (a feed that lost its paragraph breaks): two sentences at most, as before
    text = (
        "The fund grew fast, the treasurer said. It holds 40 buildings. It leases 30 of them. "
        "Rents rose 9 percent."
    )
    assert source_of(text, "40") == "the treasurer"
    assert source_of(text, "9 percent") is None


LIST = (
    "Fraud Settlement\n\n"
    "The state contends that the firm paid kickbacks in several forms, including:\n\n"
    "A sales agent who gave one clinic 25 free kits for every 100 kits it bought.\n\n"
    "A sales agent who paid for a dinner for 40 staff at another clinic.\n\n"
    "The firm denies the claims and has paid $3 million to settle them, which is no admission.\n"
)


@pytest.mark.parametrize(
    ("surface", "source"),
    [("25", "The state"), ("100", "The state"), ("40", "The state"), ("$3 million", None)],
)
def test_a_list_after_a_cue_and_a_colon_is_the_sources_a_paragraph_an_item(
    surface: str, source: str | None
) -> None:
    assert source_of(LIST, surface) == source


def test_cells_of_a_table_are_no_list_items() -> None:
    text = (
        "Charges\n\nThe state contends that the men face these counts:\n\n"
        "1\n\nTheft\n\n10 years\n\n2\n\nFraud\n\n20 years\n"
    )
    assert source_of(text, "10 years") is None


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        # a charging document names whom it accuses: its sentence is its account, ages among them
        (
            "The indictment charges Ada Moss, 44, and Ivo Lind, 51, with two counts of fraud.",
            "44",
            "The indictment",
        ),
        (
            "The indictment charges Ada Moss, 44, and Ivo Lind, 51, with two counts of fraud.",
            "51",
            "The indictment",
        ),
        (
            "The complaint charges him with one count of theft and three counts of perjury.",
            "three",
            "The complaint",
        ),
        # the figure in the words naming the document is the writer's
        ("The four-count indictment charges Ada Moss with fraud.", "four", None),
        # the one charged is never the source; nor is a charge by someone who is no document
        ("The sheriff charges Ada Moss, 44, with fraud.", "44", None),
        ("Police charged two men with arson.", "two", None),
    ],
)
def test_a_charging_document_speaks_with_charges(text: str, surface: str, source: str | None) -> None:
    assert source_of(text, surface) == source


def test_the_penalty_a_defendant_faces_is_no_part_of_the_charge() -> None:
    text = (
        "The indictment returned by the grand jury charges Lind with one count of fraud. "
        "If convicted, Lind faces a maximum of 20 years in prison."
    )
    assert source_of(text, "one") == "the grand jury"
    assert source_of(text, "20 years") is None


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        ("The court heard that the man had hidden 14 phones in his cell.", "14", "The court"),
        ("The inquest heard that the boat carried 30 people.", "30", "The inquest"),
        # someone who heard news is no court
        # the figure in the words naming the court is the writer's
        ("The 13-member court heard that a driver passed two checkpoints.", "13", None),
        ("The 13-member court heard that a driver passed two checkpoints.", "two", "The 13-member court"),
        ("Lena heard that a fire had closed two roads.", "two", None),
        ("I did not hear the mayor say one word about the 12 closures.", "12", None),
    ],
)
def test_what_a_court_heard_is_its_account(text: str, surface: str, source: str | None) -> None:
    assert source_of(text, surface) == source


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        (
            "As proven through evidence at the trial, the clerk took $40,000 from the fund.",
            "$40,000",
            "evidence at the trial",  # as "according to evidence at the trial" is read
        ),
        (
            "As shown by the audit, the clerk took $40,000 from the fund.",
            "$40,000",
            "the audit",
        ),
    ],
)
def test_what_the_evidence_proved_is_its_account(text: str, surface: str, source: str) -> None:
    assert source_of(text, surface) == source


def test_a_plea_ends_a_legal_documents_account() -> None:
    text = (
        "According to court documents, the pair rigged bids for 12 years. "
        "Lind is the first of them to plead guilty in this two-state conspiracy."
    )
    assert source_of(text, "12 years") == "court documents"
    assert source_of(text, "two") is None


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        # a clause of concession before the speaker is the writer's setting
        ("Although the two towns share a river, experts say a deal is unlikely.", "two", None),
        ("Though 40 farms use the canal, the ministry said it will close.", "40", None),
        # a figure past that clause is the speaker's
        (
            "Though talks stalled, the two towns will meet in May, the ministry said.",
            "two",
            "the ministry",
        ),
        # "the most recent figures" is no share of the people asked
        (
            "Such rulings were rare; the most recent figures suggest that in 2020 just eight people "
            "were spared a sentence.",
            "eight",
            "the most recent figures",
        ),
        # a participle's phrase before the speaker is not part of the name
        (
            "Having read the logs, Judge Ana Ruiz said the ship was 20 miles off course.",
            "20 miles",
            "Ana Ruiz",
        ),
    ],
)
def test_concessions_superlatives_and_participles_before_a_source(
    text: str, surface: str, source: str | None
) -> None:
    assert source_of(text, surface) == source


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        # ", and" with the same subject going on (a verb in the past, a "to") is the same finding
        (
            "The review found that the storms killed nine people, and injured around 200 others.",
            "200",
            "The review",
        ),
        # ", and" with a subject of its own is the writer's clause
        (
            "The review found that the fund lost $2 million, and the city raised taxes by 5 percent.",
            "5 percent",
            None,
        ),
    ],
)
def test_a_finding_reaches_over_and_only_while_its_subject_goes_on(
    text: str, surface: str, source: str | None
) -> None:
    assert source_of(text, surface) == source


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        # a description between commas may hold a relative clause of its own
        (
            "The Lake Watch Group, a Swiss-based charity that uses divers to track the fish, said "
            "40 boats had sunk.",
            "40",
            "The Lake Watch Group",
        ),
        # and a name before a description may hold "of" or "for"
        (
            "The Centre for Coastal Studies, a think tank, said 12 piers had closed.",
            "12",
            "The Centre for Coastal Studies",
        ),
        # a "that" after the cue is what was said, not a description
        ("Officials said that the boat, a ferry that sank, carried 40 people.", "40", "Officials"),
    ],
)
def test_a_source_named_before_a_long_description(text: str, surface: str, source: str) -> None:
    assert source_of(text, surface) == source


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        # a relative clause inside an admission or a finding after "that" is part of it
        (
            "Ivo Ortiz admitted that he ran the clinic, which billed the insurer for $38 million.",
            "$38 million",
            "Ivo Ortiz",
        ),
        (
            "One report showed that loans made up 5 percent of credit, which is 30 percent lower "
            "than elsewhere.",
            "30 percent",
            "One report",
        ),
        # after a speaker's words it is the writer's gloss, "that" or not
        ("The mayor said that he may close the pier, which drew 40 boats last year.", "40", None),
        ("Ana Pang said the park helps the port, which handles 40 ships a day.", "40", None),
    ],
)
def test_a_relative_clause_inside_an_admission_or_a_finding(
    text: str, surface: str, source: str | None
) -> None:
    assert source_of(text, surface) == source

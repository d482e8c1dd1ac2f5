"""Issue 10: a sentence whose speaker is a pronoun that stands for no source read is no one's to carry.

"She said ..." after a man's words ("..., said Mr Okafor") is someone else's: the reader found no
one for "she", dropped the cue, and the sentence took the man's source carried from before. Such a
sentence now takes no carried source, and the carry stops there. "He" or "she" goes to the last
source only when it can be one person (`_one_person`: not "Analysts of the ... portal") named with
no honorific of the other pronoun (`_titled_other`, `honorifics`: not "Mr Okafor" for "she", nor
"Mrs Patel" for "he"; "son" or "daughter" before a name is no honorific). A sentence is left
unnamed only when the pronoun rules a person out; when the reader simply finds no one ("A harbour
board spokesman said ... He said ...") the source carries as before. "They" goes to the person
named last unless the text called them "he" or "she" or named them with an honorific. Where the
pronoun has its person, it still goes to them. The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_she_after_a_mans_words_is_not_his() -> None:
    text = (
        'Victor Okafor lost his brother in a crash on the ring road. "He was kind," said Mr Okafor. '
        'He had two sons, "who still ask about him", he added. Lena Marsh\'s father Karl died '
        "nine years ago. She said her father was waiting at a junction when a van hit him at 50mph."
    )
    assert source_of(text, "two") == "Victor Okafor"  # his own sentence: still his
    assert source_of(text, "50mph") is None


def test_she_is_not_the_man_named_with_his_title() -> None:
    text = (
        "The clinic had 14 nurses, Mr Okafor said. She said the ward shut with 20 staff. "
        "The ward had 30 beds."
    )
    assert source_of(text, "14") == "Mr Okafor"
    assert source_of(text, "20") is None  # "she" is not "Mr Okafor"
    assert source_of(text, "30") is None  # nor does his source carry on past her sentence


def test_he_still_goes_to_the_man_named_with_his_title() -> None:
    text = "The clinic had 14 nurses, Mr Okafor said. He said the ward shut with 20 staff."
    assert source_of(text, "20") == "Mr Okafor"


def test_she_said_still_goes_to_the_woman_named() -> None:
    text = (
        "Ana Ruiz, the harbour master, spoke on Monday. The port had 40 ships last year, Ms Ruiz said. "
        "She said 12 of them were tankers."
    )
    assert source_of(text, "40") == "Ana Ruiz"
    assert source_of(text, "12") == "Ana Ruiz"


def test_he_said_after_a_man_still_carries_his_figures() -> None:
    text = (
        "Tom Berger, who runs the depot, said on Monday that the strike was over. He said 300 drivers "
        "were back at work."
    )
    assert source_of(text, "300") == "Tom Berger"


def test_she_is_not_a_group_of_analysts() -> None:
    text = (
        "Analysts of the Lakeview hiring portal said demand for nurses was high. Jobs in the north were "
        "the hardest to fill, this is how Vera Lind of the state academy put it. She said the region "
        "would need staff within five years."
    )
    assert source_of(text, "five years") is None


def test_she_still_passes_over_analysts_to_the_woman_before() -> None:
    text = (
        "Ines Varga, an economist in Tromso, said wages were rising. Analysts of the Lakeview hiring "
        "portal said demand would grow. She said the region would need 300 nurses."
    )
    assert source_of(text, "300") == "Ines Varga"


def test_they_still_goes_to_the_spokesperson_named() -> None:
    text = (
        "Press officer Robin Vale said the depot would close in May. They said the move would save "
        "9 million pounds."
    )
    assert source_of(text, "9 million pounds") == "Press officer Robin Vale"


def test_he_with_no_one_found_still_takes_the_described_source_carried() -> None:
    text = "A harbour board spokesman said 80 boats were damaged in the storm. He said 25 of them had sunk."
    assert source_of(text, "80") == "A harbour board spokesman"
    assert source_of(text, "25") == "A harbour board spokesman"


def test_he_is_not_the_woman_named_after_mrs() -> None:
    text = "Mrs Adeyemi said the ward had 90 beds. He said 15 porters had quit."
    assert source_of(text, "90") == "Mrs Adeyemi"
    assert source_of(text, "15") is None


def test_they_still_stands_for_a_body() -> None:
    text = (
        "The drivers' union said the strike would go on. They also say 400 drivers have joined since Monday."
    )
    assert source_of(text, "400") == "The drivers' union"

"""Issue 10: a name and what it did, before a cue whose speaker follows it, is not the speaker.

"Lee Mott, 35, pleaded guilty on Monday in a fraud ..., announced ... Ana Ruiz" and "... for
killing Bo Chen, a witness in a fraud case, announced ... Ana Ruiz" credit the announcer after the
cue: the words after the first name are a predicate ("pleaded guilty ..."), and the second name,
after a verb, does not open its clause. The speaker after the cue is a title and a name or an
agency and nothing more: "..., said Bo Chen takes his job seriously" names no speaker after the
cue. A name with a description before a cue with no speaker after it still speaks ("Her colleague
Bo Chen, a nurse, said ..."), and so does an aside of a participle ("Ana Ruiz, 36, elected in
2019, said ..."). The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_name_and_its_predicate_before_an_announcer_leave_the_announcer() -> None:
    text = "Lee Mott, 35, pleaded guilty on Monday in a fraud over two ovens, announced Mayor Ana Ruiz."
    assert source_of(text, "two") == "Ana Ruiz"


def test_a_described_name_inside_the_clause_is_not_the_announcer() -> None:
    text = (
        "Lee Mott, 28, may spend life behind bars for killing Bo Chen, a witness in a fraud case, "
        "announced Assistant Attorney General Ana Ruiz."
    )
    assert source_of(text, "28") == "Ana Ruiz"


def test_a_described_speaker_with_no_one_after_the_cue_still_speaks() -> None:
    assert source_of("Her colleague Bo Chen, a nurse, said 40 firms closed.", "40") == "Bo Chen"
    assert source_of("Ana Ruiz, 36, elected in 2019, said 40 firms closed.", "40") == "Ana Ruiz"


def test_a_name_after_the_cue_that_opens_a_clause_is_no_speaker() -> None:
    text = "Ana Ruiz, a lobbyist, said Bo Chen takes his job seriously and has 3 children."
    assert source_of(text, "3") == "Ana Ruiz"
    text = "Ana Ruiz, head of a fund, says Peru, and the region as a whole, will grow 6 percent."
    assert source_of(text, "6 percent") == "Ana Ruiz"

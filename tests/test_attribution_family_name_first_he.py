"""Issue 10: a Chinese name whose family name, written first, is also an English word ("He
Weiwen") is a person when the two words are set off by a comma ("He Weiwen, a senior fellow at
the centre, believes ..."), so a later "he says" can stand for them rather than for someone named
earlier. "He Said, She Said" (the second word also written in lower case) is no name.
The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of

BEFORE = "Eric Thun teaches business at a university in Oxford. "


def test_he_says_stands_for_the_family_name_first_person() -> None:
    text = (
        BEFORE + "He Weiwen, a senior fellow at the trade centre, believes there is a limit. "
        '"The only way is to cut the tax from 35 to 20 percent," he says.'
    )
    assert source_of(text, "20 percent") == "He Weiwen"


def test_the_same_name_with_a_family_name_that_is_no_word() -> None:
    text = (
        BEFORE + "Lin Weiwen, a senior fellow at the trade centre, believes there is a limit. "
        '"The only way is to cut the tax from 35 to 20 percent," he says.'
    )
    assert source_of(text, "20 percent") == "Lin Weiwen"


def test_a_title_with_he_and_a_word_is_no_name() -> None:
    text = BEFORE + 'He Said, She Said is a film he saw, he said. "We sold 20 copies," he says.'
    assert source_of(text, "20") == "Eric Thun"

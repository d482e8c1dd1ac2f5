"""'11 of the 15 suspects were held. A fourth suspect is in jail elsewhere, and the remaining three
are sought': one more member named with an ordinal and no figure, so the parts read (11 and three)
are not all of the whole."""

from __future__ import annotations

import numcheck


def rules(text: str) -> list[str]:
    return [f.rule for f in numcheck.check([text]).findings if f.severity.value in {"warning", "error"}]


def test_a_member_named_by_an_ordinal_leaves_the_remaining_unsummed() -> None:
    text = (
        "Deputies detained 11 of the 15 suspects named in the warrants on Monday. A fourth suspect "
        "from the harbour town is held in county jail on other charges, and the remaining three "
        "are still being sought."
    )
    assert "NC502" not in rules(text)


def test_the_remaining_after_the_parts_alone_still_sums() -> None:
    text = (
        "Deputies detained 11 of the 15 suspects named in the warrants on Monday. "
        "The remaining three are still being sought."
    )
    assert "NC502" in rules(text)

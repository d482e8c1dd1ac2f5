"""'That's down from a 45 percent approval' opens a sentence after shares of two answers ("41 percent
approve ..., compared to 59 percent who disapprove"): the earlier level is of the one share whose
words name what the noun after it names ("approval" -> the share that "approve"s), not of the share
written just before. The change is then checked against that share: a fall from 45 to 41 is quiet,
a rise from 45 to 41 is found."""

from __future__ import annotations

import numcheck

SHARES = (
    "The survey found that 41 percent approve of the mayor, compared to 59 percent who disapprove. "
    "That's {} from a 45 percent approval in September."
)


def nc503(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC503"]


def test_down_from_the_approval_share_is_quiet() -> None:
    assert nc503(SHARES.format("down")) == []


def test_up_from_the_approval_share_is_found_against_it() -> None:
    assert nc503(SHARES.format("up")) == ["from 45 percent to 41 percent is a fall, not a rise"]

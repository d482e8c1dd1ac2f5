"""'64 of the 2,310 permits and 57, or 89%, of those': a share written after a second part is that
part's share, not the first part's share of the whole."""

from __future__ import annotations

import numcheck


def rules(text: str) -> list[str]:
    return [f.rule for f in numcheck.check([text]).findings if f.severity.value in {"warning", "error"}]


def test_a_share_after_a_second_part_is_not_the_first_parts() -> None:
    text = (
        "The auditors checked 64 of those 2,310 permits granted by the office, and 57, or 89%, of "
        "the checked permits had errors."
    )
    assert "NC504" not in rules(text)


def test_a_share_right_after_the_whole_is_still_checked() -> None:
    text = "The auditors checked 64 of the 2,310 permits granted by the office, or 9%, and found errors."
    assert "NC504" in rules(text)

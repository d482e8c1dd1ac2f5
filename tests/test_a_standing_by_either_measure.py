"""A standing ('led at A, followed by X at B': NC505) compares figures of one measure: where each is
given also in another ('$2 million or $40 per head'), the standing may be by either; a vague word
('several surveys') is never the figure put ahead."""

from __future__ import annotations

import numcheck


def nc505(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC505"]


def test_a_standing_by_the_second_measure_is_quiet() -> None:
    text = (
        "Vermont led the region for the most spent per resident at $90 million or $144.20 per "
        "resident, followed by Maine at $180.3 million or $131.75 per resident."
    )
    assert nc505(text) == []


def test_a_standing_out_of_order_in_both_measures_is_found() -> None:
    text = (
        "Vermont led the region for the most spent per resident at $90 million or $124.20 per "
        "resident, followed by Maine at $180.3 million or $131.75 per resident."
    )
    assert nc505(text) != []


def test_a_vague_word_is_never_put_ahead() -> None:
    quiet = (
        "Several new polls show her lead holding. One found Ruiz ahead at 34 percent, with Lee "
        "second at 22 percent, followed by Park at 17."
    )
    assert nc505(quiet) == []
    slip = "Several new polls show her lead holding. One found Ruiz ahead at 14, followed by Park at 17."
    assert nc505(slip) != []

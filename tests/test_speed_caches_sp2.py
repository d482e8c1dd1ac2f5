"""Round SP2's speed work keeps every answer: what link.py keeps for the text read last is read
again for another text, a caller's list is its own, and a claim made unvalidated (claim_draft(...).claim())
is the claim validation makes. Sentences are our own."""

from __future__ import annotations

from numcheck.api import _config
from numcheck.extraction.knowledge import knowledge
from numcheck.link import _words_back, care_states, national_scope, world_scope
from numcheck.models import SI, Claim, claim_draft


def _claim(text: str, figure: str, kind: str = "count") -> Claim:
    start = text.index(figure)
    return Claim(start=start, end=start + len(figure), surface=figure, kind=kind)  # type: ignore[arg-type]


def test_scope_is_read_from_each_text_though_the_figure_stands_at_the_same_place() -> None:
    know = knowledge(_config(None).pack)
    world = "About 7,300 people had died worldwide by Friday."
    local = "About 7,300 people had died in Corvale by Friday."
    nation = "About 7,300 people had died nationwide by Friday."
    a, b, c = _claim(world, "7,300"), _claim(local, "7,300"), _claim(nation, "7,300")
    assert (a.start, a.end) == (b.start, b.end) == (c.start, c.end)
    for _ in range(2):  # read in turn: nothing kept for one text answers for the other
        assert world_scope(a, world, know)
        assert not world_scope(b, local, know)
        assert not national_scope(b, local, know)
        assert national_scope(c, nation, know)
        assert not world_scope(c, nation, know)


def test_care_states_are_read_from_each_text() -> None:
    know = knowledge(_config(None).pack)
    hurt = "Police said 14 were in critical condition on Sunday."
    calm = "Police said 14 were in the main square on Sunday."
    a, b = _claim(hurt, "14", kind="number"), _claim(calm, "14", kind="number")
    for _ in range(2):
        assert care_states(a, hurt, know) == frozenset({"critical"})
        assert care_states(b, calm, know) is None


def test_words_back_gives_each_caller_a_list_of_its_own() -> None:
    from numcheck.link import _BOUND_BREAK

    text = "The hall that seats about 900 guests opened."
    at = text.index("900")
    first = _words_back(text, at, 60, _BOUND_BREAK)
    first.pop()
    assert _words_back(text, at, 60, _BOUND_BREAK) == ["the", "hall", "that", "seats", "about"]


def test_an_unvalidated_claim_is_the_claim_validation_makes() -> None:
    values: dict[str, object] = dict(
        doc="d0",
        value=3.5,
        low=3.45,
        high=3.55,
        kind="quantity",
        unit="mile",
        si=SI(5632.704, 5552.235, 5713.173, "meter", "[length]"),
        counts=None,
        measurand="distance",
        hedge="about",
        low_open=False,
        high_open=True,
        sentence=2,
        paragraph=1,
    )
    made = claim_draft(10, 19, "3.5 miles", **values).claim()
    validated = Claim(start=10, end=19, surface="3.5 miles", **values).share_fields_set()  # type: ignore[arg-type]
    assert made.__dict__ == validated.__dict__
    assert list(made.__dict__) == list(validated.__dict__)
    assert made.model_dump_json() == validated.model_dump_json()
    assert made.model_fields_set == validated.model_fields_set
    assert made.subjects == [] and made.subjects is not claim_draft(0, 1, "1").claim().subjects
    made.event = "walk"  # assignment works as on any claim
    assert made.model_dump()["event"] == "walk"


def test_an_unvalidated_claim_refuses_a_field_claims_do_not_have() -> None:
    import pytest

    with pytest.raises(TypeError, match="no field 'colour'"):
        claim_draft(0, 1, "1", colour="red")

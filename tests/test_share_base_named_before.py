"""A share with no "of" behind it takes its base from "Among X," or "Of X," right before it
(rules/measures.yaml share_bases `before`; link.share_base): shares of two groups are no two values
of one figure, and two voices on the share of one group still differ. Sentences written for these
tests."""

import numcheck
from numcheck.api import _config
from numcheck.extraction.knowledge import knowledge
from numcheck.link import share_base


def _base(text: str, surface: str = "") -> frozenset[str]:
    c = next(c for c in numcheck.extract(text) if c.kind == "percent" and c.surface.startswith(surface))
    return share_base(c, text, knowledge(_config(None).pack))


def _nc201(text: str) -> list[str]:
    return [f.message for f in numcheck.check(text).findings if f.rule == "NC201"]


def test_the_base_is_read_before_the_share():
    assert _base("Among independents, 35 percent back the plan.") == {"independ"}
    assert _base("Among likely voters, just 41% back the plan.") == {"like", "voter"}
    assert _base("Of those polled, 35 percent back the plan.") == {"poll"}


def test_an_of_behind_the_share_comes_first_and_no_phrase_reads_nothing():
    assert _base("Among independents, 35 percent of women back the plan.") == {"women"}
    assert _base("Support among Democrats is 35 percent.") == frozenset()
    assert _base("In the city, 35 percent back the plan.") == frozenset()
    assert _base("In it 44% of voters back the plan, 48% the rival one.", "48") == frozenset()


def test_shares_of_two_groups_are_not_one_figure():
    text = (
        "Gallup said 31 percent of Republicans back the plan. "
        "Among independents, 35 percent back the plan, Pew said."
    )
    assert _nc201(text) == []


def test_two_voices_on_one_group_still_differ():
    text = "Gallup said 31 percent of voters back the plan. Among voters, 35 percent back the plan, Pew said."
    assert len(_nc201(text)) == 1

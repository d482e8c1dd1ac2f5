"""A person the text names as an organisation's spokesperson ('Ann Cole, FSA spokeswoman', 'FSA
spokeswoman Ann Cole'; rules/attribution.yaml speaks_for) speaks for it: her figures and the
organisation's are one voice's, never two voices that differ (NC201; round JG6, read on the BBC
news set; the text is written for this file). A spokeswoman of another body is still another
voice."""

from __future__ import annotations

import numcheck

TEXT = (
    "Fund firms agree payout\n\n"
    "Eighteen fund firms will pay compensation to investors, the FSA has said.\n\n"
    '"This spares savers a long fight," {}, told BBC News. Agreeing to compensate investors was '
    "not a sign the eighteen firms involved were conceding any blame, the FSA added.\n\n"
    "Ms Cole told the BBC the final sum was smaller as two unnamed firms pulled out of compensation "
    "negotiations."
)


def sources(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule in {"NC201", "NC301"}]


def test_the_bodys_spokeswoman_is_the_bodys_voice() -> None:
    assert sources(TEXT.format("Ann Cole, FSA spokeswoman")) == []


def test_a_title_before_the_name_is_read_too() -> None:
    assert sources(TEXT.format("FSA spokeswoman Ann Cole")) == []


def test_another_bodys_spokeswoman_is_another_voice() -> None:
    assert sources(TEXT.format("Ann Cole, a Zenco spokeswoman")) == [
        "sources differ: Eighteen (the FSA) vs two (Ann Cole); ratio 0.11",
        "sources differ: eighteen (the FSA) vs two (Ann Cole); ratio 0.11",
    ]

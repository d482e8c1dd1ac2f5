"""'N of them' is a part of the count before it in its sentence, unless that count's noun brings in
another plural noun right after it ("nine complaints about bent phones and has tested 15,000 of
them": 'them' may be the phones), when the part's whole is not known (rules/relations.yaml
of_them_other_after, relations.read_of_them; round JG9, read on the spent held half of the FNC news
set; the text is written for this file). A part larger than its whole is still found when 'them'
can only be the count's own noun."""

from __future__ import annotations

import numcheck

SAID = "The maker said it had only received nine complaints {} and has answered {} of them."


def findings(text: str) -> list[str]:
    return [f.message for f in numcheck.check([text]).findings if f.rule == "NC501"]


def test_them_may_be_another_plural_noun() -> None:
    assert findings(SAID.format("about bent phones", "15,000")) == []


def test_them_can_only_be_the_complaints() -> None:
    assert findings(SAID.format("about the phone", "15")) == ["the part 15 is more than its whole nine"]
    assert findings(SAID.format("so far", "15")) == ["the part 15 is more than its whole nine"]

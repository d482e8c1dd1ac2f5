"""Issue 10: a quotation closed by a comma (or "?" or "!") and followed by a speech tag that ends
the sentence, a name or "he"/"she" and one verb, is that speaker's whatever the verb: '"We lost
40 cows," Tom Reyes continued.', '..., she joked.', '..., Ana Ruiz texted.' The shape, not a list of
cue verbs, says who speaks. A tag with more words after the verb, or a sentence that names a
source already, is left to the other readings.
The sentences are written for this file.
"""

from __future__ import annotations

import pytest
from attribution_sources import source_of


@pytest.mark.parametrize("verb", ["continued", "asked", "joked", "texted", "elaborated"])
def test_a_name_and_any_verb_after_the_quotation(verb: str) -> None:
    assert source_of(f'"We lost 40 cows this winter," Tom Reyes {verb}.', "40") == "Tom Reyes"


def test_a_pronoun_tag_stands_for_the_person_named_before() -> None:
    text = 'Ana Ruiz runs the dairy. "We lost 40 cows this winter," she sighed.'
    assert source_of(text, "40") == "Ana Ruiz"


def test_no_tag_after_a_quotation_closed_by_a_full_stop() -> None:
    text = 'The herd is small. "We lost 40 cows." Tom Reyes continued to the barn.'
    assert source_of(text, "40") is None

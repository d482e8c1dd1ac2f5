"""Issue 10: a sentence that opens on a name and the person's age between commas ("Tom Reyes, 24,
was held ...") is the writer bringing someone in: the source of the sentence before is not
carried into it. The speaker named again ("Reyes, 24, said ...") is no such sentence. The
sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_no_carry_into_a_person_introduced_with_an_age() -> None:
    text = (
        "Two men were detained after a fire at a paint warehouse, fire officials said. "
        "Tom Reyes, 24, was held on $50,000 bail."
    )
    assert source_of(text, "$50,000") is None
    assert source_of(text, "24") is None


def test_carry_goes_on_without_such_an_opening() -> None:
    text = (
        "Two men were detained after a fire at a paint warehouse, fire officials said. "
        "The older man was held on $50,000 bail."
    )
    assert source_of(text, "$50,000") == "fire officials"

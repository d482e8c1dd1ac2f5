"""Issue 10: a conversion in brackets is the writer's arithmetic, not the source's words.

"The plant will cost 5 billion yuan ($720 million; 660 million euros), the ministry said": the
ministry gave yuan; the dollars and euros are the newsroom's restatement, so they name no source
(the labelled batches give such conversions to the article's own voice 39 times in 42). The
conversion still restates its figure (`conversion_of`). The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of

import numcheck

TEXT = "The new plant will cost 5 billion yuan ($720 million; 660 million euros), the ministry said."


def test_the_figure_the_source_gave_keeps_its_source() -> None:
    assert source_of(TEXT, "5 billion yuan") == "the ministry"


def test_its_conversions_in_brackets_are_the_writers() -> None:
    assert source_of(TEXT, "$720 million") is None
    assert source_of(TEXT, "660 million euros") is None


def test_a_conversion_still_restates_the_figure() -> None:
    claims = {c.surface: c for c in numcheck.extract(TEXT)}
    assert claims["$720 million"].conversion_of == claims["5 billion yuan"].id
    assert claims["$720 million"].source_cue is None

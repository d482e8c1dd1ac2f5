"""Issue 10: someone named by their trade with an article ("An analyst at a consultancy") is a source.

"An analyst at a consultancy says the firm lost 40 percent of its market" credits an unnamed analyst, a
person the text brings in, not the speaker named in the sentence before: a subject opening with an
article whose head within three words is one of `described_people` in rules/attribution.yaml
("analyst", "economist", "professor") names a source of its own. The sentences are written for this
file.
"""

from __future__ import annotations

from attribution_sources import source_of

TEXT = (
    "Jon Vale, the chief executive, said sales rose by 12 percent. "
    "An analyst at a consultancy says the firm lost 40 percent of its market."
)


def test_the_analyst_is_a_source_of_its_own() -> None:
    assert source_of(TEXT, "40 percent") == "An analyst at a consultancy"


def test_the_named_speaker_keeps_his_own_figure() -> None:
    assert source_of(TEXT, "12 percent") == "Jon Vale"

"""Issue 10: a verb that reports words only before "that" or a quotation ("commented",
"recalled", "remarked") credits a quotation that closes right before it ('"...," commented Ana
Ruiz', '"...," Ana Ruiz recalled'); a hyphen standing for a lost space after the cue
('said-Ana Ruiz') does not hide the speaker. The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_commented_after_a_quotation() -> None:
    text = '"Freight through the port rose by 14% last year," commented Tomas Berg, the port\'s director.'
    assert source_of(text, "14%") == "Tomas Berg"


def test_a_name_then_recalled_after_a_quotation() -> None:
    text = '"We lost 26 boats that winter," Greta Holm recalled.'
    assert source_of(text, "26") == "Greta Holm"


def test_recalled_with_an_object_is_no_cue() -> None:
    assert source_of("The carmaker recalled 30,000 vans.", "30,000") is None


def test_a_hyphen_for_a_lost_space_after_said() -> None:
    text = '"Some 48 villages have no water," said-Pablo Reyes, the regional governor.'
    assert source_of(text, "48") == "Pablo Reyes"

"""Two readings of what a count is about (rules/measures.yaml world_scopes, rules/nouns.yaml
implied_events): a figure its clause gives for the whole world ("worldwide", "globally") is not
the figure of one country or one outbreak; survivors are the ones who lived, never the dead or the
injured of the same disaster. A slip of either shape is still found. Sentences written for these
tests."""

import numcheck
from numcheck.api import _config
from numcheck.extraction.knowledge import knowledge
from numcheck.link import world_scope


def _findings(text: str) -> list[str]:
    return [f.rule for f in numcheck.check(text).findings if f.rule in ("NC201", "NC301")]


def _claim(text: str, surface: str) -> numcheck.Claim:
    return next(c for c in numcheck.extract(text) if c.surface.startswith(surface))


def _world(text: str, surface: str) -> bool:
    return world_scope(_claim(text, surface), text, knowledge(_config(None).pack))


def test_the_world_scope_is_read_from_the_clause():
    text = "The fever has spread to 90,000 people worldwide and more than 3,100 have died, the agency said."
    assert _world(text, "90,000")
    assert _world(text, "3,100")
    # a world phrase opening the sentence, set off by a comma, scopes the whole sentence (JG19) ...
    assert _world("Globally, 3,100 people have died of the fever.", "3,100")
    # ... but inside the sentence the comma closes it
    assert _world("The agency counts cases globally, and 250 people have died in Peru.", "250") is False
    assert _world("The fever has killed 3,100 people globally.", "3,100")
    assert _world("The global toll of the fever reached 3,100.", "3,100")


def test_no_world_scope_without_its_words():
    assert not _world("The health ministry said the fever had killed 250 people.", "250")
    # the field of a superlative, not the figure's scope
    assert not _world("The country has the most infections in the world, with more than 90,000.", "90,000")


def test_a_world_figure_is_not_one_country_s_figure():
    text = (
        "The fever has spread to 90,000 people worldwide and more than 3,100 have died, according to "
        "the agency's tracker. "
        "The Peruvian health ministry said on Friday that the fever had killed 250 people."
    )
    assert _findings(text) == []


def test_two_world_figures_still_differ():
    text = (
        "More than 3,100 people have died worldwide, according to the agency's tracker. "
        "The fever has killed 1,300 people worldwide, the health ministry said."
    )
    assert "NC201" in _findings(text)


def test_two_figures_of_one_country_still_differ():
    text = (
        "The health ministry said the fever had killed 250 people in the province. "
        "The fever has killed 520 people in the province, the governor said."
    )
    assert "NC201" in _findings(text)


def test_survivors_are_not_the_dead():
    text = (
        "A rescue ship reached the port on Monday with 31 survivors of the capsizing. "
        "Earlier, a navy boat had brought the bodies of 13 victims ashore."
    )
    assert _findings(text) == []


def test_two_counts_of_survivors_still_differ():
    text = (
        "A rescue ship reached the port on Monday with 31 survivors of the capsizing. "
        "The 13 survivors were taken to a shelter near the harbour."
    )
    assert "NC301" in _findings(text)

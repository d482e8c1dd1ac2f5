"""Two polls are two measurements (rules/attribution.yaml polls): a figure given by one poll and a
figure given by another poll are each poll's own finding, never two sources' values of one figure.
A poll's figure set against a voice that is no poll is still read as a discrepancy. Sentences
written for these tests."""

import numcheck


def _findings(text: str) -> list[str]:
    return [f.rule for f in numcheck.check(text).findings if f.rule in ("NC201", "NC301")]


_LEAD = (
    "The senator leads in Ohio, where two live-operator polls taken over the past week both show her "
    "with a six-point advantage, within the polls' margins of error. "
)


def test_two_polls_give_their_own_findings():
    text = _LEAD + (
        "According to a Marlow College poll, the senator holds a four-point advantage, within that "
        "poll's margin of error."
    )
    assert _findings(text) == []


def test_a_poll_and_a_campaign_still_differ():
    text = _LEAD + (
        "According to her campaign manager, the senator holds a four-point advantage, within that "
        "poll's margin of error."
    )
    assert "NC201" in _findings(text)

"""Issue 10: what a court, a jury or a judge found is their finding.

"found" is a source's word only after a document or one who finds things out as their work ("the
review found", "researchers found"; not "police found three bodies"). A court, jury, judge,
tribunal, panel or inquest right before "found that" or "determined that" (an adverb such as
"also" between) is the source of what follows, as the labels give a court's finding; "the court
found him guilty of three counts" is the case's course, told by the writer. The sentences are
written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_the_court_found_that() -> None:
    text = "The court found that the scheme cost the city a total of $52,000 in lost fees."
    assert source_of(text, "$52,000") == "The court"


def test_the_jury_also_determined_that() -> None:
    text = "The jury also determined that the two clerks had moved $8,400 into a private account."
    assert source_of(text, "$8,400") == "The jury"


def test_a_verdict_is_no_finding_of_figures() -> None:
    text = "The court found him guilty of three counts of mail fraud."
    assert source_of(text, "three") is None


def test_police_finding_bodies_is_still_no_source() -> None:
    text = "Police found that 40 cars on the lot had been damaged."
    assert source_of(text, "40") is None


def test_the_courts_order_after_its_finding_is_the_writers() -> None:
    text = (
        "The court found that the pair cost clients over $400,000. Besides the prison terms, the "
        "judge ordered both men to repay $613,000."
    )
    assert source_of(text, "$400,000") == "The court"
    assert source_of(text, "$613,000") is None


def test_a_second_finding_without_that_goes_on() -> None:
    text = "The court found that Ruiz filed 41 false returns. The court also found he had hurt 250 clients."
    assert source_of(text, "250") == "The court"


def test_a_fronted_month_is_no_subject() -> None:
    assert source_of("In May, a spokesman said 40 buyers were misled.", "40") == "a spokesman"

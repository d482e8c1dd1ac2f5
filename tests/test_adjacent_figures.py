"""Two figures one step apart at the same precision are two figures, not one.

A bare figure claims the interval of its rounding: '40' is 39.5-40.5 and '41' is 40.5-41.5. The two
intervals touch at 40.5 but hold no value in common that either figure would be written as, so a
draft that gives 40 where its source gives 41 has changed the figure. Within one document the
comparison keeps the wider reading ('five others' beside 'six people, one of them a lawyer'
counts one person twice, not two different totals).
"""

from __future__ import annotations

import numcheck
from numcheck.link import agree
from numcheck.models import Finding
from numcheck.read import read_text

SOURCE = (
    "A lorry overturned on the ring road on Monday morning. Twenty cars were caught in the pile-up "
    "and 20 more were stuck behind it for hours, the police said. The fire service said that 41 "
    "drivers were treated at the scene."
)


def serious(draft: str) -> list[Finding]:
    src = read_text(SOURCE, doc_id="s0", path="source.txt").model_copy(update={"role": "source"})
    report = numcheck.check([draft], [src])
    return [f for f in report.findings if f.severity in {"warning", "error"}]


def test_a_count_one_below_the_sources_is_a_mismatch() -> None:
    found = serious("The fire service said that 40 drivers were treated at the scene.")
    assert [f.rule for f in found] == ["NC101"]
    assert "source 41" in found[0].message


def test_a_count_one_above_the_sources_is_a_mismatch() -> None:
    found = serious("The fire service said that 42 drivers were treated at the scene.")
    assert [f.rule for f in found] == ["NC101"]


def test_the_sources_own_count_is_supported() -> None:
    assert serious("The fire service said that 41 drivers were treated at the scene.") == []


def test_touching_intervals_agree_only_when_asked_to() -> None:
    forty, forty_one = numcheck.extract(
        "The fire service treated 40 drivers. The ambulance service treated 41 drivers."
    )[:2]
    assert agree(forty, forty_one)
    assert not agree(forty, forty_one, touching=False)


def test_a_rounded_figure_still_agrees_with_the_figure_it_rounds() -> None:
    rounded, exact = numcheck.extract("Sales were $1.2 billion. Sales were $1,249 million.")[:2]
    assert agree(rounded, exact, touching=False)

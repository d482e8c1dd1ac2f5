"""Issue 10: "admitted its role in ..." in a plea is the release's narrative, not words.

A firm that, under its deal with prosecutors, "admitted its misconduct" gives no figure for the fine:
the release tells what the plea holds, and the sentences after it are the release's own voice too.
"Admitted that ..." still reports what someone said. The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_an_admitted_role_gives_no_source_to_the_fine_or_after() -> None:
    text = (
        "Under its deal with prosecutors, TFX admitted its misconduct and will hand over a "
        "$40 million fine. The deal also requires TFX to keep a monitor for two years."
    )
    assert source_of(text, "$40 million") is None
    assert source_of(text, "two years") is None


def test_a_defendant_admitting_his_role_is_the_release_s_account() -> None:
    text = "On Monday a Leeds trader admitted his role in smuggling more than $310,000 of copper wire."
    assert source_of(text, "$310,000") is None


def test_admitting_that_still_reports_words() -> None:
    text = "Dana Pryce admitted that she moved $72,000 from the club's account in 2021."
    assert source_of(text, "$72,000") is not None

"""Issue 10: a speaker named after the cue, when the words before it end in a relative clause.

"The fund, which pays 900 pensions, said Deputy Director Ana Ruiz." names Ruiz: a name that
closes the sentence (or runs to a comma and a description) after "said" is the speaker, not the
noun the "which" clause hangs on. A clause's own subject after "says" ("says Lakeland, and the
region as a whole, ...") and the hearer after "told" stay as they were. The sentences are written
for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_name_after_said_is_the_speaker_not_the_noun_of_the_which_clause() -> None:
    text = "The cuts hit the Lakeland Pension Fund, which pays 900 pensions, said Deputy Director Ana Ruiz."
    assert source_of(text, "900") == "Ana Ruiz"


def test_a_name_and_its_description_after_said() -> None:
    text = "The cuts hit the Lakeland Pension Fund, which pays 900 pensions, said Ana Ruiz, a trustee."
    assert source_of(text, "900") == "Ana Ruiz"


def test_a_subject_named_before_the_which_clause_still_speaks_for_it() -> None:
    text = "The Lakeland Pension Fund, which pays 900 pensions, said Monday that it would cut 40 jobs."
    assert source_of(text, "40") == "The Lakeland Pension Fund"


def test_a_clauses_subject_after_says_is_no_speaker() -> None:
    text = "Ana Ruiz, a trustee of the fund, says Lakeland, and the region as a whole, lost 900 jobs."
    assert source_of(text, "900") == "Ana Ruiz"

"""Issue 10: a speaker named with a restrictive "who" clause before the cue ("Officials who spoke
on condition of anonymity said ...", "Those who searched the ruins said ...") is the subject of
the cue: the words before "who" ("Officials"), or with "those", "people" and the like, those words
and the clause. A figure inside the clause tells what they did, in the writer's voice ("Residents
who saw 3 bodies said ..."). Not when the clause has a subject of its own ("a gunman who
witnesses said shot two men": the witnesses), nor when the cue is the clause's own verb ("a mayor
who has warned ..."), nor for a share of the people asked ("Some 70 percent of those who ...").
And "30 points out of 100" is a score, not "points out". The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_officials_who_spoke_on_condition_of_anonymity() -> None:
    text = "Officials who spoke on condition of anonymity said 30 troops died."
    assert source_of(text, "30") == "Officials"


def test_those_who_name_the_source_with_their_clause() -> None:
    text = "Those who searched the ruins for survivors said that they found 37 bodies."
    assert source_of(text, "37") == "Those who searched the ruins for survivors"


def test_a_figure_in_the_clause_is_the_writers() -> None:
    text = "Residents who saw 3 bodies said 12 shops were looted."
    assert source_of(text, "3") is None
    assert source_of(text, "12") == "Residents"


def test_a_clause_with_a_subject_of_its_own() -> None:
    text = "She tried to stop a gunman who witnesses said shot two men."
    assert source_of(text, "two") == "witnesses"


def test_the_cue_as_the_clause_verb_credits_no_main_clause_figure() -> None:
    text = "In Ohio, six candidates will face Gov. Ann Lee, a two-term mayor who has warned her party."
    assert source_of(text, "six") is None


def test_points_out_of_is_a_score() -> None:
    text = "Bakers who score 30 points out of 100 at the fair go on to the county final."
    assert source_of(text, "100") is None

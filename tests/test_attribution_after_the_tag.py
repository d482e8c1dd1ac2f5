"""AT52: what the writer adds after a tag that closes reported words is the writer's, and so is
the time of the saying itself.

- After a tag and its comma ('..., the harbour office said, as divers searched for 12 more'), a
  clause opening with "as"/"while", a possessive ("her voice ..."), a verb in -ing that is no verb
  of saying, or a span of time before "after"/"later" is a scene the writer adds. The figures the
  tag reports, before it, keep their source; so do the words after ", adding that ..." and after
  "according to ...".
- A possessive or a verb in -ing opens such a scene only after a tag that closes a quotation:
  after a tag closing reported prose, a participle may go on with what is reported ("Sales grew,
  the firm said, offsetting a fall of 3% ..."); and a verb in -ing that is a cue ("claiming",
  "adding that") speaks for the tag's source.
- A span of time right after the cue ("forecast six years ago", "wrote in a memo two days
  later") is when the source spoke: the writer's, even with another cue after it ("reported two
  weeks ago, citing officials, that ...").

The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_an_as_clause_after_a_closing_tag_is_the_writers() -> None:
    text = "Four sailors were rescued on Sunday, the harbour office said, as divers searched for 12 more.\n"
    assert source_of(text, "Four") == "the harbour office"
    assert source_of(text, "12") is None


def test_a_possessive_scene_after_a_quotation_tag_is_the_writers() -> None:
    text = '"We lost the whole crop," Amos Reed said, his boots deep in mud as 30 neighbours looked on.\n'
    assert source_of(text, "30") is None


def test_a_participle_after_the_tag_is_the_writers_but_not_a_saying_one() -> None:
    text = '"The wall came down at night," said a weary Nora Dill, pointing to one of the two cranes.\n'
    assert source_of(text, "two") is None
    text = "Seven homes were flooded, Nora Dill said, adding that 15 more were at risk.\n"
    assert source_of(text, "Seven") == "Nora Dill"
    assert source_of(text, "15") == "Nora Dill"


def test_a_span_of_time_after_the_tag_is_the_writers() -> None:
    text = '"My task is to fix the roads," the governor told the assembly, 50 days after taking office.\n'
    assert source_of(text, "50 days") is None


def test_according_to_keeps_what_follows() -> None:
    text = "A second blast hit the market, according to the civil defence, wounding at least 19 people.\n"
    assert source_of(text, "19") == "the civil defence"


def test_the_time_of_the_saying_is_the_writers() -> None:
    text = "As the envoy Mara Quist forecast six years ago, the talks stalled again.\n"
    assert source_of(text, "six years") is None
    text = '"Nobody is pleased," a county lawyer wrote in a memo two days later.\n'
    assert source_of(text, "two days") is None


def test_a_span_of_time_in_what_is_said_keeps_its_source() -> None:
    text = "The council said the bridge had closed six months earlier.\n"
    assert source_of(text, "six months") == "The council"
    text = "The mayor said 40 people were evacuated.\n"
    assert source_of(text, "40") == "The mayor"


def test_a_participle_after_a_prose_tag_goes_on_with_what_is_reported() -> None:
    text = (
        "Ticket sales rose on strong summer demand, the ferry line said Tuesday, offsetting falls in "
        "freight by six percent.\n"
    )
    assert source_of(text, "six percent") == "the ferry line"


def test_a_cue_in_ing_after_a_quotation_tag_speaks_for_the_source() -> None:
    text = '"It was a gamble," Omar Hale says, claiming nobody checked him in his nine months at the depot.\n'
    assert source_of(text, "nine months") == "Omar Hale"


def test_the_time_of_the_saying_before_another_cue_is_the_writers() -> None:
    text = "The Courier reported three weeks ago, citing county officials, that 30 clerks had quit.\n"
    assert source_of(text, "three weeks") is None
    assert source_of(text, "30") == "county officials"

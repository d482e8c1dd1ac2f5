"""AT56: a page that embeds a social-media post leaves the post's words and then its signature, a
dash, the author's name, the handle in brackets and the date ("— Ana Ruiz (@aruiz) March 3,
2017"). A figure in the post's words is the author's: the paragraph's last sentence before the
signature, and each sentence before that which holds a mark of a post (a handle, a hashtag, a
post's link). The writer's sentence before the post holds no such mark and stays the writer's;
so does a figure a source of its own sentence already covers.

The sentences are written for this file.
"""

from __future__ import annotations

from attribution_sources import source_of


def test_a_figure_in_a_post_is_its_authors() -> None:
    text = (
        "The ferry ran aground off Harlow Point on Sunday.\n\n"
        "Coastguard crews reached the ship within the hour. Rescue boats took 14 passengers "
        "ashore. #HarlowFerry — Mara Quist (@maraquist) June 4, 2017\n\n"
        "The ship was refloated the next day.\n"
    )
    assert source_of(text, "14") == "Mara Quist"


def test_an_earlier_sentence_with_a_handle_is_part_of_the_post() -> None:
    text = (
        "The storm closed two roads, the council said.\n\n"
        '"We are doing what we can." @cityhall crews cleared 6 streets by noon. '
        'Buses still late pic.twitter.com/abc123 "?Tom Vail (@tomvail) May 2, 2017\n'
    )
    assert source_of(text, "6") == "Tom Vail"


def test_the_writers_sentence_before_the_post_stays_the_writers() -> None:
    text = (
        "The vote came nine days after the talks began. "
        "We got there in the end. #Accord — Lena Brix (@lenabrix) April 9, 2018\n"
    )
    assert source_of(text, "nine days") is None


def test_a_long_last_sentence_is_no_post() -> None:
    # the post's own words were lost: the sentence before the signature is the writer's
    text = (
        "The council approved 48 new homes on the old mill site on Tuesday after a long debate "
        "in which residents asked for more parking, a new crossing on the main road, a larger "
        "play area, fewer flats and more trees along the river path, and the builder agreed to "
        "most of what they asked for, though not the crossing, which the county must approve "
        "first — Ivo Pell (@ivopell) March 1, 2019\n"
    )
    assert source_of(text, "48") is None


def test_a_cue_in_the_posts_sentence_keeps_its_source() -> None:
    text = "Police said 30 people were hurt in the crash. #A14 — Ruth Kell (@ruthkell) May 5, 2019\n"
    assert source_of(text, "30") == "Police"

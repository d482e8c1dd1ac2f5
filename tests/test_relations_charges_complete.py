"""The counts a charging document named by its count charges ("The six-count indictment charges
her with three counts of X and three counts of Y") are all of it when they are the article's only
counts of charges and the document its only one named by its count: they add up to it, and a slip
either way is found (NC502). A second list of counts in the article (another defendant's, who may
share a joint count) leaves them a part that may fall short. The list may stand in a sentence near
the document's that says the charging with "charges" (rules/relations.yaml
charges.listed_near_charging). Sentences written for the tests.
"""

from __future__ import annotations

from arithmetic_findings import found, message

ONE = (
    "A six-count indictment unsealed on Monday charges Ada Fox, 41, of Ames, Iowa, with {a} counts "
    "of poaching trout and three counts of faking permits. Fox sold the trout to a cannery."
)


def test_the_only_list_of_counts_adds_up_to_the_document() -> None:
    assert found(ONE.format(a="three")) == []
    assert message(ONE.format(a="two")) == "the parts two + three add up to 5, not six"


def test_a_slip_in_the_document_count_is_found() -> None:
    text = ONE.format(a="three").replace("six-count", "seven-count")
    assert message(text) == "the parts three + three add up to 6, not seven"


NEAR = (
    "A federal grand jury in Reno returned a {n}-count indictment on Monday against Bo Lind, 52. "
    "The indictment charges Lind with one count of netting herons, one count of selling heron "
    "plumes and one count of misleading a game warden. Lind kept the plumes in a barn."
)


def test_a_list_near_the_document_that_says_charges_is_read_and_complete() -> None:
    assert found(NEAR.format(n="three")) == []
    assert message(NEAR.format(n="four")) == "the parts one + one + one add up to 3, not four"
    assert found(NEAR.format(n="two")) != []


def test_a_second_list_of_counts_leaves_the_first_a_part() -> None:
    # the other defendant may share the first one's joint count: the first list may fall short
    text = ONE.format(a="two") + " The indictment charges Cal Reyes with one count of poaching trout."
    assert found(text) == []
    near = NEAR.format(n="five") + " The indictment charges Dee Ash with two counts of netting herons."
    assert found(near) == []


def test_counts_shared_out_stay_unread_as_a_whole() -> None:
    text = (
        "A six-count indictment unsealed on Monday charges Ada Fox and Cal Reyes each with two "
        "counts of poaching trout and one count of faking permits."
    )
    assert found(text) == []


def test_two_documents_named_by_their_counts_leave_each_list_a_part() -> None:
    text = ONE.format(a="two") + " A four-count information filed in May names her brother."
    assert found(text) == []


def test_a_capitalised_state_in_a_name_does_not_make_the_list_another_case() -> None:
    named = (
        "A grand jury in Reno returned a {n}-count indictment on Monday against Bo Lind, 52. The "
        "indictment charges Lind with one count of aiding the Free State Militia and one count of "
        "netting herons. Lind kept the plumes in a barn."
    )
    assert found(named.format(n="two")) == []
    assert message(named.format(n="three")) == "the parts one + one add up to 2, not three"
    # in lower case the word says a state's own case: the list may be another document's
    state = named.replace("aiding the Free State Militia", "breaking state wildlife law")
    assert found(state.format(n="three")) == []


def test_an_offence_named_before_the_numbered_counts_leaves_the_list_short() -> None:
    # the plot is a count of its own that the list does not number: 1 + 9 + 1 = 11
    text = (
        "Rex Dunn, 58, of Yuma was held on Tuesday once jurors in Tucson handed up an 11-count "
        "indictment charging him with a plot to rob credit unions, nine counts of bank theft and "
        "one count of lying to a lender."
    )
    assert found(text) == []

"""The counts of charges listed in a sentence near the one that names the charging document by its
count ("indicted on seven counts of X, six counts of Y and four counts of Z ... The 17-count
indictment says") add up to no more than it (rules/relations.yaml charges.listed_near); all of it
when they are the article's only counts of charges (NC502's message: "..., not 12").
Sentences written for the tests: the wrong version is found once, in plain words, the right
version is quiet.
"""

from __future__ import annotations

from arithmetic_findings import found, message

LEAD = (
    "Jane Roe, of Salem, Ore., was indicted on Tuesday on seven counts of forging stamps, six counts "
    "of selling forged stamps, and four counts of lying to a postmaster, the clerk's office said. Roe "
    "appeared in court on Wednesday.\n\n"
)


def test_counts_listed_in_the_lead_add_up_to_no_more_than_the_document_named_after() -> None:
    assert (
        message(LEAD + "The 12-count indictment says Roe sold the stamps to collectors.")
        == "the parts seven + six + four add up to 17, not 12"
    )
    assert found(LEAD + "The 17-count indictment says Roe sold the stamps to collectors.") == []


def test_counts_listed_after_the_document_are_read_too() -> None:
    assert (
        message(
            "A nine-count indictment was unsealed in Tulsa on Monday. It says Ned Brock sold fake "
            "cattle. Brock is charged with eight counts of selling sick cows and three counts of theft."
        )
        == "the parts eight + three add up to 11, not nine"
    )


def test_two_documents_named_by_their_counts_leave_the_list_unread() -> None:
    assert (
        found(
            LEAD + "The 12-count indictment says Roe sold the stamps. A 20-count superseding "
            "indictment followed in May."
        )
        == []
    )


def test_a_list_of_another_case_is_not_read_against_the_document() -> None:
    assert (
        found(
            "In a separate case, Roe was indicted on seven counts of forging stamps and six counts of "
            "selling forged stamps. Roe appeared in court on Wednesday.\n\n"
            "The 12-count indictment says Roe sold the stamps to collectors."
        )
        == []
    )


def test_a_list_too_far_from_the_document_is_not_read() -> None:
    assert (
        found(
            LEAD + "Roe is 61. She lives in Bend. She kept a boat.\n\n"
            "The 12-count indictment says Roe sold the stamps to collectors."
        )
        == []
    )


def test_counts_with_long_names_of_charges_are_all_listed() -> None:
    assert (
        message(
            "Lee Park was indicted on five counts of claiming refunds for fuel he never bought, four "
            "counts of taking park fees and three counts of faking permits. Park lives in Boise.\n\n"
            "The 10-count indictment says Park kept the fees."
        )
        == "the parts five + four + three add up to 12, not 10"
    )

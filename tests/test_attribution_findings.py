"""Attribution on real copy: documents and their findings, the people a poll asked, announcers
named after the figures, and where a source stops.

A poll's or a study's figures are the poll's, even when told as what its respondents said; a
subject that is a share of people, a pronoun in the first person or a phrase before the subject
is never a source; a document stays the source while the text stays with its findings; verbs
that report a finding are cues only when something that finds things is their subject. The
sentences are written for this file.
"""

from __future__ import annotations

import pytest

import numcheck


def source_of(text: str, surface: str, nth: int = 0) -> str | None:
    found = [c for c in numcheck.extract(text) if c.surface == surface]
    assert len(found) > nth, f"no claim {surface!r} in {[c.surface for c in numcheck.extract(text)]}"
    return found[nth].source


# ---------------------------------------------------------------- the people a poll asked


def test_a_share_of_the_people_asked_is_the_polls_not_a_source_of_its_own() -> None:
    text = (
        "Museum staff point to a 2021 Harbor Research poll in which 64 percent of residents said "
        "they had never visited. Only 3 percent said they had gone more than twice, while 12 "
        "percent had gone once."
    )
    assert source_of(text, "64 percent") == "a 2021 Harbor Research poll"
    assert source_of(text, "3 percent") == "a 2021 Harbor Research poll"  # the text is still with it
    assert source_of(text, "12 percent") == "a 2021 Harbor Research poll"


@pytest.mark.parametrize(
    "subject",
    [
        "81 percent of those asked",
        "Only 9 percent",
        "Three quarters of the pupils interviewed",
        "Nearly half of the 300 nurses",
        "A few parents",
    ],
)
def test_a_share_of_people_is_never_a_source(subject: str) -> None:
    text = f"{subject} said the school needed 12 more teachers."
    assert source_of(text, "12") is None


def test_a_count_of_people_of_a_kind_is_still_a_source() -> None:
    assert source_of("Three firefighters said 20 homes burned overnight.", "20") == "Three firefighters"


def test_a_survey_named_with_its_finding_verb_covers_what_its_respondents_said() -> None:
    text = (
        "A survey of 2,000 tenants by the Renters Union shows that 56 percent of those asked said rents rose."
    )
    assert source_of(text, "56 percent") == "the Renters Union"


# ---------------------------------------------------------------- subjects that name no one


def test_a_first_person_subject_is_never_a_source() -> None:
    # a quotation whose marks were lost: the clause before "and said" is in the first person
    assert source_of("We really have to act now and said 200 more staff were needed.", "200") is None


def test_a_phrase_before_the_subject_is_not_a_source() -> None:
    text = "With most ballots counted for the 90-seat assembly, the Green party had 21 seats."
    assert source_of(text, "21") is None


def test_a_pronoun_in_a_relative_clause_speaks_for_the_organisation_named_before_it() -> None:
    text = (
        "The Lake Commission on Water Rights asked the state to reopen the four wells it says were "
        "closed 10 years ago."
    )
    assert source_of(text, "four") == "The Lake Commission on Water Rights"


def test_a_pronoun_after_a_noun_with_an_object_is_not_the_figures_source() -> None:
    # "the lies he told investigators": what he told is not the figure before it
    text = "Lee Park was sentenced to two years for the lies he told investigators."
    assert source_of(text, "two years") is None


def test_a_cue_glued_to_a_prefix_or_after_a_number_is_not_a_cue() -> None:
    assert (
        source_of("The Dover Mill Company self-reported the $3 million error to regulators.", "$3 million")
        is None
    )
    assert source_of("River Watch monitors logged 1,300 alleged spills since March.", "1,300") is None


def test_an_open_bracket_does_not_end_a_name() -> None:
    text = "The World Bank (WB) has insisted only 2.5 percent growth is possible."
    assert source_of(text, "2.5 percent") == "The World Bank"


# ---------------------------------------------------------------- finding verbs


def test_a_finding_verb_is_a_cue_after_those_who_find_things_out() -> None:
    assert (
        source_of("Rights groups in the province have identified more than 900 missing people.", "900")
        == "Rights groups in the province"
    )
    assert source_of("Police found three bodies in the flat.", "three") is None


def test_a_finding_verb_closing_the_sentence_after_its_figures_is_a_cue() -> None:
    text = "Nearly 70 percent of the town's wells are dry, the geologist Maren Holt found in 2019."
    assert source_of(text, "70 percent") == "the geologist Maren Holt"


def test_a_finding_verb_is_a_cue_when_the_sentence_names_the_document_it_is_in() -> None:
    text = "The Reef Institute also identified 34 damaged reefs during its research."
    assert source_of(text, "34") == "The Reef Institute"


def test_a_list_between_dashes_is_an_aside_in_the_subject() -> None:
    text = (
        "The Harbor report, which covers six ports from 2010 to 2020 - Oslo, Bergen and Hull - "
        "found that 30 of them lost money."
    )
    assert source_of(text, "30") == "The Harbor report"


# ---------------------------------------------------------------- announcers after the figures


def test_two_announcers_named_together_after_the_figures_announce_them() -> None:
    text = (
        "Two chemical makers will spend $8 million on filters, the Water Agency and the Interior "
        "Department announced on Monday."
    )
    assert source_of(text, "$8 million") == "the Water Agency and the Interior Department"


def test_a_source_in_a_clause_of_its_own_after_the_figures_does_not_reach_back() -> None:
    text = "The party won 14 seats, four fewer than before, after polls had suggested it would lose more."
    assert source_of(text, "14") is None
    text = "Ministers want a surplus of 3.5 percent, while the Budget Office has insisted on 1.5 percent."
    assert source_of(text, "3.5 percent") is None
    assert source_of(text, "1.5 percent") == "the Budget Office"


# ---------------------------------------------------------------- where a source stops


def test_are_forecast_to_credits_someone_unnamed_and_ends_the_run() -> None:
    before = "The fair drew 90,000 visitors, according to the Fair Board. "
    assert source_of(before + "Next year, 120,000 visitors will come.", "120,000") == "the Fair Board"
    assert source_of(before + "Next year, 120,000 visitors are forecast to come.", "120,000") is None


def test_a_quotations_speaker_is_not_taken_from_a_cue_after_another_quotation() -> None:
    text = (
        '"Fares will rise by 5 percent," said Ana Ruiz. "Tickets for 40,000 students will be free."\n\n'
        '"Nobody will pay more," said Tom Berg.'
    )
    assert source_of(text, "40,000") == "Ana Ruiz"


def test_a_quotation_opened_by_a_colon_is_spoken_by_the_subject_before_it() -> None:
    text = 'Asked about the cost, Ana Ruiz answered the question, saying: "It will be about 300 million."'
    assert source_of(text, "300 million") == "Ana Ruiz"


def test_a_possessive_does_not_hide_a_persons_name() -> None:
    text = (
        "Prime Minister Ana Lind's party won 40 seats. Lind warned that talks could be slow. "
        '"We need two months at least," she said.'
    )
    assert source_of(text, "two months") == "Ana Lind"


# ---------------------------------------------------------------- a study and its findings


STUDY = (
    "The Harbor Institute warned in a new report that small ports are failing. In the report, the "
    "coastal research institute said 41 ports had closed since 2010. For the report, its researchers "
    "visited 120 ports - 80 in the north and 40 in the south. Three quarters of the harbour masters "
    "interviewed said they lacked staff. A clear majority did not answer when asked about pay. "
    "Nearly half of the 120 ports reported losses."
)


@pytest.mark.parametrize(
    ("surface", "nth"), [("41", 0), ("120", 0), ("80", 0), ("Three quarters", 0), ("120", 1)]
)
def test_a_study_stays_the_source_while_the_text_stays_with_its_findings(surface: str, nth: int) -> None:
    assert source_of(STUDY, surface, nth) == "The Harbor Institute"


def test_the_run_of_a_studys_findings_ends_with_the_writers_own_narrative() -> None:
    text = STUDY + " The harbour at Dunmore was rebuilt in 1990. Its 12 cranes were sold last year."
    assert source_of(text, "12") is None


def test_a_described_organisation_is_not_taken_for_one_named_before_another() -> None:
    text = (
        "The Ocean Fund said 30 boats sank. Later, rebels of the NLF attacked a port, and the "
        "organisation said 12 sailors were missing."
    )
    assert source_of(text, "30") == "The Ocean Fund"
    assert source_of(text, "12") == "the organisation"


def test_an_organisation_with_a_name_of_its_own_is_not_a_description() -> None:
    text = "The Transport Ministry said 40,000 people marched, while the TWX union put the figure at 90,000."
    assert source_of(text, "40,000") == "The Transport Ministry"
    assert source_of(text, "90,000") == "the TWX union"


def test_a_description_stands_only_for_an_organisation_of_its_kind() -> None:
    text = (
        "The Interior Ministry said 40 people were hurt. Later the ministry said 52 were hurt, and "
        "the fire service said 61 were hurt."
    )
    assert source_of(text, "52") == "The Interior Ministry"
    assert source_of(text, "61") == "the fire service"


def test_a_short_aside_after_the_subject_does_not_hide_it() -> None:
    text = "The report, published on Tuesday, estimates that 1.5 million homes are empty."
    assert source_of(text, "1.5 million") == "The report"
    # a description with a name in it is the person, and a figure there is the article's own
    text = "Only one resident, retired teacher Maria Lopez, said she had stayed behind."
    assert source_of(text, "one") is None


def test_a_polls_respondents_in_a_paragraph_of_their_own_are_still_the_polls() -> None:
    text = (
        "According to the survey, 62 percent of farmers expect lower prices.\n\n"
        "Only 8 percent said they would plant more wheat.\n\n"
        "The minister visited 3 farms on Monday."
    )
    assert source_of(text, "8 percent") == "the survey"
    assert source_of(text, "3") is None


def test_added_before_an_amount_is_a_change_not_a_cue() -> None:
    text = "Oil, traded in London, added 57 cents on Monday."
    assert source_of(text, "57 cents") is None


def test_a_cue_word_after_its_adjective_is_a_noun() -> None:
    text = "The treasurer said the last audited reports showed a deficit of 1 million."
    assert source_of(text, "1 million") == "The treasurer"


def test_a_description_of_any_kind_stands_for_the_organisation_named_before_it() -> None:
    text = (
        "The Food Safety Agency said adults eat 90 grams of sugar a day. Children eat 60 grams, the "
        "organisation added."
    )
    assert source_of(text, "60 grams") == "The Food Safety Agency"


def test_a_figure_after_a_verb_is_not_in_the_subject_of_the_cue_after_it() -> None:
    assert (
        source_of("Children eat 60 grams, the agency's nutritionist said.", "60 grams")
        == "the agency's nutritionist"
    )


@pytest.mark.parametrize(
    ("source", "carried"), [("The news website", None), ("The new study", "The new study")]
)
def test_a_website_is_a_speaker_whose_figures_run_on_less_than_a_documents(
    source: str, carried: str | None
) -> None:
    text = (
        f"{source} said the fund lent 2.5 billion euros. Banks borrowed 40 percent of it. Farms got "
        "10 percent. Ministers meet on Monday to discuss the 86-billion-euro programme."
    )
    assert source_of(text, "40 percent") == source
    assert source_of(text, "86-billion-euro") == carried


# ---------------------------------------------------------------- statements, laws, named documents


def test_a_statement_attributable_to_someone_gives_them_the_paragraphs_after_it() -> None:
    text = (
        "The following statement is attributable to city spokesperson Dana Whitlow regarding the "
        "floods in four counties:\n\n"
        "Crews have cleared 12 roads since Tuesday. Two of the bridges remain closed to traffic."
    )
    assert source_of(text, "12") == "Dana Whitlow"
    assert source_of(text, "Two") == "Dana Whitlow"


@pytest.mark.parametrize("law", ["Islamic law", "Jewish tradition", "the Bible", "Church rules"])
def test_a_law_a_rule_or_a_holy_book_is_not_a_speaker(law: str) -> None:
    text = f"The body was buried within 24 hours, according to {law}. The family mourned for seven days."
    assert source_of(text, "24 hours") is None
    assert source_of(text, "seven days") is None


def test_documents_of_this_and_other_cases_are_one_source() -> None:
    text = "According to records filed in this and other suits, the lab billed 4,000 scans it never did."
    assert source_of(text, "4,000") == "records filed in this and other suits"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The lawsuit also charges that the landlord evicted six tenants.", "The lawsuit"),
        ("The evidence established that the two clerks shredded 40 invoices.", "The evidence"),
    ],
)
def test_a_lawsuit_or_the_evidence_speaks_through_what_it_charges_or_establishes(
    sentence: str, source: str
) -> None:
    figure = "six" if "six" in sentence else "40"
    assert source_of(sentence, figure) == source


@pytest.mark.parametrize(
    "sentence",
    [
        "Police charged two men after the raid.",
        "He faces charges that carry up to 20 years in prison.",
        "The mayor established that 12 parks would stay open.",
    ],
)
def test_charged_or_established_without_a_document_is_no_cue(sentence: str) -> None:
    figure = next(w for w in ("two", "20 years", "12") if w in sentence)
    assert source_of(sentence, figure) is None


@pytest.mark.parametrize(
    "text",
    [
        "The senator was in hospital for three weeks, and according to the clinic, she went home on Sunday.",
        "The senator spent three weeks in hospital and, according to the clinic, was sent home on Sunday.",
    ],
)
def test_a_source_named_after_and_does_not_reach_back_to_the_clause_before(text: str) -> None:
    assert source_of(text, "three weeks") is None


def test_a_source_after_according_to_ends_before_the_pronoun_of_the_next_clause() -> None:
    text = "According to the coroner he died within 20 minutes."
    assert source_of(text, "20 minutes") == "the coroner"


def test_a_group_that_documented_cases_is_their_source() -> None:
    text = "The Refugee Legal Centre has documented 310 deportations since 2019."
    assert source_of(text, "310") == "The Refugee Legal Centre"


def test_a_report_documenting_cases_is_their_source() -> None:
    text = "In May the Harbour Trust published a report documenting at least 17 oil spills."
    assert source_of(text, "17") == "a report"


def test_documented_as_an_adjective_is_no_cue() -> None:
    assert source_of("The clinic saw 12 documented cases of measles last winter.", "12") is None


def test_it_says_stands_for_the_name_that_opens_the_sentence() -> None:
    text = (
        "The Coast Guard is reviewing files leaked from the Navy. Seawatch posted more than 6,000 "
        "pages that it says are secret logs from the Navy."
    )
    assert source_of(text, "6,000") == "Seawatch"


def test_a_cue_whose_subject_holds_an_earlier_cue_is_inside_the_first_speakers_words() -> None:
    text = "In a call, Mara Quist said she and a partner had met and added the line was 80 percent full."
    assert source_of(text, "80 percent") == "Mara Quist"


def test_a_quotation_right_after_a_sentence_that_names_its_speaker_is_theirs() -> None:
    text = (
        'Lena Holt, the founder of Pedalway, says there is a real need for the bikes. "People '
        'want to cover trips of less than 3 kilometers cheaply."'
    )
    assert source_of(text, "3 kilometers") == "Lena Holt"


def test_a_quotation_after_a_paragraph_break_is_not_the_last_speakers() -> None:
    text = 'Lena Holt says there is a need.\n\n"Only 3 kilometers," the sign reads.'
    assert source_of(text, "3 kilometers") != "Lena Holt"


def test_there_were_reports_with_no_one_named_ends_a_speakers_run() -> None:
    text = (
        "Dr Ana Ruiz told the paper that 40 people had been harassed. By Monday there had been "
        "reports of travellers turned away in several countries."
    )
    assert source_of(text, "40") == "Ana Ruiz"
    assert source_of(text, "several") is None


def test_a_cue_inside_a_relative_clause_does_not_reach_back_to_the_figures_before_it() -> None:
    text = (
        "Counting Mr Hale, 27 people have admitted their part in the fraud, which its organizers have "
        "admitted involved millions of dollars."
    )
    assert source_of(text, "27") is None
    assert source_of(text, "millions of dollars") == "its organizers"


def test_a_cue_after_a_relative_clause_closed_by_a_comma_still_covers_the_figure() -> None:
    text = "Rain fell at 1 to 3 inches per hour, which could flood roads, according to county forecasters."
    assert source_of(text, "1 to 3 inches per hour") == "county forecasters"


# ---------------------------------------------------------------- quotations and the next sentence


def test_a_quotation_is_not_credited_to_the_next_sentences_new_statement() -> None:
    text = (
        'Senator Ida Rowe said the plan was sound. "It was argued well," she said. "How we pay '
        'for it is the 40 million dollar question." Governor Tom Bell said on radio that the plan '
        '"goes too far".'
    )
    assert source_of(text, "40 million dollar") == "Ida Rowe"


@pytest.mark.parametrize(
    "credit",
    [
        "Ida Rowe said in a statement.",
        "said Ida Rowe, a senator.",
    ],
)
def test_a_sentence_that_only_credits_the_quotation_before_it_is_its_speaker(credit: str) -> None:
    text = f'"We will need 40 more nurses by June." {credit}'
    assert source_of(text, "40") == "Ida Rowe"


def test_words_quoted_inside_the_writers_sentence_keep_the_source_the_text_is_with() -> None:
    text = (
        'Ida Rowe said her plan was sound. "It will work," she said. Campaigners point to a '
        "2022 Civic Pulse poll in which 70 percent of voters said they backed it. Only 4 percent "
        'said they had voted against it "three times or more", while 9 percent were unsure.'
    )
    assert source_of(text, "three") == "a 2022 Civic Pulse poll"  # not Ida Rowe's quotation
    assert source_of(text, "9 percent") == "a 2022 Civic Pulse poll"


def test_a_phrase_of_manner_before_the_subject_is_not_a_source() -> None:
    text = (
        'Omar Vale studies the fires. "By reading old farm reports, you see a fire every month for '
        'the past six seasons," he said. "Call it a dozen a year."'
    )
    assert source_of(text, "six") == "Omar Vale"
    assert source_of(text, "a dozen a year") == "Omar Vale"


# ---------------------------------------------------------------- verbs of saying in every form


@pytest.mark.parametrize(
    "verb",
    ["argued", "argues", "insists", "contended", "pointed out", "points out", "emphasised", "conceded"],
)
def test_a_verb_of_saying_names_a_source_in_any_of_its_forms(verb: str) -> None:
    assert source_of(f"Ana Lee {verb} that 30 homes burned.", "30") == "Ana Lee"


@pytest.mark.parametrize("verb", ["responded", "concluded", "recalled", "stressed", "demanded", "replied"])
def test_a_verb_that_reports_words_only_before_that_is_a_cue_there(verb: str) -> None:
    assert source_of(f"Ana Lee {verb} that 30 homes burned.", "30") == "Ana Lee"
    assert source_of(f'Ana Lee {verb}: "We lost 30 homes."', "30") == "Ana Lee"


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters responded to 30 calls overnight.",
        "The carmaker recalled 30,000 vans last spring.",
        "The army maintains 30 bases abroad.",
        "The stress of 30 hours on duty showed.",
    ],
)
def test_the_same_verbs_in_another_sense_name_no_source(text: str) -> None:
    claims = numcheck.extract(text)
    assert claims and all(c.source is None for c in claims)


def test_verb_forms_inflect_a_lemma() -> None:
    from numcheck.extraction.knowledge import verb_forms

    assert verb_forms("argue") == ["argue", "argues", "argued"]
    assert verb_forms("reply") == ["reply", "replies", "replied"]
    assert verb_forms("stress") == ["stress", "stresses", "stressed"]
    assert verb_forms("write/wrote") == ["write", "writes", "wrote"]
    assert verb_forms("point out") == ["point out", "points out", "pointed out"]


# ---------------------------------------------------------------- verbs of saying in -ing


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ana Lee spoke to reporters on Monday, adding that 30 homes burned.", "Ana Lee"),
        ("The mayor angered voters by telling reporters that 30 homes burned.", "The mayor"),
        ("While the talk pleased them, Bo Chen stunned the room by telling it 30 homes burned.", "Bo Chen"),
        ("The port authority closed two piers, saying 30 boats had sunk.", "The port authority"),
        ("TIDETOWN (Wire) - The port board closed two piers, saying 30 boats sank.", "The port board"),
    ],
)
def test_a_verb_of_saying_in_ing_gives_the_words_to_the_sentences_subject(text: str, source: str) -> None:
    assert source_of(text, "30") == source


@pytest.mark.parametrize(
    "text",
    [
        "The firm grew fast, adding 30 jobs.",
        "The bakery kept its prices, adding flair to 30 of its cakes.",
        "The league grew, adding to the 30 teams already in it.",
        "A sign saying 30 homes burned hung on the door.",
        "Only 23 percent back the plan, with most, 58 percent, telling us they oppose it.",
    ],
)
def test_an_ing_form_that_reports_no_words_names_no_source(text: str) -> None:
    assert all(c.source is None for c in numcheck.extract(text) if c.surface.startswith(("30", "58")))


def test_words_reported_in_passing_do_not_carry_into_the_next_sentence() -> None:
    text = (
        "The mayor criticised the budget, saying 40 posts were cut. The city employs 3,000 "
        "people and runs 12 schools."
    )
    assert source_of(text, "40") == "The mayor"
    assert source_of(text, "3,000") is None
    assert source_of(text, "12") is None


def test_an_audit_after_a_full_stop_glued_to_a_dash_opens_a_sentence_of_its_own() -> None:
    text = (
        "Half of the tenants rent privately, according to Homeline, a housing charity. "
        "Some 40 percent pay over half their wages in rent.-A 2019 audit showed that rents "
        "were 15 percent higher in the capital."
    )
    assert source_of(text, "40 percent") == "Homeline"
    assert source_of(text, "15 percent") == "A 2019 audit"

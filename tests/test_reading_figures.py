"""Issue 10: the kinds of figure a news reader meets that numcheck used to misread or miss.

Each sentence is written for this file; together they pin down one reading per category the
issue lists (a figure with "one", shared scales and units in ranges, fractions, negative words,
a scale letter before a unit, index points, pence and "pc", "m.p.h.", parts per million, compound
units, currencies with a country prefix, counted nouns after "more", rates, percentage points).
"""

from __future__ import annotations

import pytest

import numcheck


def one(text: str) -> numcheck.Claim:
    claims = numcheck.extract(text)
    assert len(claims) == 1, [c.surface for c in claims]
    return claims[0]


# ---------------------------------------------------------------- "one" with a noun


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Only one county in the state voted against the plan.", "county"),
        ("The inspectors found one violation during the visit.", "violation"),
        ("Just one hospital remained open after the flood.", "hospital"),
    ],
)
def test_one_with_a_singular_noun_is_a_count_of_one(text: str, counts: str) -> None:
    c = one(text)
    assert (c.value, c.kind, c.counts) == (1, "count", counts)


@pytest.mark.parametrize(
    "text",
    [
        "The one thing nobody mentioned was the cost.",
        "One of them was later released.",
        "No one was hurt.",
    ],
)
def test_one_as_a_pronoun_or_idiom_is_not_a_count(text: str) -> None:
    assert numcheck.extract(text) == []


def test_one_of_the_best_is_a_figure_that_counts_nothing() -> None:
    c = one("She is one of the best players in the league.")
    assert (c.value, c.kind, c.counts) == (1, "number", None)


# ---------------------------------------------------------------- ranges with a shared scale or unit


@pytest.mark.parametrize(
    ("text", "low", "high", "kind", "unit"),
    [
        ("Between 3 and 4 million people live on the delta.", 3e6, 4e6, "count", "people"),
        ("The camp now holds 3 to 4 million people.", 3e6, 4e6, "count", "people"),
        ("Forecasters expect 2 to 3 inches of rain.", 2, 3, "quantity", "inch"),
        ("Nurses there work 30 to 35 hours a week.", 30, 35, "quantity", "hour / week"),
        ("The sea could warm by 2.5 to 3 degrees this century.", 2.5, 3, "count", "degree"),
        ("The bill would cost $2bn to $3bn over a decade.", 2e9, 3e9, "money", "USD"),
    ],
)
def test_a_range_shares_the_scale_and_unit_written_once(
    text: str, low: float, high: float, kind: str, unit: str
) -> None:
    c = one(text)
    assert (c.low, c.high, c.kind, c.unit) == (low, high, kind, unit)


def test_a_score_or_a_change_is_still_not_a_range() -> None:
    claims = numcheck.extract("The motion passed by 286 votes to 134.")
    assert all(c.low != 134 and c.high != 286 for c in claims if c.value is None)


# ---------------------------------------------------------------- fractions


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The road is closed for 2½ miles.", 2.5, "mile"),
        ("The walk takes 1 1/2 hours.", 1.5, "hour"),
        ("Half a million people fled the city.", 5e5, "people"),
        ("Three quarters of the members voted yes.", 75, "percent"),
    ],
)
def test_fractions_and_mixed_numbers(text: str, value: float, unit: str) -> None:
    c = one(text)
    assert c.value == pytest.approx(value)
    assert c.unit == unit


# ---------------------------------------------------------------- negative words


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Overnight it fell to minus 40 degrees.", -40),
        ("The reading was negative 12 degrees Celsius at dawn.", -12),
    ],
)
def test_minus_and_negative_make_the_figure_negative(text: str, value: float) -> None:
    assert one(text).value == value


# ---------------------------------------------------------------- a scale letter before a unit or noun


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The mine produced 2.5m tonnes of ore last year.", 2.5e6, "tonne"),
        ("Shipments reached 1.2bn barrels.", 1.2e9, "barrel"),
        ("The platform claims 7 B users worldwide.", 7e9, "user"),
        ("The service has 40m subscribers.", 40e6, "subscriber"),
    ],
)
def test_a_scale_letter_before_a_unit_or_a_counted_noun_is_the_scale(
    text: str, value: float, unit: str
) -> None:
    c = one(text)
    assert (c.value, c.unit) == (value, unit)


def test_a_letter_that_starts_a_model_name_is_not_a_unit() -> None:
    for text in ("The museum keeps eighteen B-17 bombers.", "The air force bought 3 F-16s."):
        assert all(c.kind != "quantity" for c in numcheck.extract(text)), text


def test_a_lone_m_after_a_figure_is_still_metres() -> None:
    c = one("The wall is 40m long.")
    assert (c.value, c.unit) == (40, "metre")
    c = one("She won the race in 400 m hurdles.")
    assert (c.value, c.unit) == (400, "metre")


# ---------------------------------------------------------------- index points


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The index fell 120.5 points by the close.", 120.5),
        ("The FTSE 100 gained 35 points on Friday.", 35),
    ],
)
def test_index_points_are_a_count_of_points(text: str, value: float) -> None:
    c = one(text)
    assert (c.value, c.kind, c.unit) == (value, "count", "point")


def test_percentage_points_are_not_index_points() -> None:
    c = one("Support dropped 4 percentage points in a month.")
    assert (c.value, c.kind) == (4, "percentage_point")


# ---------------------------------------------------------------- pence and "pc"


@pytest.mark.parametrize(
    ("text", "value", "kind", "unit"),
    [
        ("A loaf now costs 85p at most shops.", 0.85, "money", "GBP"),
        ("Inflation eased to 2.4pc in May.", 2.4, "percent", "percent"),
        ("Shares rose 12 pc on the news.", 12, "percent", "percent"),
    ],
)
def test_pence_and_pc(text: str, value: float, kind: str, unit: str) -> None:
    c = one(text)
    assert (c.value, c.kind, c.unit) == (pytest.approx(value), kind, unit)


# ---------------------------------------------------------------- m.p.h., parts per million, compound units


@pytest.mark.parametrize(
    ("text", "value", "si_unit"),
    [
        ("Gusts reached 70 m.p.h. along the coast.", 70, "m/s"),
        ("Carbon dioxide passed 420 parts per million this spring.", 420, ""),
        ("Lead levels of 15 ppb were found.", 15, ""),
        ("The motor delivers 350 newton-metres of torque.", 350, "kg*m^2/s^2"),
        ("The engine idles at 800 rpm.", 800, "rad/s"),
    ],
)
def test_unit_spellings_news_uses(text: str, value: float, si_unit: str) -> None:
    c = one(text)
    assert (c.value, c.kind, c.si_unit) == (value, "quantity", si_unit)


def test_parts_per_million_normalise_to_a_fraction() -> None:
    c = one("Carbon dioxide passed 420 parts per million this spring.")
    assert c.si_value == pytest.approx(420e-6)


# ---------------------------------------------------------------- currencies with a country prefix


@pytest.mark.parametrize(
    ("text", "currency", "value"),
    [
        ("The tower sold for HK$5 billion.", "HKD", 5e9),
        ("The grant is worth S$3 million.", "SGD", 3e6),
        ("Canberra set aside A$2bn.", "AUD", 2e9),
        ("Tickets cost C$40 each.", "CAD", 40),
        ("The fine was NZ$12,000.", "NZD", 12000),
        ("The chip maker earned NT$300 billion.", "TWD", 300e9),
    ],
)
def test_a_country_prefix_names_the_dollar(text: str, currency: str, value: float) -> None:
    c = one(text)
    assert (c.kind, c.unit, c.value) == ("money", currency, value)


# ---------------------------------------------------------------- counted nouns after "more"


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        ("The party won six more seats than in 2019.", 6, "seat"),
        ("The city will hire 200 more teachers.", 200, "teacher"),
        ("Officials found 12 additional cases.", 12, "case"),
    ],
)
def test_a_counted_noun_after_more(text: str, value: float, counts: str) -> None:
    c = one(text)
    assert (c.value, c.kind, c.counts) == (value, "count", counts)


# ---------------------------------------------------------------- rates


@pytest.mark.parametrize(
    ("text", "value", "unit", "si_unit"),
    [
        ("The plant pumps 500 barrels a day.", 500, "barrel / day", "m^3/s"),
        ("Drivers were clocked at 90 kilometres per hour.", 90, "kilometers per hour", "m/s"),
        ("Staff put in 60 hours per week during the crisis.", 60, "hour / week", ""),
    ],
)
def test_a_rate_keeps_its_per_unit(text: str, value: float, unit: str, si_unit: str) -> None:
    c = one(text)
    assert (c.value, c.kind, c.unit, c.si_unit) == (value, "quantity", unit, si_unit)


def test_a_rate_is_normalised_by_pint() -> None:
    c = one("The plant pumps 500 barrels a day.")
    assert c.si_value == pytest.approx(500 * 0.158987294928 / 86400)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Residents eat 3 meals a day.", "meal / day"),
        ("The clinic sees 40 patients per week.", "patient / week"),
    ],
)
def test_a_count_per_unit_of_time_is_a_rate(text: str, unit: str) -> None:
    c = one(text)
    assert (c.kind, c.unit) == ("count", unit)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Each guest paid $50 a head.", 50, "USD/capita"),
        ("The region spends $3,000 per capita on health.", 3000, "USD/capita"),
        ("Petrol costs $4.50 a gallon.", 4.5, "USD/gallon"),
        ("Cleaners there earn $15 an hour.", 15, "USD/hour"),
        ("The contract is worth $2 billion a year.", 2e9, "USD/year"),
    ],
)
def test_money_per_head_or_per_unit(text: str, value: float, unit: str) -> None:
    c = one(text)
    assert (c.value, c.kind, c.unit) == (value, "money", unit)


def test_a_rate_and_a_total_are_different_units() -> None:
    total, rate = numcheck.extract("The plant pumped 9,000 barrels, or 500 barrels a day.")
    assert total.unit == "barrel" and rate.unit == "barrel / day"


# ---------------------------------------------------------------- percentages and percentage points


def test_percentage_points_and_a_percentage_are_two_claims() -> None:
    pp, pct = numcheck.extract("Unemployment rose 2 percentage points to 7 percent.")
    assert (pp.value, pp.kind) == (2, "percentage_point")
    assert (pct.value, pct.kind) == (7, "percent")


# ---------------------------------------------------------------- found beside CQE on real articles


def test_a_one_letter_symbol_before_a_stated_conversion_is_a_unit() -> None:
    first, second = numcheck.extract("The two hulls lie 40 m (131 ft) apart.")[-2:]
    assert (first.value, first.unit, second.unit) == (40, "metre", "foot")


def test_odds_are_not_inches() -> None:
    assert all(c.unit != "inch" for c in numcheck.extract("Forecasters gave it a one-in-three chance."))


def test_a_year_before_a_quotation_mark_is_not_feet() -> None:
    assert numcheck.extract("He called it 'the summer of 2019'.") == []


@pytest.mark.parametrize(
    ("text", "counts"),
    [("About 4,000 Canadians were evacuated.", "canadian"), ("Twelve Peruvians were rescued.", "peruvian")],
)
def test_people_counted_by_nationality(text: str, counts: str) -> None:
    assert one(text).counts == counts


@pytest.mark.parametrize(
    "text",
    [
        "For help, call 1-800-555-0199 today.",
        "She finished in 2:21:07, a course record.",
        "The committee split 6-6 on the amendment.",
        "Voting was 312 to 208 after the debate.",
    ],
)
def test_phone_numbers_race_times_and_tallies_are_not_claims(text: str) -> None:
    assert numcheck.extract(text) == []


def test_the_loser_of_a_tally_is_not_a_count_of_its_own() -> None:
    assert [c.surface for c in numcheck.extract("The bill passed by 286 votes to 134.")] == ["286"]


# ---------------------------------------------------------------- plural scale words


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The archive kept four hundreds of the letters.", 400),
        ("Three out of seven hundreds passed the test.", 3 / 700),
    ],
)
def test_a_plural_scale_after_a_number_multiplies_it(text: str, value: float) -> None:
    from numcheck.extraction.numbers import find_numbers

    assert [v for _, _, v in find_numbers(text)] == [pytest.approx(value)]


def test_a_plural_scale_alone_is_still_a_vague_amount() -> None:
    c = one("Hundreds of volunteers cleared the beach.")
    assert (c.value, c.low, c.high) == (None, 100, 1000)


# ---------------------------------------------------------------- a part of a counted whole


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [
        ("One of the volunteers said the water was cold.", 1, "volunteer"),
        ("Six of the mayor's closest aides resigned.", 6, "aide"),
        ("She won 21 of the region's 30 delegates.", 21, "delegate"),
        ("Forty of the dead were miners.", 40, "dead"),
    ],
)
def test_a_figure_before_of_the_counts_the_noun_that_follows(text: str, value: float, counts: str) -> None:
    c = numcheck.extract(text)[0]
    assert (c.value, c.kind, c.counts, c.partitive) == (value, "count", counts, True)


@pytest.mark.parametrize(
    "text",
    ["He is one of the most gifted players of his time.", "It is one of the country's oldest banks."],
)
def test_one_of_the_best_is_a_description_not_a_count(text: str) -> None:
    # the "one" is a figure (round AT35), but it counts neither players nor banks
    assert [(c.value, c.kind, c.counts) for c in numcheck.extract(text)] == [(1, "number", None)]


# ---------------------------------------------------------------- rates per so many people


@pytest.mark.parametrize(
    ("text", "value", "counts", "unit"),
    [
        ("The county recorded 310 per 100,000 people.", 310, "people", "people / 100,000 people"),
        ("There were 9 deaths per 1 million residents.", 9, "death", "death / 1,000,000 resident"),
        ("The district has one doctor per 2,000 patients.", 1, "doctor", "doctor / 2,000 patient"),
    ],
)
def test_a_rate_per_so_many_people_is_one_claim_of_the_rate(
    text: str, value: float, counts: str, unit: str
) -> None:
    c = numcheck.extract(text)[0]
    assert (c.value, c.kind, c.counts, c.unit) == (value, "count", counts, unit)


# ---------------------------------------------------------------- ages


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The poet died aged 91 at his home.", 91),
        ("The driver, age 34, was not hurt.", 34),
        ("Anyone over the age of 16 can apply.", 16),
    ],
)
def test_a_figure_after_aged_is_an_age_in_years(text: str, value: float) -> None:
    c = one(text)
    assert (c.value, c.kind, c.unit) == (value, "quantity", "year")


@pytest.mark.parametrize(
    ("text", "value", "measurand"),
    [
        ("Tomas Okafor, 47, of Eastbrook, was charged on Friday.", 47, "age of Tomas Okafor"),
        ("The defendant, 52, pleaded guilty to wire fraud.", 52, "age of The defendant"),
        ("Police said a woman, 29, was taken to hospital.", 29, "age of a woman"),
        ("The court heard from Okafor, 47.", 47, "age of Okafor"),
        ("Agents arrested David B. O'Neill, 61, at home.", 61, "age of David B. O'Neill"),
        ("RIVERTON Anna Kowal, 33, was sentenced.", 33, "age of Anna Kowal"),
        ("The office is in Dunmore, D.C.\n\nAnna Kowal, 33, was sentenced.", 33, "age of Anna Kowal"),
    ],
)
def test_a_figure_set_off_by_commas_after_a_person_is_their_age(
    text: str, value: float, measurand: str
) -> None:
    c = one(text)
    assert (c.value, c.kind, c.unit, c.measurand, c.role) == (value, "quantity", "year", measurand, "age")


def test_two_people_named_before_their_ages_each_have_their_own() -> None:
    a, b = numcheck.extract("Okafor, 47, and Lindqvist, 51, will be sentenced in June.")
    assert (a.measurand, b.measurand) == ("age of Okafor", "age of Lindqvist")
    assert a.refers_to != b.refers_to


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose in Ohio, Texas and Utah, 12, 14 and 9 percent respectively.",
        "On Tuesday, 40 people were evacuated.",
        "Prices rose on Monday, 12, and again on Friday.",
        "The firm, Acme Inc., 150, is listed.",
        "The victim, 2.5, was unharmed.",
    ],
)
def test_figures_after_a_comma_that_are_not_a_persons_age(text: str) -> None:
    assert all(c.role != "age" for c in numcheck.extract(text))


# ---------------------------------------------------------------- nouns after a hyphen or before a verb


@pytest.mark.parametrize(
    ("text", "value", "counts"),
    [("The city opened a 600-bed field hospital.", 600, "bed"), ("A 9-member jury was chosen.", 9, "member")],
)
def test_a_singular_noun_after_a_hyphen_is_counted(text: str, value: float, counts: str) -> None:
    c = one(text)
    assert (c.value, c.kind, c.counts) == (value, "count", counts)


def test_an_adjective_after_a_hyphen_is_not_counted() -> None:
    # "strong" is not what is counted; the crowd it describes is (a crowd of 200)
    assert one("A 200-strong crowd waited outside.").counts == "crowd"
    assert one("A 30-odd group waited outside.").counts is None


def test_one_before_a_reporting_verb_counts_the_noun_before_it() -> None:
    c = one("One neighbour said the fire spread quickly.")
    assert (c.value, c.counts) == (1, "neighbour")
    assert all(c.counts != "journalist" for c in numcheck.extract("One MP told journalists he was worried."))


# ---------------------------------------------------------------- magnitudes, halves, prices per share


@pytest.mark.parametrize(
    "text",
    [
        "A magnitude 6.3 earthquake shook the valley.",
        "The 4.9-magnitude tremor was felt widely.",
        "A 5.8 quake struck before dawn.",
        "The shock measured 7.1 on the Richter scale.",
    ],
)
def test_an_earthquake_figure_is_a_magnitude(text: str) -> None:
    c = one(text)
    assert (c.kind, c.unit) == ("quantity", "magnitude")


def test_a_count_of_earthquakes_is_not_a_magnitude() -> None:
    assert all(
        c.value != 300 or c.unit != "magnitude"
        for c in numcheck.extract("There were 300 magnitude 3 quakes.")
    )


def test_half_of_is_a_share_and_half_a_unit_is_half_of_it() -> None:
    c = one("Half of the district lost water.")
    assert (c.value, c.kind) == (50, "percent")
    c = one("The boat sank half a mile offshore.")
    assert (c.value, c.unit) == (0.5, "mile")
    c = one("The jury returned an hour and a half later.")
    assert (c.value, c.kind, c.unit) == (1.5, "quantity", "hour")


def test_a_price_per_share() -> None:
    c = one("The bid values the company at $22 per share.")
    assert (c.value, c.unit) == (22, "USD/share")


@pytest.mark.parametrize(
    "sentence",
    [
        "The lender earned $1.37 per diluted share in the spring quarter.",
        "The lender earned $1.37 per basic common share in the spring quarter.",
    ],
)
def test_a_price_per_share_keeps_its_share_after_diluted_or_basic(sentence: str) -> None:
    c = one(sentence)
    assert (c.value, c.unit, c.surface.endswith("share")) == (1.37, "USD/share", True)


def test_qualifiers_alone_are_no_item() -> None:
    # "per diluted" with no item after it is no price per item
    c = one("Analysts had expected $1.37, per diluted estimates from the desk.")
    assert (c.value, c.unit) == (1.37, "USD")


@pytest.mark.parametrize(
    "sentence, surface, value, unit",
    [
        ("The ferry was idle for a day and a half last spring.", "a day and a half", 1.5, "day"),
        ("The hearing ran for an hour and a half on Monday.", "an hour and a half", 1.5, "hour"),
        ("The new path is a mile and a half long.", "a mile and a half", 1.5, "mile"),
    ],
)
def test_one_unit_and_a_half_is_one_and_a_half_units(sentence: str, surface: str, value: float, unit: str):
    c = one(sentence)
    assert (c.surface, c.value, c.unit) == (surface, value, unit)


# ---------------------------------------------------------------- labels, addresses, codes, clock spans


@pytest.mark.parametrize(
    "text",
    [
        "Section 9 of the law sets the penalty.",
        "Line 14 opens next spring.",
        "The frigate, hull code 572, was launched.",
        "The office moved to 4120 Harbor Blvd last year.",
        "Orders go to the depot at Springdale 72764 first.",
        "Shops open from 8 to 10 am on Sundays.",
        "The summit runs from Mar 3 to 6.",
    ],
)
def test_labels_street_numbers_codes_and_clock_spans_are_not_claims(text: str) -> None:
    assert numcheck.extract(text) == [], [c.surface for c in numcheck.extract(text)]


def test_a_model_name_glued_to_a_unit_letter_is_not_that_unit() -> None:
    assert all(c.unit != "ampere" for c in numcheck.extract("The air force flies six A330 tankers."))


def test_of_these_and_a_possessive_name_the_counted_whole() -> None:
    c = numcheck.extract("Only one of Spain's nine reactors was running.")[0]
    assert (c.value, c.counts) == (1, "reactor")
    c = numcheck.extract("Two of these small ferries sank.")[0]
    assert (c.value, c.counts) == (2, "ferry")


def test_one_before_a_verb_or_a_plural_further_on_is_not_that_noun() -> None:
    assert numcheck.extract("One suffered a broken arm.") == []
    assert one("One economist urges patience.").counts == "economist"


def test_a_change_from_one_amount_to_another_is_two_figures() -> None:
    text = "Costs have risen from a first estimate of 4.2 billion euros to 5.1 billion euros."
    assert [c.value for c in numcheck.extract(text)] == [4.2e9, 5.1e9]


def test_a_year_before_a_stray_quotation_mark_is_not_inches() -> None:
    assert numcheck.extract('The depot shut in 2004" after a long fight.') == []


def test_a_unit_and_a_half_without_an_article() -> None:
    c = one("The last week and a half was chaotic.")
    assert (c.value, c.unit) == (1.5, "week")


def test_a_spelled_number_inside_a_name_is_not_a_claim() -> None:
    assert numcheck.extract("The town was rebuilt after World War Two ended.") == []
    assert one("Court Jails Three Men Over Fraud").counts == "man"


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("The inspector asked for three separate audit reports.", "report"),
        ("Two firemen were treated for smoke.", "fireman"),
        ("Last year 412 such complaints were filed.", "complaint"),
        ("Norway took five gold and three silver.", "gold"),
        ("Fourteen Defendants Charged in Pension Fraud", "defendant"),
    ],
)
def test_counted_nouns_past_a_noun_like_verb_such_a_headline_or_in_men(text: str, counts: str) -> None:
    assert numcheck.extract(text)[0].counts == counts


def test_a_metal_before_another_noun_is_not_a_medal() -> None:
    assert one("The vault held 40 gold coins.").counts == "coin"


@pytest.mark.parametrize(
    ("text", "kind", "unit"),
    [
        ("The talks dragged on for several months.", "quantity", "month"),
        ("Volunteers gave hundreds of hours to the project.", "quantity", "hour"),
        ("Dozens of their supporters waited outside.", "count", "supporter"),
    ],
)
def test_a_vague_amount_of_a_unit_or_of_a_determined_whole(text: str, kind: str, unit: str) -> None:
    c = one(text)
    assert (c.kind, c.unit, c.value) == (kind, unit, None)


def test_a_modifier_between_a_figure_and_its_unit_of_time() -> None:
    c = one("The river flooded four consecutive years.")
    assert (c.value, c.unit) == (4, "year")


def test_a_list_of_figures_shares_the_percent_sign_of_its_last() -> None:
    first, second = numcheck.extract("Turnout was 61 and 58.5 percent in the two rounds.")[:2]
    assert (first.kind, first.value, second.kind) == ("percent", 61, "percent")


def test_an_amount_to_a_number_of_recipients_is_not_a_range() -> None:
    money, count = numcheck.extract("The fund gives $4.5 million to 31 counties.")
    assert (money.value, money.unit, count.value, count.counts) == (4.5e6, "USD", 31, "county")


def test_the_scale_of_a_score_is_not_a_claim() -> None:
    assert [c.value for c in numcheck.extract("The city scored 64.1 out of 100 this year.")] == [64.1]


def test_a_scale_letter_after_a_lost_currency_sign_is_millions() -> None:
    assert one("The scheme could save ?250m a year.").value == 250e6


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Only one elderly patient was moved.", "patient"),
        ("Rebels said they shot down one Iraqi helicopter.", "helicopter"),
        ("Auditors flagged nine U.S. regional offices.", "office"),
    ],
)
def test_one_past_an_adjective_and_a_noun_past_an_abbreviation(text: str, counts: str) -> None:
    assert numcheck.extract(text)[0].counts == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Officials listed 310 reported cases last week.", "case"),
        ("The bank runs 900 ATMs nationwide.", "atm"),
    ],
)
def test_a_participle_before_the_noun_and_a_plural_acronym(text: str, counts: str) -> None:
    assert one(text).counts == counts


@pytest.mark.parametrize(
    "text",
    [
        'Police held three "known associates" overnight.',
        "The villa dates from 150 A.D. or so.",
        "There was an atmosphere of calm.",
    ],
)
def test_an_opening_quote_an_era_and_a_word_are_not_units(text: str) -> None:
    assert all(c.kind != "quantity" for c in numcheck.extract(text))


def test_a_currency_after_a_country_written_with_full_stops_is_money() -> None:
    c = one("The permit costs 15 U.S. dollars a day.")
    assert (c.value, c.kind, c.unit) == (15, "money", "USD/day")
    assert one("They flew 15 U.S. pilots home.").counts == "pilot"


def test_round_the_clock_24_7_is_no_figure() -> None:
    assert numcheck.extract("The clinic now runs 24/7 and the hotline 24/7/365.") == []


def test_radiation_doses_are_read_and_their_conversions_checked() -> None:
    c = one("Crews absorbed 14 millisieverts while sealing the leak.")
    assert (c.value, c.unit) == (14, "millisievert")
    assert one("Readings hit 2.6 microsieverts per hour by the fence.").unit == "microsievert / hour"
    report = numcheck.check("A dose of 2 sieverts (200 millisieverts) is dangerous.")
    assert [f.rule for f in report.findings] == ["NC401"]


# ---------------------------------------------------------------- found beside CQE on fit articles (2)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Paul T. Greer Jr., 58, of Dayton, was charged on Monday.", 58),
        ("Ruth Adler, M.D., 51, of Akron, pleaded guilty.", 51),
        ("Owen Marsh III, 33, was named in the complaint.", 33),
    ],
)
def test_an_age_after_a_name_suffix_is_an_age(text: str, age: int) -> None:
    c = one(text)
    assert (c.value, c.unit, c.role) == (age, "year", "age")


@pytest.mark.parametrize(
    "text",
    [
        "Inmates between the ages of 15 and 17 were moved to a new wing.",
        "Patients aged between 15 and 17 were seen first.",
    ],
)
def test_an_age_range_after_ages_of_or_aged_between(text: str) -> None:
    c = one(text)
    assert (c.low, c.high, c.unit) == (15, 17, "year")


def test_a_scale_word_joined_by_a_hyphen_scales_the_figure() -> None:
    a, b = numcheck.extract("The hall was valued at 230-million euros ($250-million) last year.")
    assert (a.value, a.unit, b.value, b.unit) == (230e6, "EUR", 250e6, "USD")


def test_a_percent_joined_by_a_hyphen_is_a_percentage() -> None:
    c = one("The shop reported 85-percent growth in sales.")
    assert (c.value, c.kind) == (85, "percent")


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("The farmer lives with his four wives near the lake.", "wife"),
        ("The school offered only six Gifted and Honors classes.", "class"),
        ("The summit drew three dozen state and federal agencies.", "agency"),
        ("Some 300,000 Israelis live in the area.", "israeli"),
        ("A dozen Democrats walked out of the chamber.", "democrat"),
        ("In 2019 about 40 million Chinese travelled abroad.", "chinese"),
        ("Ministry Names Six Experts as New Members of Panel", "expert"),
        ("OJP has six bureaus that hand out grants.", "bureau"),
    ],
)
def test_counted_nouns_past_coordinated_modifiers_demonyms_and_headlines(text: str, counts: str) -> None:
    c = one(text)
    assert (c.kind, c.unit) == ("count", counts)


def test_a_demonym_before_a_noun_is_not_what_is_counted() -> None:
    c = one("Some 40 million Chinese and foreign workers will be affected.")
    assert c.unit == "worker"


@pytest.mark.parametrize(
    "text",
    [
        "The arena was built around 200 A.D. by the Romans.",
        "Panel 3: Industry Reaction",
        "The case number is 11-cr-20121.",
        "See www.example.gov/news/2013_9_18_report.html for more.",
    ],
)
def test_eras_labels_case_numbers_and_file_names_are_not_claims(text: str) -> None:
    assert numcheck.extract(text) == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The island is a half a square mile in size.", 0.5, "square mile"),
        ("The church has held the keys for a quarter of a century.", 0.25, "century"),
        ("He walked a third of a mile to the station.", 1 / 3, "mile"),
        ("He has served four and half years of his term.", 4.5, "year"),
    ],
)
def test_a_spelled_fraction_of_one_unit_is_that_part_of_the_unit(text: str, value: float, unit: str) -> None:
    c = one(text)
    assert (c.kind, c.unit) == ("quantity", unit)
    assert c.value == pytest.approx(value, rel=1e-6)


def test_a_range_of_two_fractions_is_a_range_of_percentages() -> None:
    c = one("Opinion is split: between a quarter and two-fifths say yes.")
    assert (c.low, c.high, c.unit) == (25, 40, "percent")


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("The firm paid several hundred million dollars in bribes.", 3e8, 8e8, "USD"),
        ("A few thousand people came to the rally.", 2000, 5000, "people"),
        ("The wars cost trillions of dollars.", 1e12, 1e13, "USD"),
    ],
)
def test_a_vague_multiple_of_a_scale_word(text: str, low: float, high: float, unit: str) -> None:
    c = one(text)
    assert (c.low, c.high, c.unit) == (low, high, unit)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The birth rate fell to 1.6 per woman last year.", "per woman"),
        ("The quota of 300 per week was lifted in March.", "per week"),
        ("The plant now turns out a dozen a year.", "per year"),
    ],
)
def test_a_figure_with_nothing_counted_but_a_rate(text: str, unit: str) -> None:
    c = one(text)
    assert c.unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Nights in the valley fall to -30 C in January.", -30, "degrees celsius"),
        ("It was minus 5 F in the town at dawn.", -5, "degrees fahrenheit"),
    ],
)
def test_a_spaced_temperature_letter_after_a_figure_below_zero(text: str, value: float, unit: str) -> None:
    c = one(text)
    assert (c.value, c.unit) == (value, unit)


def test_the_age_at_death() -> None:
    c = one("The poet, who died on Sunday at 91, was born in Leeds.")
    assert (c.value, c.unit) == (91, "year")


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("The boy now lives with one parent because of the move.", "parent"),
        ("The mayor has only one serious rival left in the vote.", "rival"),
        ("The strike was aimed at one NATO officer in the camp.", "officer"),
        ("Only 51 (housing) units were approved this year.", "unit"),
    ],
)
def test_one_past_an_adjective_or_before_a_clause_and_a_word_in_brackets(text: str, counts: str) -> None:
    c = one(text)
    assert (c.kind, c.unit) == ("count", counts)


@pytest.mark.parametrize(
    "text",
    [
        "The charge falls under 18 U.S.C. 1001 and 42 USC 3631.",
        "He was charged under sections 2332(a)(1) of the code.",
        "The firm failed to file Forms 941 on time.",
        "The lab prints 3D models for a 5G network.",
        "The ferry was set to sail at seven in the evening.",
        "The plan offers a one-stop shop, not a one-size-fits-all fix.",
        "Talks on a two-state solution have stalled.",
    ],
)
def test_code_citations_sub_clauses_model_names_times_and_hyphen_idioms_are_not_claims(text: str) -> None:
    assert numcheck.extract(text) == []


def test_an_age_before_and_and_the_next_name() -> None:
    claims = numcheck.extract("Ann Cole, 52, Bea Cole, 45 and Tom Reed, 58, all of Ohio, pleaded guilty.")
    assert [(c.value, c.unit) for c in claims] == [(52, "year"), (45, "year"), (58, "year")]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("One Ohio lawmaker said there was little debate.", "lawmaker"),
        ("The share of couples with at least one child rose last year.", "child"),
        ("He took part in one fraud conspiracy from 2001.", "conspiracy"),
        ("The band made only one studio album but toured widely.", "album"),
        ("Police also charged one former employee of the bank.", "employee"),
        ("Since then 40 members of Mr Hale's 29-member panel have left.", "member"),
    ],
)
def test_one_past_a_proper_modifier_or_before_its_compound_head(text: str, counts: str) -> None:
    c = [c for c in numcheck.extract(text) if c.kind == "count"][-1]
    assert c.unit == counts


def test_a_year_like_figure_after_a_hedge_and_before_people_is_a_count() -> None:
    c = one("Volunteers fed roughly 1250 people per week last year.")
    assert (c.value, c.unit) == (1250, "people / week")
    assert numcheck.extract("In about 1990 people began to move.") == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("They met about three times a year.", 3, "time / year"),
        ("The board sat for three fiscal years.", 3, "year"),
    ],
)
def test_occasions_per_unit_of_time_and_a_modifier_before_years(text: str, value: float, unit: str) -> None:
    c = one(text)
    assert (c.value, c.unit) == (value, unit)


def test_money_per_a_singular_noun_but_not_per_a_currency() -> None:
    a, b = numcheck.extract("The agency pays $70 million per astronaut at a rate of $1.30 per pound.")
    assert (a.unit, b.unit) == ("USD/astronaut", "USD/GBP")


def test_a_price_per_pound_is_by_weight_unless_an_exchange_rate_is_named() -> None:
    a, b = numcheck.extract("Copper closed at $4.10 per pound, and ivory sold for $900 a pound.")
    assert (a.unit, b.unit) == ("USD/pound", "USD/pound")
    (c,) = numcheck.extract("The loan was converted at $1.27 per pound.")
    assert c.unit == "USD/GBP"
    (d,) = numcheck.extract("Tourists paid $1.31 to the pound.")
    assert d.unit == "USD/GBP"


def test_a_toll_at_a_figure_is_not_an_age_at_death() -> None:
    c = one("Officials put the death toll at 96 on Sunday.")
    assert c.unit != "year"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Seven out of ten voters backed the plan.", [(7, "voter")]),
        ("Schools reported 814 and 520 closings, respectively.", [(814, "closing"), (520, "closing")]),
    ],
)
def test_a_figure_counts_the_noun_of_the_next_figure_in_a_list_and_a_ratio_its_plural_not_its_scale(
    text: str, values: list[tuple[float, str | None]]
) -> None:
    assert [(c.value, c.unit) for c in numcheck.extract(text)] == values


def test_a_unit_after_the_next_figure_of_a_list_is_shared() -> None:
    a, b = numcheck.extract("Output fell by 1.4 million and 2.2 million tons, respectively.")
    assert (a.value, a.kind, a.unit, a.si_unit) == (1.4e6, "quantity", b.unit, b.si_unit)
    assert b.unit == "ton"


def test_a_noun_in_quotation_marks_is_counted() -> None:
    c = one('The firm has acted for more than 300 "victims of hacking" so far.')
    assert c.unit == "victim"


def test_a_plural_of_a_two_letter_abbreviation_is_counted() -> None:
    c = one("Two Green MPs voted against the bill.")
    assert (c.kind, c.unit) == ("count", "mp")


def test_a_capitalised_plural_ending_a_headline_is_counted() -> None:
    c = one("Brewer Settles Clean Water Act Violations at Three Ohio Breweries")
    assert (c.kind, c.unit) == ("count", "brewery")


def test_a_name_suffix_tells_a_father_from_his_son() -> None:
    text = "Paul Greer Sr., 75, of Dayton, and Paul Greer Jr., 50, of Akron, were charged."
    a, b = numcheck.extract(text)
    assert (a.unit, b.unit) == ("year", "year")
    assert a.measurand != b.measurand
    assert not numcheck.check(text).findings


def test_a_scale_word_glued_to_the_next_word_keeps_its_scale() -> None:
    # a lost space in a scraped headline: "Millionin" is "Million in"
    c = one("Shipyard Agrees to Pay $250 Millionin Penalties")
    assert (c.kind, c.value) == ("money", 250_000_000)
    c = one("She ran a $3millionclinic fraud.")
    assert (c.kind, c.value) == ("money", 3_000_000)
    text = "Shipyard Agrees to Pay $250 Millionin Penalties\n\nThe yard will pay $250 million in penalties."
    assert not numcheck.check(text).findings


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The climb took three hours and 40 minutes.", "three hours and 40 minutes", 3 + 40 / 60, "hour"),
        ("He was jailed for 18 months and one day.", "18 months and one day", 18 + 1 / 30.4375, "month"),
        (
            "She won in 4 hours, 12 minutes and 30 seconds.",
            "4 hours, 12 minutes and 30 seconds",
            4 + 12 / 60 + 30 / 3600,
            "hour",
        ),
        ("The foal weighed 9 pounds 6 ounces.", "9 pounds 6 ounces", 9.375, "pound"),
        ("The centre stands seven feet two inches tall.", "seven feet two inches", 7 + 2 / 12, "foot"),
    ],
)
def test_a_quantity_in_two_or_three_units_is_one_figure(
    text: str, surface: str, value: float, unit: str
) -> None:
    (c,) = numcheck.extract(text)
    assert (c.surface, c.unit) == (surface, unit)
    assert c.value == pytest.approx(value, abs=1e-3)


def test_parts_of_a_compound_must_each_be_less_than_one_of_the_unit_before() -> None:
    # two terms, not one: 30 months is more than a year
    terms = numcheck.extract("They were given 20 years and 30 months.")
    assert [c.surface for c in terms] == ["20 years", "30 months"]
    # "respectively": two people's terms
    text = "The brothers got 6 years and 9 months, respectively."
    assert [c.surface for c in numcheck.extract(text)] == ["6 years", "9 months"]


def test_pence_to_pence_is_a_range_of_pence() -> None:
    (c,) = numcheck.extract("Bus fares will cost 60p to 95p.")
    assert (c.low, c.high, c.unit) == (0.6, 0.95, "GBP")


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("The shares fell 12p to 345p.", ["12p", "345p"]),
        ("Crude rose $1.20 per barrel to $61.40 per barrel.", ["$1.20 per barrel", "$61.40 per barrel"]),
        ("The asking price was cut by $250 million to $3.1 billion.", ["$250 million", "$3.1 billion"]),
    ],
)
def test_a_change_then_the_level_it_reached_is_not_a_range(text: str, surfaces: list[str]) -> None:
    assert [c.surface for c in numcheck.extract(text)] == surfaces


def test_a_range_after_a_change_verb_stays_a_range_when_its_ends_are_close() -> None:
    (c,) = numcheck.extract("Analysts expect the dividend to rise $2 to $3 a share.")
    assert (c.low, c.high) == (2, 3)


def test_p_after_a_figure_is_pence_or_a_resolution_never_pints() -> None:
    assert all(c.unit != "pint" for c in numcheck.extract("The clip plays at 480p on older phones."))
    (c,) = numcheck.extract("A stamp now costs 85p.")
    assert (c.value, c.unit) == (0.85, "GBP")


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Fans paid 450 rand a ticket.", "ZAR"),
        ("The grant was 3 million ringgit.", "MYR"),
        ("Rent is 9,000 Egyptian pounds a month.", "EGP"),
        ("The county set aside 40 million Kenyan shillings.", "KES"),
        ("Guides charge 1,500 baht.", "THB"),
    ],
)
def test_currencies_named_in_words_of_more_countries(text: str, currency: str) -> None:
    (c,) = numcheck.extract(text)
    assert c.kind == "money" and c.unit.split("/")[0] == currency


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The central bank cut its rate by 50 basis points.", "50 basis points", 0.5),
        ("Turnout reached 71.3%, up 2.4 points on the last election.", "2.4 points", 2.4),
        ("Her approval climbed 6 points to 48% in June.", "6 points", 6),
        ("The Greens polled 22%, five points ahead of the Liberals.", "five points", 5),
    ],
)
def test_points_beside_a_percentage_are_percentage_points(text: str, surface: str, value: float) -> None:
    (c,) = [c for c in numcheck.extract(text) if c.surface == surface]
    assert (c.kind, c.value) == ("percentage_point", pytest.approx(value))


@pytest.mark.parametrize(
    "text",
    [
        "The index dropped 85 points, or 0.6%, to 14,020.",  # the percentage restates index points
        "The side scored 104 points, 9% more than a year ago.",  # a score, not a change
    ],
)
def test_other_points_stay_points(text: str) -> None:
    assert all(c.kind != "percentage_point" for c in numcheck.extract(text))


def test_a_change_in_points_to_a_percentage_is_no_vote_tally() -> None:
    claims = numcheck.extract("Support rose 4 points to 45% in May.")
    assert [c.surface for c in claims] == ["4 points", "45%"]

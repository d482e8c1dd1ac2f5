"""The desk's knowledge, loaded from a rule pack directory (default: the project's `rules/`).

Every file is YAML validated by a pydantic model; a mistake is reported as a `ConfigError`
naming the file and line. Nothing here is read from globals: `load_pack()` returns a `RulePack`
that is passed down the pipeline.

A desk's pack may hold only some of the files: the others come from the default pack. A desk's
file extends the default one entry by entry (a hedge, a vague phrase, a unit by its name replaces
the default entry of that name, new ones are added; words are added to word lists; keys to
tables), unless it says `replace: true` at the top, when it replaces the default file whole.
`rules.yaml` is the exception: its settings always stand beside the defaults, rule by rule.
`RulePack.modes` records what each of the desk's files did; `numcheck rules validate` prints it.
`check_pack()` collects every problem of a pack (for `numcheck rules validate`); `load_pack()`
raises the first one.
"""

from __future__ import annotations

import difflib
import math
import os
import pickle
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StrictBool, ValidationError

from numcheck.defaults import new_list
from numcheck.errors import ConfigError
from numcheck.featurenames import FEATURES
from numcheck.rulecodes import resolve_rule, unknown_rule_message

if TYPE_CHECKING:
    import yaml
else:
    yaml = None  # PyYAML: imported by _import_yaml() when a pack is read from its files, not before

M = TypeVar("M", bound=BaseModel)


class _Strict(BaseModel):
    # strict: a YAML `no` (a boolean) is not a word, "2" (a string) is not a width
    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)


class Hedge(_Strict):
    name: str
    kind: Literal["approx", "below", "above", "at_least", "at_most"]
    width: float = Field(ge=0, allow_inf_nan=False)
    words: list[str] = Field(min_length=1)


class HedgesFile(_Strict):
    hedges: list[Hedge]
    shared_over_and: list[str] = Field(default_factory=new_list)  # hedge kinds (hedges._shared_hedge)


class Vague(_Strict):
    phrase: str
    low: float
    high: float
    value: float | None = None
    alone: bool = False  # a plural standing alone as the counted thing ("killed dozens"): read in context


class VagueFile(_Strict):
    vague: list[Vague]
    alone_not_after: list[str] = Field(default_factory=new_list)
    alone_joined_by: list[str] = Field(default_factory=new_list)


class NumbersFile(_Strict):
    units_words: dict[str, int]
    tens_words: dict[str, int]
    scales: dict[str, int]
    scale_abbreviations: dict[str, int]
    special: dict[str, float]
    fractions: dict[str, int]
    comma_space_before: list[str] = Field(default_factory=new_list)  # numbers._comma_space_group
    hyphen_space_before: list[str] = Field(default_factory=new_list)  # not_claims._lost_space_hyphen
    count_before: list[str] = Field(default_factory=new_list)  # not_claims: four digits that are no year


class NounsFile(_Strict):
    classes: dict[str, list[str]]
    implied_events: dict[str, str] = Field(default_factory=dict)
    people_kinds: list[str] = Field(default_factory=new_list)
    people_nouns: list[str] = Field(default_factory=new_list)
    not_counted: list[str] = Field(default_factory=new_list)
    phrase_closers: list[str] = Field(default_factory=new_list)
    short_year_after: list[str] = Field(default_factory=new_list)
    period_labels: list[str] = Field(default_factory=new_list)
    one_of_idioms: list[str] = Field(default_factory=new_list)
    partitive_possessives: list[str] = Field(default_factory=new_list)
    whole_quantifiers: list[str] = Field(default_factory=new_list)
    one_idioms: list[str] = Field(default_factory=new_list)
    one_modifiers_in_s: list[str] = Field(default_factory=new_list)
    one_nouns_in_ly: list[str] = Field(default_factory=new_list)
    time_after_words: list[str] = Field(default_factory=new_list)
    half_subject_verbs: list[str] = Field(default_factory=new_list)
    half_of_determiners: list[str] = Field(default_factory=new_list)
    half_cut_before: list[str] = Field(default_factory=new_list)
    half_cut_after: list[str] = Field(default_factory=new_list)
    docket_codes: list[str] = Field(default_factory=new_list)
    one_subject_verbs: list[str] = Field(default_factory=new_list)
    zero_idioms: list[str] = Field(default_factory=new_list)
    rank_top: list[str] = Field(default_factory=new_list)
    slice_groups: list[str] = Field(default_factory=new_list)
    window_words: list[str] = Field(default_factory=new_list)
    window_spans: list[str] = Field(default_factory=new_list)
    rank_before: list[str] = Field(default_factory=new_list)
    # nouns of ownership: after "a half" or "a quarter" the fraction is a share ("a quarter stake")
    share_nouns: list[str] = Field(default_factory=new_list)
    period_positions: list[str] = Field(default_factory=new_list)
    age_words: list[str] = Field(default_factory=new_list)
    age_hedges: list[str] = Field(default_factory=new_list)
    headline_counters: list[str] = Field(default_factory=new_list)
    alias_words: list[str] = Field(default_factory=new_list)
    age_groups: list[str] = Field(default_factory=new_list)
    age_bounds: list[str] = Field(default_factory=new_list)
    age_copulas: list[str] = Field(default_factory=new_list)
    age_comparatives: list[str] = Field(default_factory=new_list)
    age_turns: list[str] = Field(default_factory=new_list)
    age_whens: list[str] = Field(default_factory=new_list)
    age_open_bounds: list[str] = Field(default_factory=new_list)
    age_persons: list[str] = Field(default_factory=new_list)
    age_holders: list[str] = Field(default_factory=new_list)
    age_determiners: list[str] = Field(default_factory=new_list)
    not_age_names: list[str] = Field(default_factory=new_list)
    name_suffixes: list[str] = Field(default_factory=new_list)
    capitalised_plurals: list[str] = Field(default_factory=new_list)
    plurals_without_s: list[str] = Field(default_factory=new_list)
    ics_plurals: list[str] = Field(default_factory=new_list)
    half_wholes: list[str] = Field(default_factory=new_list)
    death_words: list[str] = Field(default_factory=new_list)
    hyphen_idioms: list[str] = Field(default_factory=new_list)
    hyphen_adjectives: list[str] = Field(default_factory=new_list)
    common_verbs: list[str] = Field(default_factory=new_list)
    not_hyphen_nouns: list[str] = Field(default_factory=new_list)
    name_labels: list[str] = Field(default_factory=new_list)
    counter_labels: list[str] = Field(default_factory=new_list)
    names_after: list[str] = Field(default_factory=new_list)
    period_labels_after: list[str] = Field(default_factory=new_list)
    period_label_before: list[str] = Field(default_factory=new_list)
    period_label_then: list[str] = Field(default_factory=new_list)
    place_second_words: list[str] = Field(default_factory=new_list)
    emergency_numbers: list[str] = Field(default_factory=new_list)
    emergency_words: list[str] = Field(default_factory=new_list)
    stage_names: list[str] = Field(default_factory=new_list)
    more_of: list[str] = Field(default_factory=new_list)
    range_change_verbs: list[str] = Field(default_factory=new_list)
    range_or_words: list[str] = Field(default_factory=new_list)
    range_nouns: list[str] = Field(default_factory=new_list)
    adjective_nouns: list[str] = Field(default_factory=new_list)
    street_words: list[str] = Field(default_factory=new_list)
    per_item: list[str] = Field(default_factory=new_list)
    per_item_qualifiers: list[str] = Field(default_factory=new_list)
    occasions_before: list[str] = Field(default_factory=new_list)
    multiple_verbs: list[str] = Field(default_factory=new_list)
    occasion_words: dict[str, int] = Field(default_factory=dict)
    once_counted_after: list[str] = Field(default_factory=new_list)
    occasion_idioms_after: list[str] = Field(default_factory=new_list)
    one_listed_after: list[str] = Field(default_factory=new_list)
    one_list_reach: int = 10
    one_not_listed_before: list[str] = Field(default_factory=new_list)
    one_opened_after: list[str] = Field(default_factory=new_list)
    one_opened_reach: int = 3
    per_item_shared_by: list[str] = Field(default_factory=new_list)
    per_item_sums: list[str] = Field(default_factory=new_list)
    per_item_each: list[str] = Field(default_factory=new_list)


class EventsFile(_Strict):
    events: dict[str, list[str]]
    directions: dict[str, list[str]] = Field(default_factory=dict)
    direction_adverbs: dict[str, list[str]] = Field(default_factory=dict)
    direction_adverbs_after: list[str] = Field(default_factory=new_list)
    totals: list[str] = Field(default_factory=new_list)
    cues: dict[str, list[str]] = Field(default_factory=dict)
    modality: list[str] = Field(default_factory=new_list)
    demands: list[str] = Field(default_factory=new_list)
    demand_list_ends: list[str] = Field(default_factory=new_list)
    predicate_past: list[str] = Field(default_factory=new_list)
    weak_modality: list[str] = Field(default_factory=new_list)
    counterfactual: list[str] = Field(default_factory=new_list)
    relative_years: dict[str, int] = Field(default_factory=dict)
    relative_year_openers: list[str] = Field(default_factory=new_list)
    statutory: list[str] = Field(default_factory=new_list)
    possibility: list[str] = Field(default_factory=new_list)
    updates: list[str] = Field(default_factory=new_list)
    tentative: list[str] = Field(default_factory=new_list)
    aspects: dict[str, list[str]] = Field(default_factory=dict)


class Respondents(_Strict):
    """rules/attribution.yaml 'respondents': a voice holding a word of `shares` or a mark of
    `share_marks`, or ending in a noun of `groups`, is a group of people a poll asked, answering
    for itself (within._asked_group)."""

    shares: list[str] = Field(default_factory=new_list)
    share_marks: list[str] = Field(default_factory=new_list)
    groups: list[str] = Field(default_factory=new_list)
    answers: list[str] = Field(default_factory=new_list)


class AttributionFile(_Strict):
    verbs: list[str]
    generic: list[str] = Field(default_factory=new_list)
    prepositions: list[str]
    pronouns: list[str]
    not_sources: list[str] = Field(default_factory=new_list)
    groups: list[str] = Field(default_factory=new_list)
    frames: list[str] = Field(default_factory=new_list)
    speech: list[str] = Field(default_factory=new_list)
    tallies: list[str] = Field(default_factory=new_list)
    openers: list[str] = Field(default_factory=new_list)
    at_cues: list[str] = Field(default_factory=new_list)
    place_heads: list[str] = Field(default_factory=new_list)
    family_name_words: list[str] = Field(default_factory=new_list)
    cue_terms: list[str] = Field(default_factory=new_list)
    as_cues: list[str] = Field(default_factory=new_list)
    given_figures: list[str] = Field(default_factory=new_list)
    accounts: list[str] = Field(default_factory=new_list)
    carrying_documents: list[str] = Field(default_factory=new_list)
    account_words: list[str] = Field(default_factory=new_list)
    unnamed_cues: list[str] = Field(default_factory=new_list)
    hearsay_nouns: list[str] = Field(default_factory=new_list)
    hearsay_participles: list[str] = Field(default_factory=new_list)
    hearsay_infinitives: list[str] = Field(default_factory=new_list)
    hypothetical_modals: list[str] = Field(default_factory=new_list)
    cue_noun_adjectives: list[str] = Field(default_factory=new_list)
    counted_speaker_leads: list[str] = Field(default_factory=new_list)
    respondent_verbs: list[str] = Field(default_factory=new_list)
    participle_asides: list[str] = Field(default_factory=new_list)
    inverted_cues: list[str] = Field(default_factory=new_list)
    study_words: list[str] = Field(default_factory=new_list)
    data_bodies: list[str] = Field(default_factory=new_list)
    account_participles: list[str] = Field(default_factory=new_list)
    inquiries: list[str] = Field(default_factory=new_list)
    at_participles: list[str] = Field(default_factory=new_list)
    post_mark_prefixes: list[str] = Field(default_factory=new_list)
    post_mark_links: list[str] = Field(default_factory=new_list)
    findings: list[str] = Field(default_factory=new_list)
    finders: list[str] = Field(default_factory=new_list)
    shares: list[str] = Field(default_factory=new_list)
    share_leads: list[str] = Field(default_factory=new_list)
    first_person: list[str] = Field(default_factory=new_list)
    states: list[str] = Field(default_factory=new_list)
    findings_words: list[str] = Field(default_factory=new_list)
    described_heads: list[str] = Field(default_factory=new_list)
    any_kind_heads: list[str] = Field(default_factory=new_list)
    described_people: list[str] = Field(default_factory=new_list)
    not_speakers: list[str] = Field(default_factory=new_list)
    about_oneself: list[str] = Field(default_factory=new_list)
    self_subjects: list[str] = Field(default_factory=new_list)
    own_results_cues: list[str] = Field(default_factory=new_list)
    own_results: list[str] = Field(default_factory=new_list)
    polls: list[str] = Field(default_factory=new_list)
    poll_findings: list[str] = Field(default_factory=new_list)
    poll_finding_verbs: list[str] = Field(default_factory=new_list)
    poll_clause_openers: list[str] = Field(default_factory=new_list)
    respondents: Respondents = Field(default_factory=Respondents)
    speaks_for: list[str] = Field(default_factory=new_list)
    source_ends: list[str] = Field(default_factory=new_list)
    document_verbs: list[str] = Field(default_factory=new_list)
    charging: list[str] = Field(default_factory=new_list)
    hearers: list[str] = Field(default_factory=new_list)
    judging: list[str] = Field(default_factory=new_list)
    hearing_verbs: list[str] = Field(default_factory=new_list)
    credit_tail: int = 6
    saying: list[str] = Field(default_factory=new_list)
    saying_that: list[str] = Field(default_factory=new_list)
    object_cues: dict[str, str] = Field(default_factory=dict)
    saying_that_past: list[str] = Field(default_factory=new_list)
    saying_ing: list[str] = Field(default_factory=new_list)
    saying_ing_that: list[str] = Field(default_factory=new_list)
    other_senses: dict[str, list[str]] = Field(default_factory=dict)
    not_carried: list[str] = Field(default_factory=new_list)
    proceedings: list[str] = Field(default_factory=new_list)
    carry_words: dict[str, list[str]] = Field(default_factory=dict)
    narrative_openers: list[str] = Field(default_factory=new_list)
    name_titles: list[str] = Field(default_factory=new_list)
    title_abbreviations: list[str] = Field(default_factory=new_list)
    trailing_speaker_cues: list[str] = Field(default_factory=new_list)
    title_joiners: list[str] = Field(default_factory=new_list)
    statement_turns: list[str] = Field(default_factory=new_list)
    pronoun_openers: list[str] = Field(default_factory=new_list)
    relative_openers: list[str] = Field(default_factory=new_list)
    that_verbs: list[str] = Field(default_factory=new_list)
    continuing_openers: list[str] = Field(default_factory=new_list)
    cue_as_noun: list[str] = Field(default_factory=new_list)
    object_possessives: list[str] = Field(default_factory=new_list)
    count_inside: list[str] = Field(default_factory=new_list)
    time_after: list[str] = Field(default_factory=new_list)
    after_tag_openers: list[str] = Field(default_factory=new_list)
    after_quote_openers: list[str] = Field(default_factory=new_list)
    noun_after_cue: list[str] = Field(default_factory=new_list)
    existential: list[str] = Field(default_factory=new_list)
    interviewers: list[str] = Field(default_factory=new_list)
    interviewee_labels: list[str] = Field(default_factory=new_list)
    question_leads: list[str] = Field(default_factory=new_list)
    interview_intros: list[str] = Field(default_factory=new_list)
    titled_heads: list[str] = Field(default_factory=new_list)
    possessed_people: list[str] = Field(default_factory=new_list)
    he_words: list[str] = Field(default_factory=new_list)
    she_words: list[str] = Field(default_factory=new_list)
    he_titles: list[str] = Field(default_factory=new_list)
    she_titles: list[str] = Field(default_factory=new_list)
    honorifics: list[str] = Field(default_factory=new_list)
    charging_documents: list[str] = Field(default_factory=new_list)
    document_participles: list[str] = Field(default_factory=new_list)
    recipient_participles: list[str] = Field(default_factory=new_list)
    deceit_adverbs: list[str] = Field(default_factory=new_list)
    shift_openers: list[str] = Field(default_factory=new_list)
    passive_not_cues: list[str] = Field(default_factory=new_list)
    that_only_cues: list[str] = Field(default_factory=new_list)
    that_only_leads: list[str] = Field(default_factory=new_list)
    relative_continuers: list[str] = Field(default_factory=new_list)
    participle_leads: list[str] = Field(default_factory=new_list)
    link_openers: list[str] = Field(default_factory=new_list)
    data_passives: list[str] = Field(default_factory=new_list)
    speaking_groups: list[str] = Field(default_factory=new_list)
    news_outlets: list[str] = Field(default_factory=new_list)
    headline_verbs: list[str] = Field(default_factory=new_list)


class Currency(_Strict):
    symbols: list[str]
    words: list[str]


class ExtraUnit(_Strict):
    pint: str
    symbols: list[str] = Field(default_factory=new_list)
    words: list[str] = Field(default_factory=new_list)
    entity: str | None = None  # what it measures ("speed", "concentration"); guessed from `pint` if absent


class Subunit(_Strict):
    currency: str
    share: float = Field(gt=0, allow_inf_nan=False)


class DeskUnit(_Strict):
    """A newsroom unit the desk defines: 'football pitch' = '7140 square metres'."""

    name: str
    equals: str  # a number and a unit numcheck reads: "7140 square metres", "11 m", "2.5 acres"
    words: list[str] = Field(default_factory=new_list)  # how copy writes it; default: the name and its plural
    symbols: list[str] = Field(default_factory=new_list)


class NamedScale(_Strict):
    before: list[str] = Field(default_factory=new_list)
    after: list[str] = Field(default_factory=new_list)
    max: float = Field(10.0, allow_inf_nan=False)


class SymbolSense(_Strict):
    unit: str  # a unit word numcheck knows ("megabit")
    when: list[str] = Field(default_factory=new_list)  # words of the sentence that call for it


class NamedFigure(_Strict):
    value: float = Field(allow_inf_nan=False)
    unit: str  # a unit word or symbol numcheck reads ("K", "kelvin")


class UnitsFile(_Strict):
    currencies: dict[str, Currency]
    pound_as_money_with_scale: bool = True
    pound_as_money_after: list[str] = Field(default_factory=new_list)
    currency_names: dict[str, str] = Field(default_factory=dict)
    currency_or_unit: list[str] = Field(default_factory=new_list)
    not_symbols: list[str] = Field(default_factory=new_list)
    percentage_points: dict[str, float] = Field(default_factory=dict)
    compound: dict[str, dict[str, float]] = Field(default_factory=dict)
    exchange_rate_cues: list[str] = Field(default_factory=new_list)
    extra: list[ExtraUnit] = Field(default_factory=new_list)
    pint_names: dict[str, str] = Field(default_factory=dict)
    plurals: dict[str, str] = Field(default_factory=dict)
    ambiguous_symbols: list[str] = Field(default_factory=new_list)
    # a unit word read as several units (pint names): "ton" -> short, metric or long ton
    unit_senses: dict[str, list[str]] = Field(default_factory=dict)
    # currency subunits: word -> its currency and share of the main unit ("cents": USD, 0.01)
    subunits: dict[str, Subunit] = Field(default_factory=dict)
    # ISO codes that are also English words: in lower case they are never a currency before a figure
    codes_that_are_words: list[str] = Field(default_factory=new_list)
    # a currency sign turned into letters by a lost character ("PS" for a pound sign): money only glued
    # before a sum written with groups or decimals or followed by a scale word ("PS4" is a console)
    lost_signs: dict[str, str] = Field(default_factory=dict)
    desk_units: list[DeskUnit] = Field(default_factory=new_list)
    # a bare figure on a named scale: "a magnitude 5.2 earthquake", "a 6.1 quake"
    named_scales: dict[str, NamedScale] = Field(default_factory=dict)
    # words between a figure and its unit of time: "three consecutive years"
    unit_modifiers: list[str] = Field(default_factory=new_list)
    some_day_before: list[str] = Field(default_factory=new_list)
    # a symbol whose unit the sentence decides: "mb" is a megabit where the sentence speaks of data
    symbol_senses: dict[str, SymbolSense] = Field(default_factory=dict)
    # words of size after a figure that make a symbol that is also an English word a unit: "2 in thick"
    measure_adjectives: list[str] = Field(default_factory=new_list)
    # a phrase that names a figure without writing it: "absolute zero" is 0 K
    named_figures: dict[str, NamedFigure] = Field(default_factory=dict)
    # words that open a restatement of the figure before them after a colon, comma or dash: "300 cars
    # a day: that's about 110,000 a year" (read like a restatement in brackets)
    restating_openers: list[str] = Field(default_factory=new_list)


class Roundness(_Strict):
    half_width: float = Field(0.5, ge=0, allow_inf_nan=False)
    cap_orders: int = Field(1, ge=0)


class Agreement(_Strict):
    relative: float = Field(0.0, ge=0, allow_inf_nan=False)


class ConversionTol(_Strict):
    relative: float = Field(0.01, ge=0, allow_inf_nan=False)
    currency_rates: float = Field(0.07, ge=0, allow_inf_nan=False)


class TolerancesFile(_Strict):
    roundness: Roundness = Field(default_factory=Roundness)
    agreement: Agreement = Field(default_factory=Agreement)
    conversion: ConversionTol = Field(default_factory=ConversionTol)


Level = Literal["error", "warning", "info"]


class RuleSetting(BaseModel):
    """How one rule runs: its severity, whether it runs, its parameters (None/empty: unchanged)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    severity: Level | None = None
    enabled: StrictBool | None = None
    # the rule's severity applies to findings at or above this confidence; below it they are info
    min_confidence: float | None = Field(None, ge=0, le=1, allow_inf_nan=False)
    params: dict[str, Any] = Field(default_factory=dict)


class PartsCues(_Strict):
    including: list[str] = Field(min_length=1)
    of_whole: list[str] = Field(min_length=1)
    of_whole_same_noun: list[str] = Field(default_factory=new_list)
    rebase: list[str] = Field(default_factory=new_list)
    rebase_breaks: list[str] = Field(default_factory=new_list)
    rebase_whole: list[str] = Field(default_factory=new_list)
    rebase_sources: list[str] = Field(default_factory=new_list)
    complete: list[str] = Field(default_factory=new_list)
    total_after: list[str] = Field(default_factory=new_list)
    total_follows: list[str] = Field(default_factory=new_list)
    named_whole: list[str] = Field(default_factory=new_list)
    remaining: list[str] = Field(default_factory=new_list)
    total_named: list[str] = Field(default_factory=new_list)
    announced_total: list[str] = Field(default_factory=new_list)
    announced_total_not_with: list[str] = Field(default_factory=new_list)
    announced_total_not_after: list[str] = Field(default_factory=new_list)
    announced_total_any: list[str] = Field(default_factory=new_list)
    announced_total_ends: list[str] = Field(default_factory=new_list)
    announced_total_itself: list[str] = Field(default_factory=new_list)
    announced_total_same_span: list[str] = Field(default_factory=new_list)
    condition: list[str] = Field(default_factory=new_list)
    condition_events: list[str] = Field(default_factory=new_list)
    charged: list[str] = Field(default_factory=new_list)
    outcome_nouns: list[str] = Field(default_factory=new_list)
    outcomes: list[str] = Field(default_factory=new_list)
    outcome_not_with: list[str] = Field(default_factory=new_list)
    outcome_again: list[str] = Field(default_factory=new_list)
    outcome_bare: list[str] = Field(default_factory=new_list)
    outcome_bare_between: list[str] = Field(default_factory=new_list)
    toll: list[str] = Field(default_factory=new_list)
    among: list[str] = Field(default_factory=new_list)
    of_them: list[str] = Field(default_factory=new_list)
    includes_opens: list[str] = Field(default_factory=new_list)
    all_but_opens: list[str] = Field(default_factory=new_list)
    of_the_total: list[str] = Field(default_factory=new_list)
    of_the_total_back: int = 30
    of_them_after: list[str] = Field(default_factory=new_list)
    of_them_other_after: list[str] = Field(default_factory=new_list)
    of_them_alternatives: list[str] = Field(default_factory=new_list)
    of_them_relatives: list[str] = Field(default_factory=new_list)
    of_them_span_joins: list[str] = Field(default_factory=new_list)
    exceptions_before: list[str] = Field(default_factory=new_list)
    including_people_verbs: list[str] = Field(default_factory=new_list)
    elided: list[str] = Field(default_factory=new_list)
    elided_not_with: list[str] = Field(default_factory=new_list)
    of_the_noun: list[str] = Field(default_factory=new_list)
    of_the_noun_not_modifiers: list[str] = Field(default_factory=new_list)
    of_the_noun_added: list[str] = Field(default_factory=new_list)
    kind_named_before: list[str] = Field(default_factory=new_list)
    colon_list_links: list[str] = Field(default_factory=new_list)
    kind_named_times: list[str] = Field(default_factory=new_list)
    paid_on: list[str] = Field(default_factory=new_list)
    billed: list[str] = Field(default_factory=new_list)
    billed_nouns: list[str] = Field(default_factory=new_list)
    billed_alone: list[str] = Field(default_factory=new_list)
    paid_on_adjectives: list[str] = Field(default_factory=new_list)
    announced: list[str] = Field(default_factory=new_list)
    announced_not_with: list[str] = Field(default_factory=new_list)
    announced_not_in_headline: list[str] = Field(default_factory=new_list)
    fines_total: list[str] = Field(default_factory=new_list)
    fines_total_before: list[str] = Field(default_factory=new_list)
    fines_total_with: list[str] = Field(default_factory=new_list)
    fine_after: list[str] = Field(default_factory=new_list)
    fine_before: list[str] = Field(default_factory=new_list)
    fine_not_with: list[str] = Field(default_factory=new_list)
    fines_imposed: list[str] = Field(default_factory=new_list)
    fine_agreed: list[str] = Field(default_factory=new_list)
    fines_of_companies: list[str] = Field(default_factory=new_list)
    fines_of_people: list[str] = Field(default_factory=new_list)
    fine_of_a_person: list[str] = Field(default_factory=new_list)
    fines_criminal: list[str] = Field(default_factory=new_list)
    opening_group: list[str] = Field(default_factory=new_list)
    plural_verbs: list[str] = Field(default_factory=new_list)
    size_compound: list[str] = Field(default_factory=new_list)
    one_of_people: list[str] = Field(default_factory=new_list)
    among_after: list[str] = Field(default_factory=new_list)
    which: list[str] = Field(default_factory=new_list)
    by_place: list[str] = Field(default_factory=new_list)
    lone_part: list[str] = Field(default_factory=new_list)
    with_part: list[str] = Field(default_factory=new_list)
    with_rate: list[str] = Field(default_factory=new_list)
    with_apart: list[str] = Field(default_factory=new_list)
    with_scale_mark: list[str] = Field(default_factory=new_list)
    with_ratio: list[str] = Field(default_factory=new_list)
    lone_pair: list[str] = Field(default_factory=new_list)
    lone_part_opens: list[str] = Field(default_factory=new_list)
    lone_part_not_acting: list[str] = Field(default_factory=new_list)
    named_and_others: str = "including"
    limit_nouns: list[str] = Field(default_factory=new_list)
    limit_bounds: list[str] = Field(default_factory=new_list)
    compared_part: list[str] = Field(default_factory=new_list)
    set_against: list[str] = Field(default_factory=new_list)
    nested_samples: list[list[str]] = Field(default_factory=new_list)
    nested_country: list[str] = Field(default_factory=new_list)
    needed: list[str] = Field(default_factory=new_list)
    needed_before: list[str] = Field(default_factory=new_list)
    scale: list[str] = Field(default_factory=new_list)
    headline_outcomes: dict[str, list[str]] = Field(default_factory=dict)
    headline_not_with: list[str] = Field(default_factory=new_list)
    headline_increments: list[str] = Field(default_factory=new_list)


class OneWord(_Strict):
    not_after: list[str] = Field(default_factory=new_list)
    not_before: list[str] = Field(default_factory=new_list)


class ChangeNouns(_Strict):
    increase: list[str] = Field(default_factory=new_list)
    decrease: list[str] = Field(default_factory=new_list)


class ChangeCues(_Strict):
    nouns: ChangeNouns = Field(default_factory=ChangeNouns)
    from_: list[str] = Field(default_factory=new_list, alias="from")
    compared_then: list[str] = Field(default_factory=new_list)
    up: list[str] = Field(default_factory=new_list)
    down: list[str] = Field(default_factory=new_list)
    rank_words: list[str] = Field(default_factory=new_list)
    restate: list[str] = Field(default_factory=new_list)
    restate_between: list[str] = Field(default_factory=new_list)
    restate_from: list[str] = Field(default_factory=new_list)
    range_before: list[str] = Field(default_factory=new_list)
    distance_before_from: list[str] = Field(default_factory=new_list)
    object_openers: list[str] = Field(default_factory=new_list)
    object_measures: list[str] = Field(default_factory=new_list)
    subject_auxiliaries: list[str] = Field(default_factory=new_list)
    ranks: list[str] = Field(default_factory=new_list)
    rank_places_below: float = 10000
    factors: dict[str, float] = Field(default_factory=dict)
    factor_verbs: dict[str, float] = Field(default_factory=dict)
    fold: list[str] = Field(default_factory=new_list)
    to_after_joins: list[str] = Field(default_factory=new_list)
    to_after_words: list[str] = Field(default_factory=new_list)
    series_joins: list[str] = Field(default_factory=new_list)
    series_next: list[str] = Field(default_factory=new_list)
    series_reach: list[str] = Field(default_factory=new_list)
    series_times: list[str] = Field(default_factory=new_list)
    series_not_after: list[str] = Field(default_factory=new_list)
    before_moving: list[str] = Field(default_factory=new_list)
    before_moving_between: list[str] = Field(default_factory=new_list)
    before_moving_words: int = 8
    span_up: list[str] = Field(default_factory=new_list)
    span_down: list[str] = Field(default_factory=new_list)
    stated_from: list[str] = Field(default_factory=new_list)
    old_words: list[str] = Field(default_factory=new_list)
    level_words: list[str] = Field(default_factory=new_list)
    move_to: list[str] = Field(default_factory=new_list)
    move_up: list[str] = Field(default_factory=new_list)
    move_down: list[str] = Field(default_factory=new_list)
    to_named_before: list[str] = Field(default_factory=new_list)
    to_named_generic: list[str] = Field(default_factory=new_list)
    to_named_measures: list[str] = Field(default_factory=new_list)
    to_named_pronouns: list[str] = Field(default_factory=new_list)
    to_named_breaks: list[str] = Field(default_factory=new_list)
    to_named_not_after: list[str] = Field(default_factory=new_list)
    revision: list[str] = Field(default_factory=new_list)
    not_direction_after: list[str] = Field(default_factory=new_list)
    not_direction_before: list[str] = Field(default_factory=new_list)
    per_period: list[str] = Field(default_factory=new_list)
    placed_after: list[str] = Field(default_factory=new_list)
    not_places: list[str] = Field(default_factory=new_list)
    revision_up: list[str] = Field(default_factory=new_list)
    revision_down: list[str] = Field(default_factory=new_list)
    score_nouns: list[str] = Field(default_factory=new_list)
    score_ahead: list[str] = Field(default_factory=new_list)
    score_behind: list[str] = Field(default_factory=new_list)
    score_skip: list[str] = Field(default_factory=new_list)
    factor_tolerance: float = Field(0.1, ge=0, le=1, allow_inf_nan=False)


class ChargeCues(_Strict):
    documents: list[str] = Field(default_factory=new_list)
    document_words: list[str] = Field(default_factory=new_list)
    not_with: list[str] = Field(default_factory=new_list)
    listed_near: list[str] = Field(default_factory=new_list)
    listed_near_not_with: list[str] = Field(default_factory=new_list)
    listed_near_charging: list[str] = Field(default_factory=new_list)
    list_opens: list[str] = Field(default_factory=new_list)


class ComparisonCues(_Strict):
    ahead: list[str] = Field(default_factory=new_list)
    behind: list[str] = Field(default_factory=new_list)
    times: dict[str, Annotated[float, Field(gt=0, allow_inf_nan=False)]] = Field(default_factory=dict)
    times_after: list[str] = Field(default_factory=new_list)
    before: list[str] = Field(default_factory=new_list)
    above: list[str] = Field(default_factory=new_list)
    below: list[str] = Field(default_factory=new_list)
    after_comma: list[str] = Field(default_factory=new_list)
    copula: list[str] = Field(default_factory=new_list)
    difference: list[str] = Field(default_factory=new_list)
    more: list[str] = Field(default_factory=new_list)
    less: list[str] = Field(default_factory=new_list)
    ranked_below: list[str] = Field(default_factory=new_list)
    ranked_then: list[str] = Field(default_factory=new_list)
    ranked_then_not_before: list[str] = Field(default_factory=new_list)
    ranked_topic_nouns: list[str] = Field(default_factory=new_list)
    behind_clause: list[str] = Field(default_factory=new_list)
    behind_clause_reversed: list[str] = Field(default_factory=new_list)
    ranked_opens: list[str] = Field(default_factory=new_list)
    ranked_with: list[str] = Field(default_factory=new_list)
    ranked_places: list[str] = Field(default_factory=new_list)
    only: list[str] = Field(default_factory=new_list)
    only_joins: list[str] = Field(default_factory=new_list)
    only_opens: list[str] = Field(default_factory=new_list)
    only_gap_after: list[str] = Field(default_factory=new_list)
    only_not_after_increment: list[str] = Field(default_factory=new_list)
    contrast_opens: list[str] = Field(default_factory=new_list)
    contrast_only: list[str] = Field(default_factory=new_list)
    compared_only: list[str] = Field(default_factory=new_list)
    that_opens: list[str] = Field(default_factory=new_list)
    that_joins: list[str] = Field(default_factory=new_list)
    vote_won: list[str] = Field(default_factory=new_list)
    vote_by: list[str] = Field(default_factory=new_list)
    margin_words: list[str] = Field(default_factory=new_list)
    margin_changes: list[str] = Field(default_factory=new_list)
    other_side: list[str] = Field(default_factory=new_list)
    clause_joins: list[str] = Field(default_factory=new_list)
    moved_from: list[str] = Field(default_factory=new_list)
    ranked_not_after: list[str] = Field(default_factory=new_list)


class PerHeadCues(_Strict):
    each: list[str] = Field(default_factory=new_list)
    person: list[str] = Field(default_factory=new_list)


class RelationsFile(_Strict):
    """The cue words of relations between figures (numcheck/relations/)."""

    parts: PartsCues
    change: ChangeCues = Field(default_factory=ChangeCues)
    comparison: ComparisonCues = Field(default_factory=ComparisonCues)
    per_head: PerHeadCues = Field(default_factory=PerHeadCues)
    charges: ChargeCues = Field(default_factory=ChargeCues)
    one_word: OneWord = Field(default_factory=OneWord)
    poll: list[str] = Field(default_factory=new_list)
    poll_progress: list[str] = Field(default_factory=new_list)
    poll_compared: list[str] = Field(default_factory=new_list)
    poll_ranked: list[str] = Field(default_factory=new_list)
    poll_rank_places: list[str] = Field(default_factory=new_list)
    poll_items: list[str] = Field(default_factory=new_list)
    poll_guesses: list[str] = Field(default_factory=new_list)
    quantifiers: dict[str, Annotated[list[float], Field(min_length=2, max_length=2)]] = Field(
        default_factory=dict
    )
    labels: list[str] = Field(default_factory=new_list)
    not_in_noun_phrase: list[str] = Field(default_factory=new_list)
    threshold_after: list[str] = Field(default_factory=new_list)
    temperature_difference: list[str] = Field(default_factory=new_list)
    temperature_reading: list[str] = Field(default_factory=new_list)
    temperature_reading_after: list[str] = Field(default_factory=new_list)
    temperature_difference_between: list[str] = Field(default_factory=new_list)
    temperature_difference_nouns: list[str] = Field(default_factory=new_list)
    temperature_difference_not_after: list[str] = Field(default_factory=new_list)
    temperature_difference_most: float = Field(30.0, gt=0, allow_inf_nan=False)
    temperature_reading_nouns: list[str] = Field(default_factory=new_list)
    fraction_slices: list[str] = Field(default_factory=new_list)
    fraction_ratio_after: list[str] = Field(default_factory=new_list)


class RulesFile(_Strict):
    rules: dict[str, RuleSetting] = Field(default_factory=dict)


class Platt(_Strict):
    a: float = Field(1.0, allow_inf_nan=False)
    b: float = Field(0.0, allow_inf_nan=False)


class JudgementFile(_Strict):
    """The same-measurand scorer's fitted weights (numcheck/scorer.py; bench/fit_judgement.py)."""

    # per rule: the probability at or above which a finding takes the rule's severity
    thresholds: dict[str, float] = Field(default_factory=dict)
    info_floor: float = Field(0.5, ge=0, le=1, allow_inf_nan=False)
    platt: Platt = Field(default_factory=Platt)
    weights: dict[str, float] = Field(default_factory=dict)


class RunningTotals(_Strict):
    """rules/measures.yaml 'running_totals': a figure tallied since a start (link.running_total)."""

    since: list[str] = Field(default_factory=new_list)
    starts: list[str] = Field(default_factory=new_list)
    reach: int = Field(6, ge=1, le=20)
    not_after: list[str] = Field(default_factory=new_list)
    not_after_reach: int = Field(3, ge=0, le=10)
    tallies: list[str] = Field(default_factory=new_list)


class Rates(_Strict):
    """rules/measures.yaml 'rates': a figure given per unit of time (link.rate)."""

    per: list[str] = Field(default_factory=new_list)
    periods: list[str] = Field(default_factory=new_list)
    adverbs: list[str] = Field(default_factory=new_list)
    not_before: list[str] = Field(default_factory=new_list)
    not_after: list[str] = Field(default_factory=new_list)
    reach: int = Field(10, ge=1, le=30)


class OtherMatters(_Strict):
    """rules/measures.yaml 'other_matters': a figure marked as another payer's, charge's or case's
    (link.another_matter)."""

    words: list[str] = Field(default_factory=new_list)
    openers: list[str] = Field(default_factory=new_list)


class OtherHolders(_Strict):
    """rules/measures.yaml 'other_holders': a figure whose clause names a holder the release's
    opening never names (link.named_holder)."""

    lead_paragraphs: int = Field(3, ge=1, le=10)
    not_names: list[str] = Field(default_factory=new_list)


class Participles(_Strict):
    """rules/measures.yaml 'participle_clauses': a figure in a participle clause after its main
    clause (link.participle_main)."""

    not_participles: list[str] = Field(default_factory=new_list)


class ModelSizes(_Strict):
    """rules/measures.yaml 'model_sizes': a size joined to its unit by a hyphen and written right
    before a capitalised name names a model (link.model_size)."""

    units: list[str] = Field(default_factory=new_list)


class LaterStates(_Strict):
    """rules/measures.yaml 'later_states': a sentence opened by a word of later time gives a later
    state of what was counted before (link.later_state)."""

    openers: list[str] = Field(default_factory=new_list)
    earlier_cues: list[str] = Field(default_factory=new_list)  # link.earlier_statement


class TimeFrames(_Strict):
    """rules/measures.yaml 'time_frames': words before a figure in its sentence that date it to
    the present or to an earlier time (link.time_frame)."""

    present: list[str] = Field(default_factory=new_list)
    past: list[str] = Field(default_factory=new_list)
    breaks: list[str] = Field(default_factory=new_list)  # only the words after the last are read


class EventDays(_Strict):
    """rules/measures.yaml 'event_days': the names of the days of the week that date a count of an
    event, and the words next to a day name that make it name something else (link.event_day)."""

    days: list[str] = Field(default_factory=new_list)
    not_after: list[str] = Field(default_factory=new_list)  # "Super Tuesday": no day of a count
    not_before: list[str] = Field(default_factory=new_list)  # "the Sunday Times": a paper's name
    said: list[str] = Field(default_factory=new_list)  # "said Monday that": the day of the saying
    said_reach: int = Field(8, ge=0, le=20)


class OthersCounts(_Strict):
    """rules/measures.yaml 'others_counts': words after a count of the others of a group
    (link.others_count)."""

    words: list[str] = Field(default_factory=new_list)
    rest: list[str] = Field(default_factory=new_list)  # "three other lawmakers" (link.rest_count)
    ordinals: dict[str, int] = Field(default_factory=dict)  # "two ... the third" (link.ordinal_next)


class Averages(_Strict):
    """rules/measures.yaml 'averages': words of a figure's clause that name it an average (link.average)."""

    words: list[str] = Field(default_factory=new_list)
    each: list[str] = Field(default_factory=new_list)  # "the $1,200 checks" (link.amount_each)


class Breakdowns(_Strict):
    """rules/measures.yaml 'breakdowns': figures of one unit in one sentence that add up to a figure
    given elsewhere are its parts (link.breakdown_sum); 0 turns it off."""

    relative: float = Field(0.0, ge=0.0, le=0.1)


class Maturities(_Strict):
    """rules/measures.yaml 'maturities': a hyphened duration right before a noun of a security
    names the security's term, never set against another duration (link.maturity)."""

    nouns: list[str] = Field(default_factory=new_list)


class Suppositions(_Strict):
    """rules/measures.yaml 'suppositions': a figure inside a clause opened by a word of `openers`
    ('If I tell him to call 56 witnesses, ...') is supposed, given by no one as a value
    (link.supposition)."""

    openers: list[str] = Field(default_factory=new_list)
    reach: int = Field(12, ge=1, le=40)
    guesses: list[str] = Field(default_factory=new_list)  # "possibly 700 jobs": a guess
    guess_reach: int = Field(3, ge=1, le=10)


class BracketBounds(_Strict):
    """rules/measures.yaml 'bracket_bounds': a figure that is the edge of a bracket ("incomes over
    $1 million", "households making $250,000 or more"), never set against a figure that is not
    (link.bracket_bound)."""

    holders: list[str] = Field(default_factory=new_list)
    bounds: list[str] = Field(default_factory=new_list)
    after: list[str] = Field(default_factory=new_list)


class CareStates(_Strict):
    """rules/measures.yaml 'care_states': the state of care or harm a count of people killed or
    injured is given in ("treated at hospitals", "in critical condition"); counts in different
    states are different measures (link.care_states)."""

    events: list[str] = Field(default_factory=new_list)
    states: dict[str, list[str]] = Field(default_factory=dict)


class CaseCounts(_Strict):
    """rules/measures.yaml 'case_counts': a bare figure right after "cases" or "infections" ("and
    confirmed cases to 5,005") counts them, never the people of its sentence's event
    (link.case_count)."""

    nouns: list[str] = Field(default_factory=new_list)
    between: list[str] = Field(default_factory=new_list)


class WorldScopes(_Strict):
    """rules/measures.yaml 'world_scopes': a figure whose clause holds "worldwide" or "globally" is
    given for the whole world, never set against a figure whose clause does not
    (link.world_scope)."""

    phrases: list[str] = Field(default_factory=new_list)


class NationalScopes(_Strict):
    """rules/measures.yaml 'national_scopes': a figure whose clause holds "nationally" or
    "nationwide" is given for a whole country, never set against a figure whose clause does not
    (link.national_scope)."""

    phrases: list[str] = Field(default_factory=new_list)


class ListItems(_Strict):
    """rules/measures.yaml 'list_items': the marks that open the items of a bulleted list; two
    figures in two items of one list are two entries, never one figure (within._list_siblings)."""

    bullets: list[str] = Field(default_factory=new_list)


class Ratios(_Strict):
    """rules/measures.yaml 'ratios': a figure followed in its clause by "for every" is one side of
    a ratio, never set against a figure that is not (link.ratio_side)."""

    phrases: list[str] = Field(default_factory=new_list)
    reach: int = Field(4, ge=1, le=10)


class Capacities(_Strict):
    """rules/measures.yaml 'capacities': a count of people or a bare figure right after a phrase of
    `phrases` ("a chapel that holds 290 people"), past words of `between`, is a capacity, never set
    against a figure that is not one (link.capacity)."""

    phrases: list[str] = Field(default_factory=new_list)
    between: list[str] = Field(default_factory=new_list)


class Scores(_Strict):
    """rules/measures.yaml 'scores': a percentage joined to another by one of `joiners` ("a
    54%-42% lead") is one side of a score, read with its other side (link.score_side); "to" joins
    none after a word of `not_before` ("from 41% to 45%")."""

    joiners: list[str] = Field(default_factory=new_list)
    not_before: list[str] = Field(default_factory=new_list)
    sides_before: list[str] = Field(default_factory=new_list)


class ShareBases(_Strict):
    """rules/measures.yaml 'share_bases': the words after "of" behind a percentage name its base
    ("56% of Americans"); two percentages whose bases share no stem are shares of two groups, never
    one figure, nor (when a base names people) a part and its whole (link.share_base)."""

    reach: int = Field(4, ge=1, le=10)
    skip: list[str] = Field(default_factory=new_list)
    stops: list[str] = Field(default_factory=new_list)
    verbs: list[str] = Field(default_factory=new_list)
    before: list[str] = Field(default_factory=new_list)  # "Among independents, 35 percent"
    groups: list[str] = Field(default_factory=new_list)  # "black Democrats (67%)"
    opens: list[str] = Field(default_factory=new_list)  # "Among X, ... a majority ... (45%)"
    carried: list[str] = Field(default_factory=new_list)  # "19% of X ..., while 67% ..."


class ShareHolders(_Strict):
    """rules/measures.yaml 'share_holders': whom a percentage is given for, read back from an "at"
    right before it ("puts the president at 54%" -> president); two percentages whose holders share
    no stem are shares of two things (link.share_holder)."""

    reach: int = Field(3, ge=1, le=8)
    stops: list[str] = Field(default_factory=new_list)


class ShareRanks(_Strict):
    """rules/measures.yaml 'share_ranks': the place in a ranking a percentage is given for, read
    from an ordinal word before it in its sentence ("was third with 5.6 percent" -> third); two
    percentages given two different places are two entries of a ranking (link.share_rank)."""

    reach: int = Field(6, ge=1, le=12)
    ordinals: list[str] = Field(default_factory=new_list)


class ShareQuestions(_Strict):
    """rules/measures.yaml 'share_questions': what a share of a base says, read from the lower-case
    words after it ("61 percent of farmers expect higher prices" -> farmer, expect, higher, price);
    two shares of one base whose questions share no stem answer two questions, never one figure
    (link.share_question); a share with no "of" that is the subject of a verb of `asked` ("52%
    said") is a share of the people asked (link.share_asked)."""

    reach: int = Field(8, ge=1, le=20)
    skip: list[str] = Field(default_factory=new_list)
    verbs: list[str] = Field(default_factory=new_list)
    asked: list[str] = Field(default_factory=new_list)


class ShareRows(_Strict):
    """rules/measures.yaml 'share_rows': a sentence holding a word of `contrasts` sets its
    percentages against each other, each the row partner of the others ("87% of A back it, while
    53% of B do"); two shares whose partners differ are two rows, never one figure (link.row_partners)."""

    contrasts: list[str] = Field(default_factory=new_list)
    lists: list[str] = Field(default_factory=new_list)


class AgeHolders(_Strict):
    """rules/measures.yaml 'age_holders': nouns of a person an age is written before ("the
    24-year-old neighbour"); such an age and an age whose sentence names that noun apart from it
    are two people's (link.age_holder)."""

    nouns: list[str] = Field(default_factory=new_list)


class MeasuresFile(_Strict):
    """Kinds of money by the words that name them (rules/measures.yaml, written by hand): two
    amounts of one document that name different kinds ("a fine", "restitution", "a fraud
    scheme"), or one named kind the other's clause never mentions, are two measurands
    (link.measures_differ). With them, two more kinds of figure that are never the measurand of a
    figure not of their kind: running totals and rates. Read by the linking of the checks, never
    by the reader of claims."""

    measures: dict[str, list[str]] = Field(default_factory=dict)
    precise_digits: int = Field(6, ge=3, le=15)
    sum_words: list[str] = Field(default_factory=new_list)
    cut_digits: int = Field(3, ge=2, le=15)
    running_totals: RunningTotals = Field(default_factory=RunningTotals)
    rates: Rates = Field(default_factory=Rates)
    other_matters: OtherMatters = Field(default_factory=OtherMatters)
    other_holders: OtherHolders = Field(default_factory=OtherHolders)
    participle_clauses: Participles | None = None
    model_sizes: ModelSizes = Field(default_factory=ModelSizes)
    later_states: LaterStates = Field(default_factory=LaterStates)
    time_frames: TimeFrames = Field(default_factory=TimeFrames)
    event_days: EventDays = Field(default_factory=EventDays)
    age_holders: AgeHolders = Field(default_factory=AgeHolders)
    ratios: Ratios = Field(default_factory=Ratios)
    capacities: Capacities = Field(default_factory=Capacities)
    scores: Scores = Field(default_factory=Scores)
    maturities: Maturities = Field(default_factory=Maturities)
    suppositions: Suppositions = Field(default_factory=Suppositions)
    bracket_bounds: BracketBounds = Field(default_factory=BracketBounds)
    care_states: CareStates = Field(default_factory=CareStates)
    case_counts: CaseCounts = Field(default_factory=CaseCounts)
    world_scopes: WorldScopes = Field(default_factory=WorldScopes)
    national_scopes: NationalScopes = Field(default_factory=NationalScopes)
    list_items: ListItems = Field(default_factory=ListItems)
    share_bases: ShareBases = Field(default_factory=ShareBases)
    share_questions: ShareQuestions = Field(default_factory=ShareQuestions)
    share_holders: ShareHolders = Field(default_factory=ShareHolders)
    share_ranks: ShareRanks = Field(default_factory=ShareRanks)
    share_rows: ShareRows = Field(default_factory=ShareRows)
    breakdowns: Breakdowns = Field(default_factory=Breakdowns)
    averages: Averages = Field(default_factory=Averages)
    others_counts: OthersCounts = Field(default_factory=OthersCounts)


class RulePack(BaseModel):
    """Everything the pipeline knows that a desk may change."""

    model_config = ConfigDict(frozen=False, defer_build=True)

    path: str = ""
    hedges: HedgesFile
    vague: VagueFile
    numbers: NumbersFile
    nouns: NounsFile
    events: EventsFile
    attribution: AttributionFile
    units: UnitsFile
    tolerances: TolerancesFile
    rules: RulesFile
    relations: RelationsFile
    judgement: JudgementFile = Field(default_factory=JudgementFile)
    measures: MeasuresFile = Field(default_factory=MeasuresFile)
    # which files came from the pack's own directory (the rest are the default pack's)
    own_files: list[str] = Field(default_factory=new_list)
    # for each of those: "extends" (merged into the default file) or "replaces" (replace: true)
    modes: dict[str, str] = Field(default_factory=dict)

    def setting(self, code: str) -> RuleSetting:
        found = self.rules.rules.get(code)  # (a default built only when missing: ~8 us a rule, each check)
        return found if found is not None else RuleSetting()


FILES: dict[str, type[BaseModel]] = {
    "hedges": HedgesFile,
    "vague": VagueFile,
    "numbers": NumbersFile,
    "nouns": NounsFile,
    "events": EventsFile,
    "attribution": AttributionFile,
    "units": UnitsFile,
    "tolerances": TolerancesFile,
    "rules": RulesFile,
    "relations": RelationsFile,
    "judgement": JudgementFile,
    "measures": MeasuresFile,
}


@dataclass(frozen=True)
class Problem:
    """One mistake in a rule pack or config file, with the file and (when known) the 1-based line."""

    path: Path | str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f":{self.line}" if self.line else ""
        return f"{self.path}{where}: {self.message}"


KNOWLEDGE_FILES: tuple[str, ...] = tuple(n for n in FILES if n != "rules")


def knowledge_file(name: str) -> str | None:
    """The knowledge file a name stands for ('hedges', 'hedges.yaml', 'Hedges'), or None."""
    stem = name.strip().lower().removesuffix(".yaml").removesuffix(".yml")
    return stem if stem in KNOWLEDGE_FILES else None


def knowledge_header(path: Path) -> str:
    """The comment block that opens a knowledge file (what the file holds), without the '#'s."""
    lines: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        lines.append(line[1:].removeprefix(" "))
    return "\n".join(lines).strip()


def default_pack_dir() -> Path:
    """The rule pack shipped with numcheck (the repository's `rules/`, installed as numcheck._rules).

    Installed (pip, non-editable): numcheck/_rules next to this module. In a checkout or an
    editable install: the repository's rules/.
    """
    here = Path(__file__).resolve().parent
    if (here / "_rules" / "rules.yaml").is_file():
        return here / "_rules"
    try:
        # numcheck._rules has no __init__.py: files() may give a MultiplexedPath, whose str() is no path
        found = resources.files("numcheck._rules").joinpath("rules.yaml")
        if isinstance(found, Path) and found.is_file():
            return found.parent
    except (ModuleNotFoundError, TypeError, ValueError):
        pass
    return here.parent / "rules"


# --- rule codes -------------------------------------------------------------------------------


def param_problem(name: str, value: Any, reference: dict[str, Any]) -> str | None:
    """Why `name = value` is not a valid parameter, given a rule's default parameters (None: fine)."""
    if name not in reference:
        known = ", ".join(sorted(reference)) or "none"
        return f"unknown parameter {name!r} (this rule's parameters: {known})"
    want = reference[name]
    if isinstance(want, bool):
        ok = isinstance(value, bool)
    elif isinstance(want, int | float):
        ok = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
    else:
        ok = isinstance(value, type(want))
    if not ok:
        number = isinstance(want, int | float) and not isinstance(want, bool)
        kind = "a number" if number else type(want).__name__
        return f"parameter {name!r} must be {kind} like its default {want!r}, not {value!r}"
    if isinstance(want, int | float) and not isinstance(want, bool) and want >= 0 and value < 0:
        return f"parameter {name!r} must not be negative (got {value!r})"
    return None


# --- YAML with lines ----------------------------------------------------------------------------


def _import_yaml() -> None:
    """Import PyYAML into this module's `yaml` (every function below that reads YAML calls this
    first): a cold start that finds its pack kept in the cache reads no YAML and imports none."""
    global yaml
    if yaml is None:
        import yaml as module

        yaml = module


def _node_line(node: yaml.Node | None, loc: tuple[Any, ...]) -> int | None:
    """Follow a pydantic error location through the YAML node tree; return a 1-based line."""
    _import_yaml()
    line = node.start_mark.line + 1 if node is not None else None
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            nxt = None
            for k, v in node.value:
                if str(k.value) == str(key):
                    nxt = v
                    line = k.start_mark.line + 1
                    break
            node = nxt
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            break
        if node is None:
            break
    return line


def _duplicate_keys(node: yaml.Node | None, path: Path) -> list[Problem]:
    """YAML silently keeps the last of two equal keys; a pack with one is a mistake."""
    _import_yaml()
    out: list[Problem] = []
    stack = [node] if node is not None else []
    while stack:
        n = stack.pop()
        if isinstance(n, yaml.MappingNode):
            seen: dict[str, int] = {}
            for k, v in n.value:
                key = str(k.value)
                line = k.start_mark.line + 1
                if key in seen:
                    out.append(Problem(path, line, f"duplicate key {key!r} (first at line {seen[key]})"))
                else:
                    seen[key] = line
                stack.append(v)
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(n.value)
    return sorted(out, key=lambda p: p.line or 0)


def _read(path: Path) -> str:
    if path.exists() and not path.is_file() and not path.is_dir():  # a FIFO would block the read
        raise ConfigError(f"{path}: not a regular file; only files are read")
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise ConfigError(f"{path}: is a directory, not a file") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from exc


MAX_ALIAS_NODES = 10_000  # nodes that aliases may add to a document, counted as if expanded


@lru_cache(maxsize=1)
def _bounded_loader() -> type[yaml.SafeLoader]:
    """_BoundedLoader, made when first needed (its base class is PyYAML's)."""
    _import_yaml()

    class _BoundedLoader(yaml.SafeLoader):
        """SafeLoader that counts what aliases expand to: nested anchors ("a billion laughs") make
        a 500-byte file stand for billions of nodes, which every walk of the tree (and validation)
        pays for. Past MAX_ALIAS_NODES, or on an alias to a node that contains itself, composing
        stops."""

        def __init__(self, stream: str) -> None:
            super().__init__(stream)
            self._sizes: dict[int, int] = {}
            self._aliased = 0

        def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node:
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                target = self.anchors.get(event.anchor)
                if target is not None:
                    size = self._sizes.get(id(target))
                    if size is None:
                        why = f"alias *{event.anchor} refers to a node that contains it (a recursive alias)"
                        raise yaml.composer.ComposerError(None, None, why, event.start_mark)
                    self._aliased += size
                    if self._aliased > MAX_ALIAS_NODES:
                        why = (
                            f"aliases expand to more than {MAX_ALIAS_NODES:,} nodes (alias *{event.anchor}); "
                            "write the values out instead of nesting anchors"
                        )
                        raise yaml.composer.ComposerError(None, None, why, event.start_mark)
                return super().compose_node(parent, index)  # type: ignore[no-any-return]
            node = super().compose_node(parent, index)
            if isinstance(node, yaml.MappingNode):
                children = [n for pair in node.value for n in pair]
            elif isinstance(node, yaml.SequenceNode):
                children = list(node.value)
            else:
                children = []
            self._sizes[id(node)] = 1 + sum(self._sizes.get(id(c), 1) for c in children)
            return node

    return _BoundedLoader


# libyaml composes only texts up to this size with no alias and no deep nesting; the rest (and any
# text it finds a problem in, so that the message is always the pure-Python parser's) go to
# _BoundedLoader, which bounds what aliases expand to and turns deep nesting into a ConfigError
FAST_YAML_MAX_CHARS = 1_000_000
FAST_YAML_MAX_BRACKETS = 1_000


def _compose_fast(text: str) -> tuple[Any, yaml.Node | None] | None:
    """(data, node tree) read by libyaml, or None when the text is left to _BoundedLoader: libyaml
    missing, a large text, many brackets (deep flow nesting), an alias, or any YAML problem.
    libyaml reads the default rule pack about ten times faster than the pure-Python parser, which
    is most of a cold `numcheck check`."""
    _import_yaml()
    loader_class = getattr(yaml, "CSafeLoader", None)
    if (
        loader_class is None
        or len(text) > FAST_YAML_MAX_CHARS
        or text.count("[") + text.count("{") > FAST_YAML_MAX_BRACKETS
    ):
        return None
    try:
        # an alias needs an anchor ("&name") and a star ("*name"): a text lacking either (every
        # file of the default pack) holds none, and is not read a second time for its events
        may_alias = "&" in text and "*" in text
        events = yaml.parse(text, Loader=loader_class) if may_alias else ()
        if any(isinstance(event, yaml.AliasEvent) for event in events):
            return None
        return compose(loader_class(text), plain=not may_alias)
    except (yaml.YAMLError, RecursionError, ValueError):
        return None


_STR_TAG, _SEQ_TAG, _MAP_TAG = "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"


def _plain_data(node: yaml.Node, loader: yaml.SafeLoader | yaml.CSafeLoader) -> Any:
    """The data of a node tree holding no alias, as the loader's constructor builds it: strings,
    lists and mappings read here (most of a rule pack's ~47,000 nodes; the constructor's own walk is
    about a third of a cold check's pack reading), any other tag (numbers, booleans, dates, a merge
    key) by the constructor."""
    tag = node.tag
    if tag == _STR_TAG and isinstance(node, yaml.ScalarNode):
        return node.value
    if tag == _SEQ_TAG and isinstance(node, yaml.SequenceNode):
        return [_plain_data(n, loader) for n in node.value]
    if tag == _MAP_TAG and isinstance(node, yaml.MappingNode):
        pairs = node.value
        if all(k.tag == _STR_TAG and isinstance(k, yaml.ScalarNode) for k, _ in pairs):
            return {k.value: _plain_data(v, loader) for k, v in pairs}
    return loader.construct_object(node, deep=True)


def compose(loader: yaml.SafeLoader | yaml.CSafeLoader, plain: bool = False) -> tuple[Any, yaml.Node | None]:
    """(data, node tree) of the one document `loader` holds; the loader is disposed of. A scalar
    YAML reads as a date or a number it cannot build ("2020-13-45", "!!int ten") is a
    ConstructorError at that scalar's line, not a ValueError. `plain`: the text holds no alias, so
    its strings, lists and mappings are read by _plain_data (the same data, built faster)."""
    _import_yaml()
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None
        try:
            if plain:
                return _plain_data(node, loader), node
            return loader.construct_document(node), node
        except (ValueError, OverflowError) as exc:
            raise _unbuildable_scalar(node, exc) from exc
    finally:
        loader.dispose()


def _unbuildable_scalar(root: yaml.Node, exc: Exception) -> yaml.constructor.ConstructorError:
    """The error to report for a document whose construction raised `exc`: at the first scalar
    that cannot be built on its own, with its text and the type YAML took it for."""
    _import_yaml()
    builder = yaml.SafeLoader("")
    stack, seen = [root], set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            try:
                builder.construct_object(node)
            except (ValueError, OverflowError) as bad:
                kind = {"timestamp": "date"}.get(node.tag.rpartition(":")[2], node.tag.rpartition(":")[2])
                why = f"{node.value!r} is not a valid {kind} ({bad}); put it in quotes if it is text"
                return yaml.constructor.ConstructorError(None, None, why, node.start_mark)
        elif isinstance(node, yaml.MappingNode):
            stack.extend(n for pair in reversed(node.value) for n in reversed(pair))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
    return yaml.constructor.ConstructorError(None, None, str(exc), root.start_mark)


def parse_yaml(path: Path, text: str) -> tuple[Any, yaml.Node | None]:
    """YAML text -> (data, node tree for line numbers); a syntax error is a ConfigError with the line.
    Aliases may stand for at most MAX_ALIAS_NODES nodes in all (an alias bomb is refused at its line)."""
    _import_yaml()
    fast = _compose_fast(text)
    if fast is not None:
        return fast
    try:
        return compose(_bounded_loader()(text))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"{path}{where}: malformed YAML: {problem}") from exc
    except RecursionError as exc:
        raise ConfigError(f"{path}: malformed YAML: nested too deeply") from exc


def _validation_problems(path: Path, node: yaml.Node | None, exc: ValidationError) -> list[Problem]:
    out = []
    for err in exc.errors():
        loc = tuple(err["loc"])
        field = ".".join(str(p) for p in loc) or "(top level)"
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = "unknown key"
        elif isinstance(err.get("input"), bool) and err["type"] == "string_type":
            msg = f"YAML reads this as {str(err['input']).lower()}, not as a word: put it in quotes"
        out.append(Problem(path, _node_line(node, loc), f"{field}: {msg}"))
    return out


def _check_yaml_model(
    path: Path, model: type[M], text: str | None = None
) -> tuple[M | None, Any, list[Problem]]:
    """Parse and validate one file: (the model or None, the node tree, every problem found)."""
    try:
        text = _read(path) if text is None else text
        data, node = parse_yaml(path, text)
    except ConfigError as exc:
        return None, None, [_problem_of(exc, path)]
    problems = _duplicate_keys(node, path)
    try:
        result = model.model_validate({} if data is None else data)
    except ValidationError as exc:
        return None, node, problems + _validation_problems(path, node, exc)
    return result, node, problems


def _problem_of(exc: ConfigError, path: Path) -> Problem:
    msg = str(exc)
    head, sep, rest = msg.partition(": ")
    prefix, _, line = head.rpartition(":")
    if sep and prefix == str(path) and line.isdigit():
        return Problem(path, int(line), rest)
    if sep and head == str(path):
        return Problem(path, None, rest)
    return Problem(path, None, msg)


def load_yaml_model(path: Path, model: type[M], text: str | None = None) -> M:
    """Parse YAML text (or the file) into `model`; errors become ConfigError with file and line."""
    result, _, problems = _check_yaml_model(path, model, text)
    if problems or result is None:
        raise ConfigError(_summary(problems) if problems else f"{path}: invalid")
    return result


def _summary(problems: list[Problem]) -> str:
    first = str(problems[0])
    if len(problems) > 1:
        first += f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})"
    return first


# --- packs --------------------------------------------------------------------------------------


def check_pack(directory: Path | str | None = None) -> tuple[RulePack | None, list[Problem]]:
    """Load a pack and collect every problem in it (YAML, types, values, unknown keys and rule codes)."""
    default = default_pack_dir()
    own = Path(directory) if directory else default
    if directory is not None and not own.is_dir():
        what = "is a file, not a directory" if own.exists() else "not found"
        return None, [Problem(own, None, f"rule pack directory {what}")]
    problems: list[Problem] = []
    if directory is not None:
        for f in sorted(own.iterdir()):
            if f.suffix in (".yaml", ".yml") and f.stem not in FILES:
                close = difflib.get_close_matches(f.stem, list(FILES), n=1)
                hint = f"did you mean {close[0]}.yaml?" if close else f"known: {', '.join(FILES)}"
                problems.append(Problem(f, None, f"not a rule pack file, so it is not read ({hint})"))
            elif f.suffix == ".yml":
                problems.append(Problem(f, None, f"rule pack files end in .yaml: rename it {f.stem}.yaml"))
    parts: dict[str, BaseModel] = {}
    own_files = []
    modes: dict[str, str] = {}
    is_default = own.resolve() == default.resolve()
    for name, model in FILES.items():
        path = own / f"{name}.yaml"
        if path.exists():
            own_files.append(name)
        else:
            path = default / f"{name}.yaml"
        if not is_default and path.parent == own and name in EXTENDABLE:
            result, node, found, modes[name] = _check_desk_file(path, default / f"{name}.yaml", model)
            problems.extend(found)
            if result is not None:
                parts[name] = result
            continue
        result, node, found = _check_yaml_model(path, model)
        problems.extend(found)
        if result is not None:
            problems.extend(_SEMANTIC.get(name, _no_checks)(result, path, node, is_default))
            parts[name] = result
    if len(parts) < len(FILES) or problems:
        return None, problems
    pack = RulePack(path=str(own), own_files=own_files, modes=modes, **parts)  # type: ignore[arg-type]
    return pack, problems


# files a desk's pack extends (rules.yaml is merged rule by rule where it is used)
EXTENDABLE = (
    "hedges",
    "vague",
    "numbers",
    "nouns",
    "events",
    "attribution",
    "units",
    "tolerances",
    "relations",
    "measures",
)
# the field that names an entry of a list, so that a desk's entry replaces the default's of that name
_ENTRY_KEYS = ("name", "phrase", "pint")


def _entry_key(item: Any) -> Any:
    if isinstance(item, dict):
        for k in _ENTRY_KEYS:
            if isinstance(item.get(k), str):
                return (k, item[k].lower())
        return None
    return ("=", _frozen(item))


def _frozen(item: Any) -> Any:
    """A list entry as a key: words compared without case, a list (a pair, a phrase's words) as a tuple."""
    if isinstance(item, str):
        return item.lower()
    if isinstance(item, list):
        return tuple(_frozen(x) for x in item)
    if isinstance(item, dict):
        return tuple(sorted((str(k), _frozen(v)) for k, v in item.items()))
    return item


def merge_data(base: Any, extra: Any) -> Any:
    """A desk's YAML data laid over the default's: tables key by key, lists entry by entry."""
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for k, v in extra.items():
            out[k] = merge_data(base[k], v) if k in base else v
        return out
    if isinstance(base, list) and isinstance(extra, list):
        out_list = list(base)
        where = {_entry_key(item): i for i, item in enumerate(out_list) if _entry_key(item) is not None}
        for item in extra:
            key = _entry_key(item)
            if key is not None and key in where:
                out_list[where[key]] = item
            else:
                out_list.append(item)
        return out_list
    return extra


def _partial(model: type[M]) -> type[BaseModel]:
    """`model` with every top-level field optional: a desk's file may hold only some of them."""
    from pydantic import create_model

    fields: dict[str, Any] = {n: (f.annotation | None, None) for n, f in model.model_fields.items()}
    return create_model(f"Partial{model.__name__}", __base__=_Strict, **fields)  # type: ignore[call-overload]


def _check_desk_file(
    path: Path, default_path: Path, model: type[M]
) -> tuple[M | None, Any, list[Problem], str]:
    """A desk's file: validated on its own (lines point into it), then laid over the default file
    unless it says `replace: true`. Returns (model or None, node, problems, "extends"/"replaces")."""
    try:
        data, node = parse_yaml(path, _read(path))
    except ConfigError as exc:
        return None, None, [_problem_of(exc, path)], "extends"
    problems = _duplicate_keys(node, path)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        return (
            None,
            node,
            problems + [Problem(path, _node_line(node, ()), "expected a mapping of keys")],
            ("extends"),
        )
    replace = data.pop("replace", False)
    if not isinstance(replace, bool):
        line = _node_line(node, ("replace",))
        return None, node, problems + [Problem(path, line, "replace: must be true or false")], "extends"
    mode = "replaces" if replace else "extends"
    semantic = _SEMANTIC.get(path.stem, _no_checks)
    try:
        if replace:
            whole = model.model_validate(data)
            found = semantic(whole, path, node, False)
            return (None if found else whole), node, problems + found, mode
        own = _partial(model).model_validate(data)
    except ValidationError as exc:
        return None, node, problems + _validation_problems(path, node, exc), mode
    try:  # the desk's own entries, with their lines (a checker reads only its file's list)
        found = semantic(own, path, node, False)
    except (AttributeError, TypeError):  # the desk's file does not hold that list
        found = []
    if found:
        return None, node, problems + found, mode
    default_data, _ = parse_yaml(default_path, _read(default_path))
    try:
        result = model.model_validate(merge_data(default_data or {}, data))
    except ValidationError as exc:
        return None, node, problems + _validation_problems(path, node, exc), mode
    return result, node, problems, mode


def _no_checks(model: Any, path: Path, node: Any, is_default: bool) -> list[Problem]:
    return []


def _check_rules(model: RulesFile, path: Path, node: Any, is_default: bool) -> list[Problem]:
    """Rule codes (or names) must be known; parameters must be the rule's own, of the right type.

    Keys are normalised to codes in place: a pack may name a rule 'source-discrepancy' or 'NC201'.
    """
    out: list[Problem] = []
    try:
        reference = {} if is_default else _default_params()
    except ConfigError as exc:  # the shipped pack itself is broken: say so, as one more problem
        return [Problem(path, None, f"cannot check parameters against the default pack: {exc}")]
    normalised: dict[str, RuleSetting] = {}
    for key, setting in model.rules.items():
        line = _node_line(node, ("rules", key))
        code = resolve_rule(key)
        if code is None:
            out.append(Problem(path, line, unknown_rule_message(key)))
            continue
        if code in normalised:
            out.append(Problem(path, line, f"rule {code} is set twice (as {key!r} and by its other name)"))
            continue
        normalised[code] = setting
        if not is_default:
            for pname, value in setting.params.items():
                why = param_problem(pname, value, reference.get(code, {}))
                if why:
                    pline = _node_line(node, ("rules", key, "params", pname))
                    out.append(Problem(path, pline, f"{code}: {why}"))
    model.rules = normalised
    return out


def _check_vague(model: VagueFile, path: Path, node: Any, is_default: bool) -> list[Problem]:
    out: list[Problem] = []
    seen: dict[str, int] = {}
    for i, v in enumerate(model.vague):
        line = _node_line(node, ("vague", i))
        if not (math.isfinite(v.low) and math.isfinite(v.high)):
            out.append(Problem(path, line, f"{v.phrase!r}: low and high must be finite numbers"))
        elif v.low >= v.high:
            out.append(Problem(path, line, f"{v.phrase!r}: low ({v.low:g}) must be below high ({v.high:g})"))
        elif v.value is not None and not (v.low <= v.value < v.high):
            out.append(Problem(path, line, f"{v.phrase!r}: value ({v.value:g}) must lie in [low, high)"))
        key = v.phrase.lower()
        if key in seen:
            out.append(Problem(path, line, f"{v.phrase!r} is listed twice (first at line {seen[key]})"))
        seen.setdefault(key, line or 0)
    return out


def _check_hedges(model: HedgesFile, path: Path, node: Any, is_default: bool) -> list[Problem]:
    out: list[Problem] = []
    names: dict[str, int] = {}
    for i, h in enumerate(model.hedges):
        line = _node_line(node, ("hedges", i))
        if h.name in names:
            first = names[h.name]
            out.append(Problem(path, line, f"hedge {h.name!r} is defined twice (first at line {first})"))
        names.setdefault(h.name, line or 0)
    return out


def _check_judgement(model: JudgementFile, path: Path, node: Any, is_default: bool) -> list[Problem]:
    """Weights only for features numcheck computes (numcheck/featurenames.py); a feature left out
    weighs nothing."""
    return [
        Problem(
            path,
            _node_line(node, ("weights", name)),
            f"unknown feature {name!r} (known: {', '.join(FEATURES)})",
        )
        for name in model.weights
        if name not in FEATURES
    ]


def _check_measures(model: MeasuresFile, path: Path, node: Any, is_default: bool) -> list[Problem]:
    """A word names one kind of money: one listed under two kinds (or two words of one stem) would
    be read as whichever came last."""
    from numcheck.extraction.knowledge import stem

    out: list[Problem] = []
    first: dict[str, tuple[str, str]] = {}
    for kind, words in (model.measures or {}).items():
        if not words:
            out.append(Problem(path, _node_line(node, ("measures", kind)), f"kind {kind!r} lists no word"))
        for i, w in enumerate(words):
            key = stem(w.lower())
            was = first.setdefault(key, (kind, w))
            if was[0] != kind:
                line = _node_line(node, ("measures", kind, i))
                why = f"{w!r} names kind {kind!r} and, as {was[1]!r}, kind {was[0]!r}: a word names one kind"
                out.append(Problem(path, line, why))
    return out


def _check_units(model: Any, path: Path, node: Any, is_default: bool) -> list[Problem]:
    """Each desk unit must equal a positive number of a unit numcheck reads and pint converts."""
    from numcheck.extraction.units import read_desk_unit, to_si, unit_lexicon

    own = getattr(model, "desk_units", None) or []
    if not own:
        return []
    base = model
    if not (is_default or getattr(model, "currencies", None)):  # a desk's file: the default's units too
        default = load_pack(None).units
        base = default.model_copy(update={"extra": [*default.extra, *(getattr(model, "extra", None) or [])]})
    lex = unit_lexicon(base)
    known = dict(lex.words)
    out: list[Problem] = []
    for i, du in enumerate(own):
        line = _node_line(node, ("desk_units", i, "equals")) or _node_line(node, ("desk_units", i))
        unit = read_desk_unit(du, lex, known)
        if isinstance(unit, str):
            out.append(Problem(path, line, f"desk unit {du.name!r}: {unit}"))
            continue
        if to_si(unit.pint or "") is None:
            out.append(Problem(path, line, f"desk unit {du.name!r}: pint cannot convert {du.equals!r}"))
            continue
        for w in desk_unit_words(du):
            known[w] = unit
    return out


def desk_unit_words(du: DeskUnit) -> list[str]:
    """The surfaces of a desk unit, lower-case with hyphens as spaces: its words, else its name and
    the name's plural ('football pitches', 'double-decker buses')."""
    import re as _re

    words = du.words or [du.name, _plural(du.name)]
    return [_re.sub(r"\s+", " ", w.lower().replace("-", " ")).strip() for w in words]


def _plural(name: str) -> str:
    if name.endswith(("s", "x", "ch", "sh", "z")):
        return name + "es"
    if name.endswith("y") and name[-2:-1] not in "aeiou":
        return name[:-1] + "ies"
    return name + "s"


_SEMANTIC: dict[str, Any] = {
    "units": _check_units,
    "rules": _check_rules,
    "vague": _check_vague,
    "hedges": _check_hedges,
    "judgement": _check_judgement,
    "measures": _check_measures,
}


def _default_params() -> dict[str, dict[str, Any]]:
    """Each rule's parameters as the default pack gives them: the reference for names and types."""
    pack = load_pack(None)
    return {code: s.params for code, s in pack.rules.rules.items()}


def load_pack(directory: Path | str | None = None) -> RulePack:
    """Load a rule pack. A directory may hold only some files: the rest come from the default pack."""
    if directory:
        d = Path(directory).resolve()
        return _load_pack_cached(str(d), _stamp(d))
    return _load_pack_cached("", _stamp(default_pack_dir()))


def _stamp(directory: Path) -> tuple[tuple[str, int, int], ...]:
    """The files' names, sizes and modification times: an edited pack is read again."""
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError:
        return ()
    out = []
    for e in entries:
        try:
            st = e.stat()
        except OSError:
            continue
        out.append((e.name, st.st_size, st.st_mtime_ns))
    return tuple(out)


@lru_cache(maxsize=16)
def _load_pack_cached(directory: str, stamp: tuple[tuple[str, int, int], ...]) -> RulePack:
    from numcheck.fsutil import cache_dir

    base = cache_dir()
    key = _stored_key(directory) if base is not None else None
    stored = base / f"pack-{key}.pickle" if base is not None and key else None
    if stored is not None:
        kept = _read_stored(stored)
        if kept is not None:
            return kept
    pack, problems = check_pack(directory or None)
    if problems or pack is None:
        raise ConfigError(_summary(problems) if problems else f"{directory}: invalid rule pack")
    if stored is not None and not pack.units.desk_units:  # a desk unit's check asks pint: read it every time
        _store(stored, pack)
    return pack


# --- a read pack kept on disk -------------------------------------------------------------------
# Reading a pack (YAML, then validation, which makes pydantic build the validators of all the
# models above) is most of a cold start. A pack that loaded without a problem is kept, pickled, in
# the cache directory, under a key made of everything the reading depends on; a later process
# unpickles it (no YAML, no validator built). A missing, unreadable or broken file is read as ever.

_STORED_FORMAT = "1"  # changed when what is stored changes
_STORED_KEEP = 8  # the most packs kept (the least recently written are removed)


def _stored_key(directory: str) -> str | None:
    """The key of a read pack: the Python, pydantic and numcheck that read it; numcheck's own source
    files by name, size and modification time (as Python keys its .pyc files); the name and bytes of
    every file of the pack's directory and of the default pack. None when one of them cannot be
    read (the pack is then read from its files, and not kept)."""
    import hashlib
    import sys

    from pydantic import VERSION as PYDANTIC_VERSION

    h = hashlib.sha256()
    default = default_pack_dir()
    for part in (_STORED_FORMAT, sys.version, PYDANTIC_VERSION, directory, str(default)):
        h.update(part.encode("utf-8", "surrogatepass") + b"\0")
    code = Path(__file__).resolve().parent
    try:
        for f in sorted(_files_under(code, recurse=True)):
            if f.suffix == ".py":
                st = f.stat()
                stamp = f"{f.relative_to(code)}\0{st.st_size}\0{st.st_mtime_ns}\0"
                h.update(stamp.encode("utf-8", "surrogatepass"))
        for d in (default, Path(directory)) if directory else (default,):
            for f in sorted(_files_under(d, recurse=False)):
                h.update(f.name.encode("utf-8", "surrogatepass") + b"\0")
                h.update(f.read_bytes() if f.is_file() else b"(not a file)")
                h.update(b"\0")
    except (OSError, ValueError):
        return None
    return h.hexdigest()[:40]


def _files_under(d: Path, recurse: bool) -> list[Path]:
    """The entries of d (with recurse, the files of its subdirectories too, caches left out)."""
    out = []
    for e in os.scandir(d):
        if recurse and e.is_dir():
            if e.name != "__pycache__":
                out += _files_under(Path(e.path), True)
        else:
            out.append(Path(e.path))
    return out


class _PackUnpickler(pickle.Unpickler):
    """Unpickles a rule pack only: the models of this module and plain data (lists, dicts, sets,
    strings, numbers), no other class or function."""

    def find_class(self, module: str, name: str) -> Any:
        if module == __name__:
            found = globals().get(name)
            if isinstance(found, type) and issubclass(found, BaseModel):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is no part of a rule pack")


def _read_stored(path: Path) -> RulePack | None:
    try:
        with open(path, "rb") as fh:
            pack = _PackUnpickler(fh).load()
    except Exception:  # noqa: BLE001 (missing, cut short or foreign: the pack is read from its files)
        return None
    return pack if isinstance(pack, RulePack) else None


def _store(path: Path, pack: RulePack) -> None:
    from numcheck.fsutil import atomic_write

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, pickle.dumps(pack, protocol=pickle.HIGHEST_PROTOCOL))
        kept = sorted(path.parent.glob("pack-*.pickle"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in kept[_STORED_KEEP:]:
            old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, RecursionError):  # an unwritable cache only costs time
        pass

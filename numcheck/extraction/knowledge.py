"""The rule pack compiled for fast lookup during extraction (built once per pack)."""

from __future__ import annotations

import importlib
import importlib.util
import re
import sys
import types
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypeVar

from numcheck.extraction.numbers import NumberLexicon
from numcheck.extraction.units import UnitLexicon, unit_lexicon
from numcheck.rulepack import Hedge, RulePack, Vague

V = TypeVar("V")

_SNOWBALL_ALONE = "numcheck._snowball_english"  # the package's directory, without its __init__


def english_stemmer() -> Any:
    """snowballstemmer's English stemmer (pure Python, the same class either way).

    The package's __init__ imports the stemmers of all its thirty-odd languages (about 20 ms of
    a cold `numcheck check`, which needs one). So its directory is opened as a package of
    another name, with no __init__ run, and only english_stemmer (with basestemmer and among)
    is imported from it; where snowballstemmer is imported already, or its layout is not that
    one, the package's own import."""
    if "snowballstemmer" not in sys.modules:
        try:
            pkg = sys.modules.get(_SNOWBALL_ALONE)
            if pkg is None:
                spec = importlib.util.find_spec("snowballstemmer")  # found, not imported
                if spec is None or not spec.submodule_search_locations:
                    raise ImportError("snowballstemmer")
                pkg = types.ModuleType(_SNOWBALL_ALONE)
                pkg.__path__ = list(spec.submodule_search_locations)
                sys.modules[_SNOWBALL_ALONE] = pkg
            return importlib.import_module(f"{_SNOWBALL_ALONE}.english_stemmer").EnglishStemmer()
        except ImportError:
            pass
    from snowballstemmer.english_stemmer import EnglishStemmer

    return EnglishStemmer()


_STEMMER = english_stemmer()


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _STEMMER.stemWord(word.lower().replace("’", "'").removesuffix("'s"))


def phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(phrase.lower().replace("-", " - ").replace("’", "'").split())


def verb_forms(lemma: str) -> list[str]:
    """The finite forms of a verb given as its lemma ("argue" -> argue, argues, argued; "reply" ->
    reply, replies, replied; "tell/told" -> tell, tells, told; "point out" -> point out, points out,
    pointed out): base, third person and past."""
    head, _, past = lemma.partition("/")
    first, *rest = head.split()
    tail = "".join(" " + w for w in rest)
    if not past:
        if first.endswith("e"):
            past = first + "d"
        elif first.endswith("y") and first[-2:-1] not in "aeiou":
            past = first[:-1] + "ied"
        else:
            past = first + "ed"
    if first.endswith("y") and first[-2:-1] not in "aeiou":
        third = first[:-1] + "ies"
    elif first.endswith(("s", "sh", "ch", "x", "z")):
        third = first + "es"
    else:
        third = first + "s"
    return [first + tail, third + tail, past + tail]


def ing_form(lemma: str) -> str:
    """The form in -ing of a verb given as its lemma ("say" -> saying, "note" -> noting, "point
    out" -> pointing out)."""
    first, *rest = lemma.partition("/")[0].split()
    if first.endswith("e") and not first.endswith("ee"):
        first = first[:-1]
    return first + "ing" + "".join(" " + w for w in rest)


@dataclass
class Knowledge:
    pack: RulePack
    numbers: NumberLexicon
    units: UnitLexicon
    hedges: dict[tuple[str, ...], Hedge]
    hedge_max: int
    hedge_shared_kinds: frozenset[str]  # hedges.yaml shared_over_and (hedges._shared_hedge)
    vague: dict[tuple[str, ...], Vague]
    noun_words: dict[tuple[str, ...], str]  # phrase -> class
    noun_max: int
    people_kinds: set[str]
    pound_money_words: set[str]  # words before a figure that make 'pounds' money
    period_positions: set[str]  # 'the first half of 2017': a part of a period, not a share
    not_counted: set[str]
    phrase_closers: set[str]  # "killed 12 yesterday, ...": a word that ends the figure's phrase
    one_of_idioms: set[str]
    partitive_possessives: frozenset[str]  # "one of his sisters": a member of a group (nouns.yaml)
    whole_quantifiers: frozenset[str]  # "most of the 10 victims": 10 is the whole (nouns.yaml)
    one_idioms: set[str]  # "one day", "one thing": after a spelled-out "one", no count
    one_modifiers_in_s: set[str]  # "one news agency": a word in -s opening the compound
    one_nouns_in_ly: set[str]  # "one family with children": a noun in -ly, no adjective
    one_subject_verbs: set[str]  # "One injured worker was": the verb after an opening "one" and its noun
    zero_idioms: set[str]  # "zero tolerance", "ground zero": beside "zero", no count
    rank_top: set[str]  # "in the top 20": a bare figure after these words is a place, no count
    slice_groups: set[str]  # "the top 1 percent": a group named by its slice, no share measured
    window_words: set[str]  # "over the past five years": a span a statement covers (role "when")
    # units.yaml: "400,000 a week: that's 20 million a year"; the longest first ("that is" before "that")
    restating_openers: tuple[tuple[str, ...], ...]
    window_spans: set[str]  # "in the first six months": the same, but never after "for"
    rank_before: set[str]  # "ranked 131 of 174 countries": a place in a ranking, no count
    age_words: set[str]
    age_hedges: set[str]
    headline_counters: set[str]
    alias_words: set[str]
    age_groups: set[str]
    age_bounds: set[str]
    age_copulas: set[str]
    age_comparatives: set[str]
    age_turns: set[str]
    age_whens: set[tuple[str, ...]]
    age_open_bounds: set[tuple[str, ...]]
    age_persons: set[str]
    age_holders: set[str]
    age_determiners: set[str]
    not_age_names: set[str]
    name_suffixes: set[str]
    capitalised_plurals: set[str]
    plurals_without_s: set[str]
    ics_plurals: set[str]
    half_wholes: set[str]
    half_subject_verbs: set[str]  # "about half are retired": a bare half as a plural subject
    half_of_determiners: set[str]  # "half that amount", "half his sentence": a share of what follows
    half_cut_before: set[str]  # "cut in half", "fell by half": the words before a cut by half
    half_cut_after: set[str]  # "cut in half last year": words that may follow that cut
    docket_codes: set[str]  # "3:12-cv-151": the letter codes of a case number
    death_words: set[str]
    hyphen_idioms: set[tuple[str, ...]]
    hyphen_adjectives: set[str]  # "a three-pronged inquiry": a manner, not a count
    common_verbs: set[str]
    not_hyphen_nouns: set[str]
    name_labels: set[str]
    counter_labels: frozenset[str]
    names_after: set[str]  # ".22 caliber": a figure that names the word after it
    period_labels_after: set[str]  # "in year two": a number word after these is a label
    period_label_before: set[str]  # the prepositions before such a period word
    period_label_then: set[str]  # the words that may follow such a label ("from day one there")
    place_second_words: set[str]  # "Kansas City", "Harris County": a place's second word
    emergency_numbers: set[str]  # "911": a telephone number, no figure, beside emergency_words
    emergency_words: set[str]  # "call", "dispatcher": the words beside an emergency number
    stage_names: set[tuple[str, ...]]
    more_of: set[tuple[str, ...]]
    change_verbs: set[str]
    range_nouns: set[str]  # "between the range of 5 and 9": the span named before a range
    or_even: set[str]
    adjective_nouns: set[str]
    street_words: set[str]
    events: dict[tuple[str, ...], str]  # stemmed phrase -> event
    event_max: int
    directions: dict[str, str]  # stem -> increase/decrease
    direction_adverbs: dict[str, str]  # 'up' -> increase, only right before a figure (_direction)
    direction_adverbs_after: frozenset[str]  # what opens such an adverb's change: ',', 'were'
    totals: set[tuple[str, ...]]
    implied_events: dict[str, str]
    generic_sources: set[str]
    cues: dict[tuple[str, ...], str]
    cues_by_first: dict[str, list[tuple[tuple[str, ...], str]]]
    vague_by_first: dict[str, list[tuple[tuple[str, ...], Vague]]]
    vague_alone_not_after: set[str]  # "by the dozens": a vague amount alone is no count after these
    vague_alone_joined_by: set[str]  # "dozens, if not hundreds, of": joined to a later amount by these
    modality: set[str]
    demands: set[str]
    demand_list_ends: set[str]  # words ending the list of things demanded (events.yaml demand_list_ends)
    weak_modality: set[str]
    aspects: dict[str, str]
    cue_verbs: dict[tuple[str, ...], str]
    cue_max: int
    cue_preps: dict[tuple[str, ...], str]
    pronouns: set[str]
    groups: set[str]
    not_sources: set[str]
    frames: set[str] = field(default_factory=set)
    speech: set[str] = field(default_factory=set)
    tallies: set[str] = field(default_factory=set)
    openers: set[str] = field(default_factory=set)
    at_cues: set[str] = field(default_factory=set)
    as_cues: set[str] = field(default_factory=set)
    given_figures: set[str] = field(default_factory=set)
    accounts: set[str] = field(default_factory=set)
    carrying_documents: set[str] = field(default_factory=set)
    account_words: set[str] = field(default_factory=set)
    unnamed_cues: set[str] = field(default_factory=set)
    hearsay_nouns: set[str] = field(default_factory=set)
    hearsay_participles: set[str] = field(default_factory=set)
    hearsay_infinitives: frozenset[str] = frozenset()
    hypothetical_modals: frozenset[str] = frozenset()
    cue_noun_adjectives: frozenset[str] = frozenset()
    counted_speaker_leads: frozenset[str] = frozenset()
    respondent_verbs: frozenset[str] = frozenset()
    participle_asides: frozenset[tuple[str, ...]] = frozenset()
    inverted_cues: set[str] = field(default_factory=set)
    study_words: set[str] = field(default_factory=set)
    data_bodies: set[str] = field(default_factory=set)
    account_participles: frozenset[str] = frozenset()
    inquiries: frozenset[str] = frozenset()
    at_participles: frozenset[str] = frozenset()
    post_mark_prefixes: tuple[str, ...] = ()
    post_mark_links: tuple[str, ...] = ()
    findings: set[str] = field(default_factory=set)
    per_item: set[str] = field(default_factory=set)
    per_item_qualifiers: set[str] = field(default_factory=set)
    occasions_before: set[str] = field(default_factory=set)
    multiple_verbs: set[str] = field(default_factory=set)
    occasion_words: dict[str, int] = field(default_factory=dict)
    once_counted_after: set[str] = field(default_factory=set)
    occasion_idioms_after: set[str] = field(default_factory=set)
    one_listed_after: set[str] = field(default_factory=set)
    one_list_reach: int = 10
    one_not_listed_before: set[str] = field(default_factory=set)
    one_opened_after: set[str] = field(default_factory=set)
    one_opened_reach: int = 3
    per_item_shared_by: set[str] = field(default_factory=set)
    per_item_sums: set[str] = field(default_factory=set)
    per_item_each: set[tuple[str, ...]] = field(default_factory=set)
    finders: set[str] = field(default_factory=set)
    shares: set[str] = field(default_factory=set)
    share_leads: set[str] = field(default_factory=set)
    first_person: set[str] = field(default_factory=set)
    states: set[str] = field(default_factory=set)
    findings_words: set[str] = field(default_factory=set)
    described_heads: set[str] = field(default_factory=set)
    any_kind_heads: set[str] = field(default_factory=set)
    described_people: set[str] = field(default_factory=set)
    not_speakers: set[str] = field(default_factory=set)
    source_ends: set[str] = field(default_factory=set)
    place_heads: set[str] = field(default_factory=set)
    family_name_words: set[str] = field(default_factory=set)
    cue_terms: set[str] = field(default_factory=set)
    document_verbs: set[str] = field(default_factory=set)
    charging: set[str] = field(default_factory=set)
    hearers: set[str] = field(default_factory=set)
    judging: set[str] = field(default_factory=set)
    hearing_verbs: set[str] = field(default_factory=set)
    about_oneself: set[str] = field(default_factory=set)
    credit_tail: int = 6
    saying_that: set[tuple[str, ...]] = field(default_factory=set)
    object_cues: dict[str, str] = field(default_factory=dict)
    saying_ing: set[tuple[str, ...]] = field(default_factory=set)
    counterfactual: set[tuple[str, ...]] = field(default_factory=set)
    relative_years: dict[str, int] = field(default_factory=dict)
    relative_year_openers: set[str] = field(default_factory=set)
    statutory: set[tuple[str, ...]] = field(default_factory=set)
    share_nouns: set[str] = field(default_factory=set)
    other_senses: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)
    not_carried: set[str] = field(default_factory=set)
    proceedings: set[str] = field(default_factory=set)
    carry_words: dict[str, set[str]] = field(default_factory=dict)
    narrative_openers: set[str] = field(default_factory=set)
    name_titles: set[str] = field(default_factory=set)
    title_abbreviations: frozenset[str] = frozenset()  # attribution.yaml: 'Lt.' before a name
    trailing_speaker_cues: set[str] = field(default_factory=set)
    title_joiners: set[str] = field(default_factory=set)
    statement_turns: set[str] = field(default_factory=set)
    pronoun_openers: set[str] = field(default_factory=set)  # attribution.yaml: "But he said"
    # attribution.yaml relative_openers and that_verbs (sources._clause_subject): "a plan that Ana Ruiz
    # proposed" opens a relative clause, "police said that ..." does not
    relatives: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    continuing_openers: set[tuple[str, ...]] = field(default_factory=set)
    cue_as_noun: set[str] = field(default_factory=set)
    object_possessives: set[str] = field(default_factory=set)
    count_inside: set[str] = field(default_factory=set)
    time_after: set[str] = field(default_factory=set)
    after_tag_openers: set[str] = field(default_factory=set)
    after_quote_openers: set[str] = field(default_factory=set)
    noun_after_cue: set[str] = field(default_factory=set)
    existential: set[str] = field(default_factory=set)
    interviewers: set[str] = field(default_factory=set)
    interviewee_labels: set[str] = field(default_factory=set)
    question_leads: set[str] = field(default_factory=set)
    interview_intros: list[tuple[str, ...]] = field(default_factory=list)
    titled_heads: set[str] = field(default_factory=set)
    # attribution.yaml 'possessed_people' with described_people, titled_heads, speaks_for and nouns.yaml
    # age_holders: a possessive name before one of them is not what "he" or "she" stands for
    possessed_people: frozenset[str] = frozenset()
    # attribution.yaml he_titles / she_titles: a word before a name -> the pronoun ("<he>", "<she>")
    title_pronouns: dict[str, str] = field(default_factory=dict)
    honorifics: frozenset[str] = frozenset()  # attribution.yaml: honorifics ("Mr", "Mrs")
    # attribution.yaml he_words / she_words: "<he>" or "<she>" -> its forms (sources.nearest_person's chain)
    pronoun_forms: dict[str, frozenset[str]] = field(default_factory=dict)
    deceit_adverbs: set[str] = field(default_factory=set)
    shift_openers: set[str] = field(default_factory=set)
    passive_not_cues: set[str] = field(default_factory=set)
    that_only_cues: set[str] = field(default_factory=set)  # attribution.yaml: "claim" before "that" only
    that_only_leads: set[str] = field(default_factory=set)  # and after a plural subject or one of these
    relative_continuers: set[str] = field(default_factory=set)  # attribution.yaml: a relative clause goes on
    participle_leads: set[str] = field(default_factory=set)
    link_openers: set[tuple[str, ...]] = field(default_factory=set)
    # the first words of link_openers (sources.link_line asks a sentence's first word of it first)
    link_opener_first: frozenset[str] = frozenset()
    data_passives: set[str] = field(default_factory=set)
    speaking_groups: set[str] = field(default_factory=set)
    news_outlets: set[str] = field(default_factory=set)
    headline_verbs: set[str] = field(default_factory=set)
    charging_documents: set[str] = field(default_factory=set)
    document_participles: set[str] = field(default_factory=set)
    recipient_participles: set[str] = field(default_factory=set)
    # the stem of each word naming a kind of money (measures.yaml) -> the kind: read by the checks'
    # linking (link.money_kinds), never by the reader of claims
    measure_stems: dict[str, str] = field(default_factory=dict)
    # measures.yaml 'running_totals' and 'rates', lower-cased (link.running_total, link.rate)
    running_since: frozenset[str] = frozenset()
    running_starts: frozenset[str] = frozenset()
    running_reach: int = 6
    running_not_after: frozenset[str] = frozenset()
    running_not_after_reach: int = 3
    running_tallies: tuple[tuple[str, ...], ...] = ()  # word tuples ('to', 'date')
    cut_digits: int = 3
    sum_stems: frozenset[str] = frozenset()  # measures.yaml 'sum_words', stemmed (link.sum_of_kinds)
    rate_per: frozenset[str] = frozenset()
    rate_periods: frozenset[str] = frozenset()
    rate_adverbs: frozenset[str] = frozenset()
    rate_not_before: frozenset[str] = frozenset()
    rate_not_after: frozenset[str] = frozenset()
    rate_reach: int = 10
    # measures.yaml 'other_matters', lower-cased (link.another_matter); openers as word tuples
    other_words: frozenset[str] = frozenset()
    other_openers: tuple[tuple[str, ...], ...] = ()
    # measures.yaml 'other_holders' (link.named_holder): paragraphs after the headline whose names
    # are the release's principals; capitalised words that are never a holder's name
    holder_lead: int = 0
    holder_not_names: frozenset[str] = frozenset()
    # measures.yaml 'participle_clauses' (link.participle_main): None when the file has none;
    # else the words in -ing that open no participle clause ('according to', 'during')
    not_participles: frozenset[str] | None = None
    # measures.yaml 'model_sizes' (link.model_size): the units of sizes that name a model
    model_size_units: frozenset[str] = frozenset()
    # measures.yaml 'later_states' (link.later_state): sentence openers of later time, as word tuples
    later_openers: tuple[tuple[str, ...], ...] = ()
    # measures.yaml 'later_states' 'earlier_cues' (link.earlier_statement): past-perfect reports
    earlier_cues: tuple[tuple[str, ...], ...] = ()
    # measures.yaml 'time_frames' (link.time_frame): words dating a figure to now or to earlier
    present_cues: tuple[tuple[str, ...], ...] = ()
    past_cues: tuple[tuple[str, ...], ...] = ()
    frame_breaks: frozenset[str] = frozenset()
    # measures.yaml 'event_days' (link.event_day): day names, and the words beside one that make it
    # name a calendar date or a paper instead ("Super Tuesday", "the Sunday Times")
    event_days: frozenset[str] = frozenset()
    day_not_after: frozenset[str] = frozenset()
    day_not_before: frozenset[str] = frozenset()
    day_said: frozenset[str] = frozenset()  # "said Monday that": a day of saying, no day of a count
    day_said_reach: int = 8
    # measures.yaml 'breakdowns' (link.breakdown_sum): how near a sentence's parts must add up to a total
    breakdown_relative: float = 0.0
    # measures.yaml 'averages' (link.average): words of a clause that name its figure an average
    average_words: frozenset[str] = frozenset()
    each_nouns: frozenset[str] = frozenset()  # measures.yaml averages `each`: "the $1,200 checks"
    # measures.yaml 'others_counts' (link.others_count): words after a count of others
    others_words: frozenset[str] = frozenset()
    rest_words: frozenset[str] = frozenset()  # measures.yaml others_counts `rest`: "three other ..."
    # measures.yaml others_counts `ordinals`: each ordinal word and the number it names ("third": 3)
    next_ordinals: dict[str, int] = field(default_factory=dict)
    # measures.yaml 'age_holders' (link.age_holder): nouns of a person written after an age
    age_holder_nouns: frozenset[str] = frozenset()
    # measures.yaml 'ratios' (link.ratio_side): the phrases after a ratio's side, as word tuples,
    # and how many words after the figure they may start
    ratio_phrases: tuple[tuple[str, ...], ...] = ()
    ratio_reach: int = 4
    # measures.yaml 'capacities' (link.capacity): the phrases before a capacity, as word tuples, and
    # the hedge words that may stand between
    capacity_phrases: tuple[tuple[str, ...], ...] = ()
    capacity_between: frozenset[str] = frozenset()
    # measures.yaml 'scores' (link.score_side): what joins a score's two shares, and the words
    # before its first share after which "to" joins a change or a range, not a score
    score_joiners: tuple[str, ...] = ()
    score_not_before: frozenset[str] = frozenset()
    # ... and the words before a first share after which "A percent to B percent" is a score's two
    # sides, never a range (ranges._score_sides)
    score_sides_before: frozenset[str] = frozenset()
    # measures.yaml 'maturities' (link.maturity): nouns of a security named by its term
    maturity_nouns: frozenset[str] = frozenset()
    # measures.yaml 'suppositions' (link.supposition): words opening a clause that supposes a figure
    supposition_openers: frozenset[str] = frozenset()
    supposition_reach: int = 12
    supposition_guesses: frozenset[str] = frozenset()  # "possibly 700 jobs" (link.supposition)
    supposition_guess_reach: int = 3
    # measures.yaml 'bracket_bounds' (link.bracket_bound): the words of a bracket, the bounds after
    # them and the phrases after a bound figure, as word tuples
    bound_holders: frozenset[str] = frozenset()
    bound_words: tuple[tuple[str, ...], ...] = ()
    bound_after: tuple[tuple[str, ...], ...] = ()
    # measures.yaml 'share_holders' (link.share_holder): how many words a holder runs to, and the
    # words that end it (with share_bases' stops)
    holder_reach: int = 3
    holder_stops: frozenset[str] = frozenset()
    # measures.yaml 'share_ranks' (link.share_rank): the ordinal words of a place in a ranking, and
    # how many words before a percentage one is read
    rank_ordinals: frozenset[str] = frozenset()
    rank_reach: int = 6
    # measures.yaml 'care_states' (link.care_states): the events a state is read for, and each
    # state's phrases as word tuples
    care_events: frozenset[str] = frozenset()
    care_phrases: tuple[tuple[tuple[str, ...], str], ...] = ()
    # measures.yaml 'case_counts' (link.case_count): the nouns of cases, and the words that may
    # stand between one and a bare figure
    case_nouns: frozenset[str] = frozenset()
    case_between: frozenset[str] = frozenset()
    # measures.yaml 'world_scopes' (link.world_scope): the phrases that give a figure for the whole
    # world, as word tuples
    world_phrases: tuple[tuple[str, ...], ...] = ()
    # measures.yaml 'national_scopes' (link.national_scope): phrases giving a figure for a whole country
    nation_phrases: tuple[tuple[str, ...], ...] = ()
    # events.yaml 'predicate_past' (features._event): the words opening an insertion set off by
    # commas after a counted subject, past which its predicate is read
    predicate_past: frozenset[str] = frozenset()
    # measures.yaml 'share_bases' (link.share_base): how many words a share's base may run to, the
    # words passed over in it, and the words (stops and the verbs' forms) that end it
    base_reach: int = 4
    base_skip: frozenset[str] = frozenset()
    base_stops: frozenset[str] = frozenset()
    base_before: frozenset[str] = frozenset()  # measures.yaml share_bases `before`: "Among X, 35%"
    base_groups: frozenset[str] = frozenset()  # share_bases `groups`: "black Democrats (67%)"
    base_opens: frozenset[str] = frozenset()  # share_bases `opens`: "Among X, ... (45%)"
    base_carried: frozenset[str] = frozenset()  # share_bases `carried`: "19% of X, while 67%"
    row_contrasts: frozenset[str] = frozenset()  # share_rows `contrasts`: "87% of A, while 53% of B"
    row_lists: frozenset[str] = frozenset()  # share_rows `lists`: "46% Greens, 31% Blues and 19% ..."
    # measures.yaml 'share_questions' (link.share_question): how many words a share's question may
    # run to, and the words passed over in it (with the share bases' skip and stop words)
    question_reach: int = 8
    question_skip: frozenset[str] = frozenset()
    # the stems of the verbs passed over (their "-ing" forms too: "saying")
    question_verbs: frozenset[str] = frozenset()
    # and the stems of the verbs whose subject, a share with no "of", is a share of the people asked
    asked_stems: frozenset[str] = frozenset()
    precise_digits: int = 6
    # every word scan() may read something from (vague phrases', named figures' and occasion
    # words' first words, number starters): made once here from the fields above
    word_starts: frozenset[str] = frozenset()
    # the first words of the cue prepositions' and the cue verbs' phrases ("according", "said"):
    # the only words _sentence_sources reads a cue from
    cue_first: frozenset[str] = frozenset()
    # the cue verbs with "state(s)" (STATE_WORDS), a cue only where a document states something, so
    # kept out of `cue_verbs`, which the figure reader reads too; and the first words of every cue
    # with them and "(", the tokens _sentence_sources reads from: made once per pack, here
    sentence_cue_verbs: dict[tuple[str, ...], str] = field(default_factory=dict)
    sentence_cue_first: frozenset[str] = frozenset()
    # `proceedings` of more than one word, split into their words
    proceeding_phrases: list[list[str]] = field(default_factory=list)
    # `accounts` of more than one word ("statement of facts"), split into their words
    account_phrases: list[list[str]] = field(default_factory=list)
    # features._terms: whether a word (in lower case) is left out of a clause's content words, by
    # the word alone; filled as words are met (a cache for speed, not knowledge; not compared)
    not_content: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)


def _by_first(table: dict[tuple[str, ...], V]) -> dict[str, list[tuple[tuple[str, ...], V]]]:
    """Phrases indexed by their first word, longest first."""
    out: dict[str, list[tuple[tuple[str, ...], V]]] = {}
    for phrase, v in sorted(table.items(), key=lambda kv: -len(kv[0])):
        out.setdefault(phrase[0], []).append((phrase, v))
    return out


def measure_stems(measures: dict[str, list[str]]) -> dict[str, str]:
    """The stem of each word naming a kind of money (measures.yaml) -> the kind."""
    return {stem(w.lower()): kind for kind, ws in measures.items() for w in ws}


# "state" and "states": a verb of `document_verbs` only before "that" ("The complaint states that
# ..."); else a noun ("three dozen state and federal agencies")
STATE_WORDS = frozenset({"state", "states"})


def _phrases(phrases: list[str]) -> tuple[tuple[str, ...], ...]:
    """Phrases as tuples of lower-case words, in the order written (for has_phrase)."""
    return tuple(tuple(o.lower().split()) for o in phrases)


def _lower(words: list[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def _forms(lemmas: list[str]) -> frozenset[str]:
    """Every form of these verbs, in lower case ("say" -> say, says, said, saying)."""
    return frozenset(f.lower() for lemma in lemmas for f in verb_forms(lemma))


def knowledge(pack: RulePack) -> Knowledge:
    return _knowledge(id(pack), pack)


_CACHE: dict[int, Knowledge] = {}


def _knowledge(key: int, pack: RulePack) -> Knowledge:
    k = _CACHE.get(key)
    if k is not None and k.pack is pack:
        return k
    hedges: dict[tuple[str, ...], Hedge] = {}
    for h in pack.hedges.hedges:
        for w in h.words:
            hedges.setdefault(phrase_key(w), h)
    nouns: dict[tuple[str, ...], str] = {}
    for cls, words in pack.nouns.classes.items():
        for w in words:
            nouns.setdefault(phrase_key(w), cls)
    events: dict[tuple[str, ...], str] = {}
    for ev, words in pack.events.events.items():
        for w in words:
            events.setdefault(phrase_key(w), ev)
    aspects = {stem(w): a for a, words in pack.events.aspects.items() for w in words}
    verbs = {phrase_key(v): v for v in pack.attribution.verbs}
    saying = [f for lemma in pack.attribution.saying for f in verb_forms(lemma)]
    that_forms = [f for lemma in pack.attribution.saying_that for f in verb_forms(lemma)]
    that_forms += [verb_forms(lemma)[-1] for lemma in pack.attribution.saying_that_past]
    ing_that = [ing_form(lemma) for lemma in pack.attribution.saying_ing_that]
    ing_forms = [ing_form(lemma) for lemma in pack.attribution.saying_ing] + ing_that
    # a form already listed in `verbs` keeps its own reading
    saying_that = {phrase_key(f) for f in that_forms + ing_that if phrase_key(f) not in verbs}
    object_cues = {f: prep for lemma, prep in pack.attribution.object_cues.items() for f in verb_forms(lemma)}
    for form in saying + that_forms + ing_forms + list(object_cues):
        verbs.setdefault(phrase_key(form), form)
    preps = {phrase_key(p): p for p in pack.attribution.prepositions}
    cues = {phrase_key(w): cue for cue, words in pack.events.cues.items() for w in words}
    k = Knowledge(
        pack=pack,
        numbers=NumberLexicon.from_file(pack.numbers),
        units=unit_lexicon(pack.units),
        hedges=hedges,
        hedge_max=max((len(p) for p in hedges), default=1),
        hedge_shared_kinds=frozenset(pack.hedges.shared_over_and),
        vague={phrase_key(v.phrase): v for v in pack.vague.vague},
        noun_words=nouns,
        noun_max=max((len(p) for p in nouns), default=1),
        people_kinds=set(pack.nouns.people_kinds),
        pound_money_words={w.lower() for w in pack.units.pound_as_money_after},
        period_positions={w.lower() for w in pack.nouns.period_positions},
        not_counted={w.lower() for w in pack.nouns.not_counted},
        phrase_closers={w.lower() for w in pack.nouns.phrase_closers},
        one_of_idioms={w.lower() for w in pack.nouns.one_of_idioms},
        partitive_possessives=frozenset(w.lower() for w in pack.nouns.partitive_possessives),
        whole_quantifiers=frozenset(w.lower() for w in pack.nouns.whole_quantifiers),
        one_idioms={w.lower() for w in pack.nouns.one_idioms},
        one_modifiers_in_s={w.lower() for w in pack.nouns.one_modifiers_in_s},
        one_nouns_in_ly={w.lower() for w in pack.nouns.one_nouns_in_ly},
        one_subject_verbs={w.lower() for w in pack.nouns.one_subject_verbs},
        zero_idioms={w.lower() for w in pack.nouns.zero_idioms},
        rank_top={w.lower() for w in pack.nouns.rank_top},
        slice_groups={w.lower() for w in pack.nouns.slice_groups},
        window_words={w.lower() for w in pack.nouns.window_words},
        restating_openers=tuple(
            sorted(
                {tuple(w.lower().split()) for w in pack.units.restating_openers}, key=lambda o: (-len(o), o)
            )
        ),
        window_spans={w.lower() for w in pack.nouns.window_spans},
        rank_before={w.lower() for w in pack.nouns.rank_before},
        age_words={w.lower() for w in pack.nouns.age_words},
        age_hedges={w.lower() for w in pack.nouns.age_hedges},
        headline_counters={w.lower() for w in pack.nouns.headline_counters},
        alias_words={" ".join(w.lower().split()) for w in pack.nouns.alias_words},
        age_groups={w.lower() for w in pack.nouns.age_groups},
        age_bounds={w.lower() for w in pack.nouns.age_bounds},
        age_copulas={w.lower() for w in pack.nouns.age_copulas},
        age_comparatives={w.lower() for w in pack.nouns.age_comparatives},
        age_turns={w.lower() for w in pack.nouns.age_turns},
        age_whens={tuple(w.lower().split()) for w in pack.nouns.age_whens},
        age_open_bounds={tuple(w.lower().split()) for w in pack.nouns.age_open_bounds},
        age_persons={w.lower() for w in pack.nouns.age_persons},
        age_holders={w.lower() for w in pack.nouns.age_holders},
        age_determiners={w.lower() for w in pack.nouns.age_determiners},
        not_age_names={w.lower() for w in pack.nouns.not_age_names},
        name_suffixes={w.lower() for w in pack.nouns.name_suffixes},
        capitalised_plurals={w.lower() for w in pack.nouns.capitalised_plurals},
        plurals_without_s={w.lower() for w in pack.nouns.plurals_without_s},
        ics_plurals={w.lower() for w in pack.nouns.ics_plurals},
        half_wholes={w.lower() for w in pack.nouns.half_wholes},
        half_subject_verbs={w.lower() for w in pack.nouns.half_subject_verbs},
        half_of_determiners={w.lower() for w in pack.nouns.half_of_determiners},
        half_cut_before={w.lower() for w in pack.nouns.half_cut_before},
        half_cut_after={w.lower() for w in pack.nouns.half_cut_after},
        docket_codes={w.lower() for w in pack.nouns.docket_codes},
        death_words={w.lower() for w in pack.nouns.death_words},
        common_verbs={w.lower() for w in pack.nouns.common_verbs},
        hyphen_idioms={tuple(w.lower().replace("-", " ").split()) for w in pack.nouns.hyphen_idioms},
        hyphen_adjectives={w.lower() for w in pack.nouns.hyphen_adjectives},
        not_hyphen_nouns={w.lower() for w in pack.nouns.not_hyphen_nouns},
        name_labels={w.lower() for w in pack.nouns.name_labels},
        counter_labels=frozenset(w.lower() for w in pack.nouns.counter_labels),
        names_after={w.lower() for w in pack.nouns.names_after},
        period_labels_after={w.lower() for w in pack.nouns.period_labels_after},
        period_label_before={w.lower() for w in pack.nouns.period_label_before},
        period_label_then={w.lower() for w in pack.nouns.period_label_then},
        place_second_words={w.lower() for w in pack.nouns.place_second_words},
        emergency_numbers=set(pack.nouns.emergency_numbers),
        emergency_words={w.lower() for w in pack.nouns.emergency_words},
        stage_names={phrase_key(w) for w in pack.nouns.stage_names},
        more_of={phrase_key(w) for w in pack.nouns.more_of},
        change_verbs={w.lower() for w in pack.nouns.range_change_verbs},
        range_nouns={w.lower() for w in pack.nouns.range_nouns},
        or_even={w.lower() for w in pack.nouns.range_or_words},
        adjective_nouns=set(pack.nouns.adjective_nouns),
        street_words=set(pack.nouns.street_words),
        per_item={w.lower() for w in pack.nouns.per_item},
        per_item_qualifiers={w.lower() for w in pack.nouns.per_item_qualifiers},
        occasions_before={w.lower() for w in pack.nouns.occasions_before},
        multiple_verbs={w.lower() for w in pack.nouns.multiple_verbs},
        occasion_words={w.lower(): v for w, v in pack.nouns.occasion_words.items()},
        once_counted_after={w.lower() for w in pack.nouns.once_counted_after},
        occasion_idioms_after={w.lower() for w in pack.nouns.occasion_idioms_after},
        one_listed_after={w.lower() for w in pack.nouns.one_listed_after},
        one_list_reach=pack.nouns.one_list_reach,
        one_not_listed_before={w.lower() for w in pack.nouns.one_not_listed_before},
        one_opened_after=set(pack.nouns.one_opened_after),
        one_opened_reach=pack.nouns.one_opened_reach,
        per_item_shared_by={w.lower() for w in pack.nouns.per_item_shared_by},
        per_item_sums={w.lower() for w in pack.nouns.per_item_sums},
        per_item_each={tuple(w.lower().split()) for w in pack.nouns.per_item_each},
        events=events,
        event_max=max((len(p) for p in events), default=1),
        directions={w.lower(): d for d, words in pack.events.directions.items() for w in words},
        direction_adverbs={w.lower(): d for d, words in pack.events.direction_adverbs.items() for w in words},
        direction_adverbs_after=frozenset(w.lower() for w in pack.events.direction_adverbs_after),
        totals={phrase_key(w) for w in pack.events.totals},
        implied_events={w.lower(): e for w, e in pack.nouns.implied_events.items()},
        generic_sources={g.lower() for g in pack.attribution.generic},
        cues=cues,
        cues_by_first=_by_first(cues),
        vague_by_first=_by_first({phrase_key(v.phrase): v for v in pack.vague.vague}),
        vague_alone_not_after={w.lower() for w in pack.vague.alone_not_after},
        vague_alone_joined_by={w.lower() for w in pack.vague.alone_joined_by},
        modality={w.lower() for w in pack.events.modality},
        demands={w.lower() for w in pack.events.demands},
        demand_list_ends={w.lower() for w in pack.events.demand_list_ends},
        weak_modality={w.lower() for w in pack.events.weak_modality},
        aspects=aspects,
        cue_verbs=verbs,
        cue_max=max((len(p) for p in verbs), default=1),
        cue_preps=preps,
        pronouns={p.lower() for p in pack.attribution.pronouns},
        groups={g.lower() for g in pack.attribution.groups},
        not_sources={s.lower() for s in pack.attribution.not_sources},
        frames={f.lower() for f in pack.attribution.frames},
        speech={w.lower() for w in pack.attribution.speech} | {f.split()[0].lower() for f in saying},
        tallies={w.lower() for w in pack.attribution.tallies},
        openers={w.lower() for w in pack.attribution.openers},
        at_cues={w.lower() for w in pack.attribution.at_cues},
        as_cues={w.lower() for w in pack.attribution.as_cues},
        given_figures={w.lower() for w in pack.attribution.given_figures},
        accounts={w.lower() for w in pack.attribution.accounts},
        carrying_documents={w.lower() for w in pack.attribution.carrying_documents},
        account_words={w.lower() for w in pack.attribution.account_words},
        unnamed_cues={w.lower() for w in pack.attribution.unnamed_cues},
        hearsay_nouns={w.lower() for w in pack.attribution.hearsay_nouns},
        hearsay_participles={w.lower() for w in pack.attribution.hearsay_participles},
        hearsay_infinitives=frozenset(w.lower() for w in pack.attribution.hearsay_infinitives),
        hypothetical_modals=frozenset(w.lower() for w in pack.attribution.hypothetical_modals),
        cue_noun_adjectives=frozenset(w.lower() for w in pack.attribution.cue_noun_adjectives),
        counted_speaker_leads=frozenset(w.lower() for w in pack.attribution.counted_speaker_leads),
        respondent_verbs=frozenset(w.lower() for w in pack.attribution.respondent_verbs),
        participle_asides=frozenset(tuple(w.lower().split()) for w in pack.attribution.participle_asides),
        inverted_cues={w.lower() for w in pack.attribution.inverted_cues},
        study_words={w.lower() for w in pack.attribution.study_words},
        data_bodies={w.lower() for w in pack.attribution.data_bodies},
        account_participles=frozenset(w.lower() for w in pack.attribution.account_participles),
        inquiries=frozenset(w.lower() for w in pack.attribution.inquiries),
        at_participles=frozenset(w.lower() for w in pack.attribution.at_participles),
        post_mark_prefixes=tuple(pack.attribution.post_mark_prefixes),
        post_mark_links=tuple(pack.attribution.post_mark_links),
        findings={w.lower() for w in pack.attribution.findings},
        finders={w.lower() for w in pack.attribution.finders},
        shares={w.lower() for w in pack.attribution.shares},
        share_leads={w.lower() for w in pack.attribution.share_leads},
        first_person={w.lower() for w in pack.attribution.first_person},
        states={w.lower() for w in pack.attribution.states},
        findings_words={w.lower() for w in pack.attribution.findings_words},
        described_heads={w.lower() for w in pack.attribution.described_heads},
        any_kind_heads={w.lower() for w in pack.attribution.any_kind_heads},
        described_people={w.lower() for w in pack.attribution.described_people},
        not_speakers={w.lower() for w in pack.attribution.not_speakers},
        source_ends={w.lower() for w in pack.attribution.source_ends},
        place_heads={w.lower() for w in pack.attribution.place_heads},
        family_name_words={w.lower() for w in pack.attribution.family_name_words},
        cue_terms={w.lower() for w in pack.attribution.cue_terms},
        document_verbs={w.lower() for w in pack.attribution.document_verbs},
        charging={w.lower() for w in pack.attribution.charging},
        hearers={w.lower() for w in pack.attribution.hearers},
        judging={w.lower() for w in pack.attribution.judging},
        hearing_verbs={w.lower() for w in pack.attribution.hearing_verbs},
        about_oneself={w.lower() for w in pack.attribution.about_oneself},
        credit_tail=pack.attribution.credit_tail,
        saying_that=saying_that,
        object_cues=object_cues,
        saying_ing={phrase_key(f) for f in ing_forms},
        counterfactual={phrase_key(w) for w in pack.events.counterfactual},
        relative_years={w.lower(): step for w, step in pack.events.relative_years.items()},
        relative_year_openers={w.lower() for w in pack.events.relative_year_openers},
        statutory={phrase_key(w) for w in pack.events.statutory},
        share_nouns={w.lower() for w in pack.nouns.share_nouns},
        not_carried={w.lower() for w in pack.attribution.not_carried},
        proceedings={w.lower() for w in pack.attribution.proceedings},
        carry_words={k: {w.lower() for w in ws} for k, ws in pack.attribution.carry_words.items()},
        narrative_openers={w.lower() for w in pack.attribution.narrative_openers},
        name_titles={w.lower() for w in pack.attribution.name_titles},
        title_abbreviations=frozenset(w.lower() for w in pack.attribution.title_abbreviations),
        trailing_speaker_cues={w.lower() for w in pack.attribution.trailing_speaker_cues},
        title_joiners={w.lower() for w in pack.attribution.title_joiners},
        statement_turns={w.lower() for w in pack.attribution.statement_turns},
        pronoun_openers={w.lower() for w in pack.attribution.pronoun_openers},
        relatives=(
            frozenset(w.lower() for w in pack.attribution.relative_openers),
            frozenset(w.lower() for w in pack.attribution.that_verbs),
        ),
        continuing_openers={phrase_key(w) for w in pack.attribution.continuing_openers},
        cue_as_noun={w.lower() for w in pack.attribution.cue_as_noun},
        object_possessives={w.lower() for w in pack.attribution.object_possessives},
        count_inside={w.lower() for w in pack.attribution.count_inside},
        time_after={w.lower() for w in pack.attribution.time_after},
        after_tag_openers={w.lower() for w in pack.attribution.after_tag_openers},
        after_quote_openers={w.lower() for w in pack.attribution.after_quote_openers},
        noun_after_cue={w.lower() for w in pack.attribution.noun_after_cue},
        existential={w.lower() for w in pack.attribution.existential},
        interviewers={w.lower() for w in pack.attribution.interviewers},
        interviewee_labels={w.lower() for w in pack.attribution.interviewee_labels},
        question_leads={w.lower() for w in pack.attribution.question_leads},
        interview_intros=[tuple(w.lower().split()) for w in pack.attribution.interview_intros],
        titled_heads={w.lower() for w in pack.attribution.titled_heads},
        pronoun_forms={
            "<he>": frozenset(w.lower() for w in pack.attribution.he_words),
            "<she>": frozenset(w.lower() for w in pack.attribution.she_words),
        },
        title_pronouns={
            **{w.lower(): "<he>" for w in pack.attribution.he_titles},
            **{w.lower(): "<she>" for w in pack.attribution.she_titles},
        },
        honorifics=frozenset(w.lower() for w in pack.attribution.honorifics),
        possessed_people=frozenset(
            w.lower()
            for w in [
                *pack.attribution.possessed_people,
                *pack.attribution.described_people,
                *pack.attribution.titled_heads,
                *pack.attribution.speaks_for,
                *pack.nouns.age_holders,
            ]
        ),
        charging_documents={w.lower() for w in pack.attribution.charging_documents},
        document_participles={w.lower() for w in pack.attribution.document_participles},
        recipient_participles={w.lower() for w in pack.attribution.recipient_participles},
        measure_stems=measure_stems(pack.measures.measures),
        running_since=_lower(pack.measures.running_totals.since),
        running_starts=_lower(pack.measures.running_totals.starts),
        running_reach=pack.measures.running_totals.reach,
        running_not_after=_lower(pack.measures.running_totals.not_after),
        running_not_after_reach=pack.measures.running_totals.not_after_reach,
        running_tallies=tuple(
            tuple(re.findall(r"[a-z]+|\d+", t.lower())) for t in pack.measures.running_totals.tallies
        ),
        cut_digits=pack.measures.cut_digits,
        sum_stems=frozenset(stem(w.lower()) for w in pack.measures.sum_words),
        rate_per=_lower(pack.measures.rates.per),
        rate_periods=_lower(pack.measures.rates.periods),
        rate_adverbs=_lower(pack.measures.rates.adverbs),
        rate_not_before=_lower(pack.measures.rates.not_before),
        rate_not_after=_lower(pack.measures.rates.not_after),
        rate_reach=pack.measures.rates.reach,
        other_words=_lower(pack.measures.other_matters.words),
        other_openers=_phrases(pack.measures.other_matters.openers),
        holder_lead=pack.measures.other_holders.lead_paragraphs,
        holder_not_names=_lower(pack.measures.other_holders.not_names),
        not_participles=(
            None
            if pack.measures.participle_clauses is None
            else _lower(pack.measures.participle_clauses.not_participles)
        ),
        model_size_units=_lower(pack.measures.model_sizes.units),
        later_openers=_phrases(pack.measures.later_states.openers),
        earlier_cues=_phrases(pack.measures.later_states.earlier_cues),
        present_cues=_phrases(pack.measures.time_frames.present),
        past_cues=_phrases(pack.measures.time_frames.past),
        frame_breaks=_lower(pack.measures.time_frames.breaks),
        event_days=_lower(pack.measures.event_days.days),
        day_not_after=_lower(pack.measures.event_days.not_after),
        day_not_before=_lower(pack.measures.event_days.not_before),
        day_said=_lower(pack.measures.event_days.said),
        day_said_reach=pack.measures.event_days.said_reach,
        breakdown_relative=pack.measures.breakdowns.relative,
        average_words=_lower(pack.measures.averages.words),
        each_nouns=_lower(pack.measures.averages.each),
        others_words=_lower(pack.measures.others_counts.words),
        rest_words=_lower(pack.measures.others_counts.rest),
        next_ordinals={w.lower(): n for w, n in pack.measures.others_counts.ordinals.items()},
        age_holder_nouns=_lower(pack.measures.age_holders.nouns),
        ratio_phrases=_phrases(pack.measures.ratios.phrases),
        ratio_reach=pack.measures.ratios.reach,
        capacity_phrases=_phrases(pack.measures.capacities.phrases),
        capacity_between=_lower(pack.measures.capacities.between),
        score_joiners=tuple(pack.measures.scores.joiners),
        score_not_before=_lower(pack.measures.scores.not_before),
        score_sides_before=_lower(pack.measures.scores.sides_before),
        maturity_nouns=_lower(pack.measures.maturities.nouns),
        supposition_openers=_lower(pack.measures.suppositions.openers),
        supposition_reach=pack.measures.suppositions.reach,
        supposition_guesses=_lower(pack.measures.suppositions.guesses),
        supposition_guess_reach=pack.measures.suppositions.guess_reach,
        bound_holders=_lower(pack.measures.bracket_bounds.holders),
        holder_reach=pack.measures.share_holders.reach,
        rank_ordinals=_lower(pack.measures.share_ranks.ordinals),
        rank_reach=pack.measures.share_ranks.reach,
        holder_stops=_lower(pack.measures.share_holders.stops)
        | _lower(pack.measures.share_bases.stops)
        | _forms(pack.measures.share_bases.verbs),
        bound_words=_phrases(pack.measures.bracket_bounds.bounds),
        bound_after=_phrases(pack.measures.bracket_bounds.after),
        care_events=_lower(pack.measures.care_states.events),
        case_nouns=_lower(pack.measures.case_counts.nouns),
        case_between=_lower(pack.measures.case_counts.between),
        world_phrases=tuple(tuple(p.lower().split()) for p in pack.measures.world_scopes.phrases),
        nation_phrases=tuple(tuple(p.lower().split()) for p in pack.measures.national_scopes.phrases),
        predicate_past=_lower(pack.events.predicate_past),
        care_phrases=tuple(
            (tuple(p.lower().split()), state)
            for state, phrases in pack.measures.care_states.states.items()
            for p in phrases
        ),
        base_reach=pack.measures.share_bases.reach,
        base_before=_lower(pack.measures.share_bases.before),
        base_groups=_lower(pack.measures.share_bases.groups),
        base_opens=_lower(pack.measures.share_bases.opens),
        base_carried=_lower(pack.measures.share_bases.carried),
        row_contrasts=_lower(pack.measures.share_rows.contrasts),
        row_lists=_lower(pack.measures.share_rows.lists),
        base_skip=_lower(pack.measures.share_bases.skip),
        base_stops=_lower(pack.measures.share_bases.stops) | _forms(pack.measures.share_bases.verbs),
        question_reach=pack.measures.share_questions.reach,
        question_skip=(
            _lower(pack.measures.share_questions.skip)
            | _lower(pack.measures.share_bases.stops)
            | _lower(pack.measures.share_bases.skip)
            | _forms(pack.measures.share_questions.verbs)
        ),
        question_verbs=frozenset(map(stem, _forms(pack.measures.share_questions.verbs))),
        asked_stems=frozenset(map(stem, _forms(pack.measures.share_questions.asked))),
        precise_digits=pack.measures.precise_digits,
        deceit_adverbs={w.lower() for w in pack.attribution.deceit_adverbs},
        shift_openers={w.lower() for w in pack.attribution.shift_openers},
        passive_not_cues={w.lower() for w in pack.attribution.passive_not_cues},
        that_only_cues={w.lower() for w in pack.attribution.that_only_cues},
        that_only_leads={w.lower() for w in pack.attribution.that_only_leads},
        relative_continuers={w.lower() for w in pack.attribution.relative_continuers},
        participle_leads={w.lower() for w in pack.attribution.participle_leads},
        link_openers={tuple(w.lower().split()) for w in pack.attribution.link_openers},
        link_opener_first=frozenset(w.lower().split()[0] for w in pack.attribution.link_openers if w.split()),
        data_passives={w.lower() for w in pack.attribution.data_passives},
        speaking_groups={w.lower() for w in pack.attribution.speaking_groups},
        news_outlets={w.lower() for w in pack.attribution.news_outlets},
        headline_verbs={w.lower() for w in pack.attribution.headline_verbs},
        other_senses={
            v.lower(): {phrase_key(w) for w in after} for v, after in pack.attribution.other_senses.items()
        },
    )
    k.word_starts = frozenset(
        {*k.vague_by_first, *k.units.named_first, *k.occasion_words, *k.numbers.starters}
    )
    k.proceeding_phrases = [p.split() for p in k.proceedings if " " in p]
    k.account_phrases = [p.split() for p in k.accounts if " " in p]
    k.cue_first = frozenset(p[0] for table in (k.cue_preps, k.cue_verbs) for p in table)
    k.sentence_cue_verbs = {**k.cue_verbs, **{(w,): w for w in STATE_WORDS}}
    k.sentence_cue_first = k.cue_first | STATE_WORDS | {"("}
    if len(_CACHE) >= 16:  # one entry per distinct pack: bounded, or a process that builds packs grows
        _CACHE.clear()
    _CACHE[key] = k
    return k

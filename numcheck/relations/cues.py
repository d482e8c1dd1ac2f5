"""The rule pack's cue words (rules/relations.yaml) as the readers match them, made once per pack."""

from __future__ import annotations

import re
from functools import lru_cache

from numcheck.extraction.knowledge import stem
from numcheck.extraction.plurals import singular_noun
from numcheck.models import AnyClaim
from numcheck.relations.phrases import _phrases, _word_set, words
from numcheck.rulepack import RulePack

_PEOPLE: dict[int, tuple[RulePack, frozenset[str]]] = {}  # per rule pack (the pack kept: ids stay its own)


def _people_nouns(pack: RulePack) -> frozenset[str]:
    """Every noun that counts people, singular and plural: the classes of people (rules/nouns.yaml
    people_kinds) and their members ("one soldier" is a part of "two people"), the people nouns of
    no class, the nouns an age may follow, capitalised peoples and parties."""
    held = _PEOPLE.get(id(pack))
    if held is None or held[0] is not pack:
        if len(_PEOPLE) >= 8:
            _PEOPLE.clear()  # a desk's packs are few; a server loading many keeps no more than 8
        held = _PEOPLE[id(pack)] = (pack, frozenset(_read_people_nouns(pack)))
    return held[1]


def _read_people_nouns(pack: RulePack) -> set[str]:
    n = pack.nouns
    kinds = {*n.people_kinds, "people"}
    nouns = {w for k in kinds for w in (k, *n.classes.get(k, []))}
    nouns |= {*n.people_nouns, *n.age_holders, *n.capitalised_plurals}
    return nouns | {singular_noun(w) for w in nouns}


@lru_cache(maxsize=16)
def _stems(nouns: frozenset[str]) -> frozenset[str]:
    """The stems of a set of nouns (a pack's people nouns, with a text's demonyms): made once a set."""
    return frozenset(stem(w) for w in nouns)


DEMONYM_RE = re.compile(r"\s*[A-Z][a-z]+(?:ans|ese|is)\b")


def _demonyms(text: str, claims: list[AnyClaim]) -> set[str]:
    """The counted nouns of this document written as a capitalised demonym right after their
    figure ("16 Germans", "200 Iraqis", "40 Chinese"): people."""
    out: set[str] = set()
    for c in claims:
        if c.noun_class and DEMONYM_RE.match(text, c.end):
            out.add(c.noun_class)
    return out


_CUES: dict[int, tuple[RulePack, dict[str, object]]] = {}  # per rule pack, as _PEOPLE


def _cues(pack: RulePack) -> dict[str, object]:
    """The pack's cue words as the reader matches them (phrase lists, word sets), made once per rule
    pack: a check reads document after document with one pack, and making them took a tenth of a
    check's time."""
    held = _CUES.get(id(pack))
    if held is None or held[0] is not pack:
        if len(_CUES) >= 8:
            _CUES.clear()
        held = _CUES[id(pack)] = (pack, _read_cues(pack))
    return held[1]


def _read_cues(pack: RulePack) -> dict[str, object]:
    r = pack.relations
    cmp = r.comparison
    return {
        "labels": {w for p in pack.relations.labels for w in words(p)},
        "thresholds_1": {h for h in _phrases(pack.relations.threshold_after) if len(h) == 1},
        "thresholds_2": {h for h in _phrases(pack.relations.threshold_after) if len(h) == 2},
        "one_not_after": _word_set(tuple(r.one_word.not_after)),
        "one_not_before": _phrases(r.one_word.not_before),
        "noun_stops": {w for p in pack.relations.not_in_noun_phrase for w in words(p)},
        "including": _phrases(r.parts.including),
        "of_whole": {tuple(words(p)) for p in r.parts.of_whole},
        "of_whole_same": {tuple(words(p)) for p in r.parts.of_whole_same_noun},
        "rebase": _phrases(r.parts.rebase),
        "rebase_breaks": {w for p in r.parts.rebase_breaks for w in words(p)},
        "rebase_sources": _phrases(r.parts.rebase_sources),
        "rebase_whole": _phrases(r.parts.rebase_whole),
        "complete": _phrases(r.parts.complete),
        "remaining": _phrases(r.parts.remaining),
        # "a third", "a fifth" (numbers.yaml's fraction words, singular): one more member named
        # without a figure ("a third defendant"), or a fraction of the whole ("a fifth of them")
        "ordinals": {w for w in pack.numbers.fractions if not w.endswith("s")},
        "total_named": {w for p in r.parts.total_named for w in words(p)},
        "announced_total": _phrases(r.parts.announced_total),
        "announced_total_not_with": {w for p in r.parts.announced_total_not_with for w in words(p)},
        "announced_total_not_after": {w for p in r.parts.announced_total_not_after for w in words(p)},
        "announced_total_any": {singular_noun(w) for p in r.parts.announced_total_any for w in words(p)},
        "announced_total_ends": {w for p in r.parts.announced_total_ends for w in words(p)},
        "announced_total_itself": _phrases(r.parts.announced_total_itself),
        "announced_total_same_span": _phrases(r.parts.announced_total_same_span),
        "condition": [tuple(words(p)) for p in r.parts.condition],
        # the words a condition can open with; None when a condition has no words (it then opens anywhere)
        "condition_firsts": (
            None if any(not words(p) for p in r.parts.condition) else {words(p)[0] for p in r.parts.condition}
        ),
        "condition_events": set(r.parts.condition_events),
        "outcome_nouns": {singular_noun(w) for w in r.parts.outcome_nouns},
        "outcomes": set(r.parts.outcomes),
        "outcome_not_with": set(r.parts.outcome_not_with),
        "outcome_again": set(r.parts.outcome_again),
        "outcome_bare": set(r.parts.outcome_bare),
        "outcome_bare_between": set(r.parts.outcome_bare_between),
        "charged": set(r.parts.charged),
        "total_after": _phrases(r.parts.total_after),
        "toll": {w for p in r.parts.toll for w in words(p)},
        "among": _phrases(r.parts.among),
        "of_them": {tuple(words(p)) for p in r.parts.of_them},
        "includes_opens": {tuple(words(p)) for p in r.parts.includes_opens},
        "all_but_opens": {tuple(words(p)) for p in r.parts.all_but_opens},
        "of_the_total": sorted({tuple(words(p)) for p in r.parts.of_the_total}, key=len, reverse=True),
        "of_the_total_back": r.parts.of_the_total_back,
        "among_after": _phrases(r.parts.among_after),
        "of_them_after": _phrases(r.parts.of_them_after),
        "of_them_other_after": {w.lower() for w in r.parts.of_them_other_after},
        "of_them_alternatives": {w.lower() for w in r.parts.of_them_alternatives},
        "of_them_relatives": {w.lower() for w in r.parts.of_them_relatives},
        "of_them_span_joins": {w.lower() for w in r.parts.of_them_span_joins},
        "exceptions_before": {tuple(words(p)) for p in r.parts.exceptions_before},
        "including_people_verbs": {w.lower() for w in r.parts.including_people_verbs},
        "elided": {w for p in r.parts.elided for w in words(p)},
        "elided_not_with": {w for p in r.parts.elided_not_with for w in words(p)},
        "of_the_noun": _phrases(r.parts.of_the_noun),
        "of_the_not_modifiers": {w for p in r.parts.of_the_noun_not_modifiers for w in words(p)},
        "of_the_added": {w for p in r.parts.of_the_noun_added for w in words(p)},
        "kind_named_before": {w for p in r.parts.kind_named_before for w in words(p)},
        "colon_list_links": {w for p in r.parts.colon_list_links for w in words(p)},
        "kind_named_times": {w for p in r.parts.kind_named_times for w in words(p)},
        "paid_on": _phrases(r.parts.paid_on),
        "billed": {w for p in r.parts.billed for w in words(p)},
        "billed_nouns": {w for p in r.parts.billed_nouns for w in words(p)},
        "billed_alone": {w for p in r.parts.billed_alone for w in words(p)},
        "paid_on_adjectives": {w for p in r.parts.paid_on_adjectives for w in words(p)},
        "announced": {w for p in r.parts.announced for w in words(p)},
        "announced_not_with": _phrases(r.parts.announced_not_with),
        "announced_not_in_headline": {w for p in r.parts.announced_not_in_headline for w in words(p)},
        "fines_total": _phrases(r.parts.fines_total),
        "fines_total_before": _phrases(r.parts.fines_total_before),
        "fines_total_with": _phrases(r.parts.fines_total_with),
        "fines_words": frozenset(
            {p[-1] for p in _phrases(r.parts.fines_total)}
            | {p[0] for p in _phrases(r.parts.fines_total_before)}
        ),
        "fine_after": _phrases(r.parts.fine_after),
        "fine_before": _phrases(r.parts.fine_before),
        "fine_not_with": _phrases(r.parts.fine_not_with),
        "fines_imposed": _word_set(tuple(r.parts.fines_imposed)),
        "fine_agreed": _phrases(r.parts.fine_agreed),
        "fines_of_companies": _word_set(tuple(r.parts.fines_of_companies)),
        "fines_of_people": _word_set(tuple(r.parts.fines_of_people)),
        "fine_of_a_person": _word_set(tuple(r.parts.fine_of_a_person)),
        "fines_criminal": _word_set(tuple(r.parts.fines_criminal)),
        "one_of_people": {singular_noun(w) for w in r.parts.one_of_people},
        "opening_group": {w for p in r.parts.opening_group for w in words(p)},
        "plural_verbs": {w for p in r.parts.plural_verbs for w in words(p)},
        "size_compound": frozenset(r.parts.size_compound),
        "charge_documents": _phrases(r.charges.documents),
        "charges_not_with": _phrases(r.charges.not_with),
        "charges_listed_near": _phrases(r.charges.listed_near),
        "charges_near_not_with": set(r.charges.listed_near_not_with),
        "charges_near_charging": set(r.charges.listed_near_charging),
        "charges_list_opens": set(r.charges.list_opens),
        "charge_document_words": set(r.charges.document_words),
        "which": _phrases(r.parts.which),
        "by_place": {w for p in r.parts.by_place for w in words(p)},
        "lone_part": {w for p in r.parts.lone_part for w in words(p)},
        "with_part": _phrases(r.parts.with_part),
        "with_apart": frozenset(r.parts.with_apart),
        "with_scale_mark": _phrases(r.parts.with_scale_mark),
        "with_ratio": {w for p in r.parts.with_ratio for w in words(p)},
        "with_rate": {w for p in r.parts.with_rate for w in words(p)},
        "lone_pair": _phrases(r.parts.lone_pair),
        "lone_part_opens": frozenset(r.parts.lone_part_opens),
        "lone_part_not_acting": frozenset(w.lower() for w in r.parts.lone_part_not_acting),
        "named_and_others_cue": r.parts.named_and_others,
        "limit_nouns": {w.lower() for w in r.parts.limit_nouns},
        "limit_bounds": {w.lower() for w in r.parts.limit_bounds},
        "compared_part": _phrases(r.parts.compared_part),
        "set_against": frozenset(w.lower() for w in r.parts.set_against),
        "nested_samples": tuple(tuple(tuple(words(x)) for x in chain) for chain in r.parts.nested_samples),
        "nested_country": _phrases(r.parts.nested_country),
        "event_words": {tuple(words(w)): ev for ev, ws in pack.events.events.items() for w in ws},
        "poll": _phrases(r.poll),
        "poll_progress": {w for p in r.poll_progress for w in words(p)},
        "poll_compared": {w for p in r.poll_compared for w in words(p)},
        "poll_ranked": {w for p in r.poll_ranked for w in words(p)},
        "poll_rank_places": {w for p in r.poll_rank_places for w in words(p)},
        "poll_items": frozenset(r.poll_items),
        "poll_guesses": _phrases(r.poll_guesses),
        "quantifiers": {tuple(words(q)): (lo, hi) for q, (lo, hi) in r.quantifiers.items()},
        "inc_nouns": _phrases(r.change.nouns.increase),
        "dec_nouns": _phrases(r.change.nouns.decrease),
        "froms": _phrases(r.change.from_),
        "compared_then": {w.lower() for w in r.change.compared_then},
        "total_follows": _phrases(r.parts.total_follows),
        "named_whole": [tuple(words(p)) for p in r.parts.named_whole],
        "per_each": {tuple(words(p)) for p in r.per_head.each},
        "per_person": {w for p in r.per_head.person for w in words(p)},
        "stated_from": _phrases(r.change.stated_from),
        "old_words": {w for p in r.change.old_words for w in words(p)},
        "level_words": {w for p in (*r.change.old_words, *r.change.level_words) for w in words(p)},
        "move_to": {w for p in r.change.move_to for w in words(p)},
        "move_up": {w for p in (*r.change.up, *r.change.move_up) for w in words(p)},
        "move_down": {w for p in (*r.change.down, *r.change.move_down) for w in words(p)},
        "up": {w for p in r.change.up for w in words(p)},
        "down": {w for p in r.change.down for w in words(p)},
        "not_direction_after": frozenset(r.change.not_direction_after),
        "not_direction_before": frozenset(r.change.not_direction_before),
        "per_period": _phrases(r.change.per_period),
        "placed_after": frozenset(r.change.placed_after),
        "not_places": frozenset(r.change.not_places),
        "factors": r.change.factors,
        "factor_verbs": r.change.factor_verbs,
        "restate": _phrases(r.change.restate),
        "restate_between": {w for p in r.change.restate_between for w in words(p)},
        "restate_from": {w for p in r.change.restate_from for w in words(p)},
        "range_before": {w for p in r.change.range_before for w in words(p)},
        "distance_before_from": {w for p in r.change.distance_before_from for w in words(p)},
        "object_openers": {w for p in r.change.object_openers for w in words(p)},
        "object_measures": {w for p in r.change.object_measures for w in words(p)},
        "subject_auxiliaries": {w for p in r.change.subject_auxiliaries for w in words(p)},
        "ranks": {w for p in r.change.ranks for w in words(p)},
        "rank_places_below": r.change.rank_places_below,
        "fold": {w for p in r.change.fold for w in words(p)},
        "hedges": _phrases([w for h in pack.hedges.hedges for w in h.words] + ["an", "a", "the"]),
        "needed": {w for p in r.parts.needed for w in words(p)},
        "needed_before": _phrases(r.parts.needed_before),
        "scale": _phrases(r.parts.scale),
        "headline_outcomes": {k: _phrases(v) for k, v in r.parts.headline_outcomes.items()},
        "headline_not_with": {w for p in r.parts.headline_not_with for w in words(p)},
        "headline_increments": {w for p in r.parts.headline_increments for w in words(p)},
        "number_words": {**pack.numbers.units_words, **pack.numbers.tens_words},
        "to_after_joins": {w for p in r.change.to_after_joins for w in words(p)},
        "to_after_words": {w for p in r.change.to_after_words for w in words(p)},
        "series_joins": frozenset(r.change.series_joins),
        "series_next": frozenset(r.change.series_next),
        "series_reach": frozenset(r.change.series_reach),
        "series_times": frozenset(r.change.series_times),
        "series_not_after": frozenset(r.change.series_not_after),
        "before_moving": {w for p in r.change.before_moving for w in words(p)},
        "before_moving_between": {w for p in r.change.before_moving_between for w in words(p)},
        "before_moving_words": r.change.before_moving_words,
        "span_up": frozenset(r.change.span_up),
        "span_down": frozenset(r.change.span_down),
        "to_named_before": {w for p in r.change.to_named_before for w in words(p)},
        "to_named_generic": {w for p in r.change.to_named_generic for w in words(p)},
        "to_named_measures": {w for p in r.change.to_named_measures for w in words(p)},
        "to_named_pronouns": {w for p in r.change.to_named_pronouns for w in words(p)},
        "to_named_breaks": {w for p in r.change.to_named_breaks for w in words(p)},
        "to_named_not_after": {w for p in r.change.to_named_not_after for w in words(p)},
        "revision": {w for p in r.change.revision for w in words(p)},
        "revision_up": {w for p in r.change.revision_up for w in words(p)},
        "revision_down": {w for p in r.change.revision_down for w in words(p)},
        "score_nouns": {w for p in r.change.score_nouns for w in words(p)},
        "scales": dict(pack.numbers.scales),
        "ranked_places": {w for p in cmp.ranked_places for w in words(p)},
        "ahead": _phrases(cmp.ahead),
        "behind": _phrases(cmp.behind),
        "times": {tuple(words(w)): f for w, f in cmp.times.items()},
        "times_after": _phrases(cmp.times_after),
        "compare_before": {w for p in cmp.before for w in words(p)},
        "above": _phrases(cmp.above),
        "below": _phrases(cmp.below),
        "after_comma": set(_phrases(cmp.after_comma)),
        "copula": {w for p in cmp.copula for w in words(p)},
        "diff_more": _phrases(cmp.more),
        "diff_less": _phrases(cmp.less),
        "difference_words": {w for p in cmp.difference for w in words(p)},
        "ranked_below": _phrases(cmp.ranked_below),
        "ranked_then": _phrases(cmp.ranked_then),
        "ranked_then_not_before": {w for p in cmp.ranked_then_not_before for w in words(p)},
        "ranked_topic_nouns": {w for p in cmp.ranked_topic_nouns for w in words(p)},
        "behind_clause": _phrases(cmp.behind_clause),
        "behind_clause_reversed": {w for p in cmp.behind_clause_reversed for w in words(p)},
        "ranked_opens": {w for p in cmp.ranked_opens for w in words(p)},
        "ranked_with": {w for p in cmp.ranked_with for w in words(p)},
        # a place named by an ordinal ("came in seventh", "fell to fifth place": numbers.yaml's
        # ordinal fraction words, not "half" or "quarter"); "at number six" by number_words
        "place_words": {
            w: v
            for w, v in pack.numbers.fractions.items()
            if w in {"first", "second", "third"} or w.endswith("th")
        },
        "only": _phrases(cmp.only),
        "only_joins": {w for p in cmp.only_joins for w in words(p)},
        "only_opens": {w for p in cmp.only_opens for w in words(p)},
        "only_gap_after": {w for p in cmp.only_gap_after for w in words(p)},
        "only_increments": _phrases(cmp.only_not_after_increment),
        "contrast_opens": _phrases(cmp.contrast_opens),
        "contrast_only": _phrases(cmp.contrast_only),
        "compared_only": _phrases(cmp.compared_only),
        "that_opens": _phrases(cmp.that_opens),
        "that_joins": {w for p in cmp.that_joins for w in words(p)},
        "vote_won": {w for p in cmp.vote_won for w in words(p)},
        "vote_by": _phrases(cmp.vote_by),
        "margin_words": {w for p in cmp.margin_words for w in words(p)},
        "margin_changes": {w for p in cmp.margin_changes for w in words(p)},
        "other_side": _phrases(cmp.other_side),
        "clause_joins": {w for p in cmp.clause_joins for w in words(p)},
        "moved_from": _phrases(cmp.moved_from),
        "ranked_not_after": {w for p in cmp.ranked_not_after for w in words(p)},
    }

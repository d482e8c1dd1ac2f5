"""Features of the carry decision: is a sentence with no cue of its own still with the source
named shortly before it, or is it the writer's own voice?

`carry_case` finds the candidate (the source the rules carry, or the most recent one within a few
sentences) and what numcheck's attribution reader knows about it (a `Context`); `features` reads
the words of the sentence carried into (`carry_words` in rules/attribution.yaml) and turns both
into the feature vector FEATURES. bench/fit_carry.py fits a linear decision on them by
leave-one-batch-out cross-validation over the spent attribution batches. It did not beat the
hand-made rules (docs/accuracy.md, "Attribution"), so numcheck does not use it: the rules decide, and this
module, kept in bench/ with the script, is the measuring instrument for a next attempt. It reads
the attribution reader's internals (numcheck/extraction/attribution.py, quotes.py) and may break when they
change; numcheck's tests run it on one interview.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from numcheck.extraction.attribution import _data_source, _mentions, _proceedings, _said_after, _unnamed_cue
from numcheck.extraction.knowledge import Knowledge
from numcheck.extraction.quotes import Quotes
from numcheck.extraction.raw import Raw
from numcheck.extraction.sources import Attribution
from numcheck.extraction.tokens import Token, Tokenized

QUOTE_MARKS = {'"', "“", "”"}


@dataclass(frozen=True)
class Context:
    """What attribution.py knows about a candidate source for one figure."""

    since: int  # sentences since the sentence that named the source
    paragraphs: int  # paragraph breaks crossed on the way
    kind: str  # "person", "document" (a report, data, a legal document) or "group"
    from_quote: bool  # the source is the speaker of a quotation that closed there
    cue_figure: bool  # the naming sentence gave a figure in the writer's words
    said_after: bool  # it gave words and then their speaker with no marks ("..., said X.")
    announced: bool  # its cue only announces (`not_carried`)
    rule: bool  # the hand-made rules carry this source here
    between_figures: bool  # every sentence between gave a figure
    quoted: bool  # the figure is inside quotation marks nobody is credited with
    open_quote: bool  # a quotation opened at or after the naming sentence is still open here
    unnamed: bool  # the sentence credits someone unnamed ("were reported", "reportedly")
    proceedings: bool  # it tells a case's course ("was sentenced")
    colon: bool  # the sentence before ends with a colon
    mentions: bool  # the sentence names the source again
    par_start: bool  # the sentence opens a paragraph
    figures: int  # figures in the sentence
    # AT34's features
    figure_kind: str = "number"  # the figure's kind (count, money, percent, ...; Raw.kind)
    year_figure: bool = False  # the figure is a year (1900-2099 written in four digits, no unit)
    cue_kind: str = "other"  # the naming cue: "said" (speech), "according", "document" or "other"
    according_elsewhere: bool = False  # the article credits some figure "according to" someone
    quote_in_naming: bool = False  # the naming sentence holds quotation marks
    paragraph_sentences: int = 1  # sentences in the figure's paragraph


FEATURES = (
    "bias",
    "since_1",
    "since_2",
    "since_3_or_more",
    "paragraph_1",
    "paragraph_2_or_more",
    "person",
    "document",
    "from_quote",
    "cue_figure",
    "said_after",
    "announced",
    "rule",
    "between_figures",
    "quoted",
    "open_quote",
    "quote_marks",
    "unnamed",
    "proceedings",
    "colon",
    "mentions",
    "par_start",
    "first_person",
    "person_pronoun_fits",
    "pronoun_misfits",
    "new_name_subject",
    "new_names",
    "forecast",
    "shift",
    "continuation",
    "past",
    "present",
    "figures_2_or_more",
    "paragraph_person",
    "paragraph_quote",
    "since_person",
    # AT34
    "date_words",
    "year_in_sentence",
    "year_figure",
    "kind_money",
    "kind_percent",
    "kind_count",
    "cue_said",
    "cue_according",
    "according_elsewhere",
    "quote_in_naming",
    "added_also",
    "name_subject",
    "title_subject",
    "we_our",
    "relative_time",
    "long_paragraph",
    "since_1_rule",
    "since_1_person",
    "first_sentence_of_par_since_1",
)
AT8_FEATURES = FEATURES[: FEATURES.index("date_words")]

MONTH_WORDS = {
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}  # fmt: skip
RELATIVE_TIME = {
    "ago", "last", "earlier", "previously", "since", "former", "formerly", "once", "when", "after", "before",
}  # fmt: skip
TITLE_WORDS = {
    "spokesman", "spokeswoman", "spokesperson", "official", "officials", "director", "president", "minister",
    "chief", "secretary", "attorney", "prosecutor", "prosecutors", "police", "ceo", "chairman", "governor",
    "mayor", "senator", "agency", "department", "company", "firm", "report", "study", "survey",
}  # fmt: skip
SPEECH_CUES = {"said", "says", "say", "told", "tells", "added", "adds", "explained", "noted", "stated"}
DOCUMENT_CUES = {"shows", "showed", "show", "found", "finds", "estimated", "estimates", "reported", "reports"}


def _words(toks: list[Token], a: int, b: int) -> list[Token]:
    return [t for t in toks[a:b] if t.kind == "word"]


def features(
    toks: list[Token], a: int, b: int, source: str, ctx: Context, words: dict[str, set[str]]
) -> list[float]:
    """The feature vector (FEATURES order) of carrying `source` into the sentence a..b."""
    ws = _words(toks, a, b)
    lowers = [t.lower for t in ws]
    inside = False
    outside: list[Token] = []
    marks = 0
    for t in toks[a:b]:
        if t.text in QUOTE_MARKS:
            inside = not inside
            marks += 1
        elif not inside and t.kind == "word":
            outside.append(t)
    first = lowers[0] if lowers else ""
    opener = " ".join(lowers[:2])
    name_words = {w.lower() for w in source.split() if w[:1].isupper()}
    not_names = words.get("not_names", set())
    capitalised = [
        t for t in ws[1:] if t.text[:1].isupper() and t.lower not in not_names and t.lower not in name_words
    ]
    subject = ws[0] if ws else None
    new_subject = (
        subject is not None
        and subject.text[:1].isupper()
        and subject.lower not in not_names
        and subject.lower not in name_words
        and subject.lower not in words.get("continuation", set())
    )
    person = ctx.kind == "person"
    fits = (first in words.get("person_pronouns", set()) and person) or (
        first in words.get("group_pronouns", set()) and not person
    )
    misfits = (first in words.get("person_pronouns", set()) and not person) or (
        first in words.get("group_pronouns", set()) and person
    )
    cont = words.get("continuation", set())
    x = {
        "bias": 1.0,
        "since_1": ctx.since == 1,
        "since_2": ctx.since == 2,
        "since_3_or_more": ctx.since >= 3,
        "paragraph_1": ctx.paragraphs == 1,
        "paragraph_2_or_more": ctx.paragraphs >= 2,
        "person": person,
        "document": ctx.kind == "document",
        "from_quote": ctx.from_quote,
        "cue_figure": ctx.cue_figure,
        "said_after": ctx.said_after,
        "announced": ctx.announced,
        "rule": ctx.rule,
        "between_figures": ctx.between_figures,
        "quoted": ctx.quoted,
        "open_quote": ctx.open_quote,
        "quote_marks": marks > 0,
        "unnamed": ctx.unnamed,
        "proceedings": ctx.proceedings,
        "colon": ctx.colon,
        "mentions": ctx.mentions,
        "par_start": ctx.par_start,
        "first_person": any(t.lower in words.get("first_person", set()) for t in outside),
        "person_pronoun_fits": fits,
        "pronoun_misfits": misfits,
        "new_name_subject": new_subject,
        "new_names": len(capitalised) >= 2,
        "forecast": any(w in words.get("forecast", set()) for w in lowers),
        "shift": first in words.get("shift", set()),
        "continuation": first in cont or opener in cont,
        "past": any(w in words.get("past", set()) for w in lowers),
        "present": any(w in words.get("present", set()) for w in lowers),
        "figures_2_or_more": ctx.figures >= 2,
        "paragraph_person": ctx.paragraphs >= 1 and person,
        "paragraph_quote": ctx.paragraphs >= 1 and ctx.from_quote,
        "since_person": min(ctx.since, 4) / 4 if person else 0.0,
        "date_words": any(w in MONTH_WORDS for w in lowers),
        "year_in_sentence": any(_year(t) for t in toks[a:b]),
        "year_figure": ctx.year_figure,
        "kind_money": ctx.figure_kind == "money",
        "kind_percent": ctx.figure_kind in ("percent", "percentage_point"),
        "kind_count": ctx.figure_kind == "count",
        "cue_said": ctx.cue_kind == "said",
        "cue_according": ctx.cue_kind == "according",
        "according_elsewhere": ctx.according_elsewhere,
        "quote_in_naming": ctx.quote_in_naming,
        "added_also": any(w in ("added", "adds", "also") for w in lowers),
        "name_subject": subject is not None and subject.lower in name_words,
        "title_subject": first in ("the", "a", "an")
        and len(lowers) > 1
        and lowers[1] in TITLE_WORDS
        or first in TITLE_WORDS,
        "we_our": any(t.lower in ("we", "our", "us") for t in outside),
        "relative_time": any(w in RELATIVE_TIME for w in lowers),
        "long_paragraph": ctx.paragraph_sentences >= 4,
        "since_1_rule": ctx.since == 1 and ctx.rule,
        "since_1_person": ctx.since == 1 and person,
        "first_sentence_of_par_since_1": ctx.since == 1 and ctx.paragraphs == 1,
    }
    return [float(x[f]) for f in FEATURES]


def _year(t: Token) -> bool:
    return t.kind != "word" and len(t.text) == 4 and t.text[:2] in ("19", "20") and t.text.isdigit()


def _cue_kind(toks: list[Token], cand: Attribution, from_quote: bool) -> str:
    """What kind of cue named the candidate: a verb of speech, "according to", a document's verb."""
    if from_quote:
        return "said"
    cue = cand.cue.lower()
    if cue.startswith("according"):
        return "according"
    if cue in SPEECH_CUES:
        return "said"
    if cue in DOCUMENT_CUES:
        return "document"
    return "other"


@dataclass(frozen=True)
class Window:
    """Where the candidate source is looked for: this many sentences back, across at most this
    many paragraph breaks (the rules' own carried source is a candidate wherever it comes from)."""

    sentences: int
    paragraphs: int


def carry_case(
    tk: Tokenized,
    raw: Raw,
    sources: list[list[Attribution]],
    quotes: Quotes,
    carried: list[Attribution | None],
    with_figures: set[int],
    kb: Knowledge,
    names: dict[str, str],
    per_sentence: Counter[int],
    window: Window,
) -> tuple[Attribution, Context, list[float]] | None:
    """The candidate source for a figure whose sentence names none, and the features of carrying
    it there (numcheck/extraction/carry.py; bench/fit_carry.py): the source the hand-made rules
    carry, or else the most recent source named within the window (a cue's source, or the speaker
    of a quotation that closed a sentence)."""
    toks = tk.tokens
    par = tk.paragraph_of_sentence
    s = toks[raw.first].sentence
    pos = toks[raw.first].start
    cand: Attribution | None = None
    named = -1
    from_quote = False
    for t in range(s - 1, max(-1, s - 1 - window.sentences), -1):
        if par[s] - par[t] > window.paragraphs:
            break
        if sources[t]:
            cand, named = sources[t][-1], t
            break
        a_t, b_t = tk.sentence_spans[t]
        spoken = quotes.speaker_at(toks[b_t - 1].start) if b_t > a_t else None
        if spoken is not None:
            cand, named, from_quote = spoken, t, True
            break
    rule = carried[s]
    if rule is not None and (cand is None or rule.source != cand.source):
        cand, from_quote = rule, False
        named = toks[rule.cue_index].sentence if 0 <= rule.cue_index < len(toks) else s - 1
        named = min(named, s - 1)
    if cand is None or named < 0:
        return None
    a, b = tk.sentence_spans[s]
    a_n, b_n = tk.sentence_spans[named]
    if _data_source(toks, cand, names, kb):
        kind = "document"
    elif cand.source in names.values() or cand.source.split()[-1:] and cand.source.split()[-1] in names:
        kind = "person"
    else:
        kind = "group"
    marks = sum(1 for t in toks[a_n : raw.first] if t.text in QUOTE_MARKS)
    ctx = Context(
        since=s - named,
        paragraphs=par[s] - par[named],
        kind=kind,
        from_quote=from_quote,
        cue_figure=named in with_figures,
        said_after=bool(sources[named]) and _said_after(toks, a_n, cand, kb),
        announced=cand.cue.lower() in kb.not_carried,
        rule=rule is not None and rule.source == cand.source,
        between_figures=all(t in with_figures for t in range(named + 1, s)),
        quoted=quotes.span_at(pos) is not None,
        open_quote=marks % 2 == 1,
        unnamed=_unnamed_cue(toks, a, b, kb),
        proceedings=_proceedings(toks, a, b, kb),
        colon=s > 0 and toks[tk.sentence_spans[s - 1][1] - 1].text == ":",
        mentions=_mentions(toks, a, b, cand),
        par_start=s == 0 or par[s - 1] != par[s],
        figures=per_sentence[s],
        figure_kind=raw.kind,
        year_figure=raw.unit is None
        and raw.value is not None
        and 1900 <= raw.value <= 2099
        and raw.value == int(raw.value)
        and raw.last == raw.first,
        cue_kind=_cue_kind(toks, cand, from_quote),
        according_elsewhere=any(
            t.lower == "according" and k + 1 < len(toks) and toks[k + 1].lower == "to" and t.sentence != s
            for k, t in enumerate(toks)
        ),
        quote_in_naming=any(t.text in QUOTE_MARKS for t in toks[a_n:b_n]),
        paragraph_sentences=sum(1 for q in par if q == par[s]),
    )
    words = {**kb.carry_words, "first_person": kb.first_person}
    return cand, ctx, features(toks, a, b, cand.source, ctx, words)

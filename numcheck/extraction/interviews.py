"""Interviews: a text set out as speakers' turns ("((Ana Ruiz)) Our members ...") or as questions
and answers under a line naming the interviewee, and whose words each answer is. Fills the source
an answer's sentences carry (attribution.py's carried sources); the words (interviewers,
interviewee labels, question leads) come from rules/attribution.yaml."""

from __future__ import annotations

from numcheck.extraction.knowledge import Knowledge
from numcheck.extraction.sources import Attribution, link_line, unpossessed
from numcheck.extraction.tokens import Token, Tokenized
from numcheck.extraction.words import TITLES


def _turn_marker(toks: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """The name of a speaker's turn in an interview at the start of the sentence a..b ("((Gregory
    Kurtzer)) We had ..."): its token range, or None."""
    if not (b - a >= 5 and toks[a].text == "(" and toks[a + 1].text == "("):
        return None
    k = a + 2
    while k < min(b, a + 8) and toks[k].kind == "word":
        k += 1
    if k == a + 2 or k + 1 >= b or toks[k].text != ")" or toks[k + 1].text != ")":
        return None
    return a + 2, k - 1


def interview_turns(tk: Tokenized, carried: list[Attribution | None], kb: Knowledge) -> None:
    """An interview set out in turns, each paragraph of a turn opened by its speaker's name in double
    brackets ("((WN)) What changed?", "((Ana Ruiz)) Our members have doubled ..."): the
    sentences of an answer, to the next turn, are the speaker's (their figures with no source of
    their own go to the speaker); a question of the interviewer's (`interviewers`, or initials in
    capitals) is the article's own voice."""
    toks = tk.tokens
    par = tk.paragraph_of_sentence
    turn: Attribution | None = None
    asking = False
    for s, (a, b) in enumerate(tk.sentence_spans):
        marker = _turn_marker(toks, a, b) if s == 0 or par[s - 1] != par[s] else None
        if marker is not None:
            first, last = marker
            name = " ".join(t.text for t in toks[first : last + 1])
            asking = name.lower() in kb.interviewers or (name.isupper() and first == last)
            turn = None if asking else Attribution(first, name, "interview", first, last)
        if turn is not None:
            carried[s] = turn
        elif asking:
            carried[s] = None


MIN_QUESTIONS = 3  # questions, each with an answer after it, that make a section an interview
INTRO_REACH = 3  # sentences after the line naming the interviewee within which the first question comes


def _interview_intro(
    tk: Tokenized, s: int, sources: list[list[Attribution]], names: dict[str, str], kb: Knowledge
) -> Attribution | None:
    """The interviewee of sentence s when it tells that someone was interviewed
    (`interview_intros`: "Ana Ruiz, the founder, spoke with us about ..."): the person named last
    before the phrase, or, for 'he' or 'she' there, the person last given as a source before the
    sentence ("..., Ruiz says. Recently, she spoke with us ..."); None when there is no such phrase
    or person."""
    toks = tk.tokens
    a, b = tk.sentence_spans[s]
    words = [t.lower for t in toks[a:b]]
    phrases = kb.interview_intros
    at = next((a + k for k in range(len(words)) for p in phrases if tuple(words[k : k + len(p)]) == p), None)
    if at is None:
        return None
    for k in range(at - 1, a - 1, -1):
        if toks[k].lower in {"he", "she"}:
            break
        if unpossessed(toks[k].text) in names:
            name = names[unpossessed(toks[k].text)]
            j = k
            while j + 2 < at and toks[j + 1].text == "-" and tk.glued(j + 1) and tk.glued(j + 2):
                name, j = name + "-" + toks[j + 2].text, j + 2  # "El-Sayed"
            return Attribution(k, name, "interview", k, j)
    else:
        return None
    for earlier in range(s - 1, -1, -1):
        for att in reversed(sources[earlier]):
            if att.source.split()[-1] in names or att.source in names.values():
                return Attribution(k, att.source, "interview", -1, -1)
    return None


def _interviewee_line(toks: list[Token], a: int, b: int, kb: Knowledge) -> tuple[int, int] | None:
    """The interviewee named at the start of the sentence a..b by a label (`interviewee_labels`:
    "Name: Ana Ruiz, age 31."): the token range of the name (two or more capitalised words), or
    None."""
    if b - a < 4 or toks[a].lower not in kb.interviewee_labels or toks[a + 1].text != ":":
        return None
    k = a + 2
    while k < min(b, a + 7) and toks[k].kind == "word" and toks[k].text[:1].isupper():
        k += 1
    return (a + 2, k - 1) if k - (a + 2) >= 2 else None


def question_answers(
    tk: Tokenized,
    carried: list[Attribution | None],
    sources: list[list[Attribution]],
    names: dict[str, str],
    kb: Knowledge,
) -> None:
    """An interview set out as questions and answers under a line naming the interviewee ("Name: Ana
    Ruiz, age 31. ... How did you save? We cut back ..."): from that line to the next one (or the
    end), when at least MIN_QUESTIONS questions each have an answer after them, the answers'
    sentences are the interviewee's; the questions and the lines before the first question (the
    fact box) are the article's own voice. The same holds under a sentence telling that someone
    was interviewed ("Ruiz spoke with us about ..."), when the first question comes within
    INTRO_REACH sentences of it. Rhetorical questions without such a line are left alone."""
    toks = tk.tokens
    spans = tk.sentence_spans
    if sum(toks[b - 1].text == "?" for a, b in spans) < MIN_QUESTIONS:
        return  # too few questions for an interview (most texts)
    if any(_turn_marker(toks, a, b) for a, b in spans):
        return  # set out in turns ("((Name)) ..."): interview_turns reads those
    starts: list[tuple[int, Attribution, int]] = []  # sentence, the interviewee, reach
    labels: dict[int, str] = {}  # sentences opening with a label naming someone ("Ana Ruiz: ...")
    labelled: set[int] = set()  # the starts opened by such a label
    for s, (a, b) in enumerate(spans):
        m = _interviewee_line(toks, a, b, kb)
        if m is not None:
            name = " ".join(t.text for t in toks[m[0] : m[1] + 1])
            starts.append((s, Attribution(m[0], name, "interview", m[0], m[1]), len(spans)))
        elif (who := _interview_intro(tk, s, sources, names, kb)) is not None:
            starts.append((s, who, INTRO_REACH))
        elif (m := _answer_label(tk, a, b, names)) is not None:
            name = names.get(unpossessed(toks[m[1]].text), tk.text[toks[m[0]].start : toks[m[1]].end])
            labels[s] = name
            after_question = s > 0 and toks[spans[s - 1][1] - 1].text == "?"
            if after_question and (not starts or starts[-1][1].source != name):
                # "... your plans? Ana Ruiz: We ...": the answer's label names the interviewee; the
                # question before it opens the section (each answer labelled: still one section)
                starts.append((s - 1, Attribution(m[0], name, "interview", m[0], m[1]), len(spans)))
                labelled.add(s - 1)
    for n, (s0, who, reach) in enumerate(starts):
        s1 = starts[n + 1][0] if n + 1 < len(starts) else len(spans)
        if s0 in labelled:
            s1 = _answers_end(tk, s0, s1, who, labels, kb)
        asks = [toks[spans[s][1] - 1].text == "?" for s in range(s0, s1)]
        answered = sum(1 for k in range(len(asks) - 1) if asks[k] and not asks[k + 1])
        if answered < MIN_QUESTIONS or not any(asks[: reach + 1]):
            continue
        for k in range(len(asks) - 2, -1, -1):
            # "You filed the suit in May. Where does it stand?": a sentence opening on the
            # interviewee as "you" (`question_leads`) leads into the question after it
            if asks[k + 1] and not asks[k] and _opens_with(toks, *spans[s0 + k], kb.question_leads):
                asks[k] = True
        opened = False
        for k, s in enumerate(range(s0, s1)):
            opened = opened or asks[k]
            noted = _in_brackets(tk, s)  # "[Editor's note: ...]": the editor's words, not an answer
            carried[s] = who if opened and not asks[k] and not noted else None


def _in_brackets(tk: Tokenized, s: int) -> bool:
    """Does sentence s open inside square brackets, or with one ("[Editor's note: ...]")?"""
    toks = tk.tokens
    a, b = tk.sentence_spans[s]
    if a >= b:
        return False
    start = toks[a].start
    opened = tk.text.rfind("[", 0, start + 1)
    return opened >= 0 and tk.text.rfind("]", 0, start) < opened


def _opens_with(toks: list[Token], a: int, b: int, words: set[str]) -> bool:
    """Is the first word of the sentence a..b one of `words`?"""
    while a < b and toks[a].kind != "word":
        a += 1
    return a < b and toks[a].lower in words


def _answers_end(
    tk: Tokenized, s0: int, s1: int, who: Attribution, labels: dict[int, str], kb: Knowledge
) -> int:
    """Where an interview whose answers are labelled (from sentence s0, before s1) ends: at a
    label naming someone else that opens no question ("Lena Holt: ...", the next speaker of a
    round-up; not a link, "Read more: ...", nor the interviewer's, "Radio North: ...?" or a name
    labelling a line at or before the first question), or at a
    sentence after the last question that tells of the interviewee by surname ("Ruiz, 58, has run
    the clinic since 2009", "Ruiz (58) is ...": the note about them after the interview; not a
    caption between answers, "Ruiz is the clinic's director", nor "Ana Ruiz In her studio ...")."""
    toks = tk.tokens
    surname = who.source.split()[-1]
    asking = {name for s, name in labels.items() if s <= s0}  # the interviewer's label
    asks = [s for s in range(s0, s1) if toks[tk.sentence_spans[s][1] - 1].text == "?"]
    last_question = asks[-1] if asks else s0
    for s in range(s0 + 2, s1):
        a, b = tk.sentence_spans[s]
        question = toks[b - 1].text == "?"
        if s in labels:
            other = labels[s] != who.source and labels[s] not in asking
            if other and not question and not link_line(toks, a, b, kb):
                return s
            continue
        if s < last_question:
            continue
        for k in range(a, b - 1):
            nxt = toks[k + 1]
            if unpossessed(toks[k].text) == surname and (nxt.text in {",", "(", "-"} or nxt.text.islower()):
                return s
    return s1


ANSWER_LABEL = 4  # the most words of a name labelling an interview's answer ("Ana Ruiz:", "Ruiz:")


def _answer_label(tk: Tokenized, a: int, b: int, names: dict[str, str]) -> tuple[int, int] | None:
    """The name labelling an interview's answer at the start of the sentence a..b ("Ana Ruiz: We
    cut back ...", "Dr. Ana Ruiz: ...", "Ruiz: ..."): its token range, when one to ANSWER_LABEL
    capitalised words (after a title) run up to a colon and end with the surname of a person the
    text names (a label such as "Update:" or "Sneak Peek:" names no one); else None."""
    toks = tk.tokens
    k = a
    while k < b and toks[k].kind != "word":
        k += 1  # a stray dash before the label
    while k + 1 < b and toks[k].lower in TITLES and toks[k + 1].text == ".":
        k += 2  # "Dr."
    j = k
    while j < min(b, k + ANSWER_LABEL) and toks[j].kind == "word" and toks[j].text[:1].isupper():
        j += 1
    if j == k or j >= b or toks[j].text != ":" or j + 1 >= b:
        return None
    last = unpossessed(toks[j - 1].text)
    if last not in names or (j - k > 1 and names[last].split()[0] != toks[k].text):
        return None  # no person's name, or a run that is not that person's full name
    return k, j - 1

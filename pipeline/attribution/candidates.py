"""Attribution candidates of a stretch of tokens: (verb index, verb lemma, source phrase)
for every "X said", "said X", "according to X" and "a poll by X" it holds, and the one
that is the sentence's attribution (choose).

A candidate is rejected when its verb is a noun here ("the claims of"), is negated ("did
not say"), is a participle after a preposition ("under the deal announced in March"), or
does not fit its subject ("police found 20 bodies", "the country reported 300 cases").
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.attribution.lexicon import LEXICON
from pipeline.attribution.phrases import Phrase, phrase_after
from pipeline.attribution.quotes import inside
from pipeline.attribution.subjects import sentence_subject, subject_before
from pipeline.attribution.tokens import Token, is_quote_mark

__all__ = ["candidates", "choose"]

_BE = frozenset("was were been is are be being".split())
_NOUN_FOLLOWERS = frozenset("of on by from for in into as at with to".split())
_PRONOUNS = LEXICON.person_pronouns | LEXICON.other_pronouns | {"you"}
# Verb forms that are nouns as often (the notes, the claims): never with an "other" subject.
_AMBIGUOUS = frozenset(
    "notes claims claim finds shows show states projects calculates cites warns".split()
)
# Verbs that put the speaker after them: '"...," said X' (not "told X": X is the listener).
_INVERTING = frozenset("say add write report note continue explain argue".split())
_RESULT_VERBS = frozenset("report announce confirm".split())
_NEGATIONS = frozenset("not never cannot".split())
_PREPOSITIONS_BEFORE = frozenset(
    "under in into on at for from with without despite during through against via over".split()
)
# The words an attribution can start at: "according", "by" and the reporting verbs
_STARTERS = frozenset({"according", "by", *LEXICON.reporting_verbs})
_HEDGES = frozenset("a an another some about nearly almost around over more than".split())


def candidates(tokens: Sequence[Token]) -> list[tuple[int, str, Phrase]]:
    """(verb index, verb lemma, source phrase) for every attribution the tokens offer."""
    found: list[tuple[int, str, Phrase]] = []
    n = len(tokens)
    for i, t in enumerate(tokens):
        low = t.lower
        # (one set look-up rules out nearly every token: none of the words below)
        if low not in _STARTERS or not t.is_word or t.in_figure:
            continue
        phrase: Phrase | None = None
        if low == "according" and i + 1 < n and tokens[i + 1].lower == "to":
            phrase, lemma = phrase_after(tokens, i + 2), "according to"
        elif low == "by" and i >= 1 and _by_source(tokens, i):
            phrase = phrase_after(tokens, i + 1)
            previous = tokens[i - 1].lower
            lemma = LEXICON.reporting_verbs.get(previous, "by")
        elif low in LEXICON.reporting_verbs and not t.is_cap and not _noun_before_verb(tokens, i):
            lemma = LEXICON.reporting_verbs[low]
            phrase = None
            if (
                lemma in _INVERTING
                and i >= 1
                and (tokens[i - 1].text == "," or is_quote_mark(tokens[i - 1]))
            ):
                phrase = _inverted(tokens, i)  # '"...," said Jane Doe, president of Y'
            if phrase is None:
                phrase = subject_before(tokens, i)
            if phrase is None and low.endswith("ing") and i >= 3 and tokens[i - 1].text == ",":
                # "Ms Hutt defended her record, saying ...": the main clause's subject
                phrase = sentence_subject(tokens, i - 1)
                if phrase is not None and phrase.kind == "other":
                    phrase = None
            if phrase is not None and (
                _noun_reading(tokens, i, phrase)
                or not _verb_fits(tokens, i, lemma, phrase)
                or _negated(tokens, i, phrase)
                or _reduced_relative(tokens, i, phrase)
            ):
                phrase = None
        if phrase is not None:
            found.append((i, lemma, phrase))
    return found


def _noun_before_verb(tokens: Sequence[Token], i: int) -> bool:
    """ "forecasts said", "reports say": the first word is a noun, the second the verb."""
    return i + 1 < len(tokens) and tokens[i + 1].lower in LEXICON.reporting_verbs


def _inverted(tokens: Sequence[Token], i: int) -> Phrase | None:
    """The speaker after the verb, when it ends the sentence or a clause: ", said Mr Straw." """
    phrase = phrase_after(tokens, i + 1)
    if phrase is None or phrase.kind == "other":
        return None
    after = phrase.end
    for _, _, end in phrase.attachments:  # "said Ed Malmgreen of the Producers Association."
        after = max(after, end)
    while after < len(tokens) and (
        tokens[after].lower in ("on", "in", "at")
        or tokens[after].lower in LEXICON.weekdays_months
        or tokens[after].lower in ("today", "yesterday", "here", "late", "earlier")
    ):
        after += 1  # ", said the ministry on Tuesday."
    if after == len(tokens) or tokens[after].text in ",.;:!?(-—" or is_quote_mark(tokens[after]):
        return phrase
    return None


def _negated(tokens: Sequence[Token], i: int, phrase: Phrase) -> bool:
    """ "Police could not confirm", "he did not say": a denial or a silence, no claim."""
    if phrase.start > i:
        return False
    k = i - 1  # the auxiliaries and adverbs right before the verb
    while k >= phrase.end and tokens[k].is_word:
        low = tokens[k].lower
        if low in _NEGATIONS or low.endswith("n't"):
            return True
        if low not in LEXICON.skip_before_verb and not low.endswith("ly"):
            return False
        k -= 1
    return False


def _reduced_relative(tokens: Sequence[Token], i: int, phrase: Phrase) -> bool:
    """ "Under the settlement announced in January, ...": the -ed word is a participle
    after a preposition's object, not the verb of a subject."""
    if phrase.end != i or not tokens[i].lower.endswith("ed") or phrase.start == 0:
        return False  # (an auxiliary before it, "had confirmed", makes it a verb)
    if phrase.kind == "name":
        return False  # "In 1986 Diamond Shamrock reported"
    k = phrase.start - 1
    if tokens[k].lower in LEXICON.determiners and k >= 1:
        k -= 1
    return tokens[k].lower in _PREPOSITIONS_BEFORE


def _noun_reading(tokens: Sequence[Token], i: int, phrase: Phrase) -> bool:
    """ "a three-monthly report on", "the claims of": a word that is a noun here, not a verb."""
    t = tokens[i]
    if t.lower not in LEXICON.report_nouns and t.lower not in _AMBIGUOUS:
        return phrase.kind == "other" and t.lower.endswith("ing")  # "the ground saying"
    if phrase.kind == "other":
        return True
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if _closing_attribution(tokens, i, phrase, following):
        return False  # "The UK has 529 quangos, a report claims."
    if following is None:
        return True
    if following.in_figure or following.text[0].isdigit() or is_quote_mark(following):
        return False  # "figures show 80,000 jobs were lost"
    if t.lower == "reports" and not following.is_cap and following.lower.endswith("ing"):
        return True  # "media reports linking him to": a noun and a participle
    return not following.is_word or following.lower in _NOUN_FOLLOWERS


def _closing_attribution(
    tokens: Sequence[Token], i: int, phrase: Phrase, following: Token | None
) -> bool:
    """ ", a report claims." ", the minister notes.": a source after a comma whose verb ends
    the sentence reports what the sentence said before the comma."""
    ends = following is None or following.text in ".;!?" or is_quote_mark(following)
    start = phrase.start
    if start >= 1 and tokens[start - 1].lower in LEXICON.determiners:
        start -= 1
    return ends and phrase.end == i and start >= 1 and tokens[start - 1].text == ","


def _by_source(tokens: Sequence[Token], i: int) -> bool:
    """Is this "by" the agent of a report ("a poll by X", "figures released by X")?"""
    previous = tokens[i - 1].lower
    if previous in LEXICON.report_nouns:
        return True
    if previous in LEXICON.by_participles and i >= 2:
        before = tokens[i - 2].lower
        return before in LEXICON.report_nouns or (
            before in _BE and previous in LEXICON.reporting_verbs
        )
    return False


def _verb_fits(tokens: Sequence[Token], i: int, lemma: str, phrase: Phrase) -> bool:
    """Verb-specific checks: "police found 20 bodies" and "Labour added 5 seats" are no claims."""
    if i + 1 < len(tokens) and tokens[i + 1].lower in ("to", "by"):
        return False  # "is said to be", "expected to rise", "forces announced by X"
    if phrase.kind == "other" and phrase.start >= 1 and tokens[phrase.start - 1].lower in _PRONOUNS:
        return False  # "companies he controls said"
    if phrase.kind == "other" and (lemma not in LEXICON.speech_verbs or phrase.attachments):
        return False
    if (
        lemma == "show"
        and phrase.kind == "pronoun"
        and tokens[phrase.start].lower in ("it", "they")
    ):
        return True  # "it showed", of a survey
    if lemma in LEXICON.report_only_verbs and phrase.kind != "report":
        following = {t.lower for t in tokens[i + 1 : i + 12]}
        return lemma == "put" and "at" in following and phrase.kind != "name"
    if lemma in LEXICON.finding_verbs and phrase.kind not in ("report", "name", "quoted"):
        if phrase.kind == "source" and _that_follows(tokens, i):
            return True  # "the Pentagon revealed (earlier this week) that ..."
        closing = i + 1 == len(tokens) or tokens[i + 1].text in ".!"
        if phrase.kind == "source" and closing and tokens[phrase.start - 1].text == ",":
            return True  # "It could cost pounds 80m, ministers have revealed."
        return phrase.kind == "pronoun" and tokens[phrase.start].lower == "it"
    if lemma in LEXICON.object_verbs or (phrase.kind == "other" and lemma in _RESULT_VERBS):
        # "Labour claimed 40 seats"; "the country reported 300 new cases": a result, not
        # a source (a source noun may report it: "the ministry reported 300 cases")
        k = i + 1
        while k < len(tokens) and tokens[k].lower in _HEDGES:
            k += 1
        if k < len(tokens) and tokens[k].in_figure:
            return False
    return True


def _that_follows(tokens: Sequence[Token], verb: int) -> bool:
    """Does "that" open a clause within four words after the verb ("revealed on Monday that")?"""
    for t in tokens[verb + 1 : verb + 6]:
        if t.lower == "that":
            return True
        if not t.is_word:
            return False  # words of a date may come between: "revealed earlier this week that"
    return False


def _span(tokens: Sequence[Token], verb: int, lemma: str, phrase: Phrase) -> tuple[int, int]:
    """Token range of the source: the phrase with its attachments; "according to ..." runs
    to the next punctuation mark."""
    start = min([phrase.start, *(a for _, a, _ in phrase.attachments)])
    end = max([phrase.end, *(b for _, _, b in phrase.attachments)])
    if lemma == "according to":
        start = verb
        while end < len(tokens) and (tokens[end].is_word or tokens[end].in_figure):
            end += 1
    return start, end


_CLAUSE_OPENERS = frozenset("when whenever if unless once until before after because".split())


def choose(
    tokens: Sequence[Token],
    quotes: list[tuple[int, int]],
    figures: Sequence[tuple[int, int]] = (),
) -> tuple[int, str, Phrase] | None:
    """The attribution of the sentence: the first outside quotation marks, else the first.

    A source phrase that holds every amount of the sentence (`figures`) is none: "according
    to results of two opinion polls" attributes nothing.
    """
    valid = []
    spans = []
    for i, lemma, phrase in candidates(tokens):
        a, b = _span(tokens, i, lemma, phrase)
        low, high = tokens[a].start, tokens[b - 1].end
        if figures and all(low <= start and end <= high for start, end in figures):
            continue
        valid.append((i, lemma, phrase))
        spans.append((a, b))
    if len(valid) > 1:
        # "A poll by Ipsos found": the "by" phrase is the owner of the subject of "found",
        # which is the attribution
        valid = [
            c
            for c, (a, b) in zip(valid, spans, strict=True)
            if tokens[c[0]].lower != "by"
            or not any(
                a2 < a and b <= b2 and c2[0] > c[0] and c2[2].owner is not None
                for c2, (a2, b2) in zip(valid, spans, strict=True)
            )
        ]
    if len(valid) > 1:
        # "... when it reports results tomorrow, analysts said": a verb in a clause of time
        # or condition reports nothing; the one after it is the attribution
        valid = [
            c
            for k, c in enumerate(valid)
            if k == len(valid) - 1
            or c[2].start == 0
            or tokens[c[2].start - 1].lower not in _CLAUSE_OPENERS
        ]
    for i, lemma, phrase in valid:
        if not inside(quotes, tokens[i].start, tokens[i].end):
            return i, lemma, phrase
    return valid[0] if valid else None

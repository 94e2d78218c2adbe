"""Which figures of an attributed sentence its source does not vouch for: the count of
the sources themselves ("all three of the parties have said"), what the source could not
confirm ("could not confirm reports that 40 died"), and a main clause before an
attribution in a subordinate or coordinated one ("Shares fell 3% after it warned that
...", "Profit was 33 cents, but analysts had expected 34 cents").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.attribution.lexicon import LEXICON
from pipeline.attribution.phrases import Phrase
from pipeline.attribution.subjects import few
from pipeline.attribution.tokens import Token, is_quote_mark

__all__ = ["NONE", "subordinate_start", "unattributed"]

NONE: frozenset[int] = frozenset()
# A denial before a figure: "could not confirm reports that 40 died" (the end of the span
# searched is the figure's start)
_DOUBT = re.compile(
    r"""
    \b(?:not|never|cannot|unable\s+to|n't)\s+(?:\w+\s+){0,2}?
    (?:confirm|verify|corroborate|substantiate)
    """,
    re.VERBOSE,
)
# Where a denial's reach ends: a new clause ("..., but 12 were hurt")
_SCOPE_END = re.compile(r"[;:]|,?\s+(?:but|while|although|whereas)\b")


_SUBORDINATORS = frozenset(
    "after as when while because since before although though whereas until".split()
)


def subordinate_start(tokens: Sequence[Token], verb: int, phrase: Phrase) -> int:
    """Where the clause of the attribution starts when it follows the main clause as a
    subordinate one and says something of its own ("..., as the minister said over 3,000
    had died"): the figures before it are the story's. -1 otherwise ("Sales rose 5%, as
    analysts had expected": the clause ends at the verb)."""
    if phrase.start > verb or phrase.start == 0:
        return -1
    k = phrase.start - 1
    if tokens[k].lower in LEXICON.determiners and k >= 1:
        k -= 1
    # "..., and the central bank said it expected 6%", "..., but analysts had expected
    # 34 cents": a clause of its own, joined to the story's
    coordinated = tokens[k].lower == "but" or (
        tokens[k].lower == "and" and tokens[k - 1].text == ","
    )
    if tokens[k].lower in ("which", "that") and k >= 1 and tokens[k - 1].in_figure:
        # "up 2.3%, short of the 2.5% which the government had predicted": the source
        # vouches for the figure it qualifies only
        while k >= 1 and tokens[k - 1].in_figure:
            k -= 1
        return tokens[k].start
    if (tokens[k].lower not in _SUBORDINATORS and not coordinated) or tokens[k].is_cap or k == 0:
        return -1
    rest = tokens[verb + 1 : verb + 3]
    if not rest or not (rest[0].is_word or rest[0].in_figure or is_quote_mark(rest[0])):
        return -1
    return tokens[k].start


def unattributed(
    text: str, tokens: Sequence[Token], verb: int, spans: Sequence[tuple[int, int]]
) -> frozenset[int]:
    """Figures of an attributed sentence that its source does not put forward: the
    count of a source ("all three of the parties have said") and what the source
    could not confirm ("could not confirm reports that 40 died")."""
    if not spans:
        return NONE
    out: set[int] = set()
    for k in _counted_subjects(tokens):
        out.update(a for a, b in spans if a <= tokens[k].start < b)
    verb_end = tokens[verb].end
    doubt = _DOUBT.search(text, verb_end, spans[-1][0])
    if doubt is not None:
        scope = _SCOPE_END.search(text, doubt.end(), spans[-1][0])
        limit = scope.start() if scope else spans[-1][0]
        out.update(a for a, _ in spans if doubt.end() <= a <= limit)
    return frozenset(out) if out else NONE


def _counted_subjects(tokens: Sequence[Token]) -> list[int]:
    """Token indices of counts of a reporting verb's subject when that subject is a source
    ("all three of the parties have said", "two officials said"): their count is no claim.
    Counts of others stay ("40% of respondents said ..., the survey found")."""
    found = []
    for v, t in enumerate(tokens):
        if not t.is_word or t.is_cap or t.lower not in LEXICON.reporting_verbs:
            continue
        if LEXICON.reporting_verbs[t.lower] not in LEXICON.speech_verbs or (
            v + 1 < len(tokens) and tokens[v + 1].lower in ("to", "by")
        ):
            continue  # "the four companies are expected to have": no source speaks
        k = v - 1
        while k >= 0 and tokens[k].is_word and tokens[k].lower in LEXICON.skip_before_verb:
            k -= 1
        if k < 1 or tokens[k].lower not in LEXICON.source_nouns or tokens[k].is_cap:
            continue
        k -= 1
        modifiers = 0  # back over: adjectives, a determiner, "of", a determiner, the count
        while k >= 0 and modifiers < 2 and _is_modifier_word(tokens[k]):
            modifiers += 1
            k -= 1
        for words in (_SUBJECT_DETERMINERS, ("of",), _SUBJECT_DETERMINERS):
            if k >= 0 and tokens[k].lower in words and not tokens[k].in_figure:
                k -= 1
        if k >= 0 and tokens[k].in_figure and few(tokens[k]):
            found.append(k)  # (a handful: "50 pct of the managers reported" are respondents)
    return found


_SUBJECT_DETERMINERS = ("the", "their", "its", "our", "all")


def _is_modifier_word(t: Token) -> bool:
    return (
        t.is_word
        and not t.is_cap
        and not t.in_figure
        and t.lower not in LEXICON.stop_words
        and t.lower not in LEXICON.determiners
    )

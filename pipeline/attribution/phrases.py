"""Noun phrases that can be a source, and the word classes they are built from.

A source is a noun phrase whose head is a name ("Senator John Kerry"), a source noun
("officials", "the US command"), a report noun ("a Harris poll", "Bank of Thailand
statistics": the speaker is its owner) or a pronoun. A phrase takes capitalised words,
"of"/"and"/"&" between them, possessives and up to four lower-case modifiers, and stops
at determiners, punctuation and function words. This module reads phrases forward, after
"according to", "by" or an inverted "said"; subjects.py walks back from a verb.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.attribution.lexicon import LEXICON
from pipeline.attribution.tokens import Token

_PREPOSITIONS = frozenset(
    "of for by in from at with on among within across near to under over about".split()
)
# Prepositions whose object attaches to the phrase before ("a poll by X for Y found");
# not "with": in "with analysts saying" the phrase after it is the subject.
_ATTACHING = frozenset("of for by in from at on among within".split())
_CLAUSE_OPENERS = frozenset(
    "and but or while as whereas because since although though if when after before so".split()
)
_TEMPORAL = frozenset(
    "on last this next by until since in from early late before after during of".split()
)
_BOUNDARY_PUNCT = frozenset(",;:-—–()[]")


@dataclass(frozen=True, slots=True)
class Phrase:
    """A source phrase: tokens[start:end] of the sentence, with what kind of head it has."""

    start: int
    end: int
    #: name, source, report, pronoun or quoted
    kind: str
    #: for a report noun: the owner's token range, when the phrase or a "by" phrase names one
    owner: tuple[int, int] | None = None
    #: token ranges of the prepositional phrases after it ("by X", "of Y")
    attachments: list[tuple[str, int, int]] = field(default_factory=list)


#: A subject that rules out a source: subject_before returns None for it.
_NO_SOURCE = Phrase(0, 0, "none")


def _is_connector(
    tokens: Sequence[Token], k: int, left_limit: int, dates_end: bool = False
) -> bool:
    """An "of"/"and"/"&" between two capitalised words (Bank of Thailand), or either word
    of an "and the" there ("Latin America and the Caribbean", as chains.py reads names).

    With `dates_end`, a weekday or month after it ends the name instead ("the Commission
    on Wednesday"): only walking forward, where nothing else bounds the name.
    """
    t = tokens[k]
    if t.lower == "the" and not t.is_cap and k >= 1 and tokens[k - 1].lower == "and":
        return _is_connector(tokens, k - 1, left_limit, dates_end)
    if t.lower not in LEXICON.connectors and t.text != "&":
        return False
    after = k + 1
    if t.lower == "and" and after + 1 < len(tokens) and tokens[after].text == "the":
        if k >= 1 and tokens[k - 1].lower in LEXICON.org_words:
            return False  # "the Wall Street Journal and the Financial Times": two names
        after += 1  # "Latin America and the Caribbean"
    return (
        k - 1 >= left_limit
        and after < len(tokens)
        and tokens[k - 1].is_cap
        and tokens[k - 1].lower not in LEXICON.capitalised_function_words
        and tokens[after].is_cap
        and not (
            dates_end
            and tokens[after].lower in LEXICON.weekdays_months
            and not weekday_title(tokens, after - 1)
        )
    )


def weekday_title(tokens: Sequence[Token], k: int) -> bool:
    """Is the "on" at token k inside a name that ends in a weekday ("Mail on Sunday")?"""
    return (
        k >= 1
        and k + 1 < len(tokens)
        and f"{tokens[k - 1].lower} on {tokens[k + 1].lower}" in LEXICON.weekday_titles
    )


def _opens_clause(tokens: Sequence[Token], k: int) -> bool:
    """Is token k the first word of the sentence or of a clause (after punctuation)?"""
    return k == 0 or not (tokens[k - 1].is_word or tokens[k - 1].in_figure)


def _is_function_cap(tokens: Sequence[Token], k: int) -> bool:
    """A capitalised word that is not part of a name here (The, But; Past at the start)."""
    low = tokens[k].lower
    if low in LEXICON.capitalised_function_words:
        return True
    if low in LEXICON.weekdays_months:
        # "On Thursday Rangers said" is a date; "The Sunday Times", "Mail on Sunday" are names
        before = tokens[k - 1].lower if k >= 1 else ""
        if before in LEXICON.connectors and _is_connector(tokens, k - 1, 0):
            return False
        if before in _TEMPORAL:
            return True
        if (
            k >= 1
            and tokens[k - 1].is_cap
            and tokens[k - 1].lower not in LEXICON.capitalised_function_words
        ):
            return False  # "Christine May", "Theresa May"
        return not (k + 1 < len(tokens) and tokens[k + 1].is_cap)
    if not _opens_clause(tokens, k):
        return False
    if low == "new":  # "New research says", but "New York Times"
        return k + 1 < len(tokens) and not tokens[k + 1].is_cap
    return low in LEXICON.sentence_initial_words


def _is_modifier(t: Token) -> bool:
    """A lower-case word that can stand before a head noun (private bankers)."""
    return (
        t.is_word
        and not t.is_cap
        and t.lower not in LEXICON.stop_words
        and t.lower not in LEXICON.determiners
        and t.lower not in LEXICON.reporting_verbs
        and t.lower not in LEXICON.by_participles
        and not t.lower.endswith("ing")
        and not (
            len(t.lower) > 4 and t.lower.endswith("ed")
        )  # verbs: "Mr Blair derided Tory claims"
    )


def _is_possessive_word(t: Token) -> bool:
    return t.is_possessive and t.lower not in LEXICON.determiners


def _is_head_noun(t: Token) -> bool:
    return not t.is_cap and (t.lower in LEXICON.report_nouns or t.lower in LEXICON.source_nouns)


def _skip_determiner(tokens: Sequence[Token], i: int) -> int:
    """Index of the token before the phrase at i, past one determiner."""
    k = i - 1
    if k >= 0 and tokens[k].lower in LEXICON.determiners and not tokens[k].is_possessive:
        k -= 1
    return k


def head_kind(tokens: Sequence[Token], start: int, end: int) -> str | None:
    """What the head (last token) of tokens[start:end] makes the phrase, or None."""
    head = tokens[end - 1]
    if head.in_figure or not head.is_word:
        return None
    if head.is_possessive and not _dangling(tokens, end):
        return None
    if head.lower in LEXICON.report_nouns and (not head.is_cap or end - start == 1):
        return "report"  # but "Office for National Statistics" is a name
    if head.is_cap:
        if _is_function_cap(tokens, end - 1) or (
            head.lower in LEXICON.weekdays_months and not weekday_title(tokens, end - 2)
        ):
            return None
        if end - start == 1 and head.lower in LEXICON.source_nouns:
            return "source"
        return "name"
    if head.lower in LEXICON.source_nouns or head.lower in LEXICON.titles:
        return "source"
    if _is_modifier(head) or head.lower.endswith("ing"):
        return "other"  # engineers, the letter: a source only for verbs of speech
    return None


def _dangling(tokens: Sequence[Token], end: int) -> bool:
    """A name's possessive that owns nothing: "Incomes Data Services' (IDS) said", a slip
    of the pen before a parenthesis or a reporting verb."""
    head = tokens[end - 1]
    if not head.is_cap or not head.text.endswith(("'", "’")) or end >= len(tokens):
        return False
    after = tokens[end]
    return after.text == "(" or (after.lower in LEXICON.reporting_verbs and not after.is_cap)


def _owner_inside(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int] | None:
    """The owner of a report noun written before it: "The MAC's survey", "a Harris poll"."""
    for k in range(end - 2, start - 1, -1):
        if tokens[k].is_possessive:
            first = k
            while first - 1 >= start and (
                tokens[first - 1].is_cap or _is_connector(tokens, first - 1, start)
            ):
                first -= 1
            return first, k + 1
    last = end - 2
    while last >= start and not (tokens[last].is_cap or tokens[last].text == ")"):
        last -= 1
    if last < start:
        # "central bank preliminary figures": a source noun among the modifiers owns it
        for k in range(end - 2, start - 1, -1):
            if tokens[k].lower == "official" and k == end - 2:
                continue  # "official figures": an adjective, no owner
            if tokens[k].lower in LEXICON.source_nouns:
                return start, k + 1
        return None
    if any(tokens[k].lower in LEXICON.source_nouns for k in range(last + 1, end - 1)):
        # "a Chadian government statement": the capital word qualifies the source noun
        # after it; no name owns the statement, which is its own speaker as written
        return None
    if tokens[last].text == ")":
        last = next((i for i in range(last, start - 1, -1) if tokens[i].text == "("), start) - 1
    first = last
    while first - 1 >= start and (
        tokens[first - 1].is_cap or _is_connector(tokens, first - 1, start)
    ):
        first -= 1
    while first <= last and _is_function_cap(tokens, first):
        first += 1
    if first == last and tokens[first].lower in LEXICON.nationality_adjectives:
        return None  # "a British opinion poll": an adjective, no owner
    return (first, last + 1) if first <= last else None


def _with_owner(tokens: Sequence[Token], phrase: Phrase) -> Phrase:
    if phrase.kind != "report":
        return phrase
    owner = _owner_inside(tokens, phrase.start, phrase.end)
    if owner is None:
        for preposition, a, b in phrase.attachments:
            if preposition in ("by", "from") and head_kind(tokens, a, b) in ("name", "source"):
                owner = (a, b)
                break
    return Phrase(phrase.start, phrase.end, "report", owner, phrase.attachments)


def phrase_after(tokens: Sequence[Token], i: int) -> Phrase | None:
    """The source phrase that starts at token i ("according to X", "said X", "by X")."""
    k = i
    if k + 1 < len(tokens) and tokens[k].lower == "one" and tokens[k + 1].lower == "of":
        k += 2  # "said one of their lawyers"
    while k < len(tokens) and tokens[k].lower in LEXICON.determiners and not tokens[k].is_cap:
        k += 1
    if k < len(tokens) and tokens[k].is_cap and tokens[k].lower in ("the", "a", "an"):
        k += 1
    start = k
    last_head: int | None = None
    while k < len(tokens):
        t = tokens[k]
        if t.text == "(" and last_head is not None:
            closing = next(
                (i for i in range(k + 1, min(len(tokens), k + 8)) if tokens[i].text == ")"), None
            )
            if closing is None:
                break
            k = closing + 1
            continue
        if t.in_figure:
            break
        if t.is_cap and t.is_word:
            if t.lower in LEXICON.weekdays_months and not weekday_title(tokens, k - 1):
                break
            last_head = k
        elif _is_connector(tokens, k, start, dates_end=True):
            pass
        elif t.is_word and t.lower in LEXICON.person_pronouns and k == start:
            return Phrase(k, k + 1, "pronoun")
        elif t.is_possessive and t.is_word:
            pass
        elif _is_head_noun(t) or t.lower in LEXICON.titles:
            last_head = k
        elif _is_modifier(t):
            pass
        else:
            break
        if t.is_possessive:
            last_head = None
        k += 1
    if last_head is None:
        return None
    end = last_head + 1
    kind = head_kind(tokens, start, end)
    if kind is None:
        return None
    if kind in ("source", "other") and end + 1 < len(tokens) and tokens[end].text == ",":
        named = phrase_after(tokens, end + 1)  # "one of their lawyers, Jane Doe."
        if (
            named is not None
            and named.kind == "name"
            and (named.end == len(tokens) or not tokens[named.end].is_word)
        ):
            return named
    attachments: list[tuple[str, int, int]] = []
    k = end
    while k < len(tokens) and tokens[k].text == "(":
        k = (
            next(
                (i for i in range(k + 1, min(len(tokens), k + 8)) if tokens[i].text == ")"),
                len(tokens) - 1,
            )
            + 1
        )
    if k < len(tokens) and tokens[k].lower in LEXICON.by_participles:
        k += 1
    if k < len(tokens) and tokens[k].lower in _PREPOSITIONS:
        inner = phrase_after(tokens, k + 1)
        if inner is not None:
            attachments.append((tokens[k].lower, inner.start, inner.end))
        elif any(t.in_figure for t in tokens[k + 1 : k + 5]):
            attachments.append((tokens[k].lower, k + 1, min(len(tokens), k + 5)))
    return _with_owner(tokens, Phrase(start, end, kind, attachments=attachments))

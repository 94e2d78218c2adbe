"""Noun phrases around a reporting verb: who says so, found by walking tokens.

A source is a noun phrase whose head is a name ("Senator John Kerry"), a source noun
("officials", "the US command"), a report noun ("a Harris poll", "Bank of Thailand
statistics": the speaker is its owner) or a pronoun. Walking back from the verb:

* auxiliaries and adverbs are skipped ("have long reported", "on Tuesday said");
* the phrase takes capitalised words, "of"/"and"/"&" between them, possessives and
  up to four lower-case modifiers, and stops at determiners, punctuation and function
  words;
* a phrase after a preposition is the object of an earlier phrase ("a poll by X for
  The Sunday Express found"): the walk goes on to the leftmost one, the subject;
* ", which ... ," and appositions (", chief economist at X,") before the verb are
  skipped to the phrase before them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.attribution.lexicon import LEXICON
from pipeline.attribution.tokens import Token, is_quote_mark

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
    """An "of"/"and"/"&" between two capitalised words (Bank of Thailand).

    With `dates_end`, a weekday or month after it ends the name instead ("the Commission
    on Wednesday"): only walking forward, where nothing else bounds the name.
    """
    t = tokens[k]
    if t.lower not in LEXICON.connectors and t.text != "&":
        return False
    return (
        k - 1 >= left_limit
        and k + 1 < len(tokens)
        and tokens[k - 1].is_cap
        and tokens[k - 1].lower not in LEXICON.capitalised_function_words
        and tokens[k + 1].is_cap
        and not (dates_end and tokens[k + 1].lower in LEXICON.weekdays_months)
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


def _walk_back(tokens: Sequence[Token], j: int, loose: bool) -> int | None:
    """Start index of the phrase that ends at token j, or None if there is none.

    `loose` phrases are objects of prepositions: figures and people words are allowed.
    """
    k = j
    start: int | None = None
    modifiers = 0
    while k >= 0:
        t = tokens[k]
        if t.text == ")":
            opening = next(
                (i for i in range(k - 1, max(-1, k - 8), -1) if tokens[i].text == "("), None
            )
            if opening is None:
                break
            k = opening - 1
            continue
        if k == j and t.is_word and not t.in_figure and _is_head_noun(t):
            pass
        elif (
            t.text.isdigit()
            and not t.in_figure
            and k >= 1
            and tokens[k - 1].is_cap
            and start is not None
        ):
            pass  # "Radio 1 said"
        elif t.in_figure or not (t.is_word or t.text == "&"):
            if not (loose and t.in_figure):
                break
        elif t.is_cap:
            if _is_function_cap(tokens, k):
                break
        elif _is_connector(tokens, k, 0) or _is_possessive_word(t):
            pass
        elif _is_modifier(t) or (
            loose
            and t.lower not in _PREPOSITIONS
            and t.lower not in _CLAUSE_OPENERS
            and t.lower not in LEXICON.determiners
        ):
            modifiers += 1
            if modifiers > 4:
                break
        else:
            break
        start = k
        k -= 1
    return start


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
    if head.in_figure or not head.is_word or head.is_possessive:
        return None
    if head.lower in LEXICON.report_nouns and (not head.is_cap or end - start == 1):
        return "report"  # but "Office for National Statistics" is a name
    if head.is_cap:
        if head.lower in LEXICON.weekdays_months or _is_function_cap(tokens, end - 1):
            return None
        if end - start == 1 and head.lower in LEXICON.source_nouns:
            return "source"
        return "name"
    if head.lower in LEXICON.source_nouns or head.lower in LEXICON.titles:
        return "source"
    if _is_modifier(head) or head.lower.endswith("ing"):
        return "other"  # engineers, the letter: a source only for verbs of speech
    return None


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
            if tokens[k].lower in LEXICON.source_nouns:
                return start, k + 1
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
    return (first, last + 1) if first <= last else None


_FIRST_PERSON = frozenset("i we i'd we'd i'm we're i've we've".split())


def _pronoun(tokens: Sequence[Token], j: int) -> Phrase | None:
    t = tokens[j]
    if t.text.lower() in _FIRST_PERSON or t.is_possessive:
        return _NO_SOURCE  # "I'd say 70%": the quote's own speaker; "It's predicted": a passive
    if t.lower in LEXICON.person_pronouns or t.lower in LEXICON.other_pronouns:
        return Phrase(j, j + 1, "pronoun")
    return None


def _quoted_name(tokens: Sequence[Token], j: int) -> Phrase | None:
    """A short quoted name just before the verb: a group calling itself "The X Army" said."""
    if not is_quote_mark(tokens[j]) or j < 2:
        return None
    opening = next((i for i in range(j - 1, max(-1, j - 10), -1) if is_quote_mark(tokens[i])), None)
    if opening is None or opening == j - 1:
        return None
    inner = tokens[opening + 1 : j]
    if not all(t.is_word or t.text in "&-" for t in inner) or not inner[-1].is_cap:
        return None
    return Phrase(opening + 1, j, "quoted")


_BE = frozenset("is are was were be been being".split())
_FINITE = frozenset(
    "is are was were has have had will would can could may might must shall should did does do "
    "also froze rose fell grew won lost made took gave sold bought paid cut set put hit".split()
)


def _skippable(t: Token) -> bool:
    """An auxiliary or adverb between subject and verb ("has long", "quietly")."""
    if t.is_cap or not t.is_word:
        return False
    return t.lower in LEXICON.skip_before_verb or (len(t.lower) > 4 and t.lower.endswith("ly"))


def _is_time_adverbial(tokens: Sequence[Token], j: int) -> bool:
    """ "on Tuesday", "last week", "in 2003" ending at token j, before a verb."""
    t, before = tokens[j], tokens[j - 1].lower
    if t.lower in LEXICON.weekdays_months:
        return before in ("on", "last", "this", "in", "early", "late")
    if t.lower in ("week", "month", "year", "night", "weekend"):
        return before in ("last", "this")
    return before == "in" and len(t.text) == 4 and t.text.isdigit()


def subject_before(tokens: Sequence[Token], verb: int) -> Phrase | None:
    """The subject of the verb at token index `verb`, walking back; None for a passive."""
    j = verb - 1
    while j >= 0 and _skippable(tokens[j]):
        if tokens[j].lower in _BE:
            return None  # "are expected to", "it was reported that"
        j -= 1
    while j >= 1 and _is_time_adverbial(tokens, j):
        j -= 2
        while j >= 0 and _skippable(tokens[j]):
            j -= 1
    if j >= 2 and tokens[j].text == ")":  # "the Office for National Statistics (ONS) added"
        opening = next((i for i in range(j - 1, max(-1, j - 7), -1) if tokens[i].text == "("), None)
        if opening is not None:
            j = opening - 1
    if j < 0:
        return None
    if tokens[j].text == "," or tokens[j].text in _DASHES:
        return _subject_before_comma(tokens, j) if j >= 1 else None
    if tokens[j].lower in ("which", "that") and j >= 1:
        j -= 1  # "recent research which suggests"
        if tokens[j].text == ",":
            j -= 1
    pronoun = _pronoun(tokens, j)
    if pronoun is _NO_SOURCE:
        return None
    if pronoun:
        return pronoun
    quoted = _quoted_name(tokens, j)
    if quoted:
        return quoted
    if tokens[j].text == ">":  # wire copy marks company names: "<Fiduciary Trust Co> said"
        opening = next(
            (i for i in range(j - 1, max(-1, j - 12), -1) if tokens[i].text == "<"), None
        )
        if opening is not None and opening >= 1 and tokens[opening - 1].is_cap:
            return _leftmost_phrase(tokens, opening - 1)  # "Ericsson <ERIC ST> said": a ticker
        if opening is not None and opening + 1 < j and tokens[j - 1].is_word:
            return Phrase(opening + 1, j, "name")
    if tokens[j].lower in ("and", "but") and not tokens[j].is_cap:
        return sentence_subject(tokens, j)  # "Motorola has run trials and says ..."
    phrase = _leftmost_phrase(tokens, j)
    if phrase is not None and phrase.kind == "other":
        k = _skip_determiner(tokens, phrase.start)
        if (
            k >= 0
            and k == phrase.start - 1
            and tokens[k].is_word
            and tokens[k].lower in ("to", "and", "or")
        ):
            return None  # "moved to scotch claims that", "works, grows and evolves says"
    return phrase


def sentence_subject(tokens: Sequence[Token], j: int) -> Phrase | None:
    """The named or source subject that opens the sentence, for a verb after "and"
    ("The government froze wages and said ...") or a "they" that refers to it."""
    k = 0
    while k < j and (_is_function_cap(tokens, k) and tokens[k].lower not in LEXICON.determiners):
        k += 1
    phrase = phrase_after(tokens, k)
    if phrase is None or phrase.end >= j or phrase.kind not in ("name", "source", "other"):
        return None
    following = tokens[phrase.end]
    verb_like = following.lower in _FINITE or following.lower.endswith(("ed", "s"))
    if not following.is_word or following.is_cap or not verb_like:
        return None  # "Refinery crude runs": the phrase is cut short, no subject
    return phrase


def _leftmost_phrase(tokens: Sequence[Token], j: int) -> Phrase | None:
    """The phrase ending at j, or, if it is a preposition's object, the one it attaches to."""
    start = _walk_back(tokens, j, loose=False)
    if start is None:
        return None
    end = j + 1
    if start >= 1 and tokens[start - 1].in_figure:
        # "20 countries": a counted phrase is no source, but may be a preposition's object
        loose = _walk_back(tokens, j, loose=True)
        k = _skip_determiner(tokens, loose) if loose is not None else -1
        if k < 0 or tokens[k].lower not in _ATTACHING:
            return None
        start = loose if loose is not None else start
    attachments: list[tuple[str, int, int]] = []
    while True:
        k = _skip_determiner(tokens, start)
        if k < 0 or tokens[k].is_cap:
            break
        if (
            tokens[k].lower not in _ATTACHING
            and not (
                tokens[k].lower == "to"
                and k >= 1
                and (tokens[k - 1].lower in LEXICON.source_nouns or tokens[k - 1].lower == "close")
            )
            and not (tokens[k].lower == "with" and k >= 1 and tokens[k - 1].lower == "familiar")
        ):
            break  # "an aide to X said", "sources close to X", "sources familiar with X"
        preposition = tokens[k].lower
        attachments.insert(0, (preposition, start, end))
        k -= 1
        if k >= 0 and (
            tokens[k].lower in LEXICON.by_participles or tokens[k].lower in ("close", "familiar")
        ):
            k -= 1
        if k < 0:
            return None
        new_start = _walk_back(tokens, k, loose=False)
        if new_start is None:
            new_start = _walk_back(tokens, k, loose=True)
            if new_start is None:
                return None
            # a loose phrase is itself a preposition's object: keep walking left
            start, end = new_start, k + 1
            continue
        start, end = new_start, k + 1
    kind = head_kind(tokens, start, end)
    if kind is None:
        return None
    if kind == "source" and not attachments:
        start = _coordinated(tokens, start)
    return _with_owner(tokens, Phrase(start, end, kind, attachments=attachments))


def _coordinated(tokens: Sequence[Token], start: int) -> int:
    """Start of "doctors and the military": a source joined to the one before by "and"."""
    k = _skip_determiner(tokens, start)
    if k < 1 or tokens[k].lower not in ("and", "or") or tokens[k].is_cap:
        return start
    other = _walk_back(tokens, k - 1, loose=False)
    if other is None or head_kind(tokens, other, k) not in ("source", "name"):
        return start
    return other


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


_DASHES = frozenset("-—–")


def _subject_before_comma(tokens: Sequence[Token], comma: int) -> Phrase | None:
    """ "X, which ... ," or "X, chief economist at Y," before the verb: the subject is X.

    Dashes pair the same way ("Mr Yushchenko - keen to reassure investors - had said");
    "Radio 1's controller, Andy Parfitt, said" gives the name in apposition.
    """
    closing = tokens[comma].text
    pair = _DASHES if closing in _DASHES else {","}
    k = comma - 1
    while k >= 0 and tokens[k].text not in pair:
        if (
            tokens[k].text in ";:"
            or is_quote_mark(tokens[k])
            or (closing == "," and tokens[k].text in _DASHES)
        ):
            # '"...," shop owner Jane Doe, told': the phrase before the comma
            phrase = _leftmost_phrase(tokens, comma - 1)
            before = _skip_determiner(tokens, phrase.start) if phrase else -1
            return phrase if phrase and before == k else None
        k -= 1
    if k < 1:
        return None
    phrase = _leftmost_phrase(tokens, k - 1)
    if phrase is None:
        # "Parsow Partnership Ltd, an Elkhorn, Neb., investment partnership, said"
        if closing == "," and comma - k < 12:
            return _subject_before_comma(tokens, k)
        return None
    before = _skip_determiner(tokens, phrase.start)
    opens_clause = (
        before < 0
        or tokens[before].text in _BOUNDARY_PUNCT
        or is_quote_mark(tokens[before])
        or tokens[before].lower in _CLAUSE_OPENERS
        or tokens[before].lower in LEXICON.capitalised_function_words
    )
    if not opens_clause:
        if closing == "," and tokens[before].text == "," and comma - k < 12:
            return _subject_before_comma(tokens, k)
        return None
    by_owner = (
        phrase.kind == "report"
        and phrase.owner is None
        and k + 3 < comma
        and tokens[k + 1].lower in LEXICON.by_participles
        and tokens[k + 2].lower == "by"
    )
    if by_owner:  # "The report, published by Oxfam, said": the owner is in the apposition
        owner = phrase_after(tokens, k + 3)
        if owner is not None and owner.kind in ("name", "source"):
            span = (owner.start, owner.end)
            return Phrase(phrase.start, phrase.end, "report", span, phrase.attachments)
    if phrase.kind in ("source", "other"):
        if closing == "," and tokens[before].text == "," and comma - k < 12:
            # "Donaldson Lee, an investor from Birmingham, Alabama, said": the name first
            earlier = _subject_before_comma(tokens, before)
            if earlier is not None and earlier.kind == "name":
                return earlier
        inner = _leftmost_phrase(tokens, comma - 1)
        if (  # "Radio 1's controller, Andy Parfitt, said"
            inner is not None
            and inner.kind == "name"
            and inner.end - inner.start > 1
            and tokens[phrase.end - 1].lower in LEXICON.titles
            and _skip_determiner(tokens, inner.start) == k
        ):
            return inner
    return phrase


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
            if t.lower in LEXICON.weekdays_months:
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

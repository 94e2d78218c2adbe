"""Subjects of reporting verbs: the phrase before the verb, walking back word by word.

* auxiliaries and adverbs are skipped ("have long reported", "on Tuesday said");
* a phrase after a preposition is the object of an earlier phrase ("a poll by X for
  The Sunday Express found"): the walk goes on to the leftmost one, the subject;
* ", which ... ," and appositions (", chief economist at X,") before the verb are
  skipped to the phrase before them; dashes pair the same way;
* "he", "it" and the like are returned as pronouns, for resolve.py; "I" and "It's" are
  no source (a quote's own speaker, a passive).
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.attribution.lexicon import LEXICON
from pipeline.attribution.phrases import (
    _ATTACHING,
    _BOUNDARY_PUNCT,
    _CLAUSE_OPENERS,
    _NO_SOURCE,
    _PREPOSITIONS,
    Phrase,
    _dangling,
    _is_connector,
    _is_function_cap,
    _is_head_noun,
    _is_modifier,
    _is_possessive_word,
    _skip_determiner,
    _with_owner,
    head_kind,
    phrase_after,
    weekday_title,
)
from pipeline.attribution.tokens import Token, is_quote_mark


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
            k == j
            and t.is_word
            and not t.is_cap
            and t.lower.endswith("s")
            and t.lower in LEXICON.reporting_verbs
        ):
            pass  # "the 20 biggest projects says": a verb form that is a plural noun here
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


_FIRST_PERSON = frozenset("i we i'd we'd i'm we're i've we've".split())


def _pronoun(tokens: Sequence[Token], j: int) -> Phrase | None:
    t = tokens[j]
    if t.text.lower() in _FIRST_PERSON or (t.is_possessive and not _dangling(tokens, j + 1)):
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
_FINITE_BE = frozenset("is are was were".split())
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
        if before == "on" and weekday_title(tokens, j - 1):
            return False  # "The Mail on Sunday said"
        return before in ("on", "last", "this", "in", "early", "late")
    if t.lower in ("week", "month", "year", "night", "weekend"):
        return before in ("last", "this")
    return before == "in" and len(t.text) == 4 and t.text.isdigit()


def subject_before(tokens: Sequence[Token], verb: int) -> Phrase | None:
    """The subject of the verb at token index `verb`, walking back; None for a passive."""
    j = verb - 1
    while j >= 0 and _skippable(tokens[j]):
        if tokens[j].lower in _BE and not (
            j == verb - 1 and tokens[j].lower in _FINITE_BE and tokens[verb].lower.endswith("ing")
        ):
            return None  # "are expected to", "it was reported that" (not "is predicting")
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
    if tokens[j].text == ">":
        marked = _marked_name(tokens, j)
        if marked is not None:
            return marked
    if tokens[j].lower in ("and", "but") and not tokens[j].is_cap:
        subject = sentence_subject(tokens, j)  # "Motorola has run trials and says ..."
        base = tokens[verb].lower == LEXICON.reporting_verbs.get(tokens[verb].lower)
        if subject is not None and subject.kind == "pronoun" and base:
            return None  # "He must surrender his passport and report daily": a modal's verb
        return subject
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
    ("The government froze wages and said ...") or a "they" that refers to it; a pronoun
    that opens it ("He could not rule it out, but said ...")."""
    if j >= 2 and tokens[0].lower in _OPENING_PRONOUNS and tokens[0].is_word:
        following = tokens[1]
        if following.is_word and not following.is_cap:
            return Phrase(0, 1, "pronoun")
    k = 0
    while k < j and (_is_function_cap(tokens, k) and tokens[k].lower not in LEXICON.determiners):
        k += 1
    phrase = phrase_after(tokens, k)
    if phrase is None or phrase.end >= j or phrase.kind not in ("name", "source", "other"):
        return None
    following = tokens[phrase.end]
    verb_like = (
        following.lower in _FINITE
        or following.lower.endswith(("ed", "s"))
        or _plural_present(tokens, phrase)
    )
    if not following.is_word or following.is_cap or not verb_like:
        return None  # "Refinery crude runs": the phrase is cut short, no subject
    return phrase


_OPENING_PRONOUNS = frozenset("he she it they".split())
# what follows a plural subject's present verb: "The firms deny that", "Analysts expect the"
_OBJECT_OPENERS = frozenset("that the a an it they this these its their".split())


def _plural_present(tokens: Sequence[Token], phrase: Phrase) -> bool:
    """Is the word after a plural source a present verb ("The tobacco firms deny that ...")?
    Only with a clause or object opening right after it."""
    head, verb = tokens[phrase.end - 1], phrase.end
    return (
        phrase.kind == "source"
        and not head.is_cap
        and head.lower.endswith("s")
        and verb + 1 < len(tokens)
        and tokens[verb].is_word
        and tokens[verb].lower not in LEXICON.stop_words
        and tokens[verb + 1].lower in _OBJECT_OPENERS
    )


_FEW = frozenset("two three four five six seven eight nine ten eleven twelve".split())


def _marked_name(tokens: Sequence[Token], j: int) -> Phrase | None:
    """The company name that wire copy marks, ending with the ">" at token j: "<Fiduciary
    Trust Co> said"; "Ericsson <ERIC ST> said" (a ticker after the name); "Banque Paribas
    and <Credit Lyonnais> said" (two names joined by "and": one joint source)."""
    opening = next((i for i in range(j - 1, max(-1, j - 12), -1) if tokens[i].text == "<"), None)
    if opening is None:
        return None
    if opening >= 1 and tokens[opening - 1].is_cap:
        return _leftmost_phrase(tokens, opening - 1)
    if opening + 1 >= j or not tokens[j - 1].is_word:
        return None
    if _ticker(tokens, opening + 1, j):
        return None  # "<JLIT.T> said" after a line break cut the name off: no name here
    k = opening - 1
    if k >= 1 and tokens[k].lower == "and" and not tokens[k].is_cap and tokens[k - 1].text == ">":
        other = next((i for i in range(k - 2, max(-1, k - 12), -1) if tokens[i].text == "<"), None)
        if (
            other is not None
            and other + 1 < k - 1
            and tokens[other + 1].is_cap
            and _alone(tokens, other, k - 1)
        ):
            return Phrase(other + 1, j, "name")  # "<Credit Lyonnais> and <Banque Paribas>"
    if k >= 1 and tokens[k].lower == "and" and not tokens[k].is_cap and tokens[k - 1].is_cap:
        first = _walk_back(tokens, k - 1, loose=False)
        if first is not None and head_kind(tokens, first, k) == "name" and _alone(tokens, first, k):
            return Phrase(first, j, "name")
    return Phrase(opening + 1, j, "name")


def _ticker(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A stock code with its exchange, not a name: "JLIT . T", "ERIC ST"."""
    inner = tokens[start:end]
    return len(inner) > 1 and all(
        t.text == "." or (t.is_word and t.text.isupper() and t.text.isalnum()) for t in inner
    )


def _alone(tokens: Sequence[Token], start: int, end: int) -> bool:
    """No comma in tokens[start:end], nor a list of names before it: "A and B" is one joint
    source, but not the last two of "X, A and B" nor a name with a comma ("<Goldman, Sachs>")."""

    if any(t.text == "," for t in tokens[start:end]):
        return False
    listed = start >= 2 and tokens[start - 1].text == ","
    return not (listed and (tokens[start - 2].text == ">" or tokens[start - 2].is_cap))


def _few_sources(tokens: Sequence[Token], count: int, end: int) -> bool:
    """ "two officials", "3 diplomats": a handful of sources, not "500 workers"."""
    head = tokens[end - 1]
    if head.is_cap or head.lower not in LEXICON.source_nouns or not head.lower.endswith("s"):
        return False
    if count >= 1 and tokens[count - 1].lower in _ATTACHING:
        return False  # "a poll of 10 economists shows": the poll is the subject
    return few(tokens[count])


def few(token: Token) -> bool:
    """A handful, written as a word or in digits: "three", "12"."""
    word = token.lower
    return word in _FEW or (word.isdigit() and 1 < int(word) <= 12)


def _leftmost_phrase(tokens: Sequence[Token], j: int) -> Phrase | None:
    """The phrase ending at j, or, if it is a preposition's object, the one it attaches to."""
    start = _walk_back(tokens, j, loose=False)
    if start is None:
        return None
    end = j + 1
    if start >= 1 and tokens[start - 1].in_figure and _few_sources(tokens, start - 1, end):
        return Phrase(start, end, "source")  # "two officials said": the count is theirs
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
        if new_start is not None and new_start >= 1 and tokens[new_start - 1].in_figure:
            # "a survey of 280 schemes by X": a counted phrase is a preposition's object
            counted = _walk_back(tokens, k, loose=True)
            before = _skip_determiner(tokens, counted) if counted is not None else -1
            if before >= 0 and tokens[before].lower in _ATTACHING:
                new_start = counted
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
    """Start of "doctors and the military": a source joined to the one before by "and";
    of "police, unionists and hospital authorities": a list of sources."""
    k = _skip_determiner(tokens, start)
    if k < 1 or tokens[k].lower not in ("and", "or") or tokens[k].is_cap:
        return start
    oxford = tokens[k - 1].text == ","  # "police, unionists, and doctors"
    end = k - 1 if oxford else k
    other = _walk_back(tokens, end - 1, loose=False) if end >= 1 else None
    kinds = ("source",) if oxford else ("source", "name")  # not "in Damascus, and diplomats"
    if other is None or head_kind(tokens, other, end) not in kinds:
        return start
    if oxford and not _list_item(tokens, other, end):
        return start
    for _ in range(4):  # more sources before it, each after a comma
        comma = _skip_determiner(tokens, other)
        if comma < 1 or tokens[comma].text != ",":
            break
        item = _walk_back(tokens, comma - 1, loose=False)
        if item is None or not _list_item(tokens, item, comma):
            break
        other = item
    return other


def _list_item(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A source in a list of sources: "police", "unionists", not a title ("chairman,
    president and chief executive") nor a name."""
    head = tokens[end - 1]
    return (
        head_kind(tokens, start, end) == "source"
        and not head.is_cap
        and head.lower in LEXICON.source_nouns
        and head.lower not in LEXICON.titles
    )


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
    if tokens[k - 1].text == ">":  # "<Acme Trust Inc>, earlier reporting ..., said"
        marked = _marked_name(tokens, k - 1)
        if marked is None or tokens[marked.start - 1].text != "<":
            return marked
        if marked.start >= 2 and tokens[marked.start - 2].text == ")":
            return None  # "Den Norske Bank (DNB) <DNB.OL>,": a ticker, its name unread
        before = _skip_determiner(tokens, marked.start - 1)
        opens = (
            before < 0 or tokens[before].text in _BOUNDARY_PUNCT or is_quote_mark(tokens[before])
        )
        return marked if opens or tokens[before].lower in _CLAUSE_OPENERS else None
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
    # "Scottish Finance Minister, Tom McCabe MSP, said": a capitalised title is a name
    titled = phrase.kind == "name" and tokens[phrase.end - 1].lower in LEXICON.titles
    if phrase.kind in ("source", "other") or titled:
        if not titled and closing == "," and tokens[before].text == "," and comma - k < 12:
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

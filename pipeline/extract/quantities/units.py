"""Units: what each figure counts or measures.

The first rule that gives an answer wins:

1. a unit found while scanning: a measure ("12km"), a compound ("25-state"), points;
2. an amount that restates the one before ("$1.3bn (£691m)", "195 rand or 94 dlrs")
   shares its unit;
3. a rate after the amount: "94 dlrs a month" -> "per month", "100 rupees to the US
   dollar" -> "per US dollar";
4. the noun phrase after it: "84.4 percent of respondents", "400 business events",
   "a 32 percent tariff", "a 45 pct boost in salaries" -> salaries; in "from 155,000
   to 110,000 staff" both count staff;
5. the noun before "of": "a deficit of 29.3 billion dlrs", "annual sales of $32bn";
6. a casualty verb next to a bare count: "Kill 36", "30 hurt" -> people;
7. the subject of the change verb before it: "the jobless rate rose to 4.7%",
   "exports rose 14.6 pct", "the number of people out of work rose 32,000";
8. the unit of the previous figure in the same sentence ("Labour with 35 pct");
9. a share followed by a verb is a share of respondents ("47% said ...");
10. for money and percentages, the unit of the previous one of the same kind close before;
11. the unit of the same value elsewhere in the article (headline repeats).

A count whose unit names an index is in index points ("fell 0.4 pct to 99.7").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from pipeline.extract.quantities import sums
from pipeline.extract.quantities.lexicon import alternation, lexicon
from pipeline.extract.quantities.numerals import Found

_LEX = lexicon()
# The run of words after a figure, up to the first punctuation: each token is a model
# (777-200LR, 747s), a number (1,500) or a word, and "(AU)" may stand between them
# ("African Union (AU) troops").
_ACRONYM = re.compile(r"\([A-Z]{2,6}\)")
_AFTER_RUN = re.compile(
    r"""(?:\s*(?:\([A-Z]{2,6}\)\s*)*
        (?:\d+(?:-\d+)*[A-Za-z][\w-]*      # 777-200LR, 747s
          |\d[\d,.]*\d(?!\w)                # 1,500
          |[A-Za-z0-9][\w'’./&-]*            # a word, U.S., Kenya's
        )
    ){1,7}""",
    re.VERBOSE,
)
# A paragraph or table row ends at a blank line or a line break before indentation.
_ROW_END = re.compile(r"\n[ \t]*\n|\n[ \t]{2,}|\n(?=[A-Z]{3,}\b)")  # ... or at a DATELINE
_BACK_TOKEN = re.compile(r"[A-Za-z0-9][\w'’./&-]*|[^\w\s]")
# A sentence or clause ends after . ! ? before a capital or digit, at a blank line, at a
# line break before indentation (a table row), or at a semicolon. The pattern starts with
# one character class so that ``re`` skips to the candidates with a fast search.
_BOUNDARY = re.compile(
    r"""[.!?;\n](?:
        (?<=[.!?])[\"'”’)]*\s+(?=[\"“‘(]?[A-Z0-9])   # . then a capital
      | (?<=\n)[ \t]*\n                             # a blank line
      | (?<=\n)[ \t]{2,}                             # an indented row
      | (?<=;)\s
    )""",
    re.VERBOSE,
)
_EQUIVALENT = re.compile(r"\s*(?:\(|;|,?\s*or\b|/|=)\s*$")
_BETWEEN_NUMBERS = re.compile(r"\s*(?:to|and|or|-|–|from)\s*$")
# "a month" is a rate in "94 dlrs a month", not in "1.94 billion a year earlier"
_TIME_RATES = [
    r for r in _LEX.rate_words if r.split()[0] in ("a", "an") and r.split()[-1] in _LEX.time_units
]
_OTHER_RATES = [r for r in _LEX.rate_words if r not in _TIME_RATES]
_RATE = re.compile(
    rf"""[ \t]*(?:\n[ \t]*)?(?:
        (?P<rate>{alternation(_OTHER_RATES)})(?![A-Za-z])
      | (?P<time>{alternation(_TIME_RATES)})(?![A-Za-z])    # but "a year earlier" is no rate
        (?![ \t]*(?:\n[ \t]*)?(?:earlier|ago|before|later|after|previously|on|from|into|and))
      | (?:to|against|per)[ \t]+(?:\n[ \t]*)?(?:the[ \t]+|one[ \t]+|a[ \t]+)?(?:\n[ \t]*)?
        (?P<per>(?:U\.S\.[ \t]+|US[ \t]+)?(?:dollar|dlr|euro|pound|yen|yuan|mark|franc)s?)\b
    )""",
    re.VERBOSE,
)
#: The first words of a rate, so that most figures skip the rate regex.
_RATE_FIRST = frozenset([r.split()[0] for r in _LEX.rate_words] + ["to", "against", "per"])
_AGED = re.compile(r"\b(?:[Aa]ged|[Aa]ges?)(?:[ \t]+(?:between|of|over|under))?[ \t]+$")
_PARENS = re.compile(r"\([^()]*\)")
_SPENT = re.compile(r"\b(?:spent|spend|spends|spending)\b")
_ON_NP = re.compile(r"[ \t]+on[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+)?([a-z][\w-]*)")
_DETERMINERS = _LEX.determiners
# between a subject and its verb: "was far lower than", "is much higher than"
_SUBJECT_SKIP = _LEX.subject_skip | {"far", "much", "even"}
# the words of hedges that may stand between a verb and its figure ("will stay above",
# "be in excess of"); not those that also head other phrases ("the region", "on")
_HEDGE_WORDS = frozenset(
    w for phrase in _LEX.hedges_before for w in phrase.split() if len(phrase.split()) > 1
) - {"the", "a", "an", "on", "at", "like", "region", "something", "average", "minimum", "maximum"}
_HEDGE_WORDS |= frozenset(w for w in _LEX.hedges_before if " " not in w and w.isalpha())
_HEDGE_WORDS -= {"in"}  # only in "in excess of" (see _verb_before)
_BE_FORMS = frozenset({"be", "been", "being", "is", "are", "was", "were"})
_PAIRED = frozenset({"between", "among", "amongst"})  # "the gap between exports and imports"
_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "who", "which", "that"})
_ARTICLES = _DETERMINERS - {"of", "all"}  # what follows a verb: "the settlement includes the"
_NP_SKIP = _LEX.np_skip
_PREPOSITIONS = _LEX.prepositions
_BACK_SKIP = _LEX.back_skip
# Nationality words that are their own plural: "40,000 Taiwanese", "two Swiss".
_NATIONALITY = re.compile(r"[A-Z][a-z]+ese$|Swiss$")
_VERBISH = _LEX.change_verbs | _LEX.respondent_verbs | _LEX.casualty_verbs


def _plural(word: str) -> bool:
    low = word.lower()
    if low in _LEX.invariant_plurals:
        return True
    if "'" in low or "’" in low:
        return False  # a possessive: the group's
    return len(low) > 2 and low.endswith("s") and not low.endswith(("ss", "us", "is"))


def _amount_word(word: str) -> bool:
    low = word.lower()
    return (
        word[0].isdigit()
        or low in _LEX.magnitude_words
        or low in _LEX.currency_words
        or low in _LEX.units
        or low in _LEX.tens
    )


def _tokens_after(text: str, pos: int, limit: int = 7) -> list[str]:
    """The words after `pos` up to the first punctuation (at most `limit`)."""
    end = pos + 80
    if text.find("\n", pos, end) >= 0:  # a paragraph or table row ends at a blank line
        row = _ROW_END.search(text, pos, end)  # or an indent
        end = row.start() if row is not None else end
    m = _AFTER_RUN.match(text, pos, end)
    if m is None:
        return []
    run = m[0]
    out: list[str] = []
    for t in _ACRONYM.sub(" ", run).split() if "(" in run else run.split():
        last = t[-1]
        ends = last == "." and t.count(".") == 1  # "people." ends it, "U.S." does not
        word = t.rstrip(".'’") if ends or last in "'’" else t
        if word:
            out.append(word)
        if ends or not word or len(out) >= limit:
            break
    return out


def _noun_phrase(words: list[str], kind: str, value: float | None) -> str:
    """The counted noun phrase at the start of `words`, for a figure of `kind`."""
    i = 0
    while i < len(words) and words[i].lower() in _NP_SKIP:
        i += 1
    words = words[i : i + 6]
    np: list[str] = []
    for k, w in enumerate(words):
        low = w.lower()
        stop = low in _LEX.stop_words and not _acronym(w)
        if stop or (low.endswith("ly") and len(low) > 4) or w[0].isdigit():
            if w[0].isdigit() and kind == "number" and _plural(w) and not np:
                return w  # 15 747s
            model = w[0].isdigit() and "," not in w and kind == "number"
            model = model and (not np or np[-1][:1].isupper())  # Boeing 777 jets
            nxt = words[k + 1] if k + 1 < len(words) else ""
            if model and nxt[:1].isalpha() and nxt.lower() not in _LEX.stop_words:
                np.append(w)  # five 787 Dreamliners, two 777-200LR planes
                continue
            break
        if kind != "number" and low in _LEX.respondent_verbs:
            break  # "63% supported ..."
        if kind == "money" and not np and w[0].isupper() and not w.isupper():
            break  # "$1.3bn Sri Lanka faces": a headline runs on
        if low.endswith(("ed", "ing")) and np and _plural(np[-1]):
            break
        nxt = words[k + 1].lower() if k + 1 < len(words) else ""
        if np and not _plural(np[-1]) and w.islower() and _plural(w) and nxt in _ARTICLES:
            break  # "the $3.2bn settlement includes the ...": a verb
        np.append(w)
        last = not nxt or nxt in _LEX.stop_words or nxt in _VERBISH or nxt.endswith("ed")
        if (_plural(w) and (w.islower() or last)) or (_NATIONALITY.match(w) and last):
            return " ".join(np)  # "29 Williams shares": a name ending in s runs on
    if not np:
        return ""
    if kind == "number":
        if len(np) == 1 and np[0].lower() in _LEX.measures:
            return _LEX.measures[np[0].lower()]
        if value == 1 or len(np) == 1:
            last_word = np[-1].lower()
            if last_word.endswith(("ed", "ing")) or last_word in _LEX.casualty_verbs:
                return ""
            return " ".join(np)
        return ""
    return " ".join(np)


def _share_of(words: list[str]) -> str:
    """The whole that a share is of: "half the UK wants" -> UK, "the IMF support" too."""
    np: list[str] = []
    for k, w in enumerate(words):
        low = w.lower()
        if low in _LEX.stop_words or (np and low in _LEX.respondent_verbs and _plural(np[-1])):
            break
        if _amount_word(w):
            continue  # 20 per cent of Sony's eight billion dollar worldwide sales
        if np and w.islower() and low.endswith("ed"):
            break  # "those surveyed backed the plan": a verb
        nxt = words[k + 1].lower() if k + 1 < len(words) else ""
        owner = np and np[-1].endswith(("'s", "’s"))
        if (
            np
            and not owner
            and not _plural(np[-1])
            and w.islower()
            and _plural(w)
            and nxt not in _VERBISH
        ):
            break  # "the UK wants a", "the budget goes on": a verb after a singular noun
        np.append(w)
        if _plural(w) and w.islower():
            break
    return " ".join(np)


def _following(text: str, f: Found, pos: int, words: list[str] | None = None) -> str:
    """The unit from the words after `pos` (`words`, when the caller has them already)."""
    if words is None:
        words = _tokens_after(text, pos)
    if not words:
        return ""
    first = words[0].lower()
    if first == "of" or (f.kind == "percent" and first in _DETERMINERS):
        rest = words[1:] if first == "of" else words
        while rest and rest[0].lower() in _DETERMINERS:
            rest = rest[1:]
        if f.kind == "percent":
            return _share_of(rest)
        if rest and rest[0][0].isdigit() and len(rest) > 1:
            rest = rest[2:] if rest[1].lower() in _LEX.magnitude_words else rest[1:]
        return _noun_phrase(rest, "number", None)
    np = _noun_phrase(words, f.kind, f.value)
    if f.kind == "money" and np.lower() in _LEX.money_nouns:
        return np  # "a $676m loss": the sum is the loss
    if np and f.kind != "number" and np.lower() in _LEX.change_nouns:
        # "a 45 pct boost in salaries": what grew; a bare "3.9 pct increase": look elsewhere
        if len(words) > 2 and words[1].lower() in ("in", "of"):
            inner = [  # "an 8.3% increase in January worldwide sales": the sales
                w
                for w in words[2:]
                if w.lower() not in _DETERMINERS and w not in _LEX.months and not w[0].isdigit()
            ]
            return _noun_phrase(inner, "percent", None)
        return ""
    if np.lower() in _LEX.uninformative_heads:
        return ""  # "last year's £3.1bn total": look elsewhere
    return np


def _casualty(text: str, f: Found) -> str:
    before = text[max(0, f.start - 20) : f.start].split()
    after = _tokens_after(text, f.end, 3)
    words = [w.lower() for w in before[-1:]] + [w.lower() for w in after[:2]]
    if after and after[0].lower() in ("had", "have", "were", "was", "are", "been"):
        words.append(after[1].lower() if len(after) > 1 else "")
    return "people" if any(w in _LEX.casualty_verbs for w in words) else ""


class _Sentences:
    """The sentence and clause boundaries of one document, found in one pass."""

    def __init__(self, text: str, start: int, end: int) -> None:
        """Boundaries between `start` and `end` (the figures' clauses need no others)."""
        spans = [m.span() for m in _BOUNDARY.finditer(text, start, end)]
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]

    def apart(self, a: int, b: int) -> bool:
        """Is there a boundary between offsets a and b?"""
        k = bisect_left(self.starts, a)
        return k < len(self.starts) and self.ends[k] <= b

    def clause_start(self, pos: int) -> int:
        """Where the clause that `pos` is in starts."""
        k = bisect_right(self.ends, pos)
        return self.ends[k - 1] if k else 0


def _clause_tokens(text: str, start: int, sentences: _Sentences) -> list[str]:
    """The words of the clause before `start` (at most 200 characters), parentheses removed."""
    window = text[max(start - 200, sentences.clause_start(start), 0) : start]
    return _BACK_TOKEN.findall(_PARENS.sub(" ", window) if "(" in window else window)


def _informative(phrase: list[str]) -> bool:
    """Does the phrase name something? ("record low" and "December 31, 1986" do not)"""
    return any(
        w[0].isalpha() and w.lower() not in _LEX.uninformative_heads and w not in _LEX.months
        for w in phrase
    )


_CHUNK_INNER = _LEX.chunk_inner


def _chunk(tokens: list[str], i: int) -> tuple[int, list[str]]:
    """The run of words ending at tokens[i] up to a preposition, verb or punctuation."""
    words: list[str] = []
    while i >= 0 and len(words) < 8:
        t = tokens[i]
        low = t.lower()
        if not t[0].isalnum() or low in _PREPOSITIONS or low in _VERBISH:
            break
        if low in _LEX.magnitude_words:
            break
        if low in _LEX.currency_words and (words or i == 0 or _amount_word(tokens[i - 1])):
            break  # "... 5 mln dlrs": an amount; but "the peso fell": a subject
        if low in _LEX.stop_words and low not in _CHUNK_INNER and not _acronym(t):
            if low not in ("and", "or") or not words or i == 0:
                break
            prev = tokens[i - 1].lower()
            if not tokens[i - 1][0].isalnum() or prev in _LEX.stop_words or prev in _VERBISH:
                break
        words.insert(0, t)
        i -= 1
    dets = [k for k, w in enumerate(words) if w.lower() in _DETERMINERS]
    if dets:
        words = words[dets[-1] + 1 :]
    gerunds = [k for k, w in enumerate(words) if k and w.islower() and w.endswith("ing")]
    if gerunds:
        words = words[: gerunds[0]]  # "Americans filing new claims": the noun before
    while words and words[0].lower() in _CHUNK_INNER:
        words.pop(0)
    return i, words


def _acronym(word: str) -> bool:
    """US, UK, EU: capitals that are not the stop words they spell in lower case."""
    return len(word) > 1 and word.isupper()


def _np_before(tokens: list[str], i: int) -> tuple[list[str], list[str]]:
    """The noun phrase that ends at tokens[i], skipping prepositional phrases after it
    ("the trade surplus in the first 20 days of February"), and what followed "of"."""
    phrase: list[str] = []
    after_of: list[str] = []
    for _ in range(4):
        i, words = _chunk(tokens, i)
        if not phrase and _two_clauses(words) and (i < 0 or tokens[i].lower() not in _PAIRED):
            return words[-1:], []  # "a record surplus and inflation fell"
        if words and i > 0 and tokens[i].lower() in _PREPOSITIONS:
            if tokens[i].lower() not in _PAIRED and _two_clauses(words):
                # "a balance of payments surplus and inflation fell", "expectations and
                # shares in GM rose": the noun after "and" starts the clause of the verb
                return words[-1:], []
            if tokens[i].lower() == "of":
                after_of = words
                if tokens[i - 1].lower() == "out":
                    i -= 1
            phrase = words
            i -= 1
            continue
        phrase = words or phrase
        break
    return phrase, after_of


def _two_clauses(words: list[str]) -> bool:
    """Does "and" in this run of words join two clauses rather than two nouns? Only a
    guess: a longer phrase before it and a single common noun after it."""
    return (
        len(words) >= 4
        and words[-2].lower() in ("and", "or")
        and words[-1].islower()
        and words[-4].lower() not in ("and", "or")
    )


def _tidy(phrase: list[str], after_of: list[str], kind: str) -> str:
    """Drop an owner ("Japan's"), read "number of X" as X, "dollar/yen rate" as yen per dollar."""
    if not phrase:
        return ""
    owners = [k for k, w in enumerate(phrase) if w.endswith(("'s", "’s", "s'", "s’"))]
    if owners and owners[-1] < len(phrase) - 1:
        phrase = phrase[owners[-1] + 1 :]
    while phrase and (phrase[0].lower() in ("and", "or") or phrase[0][0].isdigit()):
        phrase = phrase[1:]  # "1986 net profit", "839,097 and truck production"
    if not phrase:
        return ""
    head = phrase[-1].lower()
    if head in _LEX.count_heads and kind == "money" and len(phrase) > 1:
        phrase, head = phrase[:-1], phrase[-2].lower()  # "the net profit figure"
    if head in _LEX.count_heads:
        if after_of:
            return " ".join(after_of)
        if len(phrase) > 1:
            return " ".join([*phrase[:-2], phrase[-2] + "s"])
        return ""
    for w in phrase:
        if "/" in w:
            a, _, b = w.partition("/")
            return f"{b} per {a}"
    if not _informative(phrase):
        return ""
    low = [w.lower() for w in phrase]
    if kind == "money" and head in _LEX.pay_nouns:
        for w in low:  # an average monthly wage of 345 rand: 345 rand per month
            if w in _LEX.pay_rates:
                return _LEX.pay_rates[w]
    if kind == "percent" and low in ([w] for w in _LEX.rate_nouns):
        return f"{low[0]} rate"  # "Unemployment was up from 2.8 pct": the rate
    if kind == "number" and len(low) == 1 and low[0] in _LEX.count_nominals:
        return _LEX.count_nominals[low[0]]  # "Employment fell 380,000": employees
    return " ".join(phrase)


def _of_before(tokens: list[str], f: Found) -> str:
    """ "a deficit of 29.3 billion dlrs", "annual sales of $32bn": the noun before "of"."""
    i = len(tokens) - 1 - _hedge_length(tokens)
    if i < 1 or tokens[i].lower() != "of":
        return ""
    i -= 1
    np: list[str] = []
    while i >= 0 and len(np) < 5:
        low = tokens[i].lower()
        if low in _LEX.stop_words or low in _PREPOSITIONS or low in _VERBISH:
            break
        if not tokens[i][0].isalnum() or _amount_word(tokens[i]):
            break
        if len(np) >= 2 and _plural(tokens[i]) and np[0].islower() and not _plural(np[0]):
            break  # "It targets annual savings of": a verb (or a subject before its verb)
        np.insert(0, tokens[i])
        i -= 1
    if i >= 0 and tokens[i].lower() in _PRONOUNS and len(np) >= 2 and np[0].islower():
        np = np[1:]  # "It targets annual savings of": a verb after a pronoun
    if len(np) >= 3 and np[0].islower() and np[0].endswith("ing"):
        np = np[1:]  # "enjoying spectacular growth of 10%": a verb, then its object
    return _tidy(np, [], f.kind)


def _worth_before(tokens: list[str], f: Found) -> str:
    """ "signed a deal worth 1bn euros": the noun before "worth"."""
    i = len(tokens) - 1 - _hedge_length(tokens)
    if i < 1 or tokens[i].lower() != "worth":
        return ""
    _, words = _chunk(tokens, i - 1)
    words = words[-3:]  # "the new facility replaces old advances worth": the last words
    if len(words) > 1 and words[0].islower() and words[0].endswith("ing"):
        words = words[1:]  # "selling new stocks worth"
    if words and words[-1].lower().split("'")[0].split("’")[0] in _PRONOUNS:
        return ""  # "it's worth 150 dlrs"
    return _tidy(words, [], f.kind)


def _hedge_length(tokens: list[str]) -> int:
    """How many of the last tokens make a hedge ("of more than", "about")."""
    for k in (4, 3, 2, 1):
        if len(tokens) > k and " ".join(tokens[-k:]).lower() in _LEX.hedges_before:
            return k - 1 if tokens[-k].lower() == "of" else k  # "charge of about"
    return 0


def _subject(tokens: list[str], f: Found) -> str:
    """The subject of the change verb before the figure ("exports rose 14.6 pct"), or the
    object of a verb that changes it ("revised its profit figure up to 842 mln")."""
    i = _verb_before(tokens, len(tokens) - 1)
    if i < 0:
        return _object_before(tokens, len(tokens) - 1, f) or _shares_moved(tokens, f)
    if tokens[i].lower().endswith("ing") and i > 0 and tokens[i - 1] == ",":
        # "the stock tumbled in Paris, shedding 15% to 22 cents": the main clause's verb
        j = i - 2
        while j >= 0 and tokens[j].lower() not in _LEX.change_verbs and tokens[j] not in ",;":
            j -= 1
        if j >= 0 and tokens[j].lower() in _LEX.change_verbs:
            i = j
    elif _participle_after_noun(tokens, i):
        # "forged transactions amounting to": the noun right before, not its head noun
        return _tidy(_chunk(tokens, i - 1)[1], [], f.kind)
    i -= 1
    while i >= 0 and (
        tokens[i].lower() in _SUBJECT_SKIP or _adverb(tokens[i]) or _passive(tokens, i)
    ):
        i -= 1
    if f.kind == "money" and i >= 0 and tokens[i].lower() in _LEX.currency_words:
        return "per " + tokens[i].lower()  # the dollar fell to 108.40 yen
    phrase, after_of = _np_before(tokens, i)
    return _tidy(phrase, after_of, f.kind)


def _participle_after_noun(tokens: list[str], i: int) -> bool:
    before = tokens[i - 1] if i > 0 else ""
    return (
        tokens[i].lower().endswith("ing")
        and before[:1].isalpha()
        and before.lower() not in _LEX.subject_skip
    )


def _passive(tokens: list[str], i: int) -> bool:
    """ "should be allowed to rise": a participle after "be" stands between subject and verb."""
    t = tokens[i]
    return t.islower() and t.endswith("ed") and i > 0 and tokens[i - 1].lower() in _BE_FORMS


def _adverb(t: str) -> bool:
    return t.endswith("ly") and len(t) > 4 and t.islower()


def _skippable(t: str) -> bool:
    """A word between a change verb and its figure: "rose a record 14.6 pct to", "was far
    less than last year's"."""
    return (
        t in _BACK_SKIP
        or t[0].isdigit()
        or t in _LEX.magnitude_words
        or t in _LEX.currency_words
        or t in ("pct", "percent", "%", "$", "£", "€", "per", "cent", "last", "this", "far")
        or t in ("point", "points", "percentage")
        or t in _HEDGE_WORDS  # "will stay above four pct", "be in excess of"
        or (t.endswith("ly") and len(t) > 4)
        or (t.endswith(("'s", "’s")) and t[:-2] in _LEX.time_units)
    )


def _verb_before(tokens: list[str], i: int) -> int:
    """The index of the change verb before the figure, over words that may stand between."""
    skipped = 0
    while i >= 0 and skipped < 12:
        t = tokens[i].lower()
        if t in _LEX.change_verbs:
            return i
        excess = t == "in" and i + 1 < len(tokens) and tokens[i + 1].lower() == "excess"
        if not _skippable(t) and not excess:
            return -1
        i -= 1
        skipped += 1
    return -1


def _shares_moved(tokens: list[str], f: Found) -> str:
    """ "sent Fiat shares down 1.2%": shares up or down by a figure move the share price."""
    i = len(tokens) - 1
    while i >= 0 and _skippable(tokens[i].lower()):
        i -= 1
    moved = any(t.lower() in ("up", "down") for t in tokens[i + 1 :])
    if f.kind != "number" and moved and i >= 0 and tokens[i].lower() in _LEX.share_words:
        return "share price"
    return ""


def _object_before(tokens: list[str], i: int, f: Found) -> str:
    """ "revised its 1986 net profit figure up to 842 mln": the noun phrase that a change
    verb governs, when only a particle stands between it and the figure."""
    while i >= 0 and (
        tokens[i].lower() in ("to", "up", "down", "at", "by") or _skippable(tokens[i].lower())
    ):
        i -= 1  # "cut its discount rate by 1-1/4 point to 3-1/2 pct"
    if i == len(tokens) - 1 or f.kind == "number":
        return ""
    j, words = _chunk(tokens, i)
    if not words or j < 0 or tokens[j].lower() not in _LEX.object_verbs:
        return ""
    return _tidy(words, [], f.kind)


def _rate(text: str, pos: int, words: list[str]) -> str:
    """A rate after the amount ("a month", "per share", "to the dollar"); `words` are the
    words after `pos`, so that most figures skip the regex."""
    if not words or words[0].lower() not in _RATE_FIRST:
        return ""
    m = _RATE.match(text, pos)
    if m is None:
        return ""
    rate = m["rate"] or m["time"]
    if rate:
        return _LEX.rate_words.get(" ".join(rate.lower().split()), rate)
    return "per " + m["per"].rstrip("s")


def assign_units(text: str, found: Sequence[Found]) -> None:
    """Fill in `unit` of every figure in `found` (in text order) that has none yet."""
    if not found:
        return
    last_by_kind: dict[str, Found] = {}
    previous: Found | None = None
    sentence: list[Found] = []  # the figures so far in the current sentence
    # clauses reach 200 characters back; a boundary's look-ahead needs a few after
    sentences = _Sentences(text, max(0, found[0].start - 210), found[-1].end + 8)
    for k, f in enumerate(found):
        same_sentence = previous is not None and not sentences.apart(previous.end, f.start)
        if not same_sentence:
            sentence = []
        if not f.unit:
            f.unit = _unit_of(text, found, k, previous if same_sentence else None, sentences)
        if not f.unit:
            for p in reversed(sentence):
                if _carries(p, f):
                    f.unit = p.unit
                    break
        sentence.append(f)
        if not f.unit and f.kind == "percent":
            nxt = _tokens_after(text, f.end, 1)
            if nxt and nxt[0].lower() in _LEX.respondent_verbs:
                f.unit = "respondents"
        last = last_by_kind.get(f.kind)
        near = last is not None and f.start - last.end < 600
        if not f.unit and f.kind != "number" and near and last is not None and _carries(last, f):
            f.unit = last.unit
        if f.unit:
            last_by_kind[f.kind] = f
        previous = f
    known = {(f.kind, f.value): f.unit for f in found if f.unit}
    for f in found:
        if not f.unit:
            f.unit = known.get((f.kind, f.value), "")
        if f.kind == "number" and f.unit.lower().endswith("index"):
            f.unit = "index points"


def _carries(previous: Found, f: Found) -> bool:
    """May `f` take the unit of the figure before it in its sentence?"""
    if not previous.unit or ("points" in previous.unit and not f.is_points):
        return False
    if previous.unit == "years of age":
        return False  # "Among the over-65s, 70% said": an age is no whole to share
    if previous.unit.startswith("per ") and previous.magnitude != f.magnitude:
        return False  # "$24 a share, or $8.8 billion": a price does not pass to a total
    # a count lends its noun to a share of it (1,943 adults ... 25% of them), a change to
    # the level it leads to (exports rose 14.6 pct to 10.91 billion); a count never to money
    return {previous.kind, f.kind} != {"number", "money"}


def _row_label(text: str, f: Found) -> str:
    """The label of a wire table row: "Shr 17 cts vs 13 cts" -> per share, "Avg shrs"."""
    start = text.rfind("\n", max(0, f.start - 60), f.start)
    if start < 0 and f.start > 60:
        return ""  # no table row starts near: prose
    line = text[start + 1 : f.start]
    words = _LEX.row_label_words
    head = line.split(None, 1)
    if not head or head[0].lower() not in words:
        return ""
    label: list[str] = []
    for w in line.split(" vs ")[0].split():
        if w[0].isdigit() or w[0] in "$£€" or w[-1].isdigit():
            break
        label.append(w.lower())
    if not label or len(label) > 4 or not all(w in words for w in label):
        return ""
    expanded = [words[w] for w in label if words[w]]
    if "per share" in expanded:
        return "per share"
    return " ".join(w for w in expanded if w not in ("loss", "profit") or len(expanded) > 1)


def _unit_of(
    text: str, found: Sequence[Found], k: int, previous: Found | None, sentences: _Sentences
) -> str:
    f = found[k]
    back = max(0, f.start - 30)
    aged = f.kind == "number" and text.find("ge", back, f.start) >= 0  # aged, age, ages
    if aged and _AGED.search(text, max(0, f.start - 24), f.start):
        return "years of age"  # aged 32, aged between 18 and 24
    if f.start and text[f.start - 1] in " \t":
        unit = _row_label(text, f)
        if unit:
            return unit
    # an amount restated in another currency shares the unit: "195 rand or 94 dlrs a
    # month"; "$24 a share, or $8.8 billion" is another measure in the same currency
    restates = (
        previous is not None
        and previous.kind == f.kind == "money"
        and previous.currency != f.currency
    )
    if restates and previous is not None and _EQUIVALENT.match(text, previous.end, f.start):
        return previous.unit
    pos = _after_restatements(text, found, k)
    nxt = found[k + 1] if k + 1 < len(found) else None
    words = _tokens_after(text, pos)
    rate = _rate(text, pos, words) if f.kind != "percent" else ""
    if rate and rate != "each":
        return rate
    if f.kind == "money":
        unit = sums.price(text, f.start, rate)
        if unit:
            return unit
        m = _ON_NP.match(text, pos)
        if m is not None and _SPENT.search(text, max(0, f.start - 40), f.start):
            return f"{m[1]} spending"
    if rate:
        return rate
    of_before = text.find("of", back, f.start) >= 0 and "of" in text[back : f.start].split()
    if f.kind == "money" and of_before:  # "a bill of $1.3bn faces ...": that noun first
        unit = _of_before(_clause_tokens(text, f.start, sentences), f)
        if unit:
            return unit
    if f.kind == "money" and text.find("worth", back, f.start) >= 0:
        unit = _worth_before(_clause_tokens(text, f.start, sentences), f)
        if unit:
            return unit  # "a deal worth 1bn euros"
    unit = (
        _following(text, f, f.unit_from, None)
        if f.unit_from >= 0
        else _following(text, f, pos, words)
    )
    if unit:
        return unit
    if nxt is not None and nxt.kind == f.kind and _BETWEEN_NUMBERS.match(text, f.end, nxt.start):
        unit = _following(text, nxt, nxt.end)  # from 155,000 to 110,000 staff
        if unit:
            return unit
    if f.kind == "money":
        unit = (
            sums.worth_of(text, pos)
            or sums.in_sum(text, pos)
            or sums.passive_sum(text, pos)
            or sums.purpose(text, pos)
        )
        if unit:
            return unit
    tokens = _clause_tokens(text, f.start, sentences)
    unit = _of_before(tokens, f) if f.kind != "money" and of_before else ""
    if unit:
        return unit
    if f.kind == "number":
        unit = _casualty(text, f)
        if unit:
            return unit
    unit = _subject(tokens, f)
    if f.kind == "number":
        return unit
    if unit and sums.share_price(unit) != unit:
        return sums.share_price(unit)  # shares fell 8p to 240p
    return (sums.verb_sum(tokens) if f.kind == "money" else "") or unit  # earned $40m


def _after_restatements(text: str, found: Sequence[Found], k: int) -> int:
    """Where the words after figure k start, past its restatements in other currencies:
    "253m euros (£175m; $328m) of new shares"."""
    f = found[k]
    pos = f.end
    for g in found[k + 1 : k + 4]:
        if not (g.kind == f.kind == "money" and g.currency != f.currency):
            break
        if not _EQUIVALENT.match(text, pos, g.start):
            break
        pos = g.end
    if pos != f.end and text[pos : pos + 1] == ")":
        pos += 1
    return pos

"""The words around a figure, for its unit: the run of words after it and the noun
phrase they start, and the clause before it cut into chunks (a run of words up to a
preposition or verb) and noun phrases.

>>> tokens_after("400 business events were held.", 3)
['business', 'events', 'were', 'held']
>>> noun_phrase(["business", "events", "were", "held"], "number", 400.0)
'business events'
>>> tidy(["Japan's", "trade", "surplus"], [], "money")
'trade surplus'
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from pipeline.extract.quantities.lexicon import lexicon

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
_PARENS = re.compile(r"\([^()]*\)")
DETERMINERS = _LEX.determiners
_ARTICLES = DETERMINERS - {"of", "all"}  # what follows a verb: "the settlement includes the"
_NP_SKIP = _LEX.np_skip
PREPOSITIONS = _LEX.prepositions
_PAIRED = frozenset({"between", "among", "amongst"})  # "the gap between exports and imports"
# Nationality words that are their own plural: "40,000 Taiwanese", "two Swiss".
_NATIONALITY = re.compile(r"[A-Z][a-z]+ese$|Swiss$")
VERBISH = _LEX.change_verbs | _LEX.respondent_verbs | _LEX.casualty_verbs
_CHUNK_INNER = _LEX.chunk_inner
#: Prepositions after a plural that make it a noun, not a verb ("jets for repairs")
_NOUN_FOLLOWERS = frozenset("for of from with".split())
_PER_ITEM = frozenset(
    "share head piece person unit ton tonne barrel litre liter gallon kilo kg ounce pound".split()
)
_ADJECTIVE_ENDINGS = ("al", "ed", "ic", "ive", "ous")


@lru_cache(maxsize=4096)
def plural(word: str) -> bool:
    low = word.lower()
    if low in _LEX.invariant_plurals:
        return True
    if "'" in low or "’" in low:
        return False  # a possessive: the group's
    if low.endswith("men") and len(low) > 5 and not low.endswith(("imen", "omen")):
        return True  # policemen, servicemen, gunmen (but specimen, abdomen)
    return len(low) > 2 and low.endswith("s") and not low.endswith(("ss", "us", "is"))


@lru_cache(maxsize=4096)
def amount_word(word: str) -> bool:
    low = word.lower()
    return (
        word[0].isdigit()
        or low in _LEX.magnitude_words
        or low in _LEX.currency_words
        or low in _LEX.units
        or low in _LEX.tens
    )


def tokens_after(text: str, pos: int, limit: int = 7) -> list[str]:
    """The words after `pos` up to the first punctuation (at most `limit`)."""
    end = pos + 80
    # a paragraph or table row ends at a blank line or an indent: only a line break
    # before white space or a capital can (wire copy breaks most lines before a word)
    nl = text.find("\n", pos, end)
    while nl >= 0:
        c = text[nl + 1 : nl + 2]
        if (c in " \t\n" or "A" <= c <= "Z") and _ROW_END.match(text, nl, end) is not None:
            end = nl
            break
        nl = text.find("\n", nl + 1, end)
    m = _AFTER_RUN.match(text, pos, end)
    if m is None:
        return []
    run = _ACRONYM.sub(" ", m[0]) if "(" in m[0] else m[0]
    if "." not in run and "'" not in run and "’" not in run:
        return run.split()[:limit]  # no token ends the run or loses a trailing mark
    out: list[str] = []
    run_tokens = run.split()
    for t in run_tokens:
        last = t[-1]
        ends = last == "." and t.count(".") == 1  # "people." ends it, "U.S." does not
        # a closing quote goes, a plural owner stays one: "member states' incomes"
        owner = last in "'’" and t[-2:-1] == "s" and t is not run_tokens[-1]
        word = t.rstrip(".'’") if ends or (last in "'’" and not owner) else t
        if word:
            out.append(word)
        if ends or not word or len(out) >= limit:
            break
    return out


def noun_phrase(
    words: list[str],
    kind: str,
    value: float | None,
    premodifier: bool = False,
    after_amount: bool = True,
) -> str:
    """The counted noun phrase at the start of `words`, for a figure of `kind`;
    `premodifier`: the amount stands between an article and its noun ("the $2bn plan");
    `after_amount`: the words follow the amount, so the first may be a verb."""
    ended = len(words) < 7  # the run of words stops at punctuation, not at the limit
    i = 0
    while i < len(words) and words[i].lower() in _NP_SKIP:
        i += 1
    words = words[i : i + 6]
    np: list[str] = []
    for k, w in enumerate(words):
        low = w.lower()
        stop = low in _LEX.stop_words and not acronym(w)
        if stop or (low.endswith("ly") and len(low) > 4) or w[0].isdigit():
            if w[0].isdigit() and kind == "number" and plural(w) and not np:
                return w  # 15 747s
            model = w[0].isdigit() and "," not in w and kind == "number"
            model = model and (not np or np[-1][:1].isupper())  # Boeing 777 jets
            nxt = words[k + 1] if k + 1 < len(words) else ""
            if model and nxt[:1].isalpha() and nxt.lower() not in _LEX.stop_words:
                np.append(w)  # five 787 Dreamliners, two 777-200LR planes
                continue
            break
        if (
            kind != "number"
            and low in _LEX.respondent_verbs
            and (kind == "percent" or (np and low.endswith("ed")))
        ):
            break  # "63% supported ...", "a $3m loan approved by" (but "a $2bn plan")
        if kind == "number" and low.endswith(("s'", "s’")):
            return " ".join([*np, w[:-1]])  # "three main parties' manifestos": the parties
        if kind == "money" and not np and w[0].isupper() and not w.isupper() and not premodifier:
            break  # "$1.3bn Sri Lanka faces": a headline runs on
        if low.endswith(("ed", "ing")) and np and plural(np[-1]):
            break
        nxt = words[k + 1].lower() if k + 1 < len(words) else ""
        if np and w.islower() and low.endswith("ed") and (not nxt or nxt in _LEX.stop_words):
            break  # "a $925m loan signed in 1985": a participle after its noun
        if np and not plural(np[-1]) and w.islower() and plural(w) and nxt in _ARTICLES:
            break  # "the $3.2bn settlement includes the ...": a verb
        after = words[k + 2].lower().removesuffix("'s") if k + 2 < len(words) else ""
        noun = low in _LEX.units or low in _LEX.measures or low == "times"
        verb_like = after_amount and not np and w.islower() and plural(w) and not noun
        rate = after in _LEX.time_units or after in _PER_ITEM
        if verb_like and nxt in ("a", "an", "the") and not rate:
            break  # "a reading above 50 indicates a ...": a verb (but "50 jobs a day")
        np.append(w)
        last = not nxt or nxt in _LEX.stop_words or nxt in VERBISH or nxt.endswith("ed")
        if (plural(w) and (w.islower() or last)) or (_NATIONALITY.match(w) and last):
            if kind == "number" and len(np) == 1 and low in _LEX.measures:
                return _LEX.measures[low]  # "340 kms north": km
            if kind == "number" and nxt == "and":
                np += _coordinated(words[k + 2 :], ended)  # "40 soldiers and guerrillas"
            return " ".join(np)  # "29 Williams shares": a name ending in s runs on
    if not np:
        return ""
    if kind == "number":
        if np[0].lower() in _LEX.measures:  # "a 12 km road", "the 1.2 mln tonne crop"
            return _LEX.measures[np[0].lower()]
        if value == 1 or len(np) == 1:
            last_word = np[-1].lower()
            if last_word.endswith(("ed", "ing")) or last_word in _LEX.casualty_verbs:
                return ""
            return " ".join(np)
        return ""
    return " ".join(np)


_VERB_FIRST = _LEX.object_verbs | frozenset(_LEX.verb_sums)
_BE = frozenset("are were have had will would".split())
_PRONOUNS = frozenset("ourselves themselves itself himself herself yourselves".split())


def _coordinated(words: list[str], ended: bool) -> list[str]:
    """ "and" and the plural noun phrase it adds to a count ("45 tanks and personnel
    carriers", "300 policemen and women"), or [] when "and" joins something else ("40
    soldiers and 12 civilians", "two boys and a girl", "500 jobs and cut costs");
    `ended`: the words run to the end of the clause."""
    np: list[str] = []
    for k, w in enumerate(words[:3]):
        low = w.lower()
        if not w.islower() or low in _LEX.stop_words or low in VERBISH:
            return []
        # (a first word in -ed may be a verb: "opened 29 outlets and enhanced margins")
        if amount_word(w) or (not np and (low in _VERB_FIRST or low.endswith("ed"))):
            return []  # "cut 500 jobs and raise prices": "and" joins two verbs
        np.append(w)
        nxt = words[k + 1].lower() if k + 1 < len(words) else ""
        # a plural ends the phrase where the clause ends or its verb starts ("45 tanks
        # and personnel carriers.", "40 soldiers and guerrillas died"); before other words
        # the "and" may as well join two verbs ("has 900 employees and makes detergents")
        if plural(w) and ((not nxt and ended) or nxt in VERBISH or nxt in _BE):
            return ["and", *np]
        if (plural(w) and low.endswith("s")) or low in _PRONOUNS:
            return []  # "employees and makes detergents": a verb and its object
    return []


def share_of(words: list[str]) -> str:
    """The whole that a share is of: "half the UK wants" -> UK, "the IMF support" too."""
    np: list[str] = []
    for k, w in enumerate(words):
        low = w.lower()
        if low in _LEX.stop_words or (np and low in _LEX.respondent_verbs and plural(np[-1])):
            break
        if amount_word(w):
            continue  # 20 per cent of Sony's eight billion dollar worldwide sales
        owner = np and np[-1].endswith(("'s", "’s", "s'", "s’"))
        if np and w.islower() and low.endswith("ed") and not owner:
            break  # "those surveyed backed the plan": a verb ("states' combined income" not)
        nxt = words[k + 1].lower() if k + 1 < len(words) else ""
        if (
            np
            and not owner
            and not np[-1].endswith(_ADJECTIVE_ENDINGS)  # "national incomes": a noun
            and not plural(np[-1])
            and w.islower()
            and plural(w)
            and nxt  # (a verb has words after it; "85 pct of its net profits," ends)
            and nxt not in VERBISH
            and nxt not in _NOUN_FOLLOWERS  # "half of its attack jets for repairs": a noun
        ):
            break  # "the UK wants a", "the budget goes on": a verb after a singular noun
        np.append(w)
        if plural(w) and w.islower():
            break
    return " ".join(np)


class Sentences:
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


def clause_tokens(text: str, start: int, sentences: Sentences) -> list[str]:
    """The words of the clause before `start` (at most 200 characters), parentheses and
    time phrases removed: "revenue in 1986 of", "a loss for the year of" and "net revenue
    for the quarter rose to" read as "revenue of", "a loss of", "net revenue rose to"."""
    window = text[max(start - 200, sentences.clause_start(start), 0) : start]
    if "(" in window:
        window = _PARENS.sub(" ", window)
    return _BACK_TOKEN.findall(_TIME_PHRASE.sub(" ", window))


_MONTHS = "|".join(m for m in _LEX.months if "." not in m)
#: A preposition and a period: "in 1986", "for the year", "in the fourth quarter", "for
#: fiscal 1987", "in February". Never at the end of the window: "rose in 1986" before a
#: figure is left for the verb search.
_TIME_PHRASE = re.compile(
    rf"\b(?:in|for|during|over)\s+(?:the\s+)?"
    rf"(?:(?:first|second|third|fourth|final|latest|same|current|last|full|fiscal|calendar)\s+)*"
    rf"(?:(?:year|quarter|half|month|week|period)\b|(?:{_MONTHS})\b(?:\s+\d{{4}})?"
    rf"|(?:19|20)\d\d(?:/\d\d)?\b)(?!\s+(?:\d{{4}}\s+)?(?:quarter|half|period|year|month)\b)(?=\s*\S)"
)


def last_clause_token(text: str, start: int, sentences: Sentences) -> str | None:
    """The last of `clause_tokens(text, start, sentences)` ("" if there is none) from
    the last run of non-space characters alone, or None when that run cannot tell
    (a bracket closes in it, or it holds no token)."""
    window = text[max(start - 200, sentences.clause_start(start), 0) : start]
    runs = window.rsplit(None, 1)
    if not runs:
        return ""
    run = runs[-1]  # no token crosses a space, so the run splits as in the whole clause
    if ")" in run:
        return None  # a bracket opened before the run may close in it
    tokens = _BACK_TOKEN.findall(run)
    return tokens[-1] if tokens else None


def informative(phrase: list[str]) -> bool:
    """Does the phrase name something? ("record low" and "December 31, 1986" do not)"""
    return any(
        w[0].isalpha() and w.lower() not in _LEX.uninformative_heads and w not in _LEX.months
        for w in phrase
    )


def chunk(tokens: list[str], i: int) -> tuple[int, list[str]]:
    """The run of words ending at tokens[i] up to a preposition, verb or punctuation."""
    words: list[str] = []
    while i >= 0 and len(words) < 8:
        t = tokens[i]
        low = t.lower()
        if not t[0].isalnum() or low in PREPOSITIONS or low in VERBISH:
            break
        if low in _LEX.magnitude_words:
            break
        if low in _LEX.currency_words and (words or i == 0 or amount_word(tokens[i - 1])):
            break  # "... 5 mln dlrs": an amount; but "the peso fell": a subject
        if low in _LEX.stop_words and low not in _CHUNK_INNER and not acronym(t):
            if low not in ("and", "or") or not words or i == 0:
                break
            prev = tokens[i - 1].lower()
            if not tokens[i - 1][0].isalnum() or prev in _LEX.stop_words or prev in VERBISH:
                break
        words.insert(0, t)
        i -= 1
    dets = [k for k, w in enumerate(words) if w.lower() in DETERMINERS]
    if dets:
        words = words[dets[-1] + 1 :]
    last = len(words) - 1  # a gerund at the end is the head: "consumer spending rose"
    if last > 1:  # (a gerund inside has a word before and after it)
        gerunds = [
            k
            for k in range(1, last)
            if words[k].islower()
            and words[k].endswith("ing")
            and words[k] not in _LEX.nominal_gerunds  # "operating profits" is a noun phrase
        ]
        if gerunds:
            words = words[: gerunds[0]]  # "Americans filing new claims": the noun before
    while words and words[0].lower() in _CHUNK_INNER:
        words.pop(0)
    return i, words


def acronym(word: str) -> bool:
    """US, UK, EU: capitals that are not the stop words they spell in lower case."""
    return len(word) > 1 and word.isupper()


def np_before(tokens: list[str], i: int) -> tuple[list[str], list[str]]:
    """The noun phrase that ends at tokens[i], skipping prepositional phrases after it
    ("the trade surplus in the first 20 days of February"), and what followed "of"."""
    phrase: list[str] = []
    after_of: list[str] = []
    after_in: list[str] = []  # "growth in industrial output": what the change is in
    for _ in range(4):
        i, words = chunk(tokens, i)
        # a determiner after a preposition makes the words one noun phrase: "sales of its
        # products and services rose" (but "a balance of payments surplus and inflation")
        of_one = (
            bool(words)
            and i >= 0
            and tokens[i].lower() in PREPOSITIONS
            and tokens[i + 1] != words[0]
        )
        paired = i >= 0 and tokens[i].lower() in _PAIRED
        if not phrase and two_clauses(words) and not paired and not of_one:
            return words[-1:], []  # "a record surplus and inflation fell"
        if words and i > 0 and tokens[i].lower() in PREPOSITIONS:
            if not paired and two_clauses(words) and not of_one:
                # "a balance of payments surplus and inflation fell", "expectations and
                # shares in GM rose": the noun after "and" starts the clause of the verb
                return words[-1:], []
            if tokens[i].lower() == "of":
                after_of = words
                if tokens[i - 1].lower() == "out":
                    i -= 1
            after_in = words if tokens[i].lower() == "in" else []
            phrase = words
            i -= 1
            continue
        phrase = words or phrase
        break
    # "a sharp rise in producer prices of 7.1%", "its stake in X": what it is in
    head = phrase[-1].lower() if phrase else ""
    changed = head in _LEX.change_in_nouns or head in _LEX.whole_heads
    if after_in and changed and not timely(after_in):
        return phrase, after_in
    return phrase, after_of


def timely(words: list[str]) -> bool:
    """Do the words name a time ("the first quarter", "1987", "March") and not a thing?"""
    return any(w[0].isdigit() or w in _LEX.months or w.lower() in _LEX.time_units for w in words)


def two_clauses(words: list[str]) -> bool:
    """Does "and" in this run of words join two clauses rather than two nouns? Only a
    guess: a longer phrase before it and a single common noun after it."""
    return (
        len(words) >= 4
        and words[-2].lower() in ("and", "or")
        and words[-1].islower()
        and words[-4].lower() not in ("and", "or")
    )


def tidy(phrase: list[str], after_of: list[str], kind: str) -> str:
    """Drop an owner ("Japan's"), read "number of X" as X, "dollar/yen rate" as yen per dollar."""
    if not phrase:
        return ""
    owners = [k for k, w in enumerate(phrase) if w.endswith(("'s", "’s", "s'", "s’"))]
    if owners and owners[-1] < len(phrase) - 1:
        phrase = phrase[owners[-1] + 1 :]
    while phrase and (phrase[0].lower() in ("and", "or") or phrase[0][0].isdigit()):
        phrase = phrase[1:]  # "1986 net profit", "839,097 and truck production"
    if len(phrase) == 1 and (phrase[0].lower() in _LEX.units or phrase[0].lower() in _LEX.tens):
        return ""  # "increased six pct to": another amount, no noun ("one month rate" is)
    if not phrase:
        return ""
    while len(phrase) > 2 and phrase[-1].lower() in ("year", "month", "week", "quarter"):
        if phrase[-2].lower() not in ("last", "this", "next"):
            break
        phrase = phrase[:-2]  # "the distributable profit last year rose": the profit
    head = phrase[-1].lower()
    if head == "volume" and after_of:
        return " ".join(after_of)  # "the volume of new loans fell": the loans
    # what a change or a share is of: "growth in industrial output was 11.5%", "Swire's
    # share of Cathay fell to 54 pct"
    changed = head in _LEX.change_in_nouns or (kind == "percent" and head in _LEX.whole_heads)
    if changed and kind != "number" and after_of and not timely(after_of):
        return " ".join(after_of)
    if head in _LEX.count_heads and kind == "money" and len(phrase) > 1:
        phrase, head = phrase[:-1], phrase[-2].lower()  # "the net profit figure"
    if head in _LEX.count_heads:
        if after_of:
            return " ".join(after_of)
        if len(phrase) > 1:
            return " ".join([*phrase[:-2], phrase[-2] + "s"])
        return ""
    for w in phrase:
        a, slash, b = w.partition("/")
        if slash and a.lower() in _LEX.currency_words and b.lower() in _LEX.currency_words:
            return f"{b} per {a}"  # "the dollar/yen rate" (but "wheat/wheat flour" is wheat)
    if not informative(phrase) and not (kind == "money" and head in _LEX.money_nouns):
        return ""  # (but "a loss of $793m" is the loss)
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

"""Scan a document for amounts: one fast search for where a numeral starts, then anchored
matches around it for what is attached (currency, magnitude, percent word, a range's
second number, a hedge before it).

The result is a list of `Found` records, in text order and not overlapping; the other
modules of this package decide the currency from the article's context and the unit.

Regexes use the standard library ``re``: it is faster than ``regex`` for these simple
patterns, and the scan is the hot loop of the extractor.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.extract.quantities import guards
from pipeline.extract.quantities.lexicon import alternation, lexicon, trie_alternation
from pipeline.extract.quantities.numerals import parse_digits, words_value

_LEX = lexicon()
_NL = r"[ \t]*(?:\n[ \t]*)?"  # white space with at most one line break (wire copy wraps)

_NUMBER_WORDS = [
    *_LEX.units,
    *_LEX.tens,
    *_LEX.fractions,
    *_LEX.vague,
    *_LEX.scales,
    *_LEX.multipliers,
]
# "a dozen", "an eighth": the article is part of the numeral.
_WITH_ARTICLE = [
    f"{article} {word}"
    for word in [*_LEX.scales, *_LEX.multipliers, *_LEX.fractions]
    for article in ("a", "A", "an", "An")
]
_WORDS = [*_NUMBER_WORDS, *(w.capitalize() for w in _NUMBER_WORDS)]
_WORDS_TRIE = trie_alternation(_WORDS)
_START_TRIE = trie_alternation([*_WORDS, *_WITH_ARTICLE])

# Where a numeral may start: a digit or a number word. The rest is matched anchored at
# that point. (A leading alternation of literals is the fastest form for ``re``.)
_START = re.compile(
    rf"""
      (?P<d>\d)                                  # digits: 10,000  1.5  7-1/2
    | (?<![A-Za-z'’])(?P<w>{_START_TRIE})(?![A-Za-z])   # twenty-one, Five, half, a dozen
    """,
    re.VERBOSE,
)
_DIGITS = re.compile(
    r"""
    (?P<int>\d{1,3}(?:,\d{3})+(?![\d])|\d+)      # 10,000 or 10000
    (?:\.(?P<dec>\d+))?                         # decimals
    (?:[- ](?P<fn>\d{1,2})/(?P<fd>2|3|4|8|16|32|64)(?!\d))?   # wire fractions: 7-1/2, 11 3/4
    """,
    re.VERBOSE,
)
# Tokens of a run of number words: "a hundred and five", "twenty-one", "two and a half".
_WORD_RUN = re.compile(rf"(?:{_WORDS_TRIE}|and|an|a|An|A)(?![A-Za-z])(?:(?:[ \t]+|-)(?=[A-Za-z]))?")
# What may follow digits without a space: 5bn, $3m, 10k, 5pc, 50p, 12km.
_ATTACHED = re.compile(
    rf"""
      (?P<mag>{alternation(_LEX.magnitude_attached)})(?![A-Za-z0-9])
    | (?P<pc>pc|%)(?![A-Za-z])
    | (?P<pence>p)(?![A-Za-z0-9]|\.m\.)
    | (?P<meas>km|kg|mm|cm|ft|mph|kph|MW|GW|kW|kWh|GB|MB|TB|lbs|lb|oz|g)(?![A-Za-z])
    """,
    re.VERBOSE,
)
_MAGNITUDE = re.compile(rf"{_NL}(?P<mag>(?i:{alternation(_LEX.magnitude_words)}))(?![A-Za-z])")
_CURRENCY_WORDS = alternation(_LEX.currency_words)
_CURRENCY_ADJECTIVES = alternation(_LEX.all_adjectives)
_CURRENCY_AFTER = re.compile(
    rf"""
    {_NL}(?:(?P<adj>{_CURRENCY_ADJECTIVES})[ \t]+(?:\n[ \t]*)?)?   # Canadian dlrs, U.S. dollars
    (?:(?P<word>(?i:{_CURRENCY_WORDS}))|(?P<code>{alternation(_LEX.codes)}))(?![A-Za-z])
    """,
    re.VERBOSE,
)
# A currency marker right before the digits: $, US$, NT$, £, USD, "dollars 1.13bn" (BBC).
_CURRENCY_BEFORE = re.compile(
    rf"""
    (?:
        (?<![A-Za-z])(?P<sym>{alternation(_LEX.symbols)})
      | \b(?P<code>{alternation(_LEX.codes)})[ \t]
      | \b(?:(?P<adj>{_CURRENCY_ADJECTIVES})[ \t]+)?
        (?P<word>(?i:{alternation(_LEX.prefix_words)}))[ \t]
    )
    [ \t]?(?P<sign>[-−+])?$
    """,
    re.VERBOSE,
)
# The same markers, anchored where a range's second amount starts.
_CURRENCY_LEAD = re.compile(
    rf"""(?:{alternation(_LEX.symbols)}
      |(?:{alternation(_LEX.codes)})[ \t]
      |(?:(?:{_CURRENCY_ADJECTIVES})[ \t]+)?(?i:{alternation(_LEX.prefix_words)})[ \t]
    )[ \t]?(?=\d)""",
    re.VERBOSE,
)
_PERCENT = re.compile(
    rf"""
    (?:{_NL}|-)
    (?P<p>%
      | (?i:percentage|percent|per[ \t]*cent|pct)(?:[ \t]+|-)points?
      | (?i:percent|per[ \t]+cent|per-cent|pct|pc)
    )(?![A-Za-z])
    """,
    re.VERBOSE,
)
_POINTS = re.compile(
    r"(?:[ \t]+(?:\n[ \t]*)?|-)(?P<basis>basis[ \t]+)?(?P<p>points?|pts?)(?![A-Za-z])"
)
_COMPOUND = re.compile(r"-(?P<w>[A-Za-z]+(?:-[A-Za-z]+)*)")
_RANGE = re.compile(rf"{_NL}(?P<c>-|–|—|to|and|or){_NL}(?=[\d$£€¥A-Za-z])|(?P<h>-)(?=\$|£|€)")
_OUT_OF = re.compile(rf"{_NL}(?:out[ \t]+of|in){_NL}(?=[\dA-Za-z])")
_HEDGE_AFTER = re.compile(
    rf"(?:[ \t]+(?P<w>{alternation(_LEX.hedges_after)})|-(?P<h>plus|odd))(?![A-Za-z])"
)
_VAGUE_OF = re.compile(rf"{_NL}of[ \t]+(?:\n[ \t]*)?(?:(?P<inner>{alternation(_LEX.vague)})\b)?")


_PEEK = re.compile(r"[ \t]*(?:\n[ \t]*)?([A-Za-z]+|\S)")
_first = frozenset(
    w.split()[0].lower().rstrip(".")
    for w in [
        *_LEX.magnitude_words,
        *_LEX.currency_words,
        *_LEX.all_adjectives,
        *_LEX.codes,
        "percent",
        "percentage",
        "per",
        "pct",
        "pc",
        "point",
        "points",
        "pt",
        "pts",
        "basis",
    ]
)
#: The first word of anything `_tail` can add; other numbers skip its four regexes.
_TAIL_FIRST = _first | {"%", "-", "u"}
#: The first token of anything `_extend` looks at after the number.
_EXTEND_FIRST = frozenset({"-", "–", "—", "to", "and", "out", "in", "or", "plus"})


def _peek(text: str, e: int) -> str:
    """The next word (lower case) or punctuation character after `e`."""
    m = _PEEK.match(text, e)
    return m[1].lower() if m else ""


_HEDGE_LAST_WORDS = frozenset(phrase.split()[-1] for phrase in _LEX.hedges_before)


@dataclass(slots=True)
class Found:
    """An amount found in the text, before its currency and unit are settled."""

    start: int
    end: int
    kind: str
    value: float | None
    value_max: float | None = None
    qualifier: str = "exact"
    hedge: str = ""
    #: ISO code, or a family ("dollar", "franc") to settle from the article's country.
    currency: str = ""
    #: Adjective that named the currency ("Canadian"), so it is explicit.
    adjective: str = ""
    is_points: bool = False
    #: Has a magnitude word (million, bn): such a bare amount may be elided money.
    magnitude: bool = False
    unit: str = ""
    #: Where to look for the counted noun: after the span, or after a compound word.
    unit_from: int = -1
    written: bool = False


@dataclass(slots=True)
class _Numeral:
    start: int
    end: int
    value: float | None
    written: bool
    fraction: bool = False
    vague: bool = False
    integer: bool = True
    text: str = ""
    #: Written with a scale word: "five billion" (digits get theirs in `_tail`).
    magnitude: bool = False


def numeral_at(text: str, i: int, kind: str) -> _Numeral | None:
    """The numeral that starts at `i` ("d" digits, "w" word, "a" article before a word)."""
    if kind == "d":
        m = _DIGITS.match(text, i)
        if m is None:
            return None
        value = parse_digits(m["int"], m["fn"], m["fd"])
        if m["dec"]:
            value = float(m["int"].replace(",", "") + "." + m["dec"])
        return _Numeral(i, m.end(), value, False, integer=not (m["dec"] or m["fn"]), text=m[0])
    tokens: list[tuple[int, int]] = []
    pos = i
    while True:
        m = _WORD_RUN.match(text, pos)
        if m is None:
            break
        word_end = m.start() + len(m[0].rstrip(" \t-"))
        tokens.append((m.start(), word_end))
        pos = m.end()
        if pos == word_end:
            break
    words = [text[s:e] for s, e in tokens]
    if words and words[0].lower() in _LEX.vague:
        return _Numeral(i, tokens[0][1], None, True, vague=True)
    parsed = words_value(words)
    if parsed is None:
        return None
    end = tokens[parsed.used - 1][1]
    whole = parsed.value == int(parsed.value)
    scaled = any(w.lower() in _LEX.magnitude_words for w in words[: parsed.used])
    return _Numeral(
        i,
        end,
        parsed.value,
        True,
        parsed.fraction,
        integer=whole,
        text=text[i:end],
        magnitude=scaled,
    )


def _overlaps(taken: Sequence[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    k = bisect_left(starts, e)
    return any(taken[j][1] > s for j in range(max(0, k - 3), k))


def scan(text: str, taken: Sequence[tuple[int, int]] = ()) -> list[Found]:
    """Every amount in `text` outside the `taken` spans, in text order, none overlapping."""
    spans = sorted(taken)
    starts = [s for s, _ in spans]
    found: list[Found] = []
    pos = 0
    n = len(text)
    while pos < n:
        m = _START.search(text, pos)
        if m is None:
            break
        kind = "d" if m["d"] else "w"
        f, pos = _amount(text, m.start(), kind, max(pos, m.end()))
        if f is None:
            continue
        if spans and _overlaps(spans, starts, f.start, f.end):
            continue
        found.append(f)
    return found


def _amount(text: str, i: int, kind: str, resume: int) -> tuple[Found | None, int]:
    """The amount whose numeral starts at `i`, and where the scan goes on."""
    num = numeral_at(text, i, kind)
    if num is None:
        return _vague_scale(text, i, resume)
    skip = guards.before_numeral(text, num.start, num.written)
    if skip:
        return None, guards.token_end(text, num.end)
    after = text[num.end : num.end + 2]
    if not num.written and len(after) == 2 and after[0] in " .-)" and after[1] in _PHONE_NEXT:
        phone = guards.phone_end(text, i)
        if phone > 0:
            return None, phone
    if num.vague:
        return _vague(text, num)
    f = Found(num.start, num.end, "number", num.value, written=num.written, magnitude=num.magnitude)
    e = num.end
    # -- the numeral's own tail: a character that shows it is no amount at all
    if not num.written:
        tail = guards.digit_tail(text, e)
        if tail == "skip":
            return None, guards.token_end(text, e)
        if tail:
            attached = _ATTACHED.match(text, e)
            if attached is None:
                return None, guards.token_end(text, e)
            e = _attached(text, f, attached)
            if e < 0:
                return None, guards.token_end(text, num.end)
    # -- a currency marker before it
    if not num.written:
        before = (
            _CURRENCY_BEFORE.search(text, max(0, i - 24), i) if _maybe_currency(text, i) else None
        )
        if before is not None:
            f.start = before.start()
            f.kind = "money"
            if before["sign"]:
                f.value = -(f.value or 0.0)
            if before["sym"]:
                f.currency = _LEX.symbols[before["sym"]]
            elif before["code"]:
                f.currency = before["code"]
            else:
                f.currency = _LEX.currency_words[before["word"].lower()]["currency"]
                f.adjective = before["adj"] or ""
        elif i > 0 and text[i - 1] in "-−" and (i == 1 or text[i - 2] in " \t\n(") and f.value:
            f.start, f.value = i - 1, -f.value
    f.end = e
    if num.fraction:
        return _fraction(text, f)
    e = _tail(text, f)
    return _extend(text, f, num, e)


_PHONE_NEXT = frozenset("0123456789( ")
_SYMBOL_CHARS = frozenset(
    c for symbol in _LEX.symbols for c in symbol if not c.isalnum() and c != "."
)
_PREFIX_WORDS = frozenset(
    [*(w.lower() for w in _LEX.prefix_words), *(c.lower() for c in _LEX.codes), "rs", "rs."]
)


def _maybe_currency(text: str, i: int) -> bool:
    """A cheap test before the currency regex: a symbol or a currency word just before `i`."""
    if i == 0:
        return False
    c = text[i - 1]
    if c in _SYMBOL_CHARS or (c == " " and i > 1 and text[i - 2] in _SYMBOL_CHARS):
        return True
    if c not in " \t\n.":
        return False
    j = max(text.rfind(" ", max(0, i - 14), i - 1), text.rfind("\n", max(0, i - 14), i - 1))
    return text[j + 1 : i].strip(" \t\n(\"'“‘").lower() in _PREFIX_WORDS


def _attached(text: str, f: Found, m: re.Match[str]) -> int:
    """Apply a suffix written right after the digits (5bn, 5pc, 50p, 12km); -1: no amount."""
    assert f.value is not None
    if m["mag"]:
        if m["mag"] in ("m", "M") and guards.means_metres(text, m.end()):
            f.unit = "metres"
            return f.end
        if m["mag"] in ("b", "B") and not _maybe_currency(text, f.start):
            return -1  # 3b, Type 2B: an id unless money ($5b)
        f.value *= _LEX.magnitude_attached[m["mag"]]
        f.magnitude = True
    elif m["pc"]:
        f.kind = "percent"
    elif m["pence"]:
        f.kind, f.currency, f.value = "money", "GBP", f.value / 100
    else:
        f.unit = _LEX.measures.get(m["meas"].lower(), m["meas"])
        return f.end
    return m.end()


def _tail(text: str, f: Found) -> int:
    """Extend `f` over a magnitude word, a currency word and a percent word after it."""
    assert f.value is not None
    e = f.end
    if _peek(text, e) not in _TAIL_FIRST:
        return e
    if not f.magnitude and f.kind != "percent" and not f.unit:
        m = _MAGNITUDE.match(text, e)
        if m is not None:
            f.value *= _LEX.magnitude_words[m["mag"].lower()]
            f.magnitude = True
            e = m.end()
    if f.kind == "number" and not f.unit:
        m = _CURRENCY_AFTER.match(text, e)
        if m is not None and guards.is_currency_word(text, m, f.magnitude):
            if m["code"]:
                f.currency = m["code"]
            else:
                entry = _LEX.currency_words[m["word"].lower()]
                f.currency = entry["currency"]
                f.value *= float(entry.get("factor", 1.0))
            f.adjective = m["adj"] or ""
            f.kind = "money"
            return m.end()
    if f.kind == "number" and not f.magnitude and not f.unit:
        m = _PERCENT.match(text, e)
        if m is not None:
            f.kind = "percent"
            f.is_points = "oint" in m["p"]
            if f.is_points:
                f.unit = "percentage points"
            return m.end()
        m = _POINTS.match(text, e)
        if m is not None:
            if m["basis"]:
                f.unit = "basis points"
            elif guards.poll_points(text, f.start, m.end()):
                f.kind, f.is_points, f.unit = "percent", True, "percentage points"
                return m.end()
            else:
                f.unit = "points"
    return e


def _extend(text: str, f: Found, num: _Numeral, e: int) -> tuple[Found | None, int]:
    """Ranges, "eight out of 10", compounds ("25-state"), hedges and the final guards."""
    f.end = e
    hedge_words = guards.words_before(text, f.start)
    if _peek(text, e) not in _EXTEND_FIRST:
        _hedge(text, f, hedge_words, after=False)
        if not guards.keep(text, f, num, hedge_words):
            return None, guards.token_end(text, f.end)
        return f, f.end
    second = _range(text, f, num, hedge_words)
    if second == "skip":
        return None, guards.token_end(text, f.end)
    if not second and f.kind == "number" and num.integer and not f.magnitude and not f.unit:
        _out_of(text, f)
    if f.kind == "number" and not f.unit and f.qualifier != "range":
        c = _COMPOUND.match(text, f.end)
        if c is not None:
            verdict = guards.compound(c["w"].lower())
            if verdict == "skip" or guards.year_like(num):  # 90-day, 1987-model
                return None, c.end()
            if verdict == "percent":
                f.kind, f.end = "percent", c.end()
                f.is_points = "point" in c["w"].lower()
                f.unit = "percentage points" if f.is_points else ""
            elif verdict == "plus":
                f.qualifier, f.hedge = "more_than", "plus"
            elif verdict == "odd":
                f.qualifier, f.hedge = "approx", "odd"
            elif verdict == "strong":
                f.unit_from = c.end()
            else:
                f.unit = c["w"]
    if f.qualifier != "range":
        _hedge(text, f, hedge_words)
    if not guards.keep(text, f, num, hedge_words):
        return None, guards.token_end(text, f.end)
    return f, f.end


def _range(text: str, f: Found, first: _Numeral, hedge_words: list[str]) -> str:
    """Make `f` a range if a second number follows ("100-120", "between 5 and 10")."""
    m = _RANGE.match(text, f.end)
    if m is None or guards.date_day(text[max(0, f.start - 24) : f.start].split()):
        return ""
    conn = m["c"] or m["h"]
    if conn == "and" and (not hedge_words or hedge_words[-1] != "between"):
        return ""
    if conn == "or" and (f.kind != "number" or f.magnitude or f.unit):
        return ""  # "two or three" is a loose range; "195 rand or 94 dlrs" restates
    j = m.end()
    k = j
    if f.kind == "money":  # $2-$3.8 trillion, between pounds 190m and pounds 265m
        lead = _CURRENCY_LEAD.match(text, j)
        k = lead.end() if lead is not None else j
    kind = "d" if text[k : k + 1].isdigit() else "w"
    second = numeral_at(text, k, kind)
    if second is None or second.vague or second.fraction or second.written != first.written:
        return ""
    g = Found(k, second.end, "number", second.value)
    if not second.written:
        if guards.digit_tail(text, second.end) == "skip":
            return "skip" if conn in "-–" else ""
        a = _ATTACHED.match(text, second.end)
        if a is not None:
            g.end = _attached(text, g, a)
            if g.end < 0:
                return ""
    g.end = _tail(text, g)
    x, y = f.value, g.value
    assert x is not None and y is not None
    # the first end may borrow the second's suffix ("3 to 4 percent", "$2-$3.8 trillion");
    # two ends with suffixes of their own do not make a range ("10 pct to 43.1 billion")
    plain = f.kind == "number" and not f.magnitude and not f.unit
    if f.kind == "number" and g.kind != "number" and not plain:
        return ""
    if f.kind != "number" and g.kind not in (f.kind, "number"):
        return ""
    if f.kind == "percent" and g.kind != "percent":
        return ""
    if f.kind == "money" and g.currency and g.currency != f.currency:
        return ""
    if g.magnitude and not f.magnitude:
        if f.unit or f.kind == "percent":
            return ""
        x *= (y / second.value) if second.value else 1.0
    if guards.year_like(first) and guards.year_like(second):
        return "skip" if conn in "-–" else ""
    if x >= y:
        small = first.integer and second.integer and y <= 30 and x <= 30
        if conn in ("-", "–") and (small or not first.written):
            return "skip"
        if conn == "to" and small:
            return "skip"
        return ""
    if conn == "to" and guards.change_from(hedge_words):
        return ""
    if conn == "or" and (y > 2 * x or g.kind != "number"):
        return ""
    if conn in ("-", "–") and guards.score_context(text, f.start, g.end):
        return "skip"
    if f.kind == "number" and g.kind != "number":
        f.kind, f.currency, f.is_points, f.adjective = g.kind, g.currency, g.is_points, g.adjective
        f.unit = g.unit
    f.value, f.value_max, f.end = x, y, g.end
    f.magnitude = f.magnitude or g.magnitude
    f.qualifier = "range"
    return "range"


def _out_of(text: str, f: Found) -> None:
    """ "eight out of 10", "one in six": a share, as a percentage."""
    m = _OUT_OF.match(text, f.end)
    if m is None or f.value is None or f.value < 1:
        return
    j = m.end()
    second = numeral_at(text, j, "d" if text[j].isdigit() else "w")
    if second is None or second.value is None or not second.integer or second.fraction:
        return
    if not 1 < second.value <= 1000 or second.value <= f.value:
        return
    if not second.written and guards.digit_tail(text, second.end):
        return
    if guards.followed_by_time_or_amount(text, second.end):
        return
    f.kind, f.value, f.end = "percent", 100.0 * f.value / second.value, second.end


def _hedge(text: str, f: Found, words: list[str], after: bool = True) -> None:
    """The qualifier from the words before the figure, or from "or more" after it."""
    for k in (4, 3, 2, 1) if words and words[-1] in _HEDGE_LAST_WORDS else ():
        if len(words) >= k:
            phrase = " ".join(words[-k:])
            qualifier = _LEX.hedges_before.get(phrase)
            if qualifier:
                if phrase == "close to" and len(words) > k and words[-k - 1].startswith("c"):
                    return  # "coming close to 100 rupees": a verb, not a hedge
                f.qualifier, f.hedge = qualifier, phrase
                return
    m = _HEDGE_AFTER.match(text, f.end) if after else None
    if m is not None:
        word = m["w"] or m["h"]
        f.qualifier = _LEX.hedges_after.get(word, "more_than" if word == "plus" else "approx")
        f.hedge = word


def _fraction(text: str, f: Found) -> tuple[Found | None, int]:
    """ "half", "two-thirds", "a quarter": a share of something, as a percentage."""
    words = guards.words_before(text, f.start)
    verdict = guards.fraction_is_share(text, f.end, words)
    if not verdict:
        return None, f.end
    f.kind = "percent"
    assert f.value is not None
    f.value *= 100.0
    _hedge(text, f, words)
    return f, f.end


def _vague_scale(text: str, i: int, resume: int) -> tuple[Found | None, int]:
    """ "several hundred", "a few thousand": a scale word after a vague quantifier."""
    m = _WORD_RUN.match(text, i)
    word = text[i : m.end()].strip(" \t-").lower() if m else ""
    if word not in _LEX.scales and word not in _LEX.multipliers:
        return None, resume
    before = guards.words_before(text, i)
    for k in (3, 2, 1):
        phrase = " ".join(before[-k:])
        if len(before) >= k and phrase in _LEX.vague_modifiers:
            lowered = text[max(0, i - 40) : i].lower()
            at = lowered.rfind(phrase)
            if at < 0:
                break
            end = i + len(word)
            return Found(max(0, i - 40) + at, end, "number", None), end
    return None, resume


def _vague(text: str, num: _Numeral) -> tuple[Found | None, int]:
    """ "hundreds", "tens of thousands", "several hundred": a figure without a value."""
    start, end = num.start, num.end
    word = text[start:end].lower()
    m = _VAGUE_OF.match(text, end)
    if m is not None and m["inner"]:
        end = m.end()
    elif word in ("tens", "scores", "dozens") and m is None:
        return None, end
    f = Found(start, end, "number", None)
    return f, end

"""Where the expressions are: anchor words first, then the families that can start near them.

Trying every family regex at every word of a text is slow in Python (about 0.2 MB/s).
Every temporal expression holds at least one anchor: a month or weekday name, a unit of
time, a four-digit year, a clock time, "yesterday", "now", "daily", ... One fast `re`
pass over the lower-cased text finds the anchors (a trie-shaped regex: about 20 MB/s).
For each anchor, the possible starts are the run of words before it that can belong to
an expression ("more than", "the past", "two and a half"), read backwards in one match.
At each start, only the families that can begin with that word and can hold that kind of
anchor are tried, in the order of `patterns.FAMILIES`; the first whose match covers the
anchor and whose resolver accepts it wins. That keeps the leftmost-first, family-order
semantics of one big scan at a fraction of its cost.

>>> from pipeline.extract.temporal.context import Context
>>> text = "Sales rose in the third quarter, daily."
>>> [(f.kind, text[f.start : f.end]) for f in scan(Context(text, None))]
[('date', 'the third quarter'), ('set', 'daily')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

import regex

from pipeline.extract.temporal import absolute, durations, relative
from pipeline.extract.temporal.context import Context, Found, Skip
from pipeline.extract.temporal.lexicon import (
    MONTHS,
    PARTS_OF_DAY,
    REFERENCES,
    SEASONS,
    SETS,
    UNIT_PLURALS,
    UNITS,
    WEEKDAYS,
)
from pipeline.extract.temporal.patterns import FAMILIES, FIRST_WORDS, trie

Resolver = Callable[[regex.Match[str], Context], Found | Skip | None]

RESOLVERS: Final[dict[str, Resolver]] = {
    "range_days": absolute.range_days,
    "range": absolute.range_dates,
    "time": relative.clock_time,
    "part_of_day": relative.part_of_day,
    "calendar": absolute.calendar_date,
    "quarter": absolute.quarter,
    "fiscal": absolute.fiscal_year,
    "month_year": absolute.month_year,
    "decade": absolute.decade,
    "ago": relative.ago,
    "relative_unit": relative.relative_unit,
    "relative_day": relative.relative_day,
    "weekday": relative.weekday,
    "season": absolute.season,
    "holiday": relative.holiday,
    "duration": durations.duration,
    "set": durations.set_expression,
    "reference": relative.reference,
    "month": absolute.bare_month,
    "year": absolute.bare_year,
}
_ORDER: Final = tuple(name for name, _ in FAMILIES)


def _compile_families() -> dict[str, regex.Pattern[str]]:
    """Each family alone; a branch that never matches names every group of every family, so
    that a resolver may read any group name."""
    names: dict[str, None] = {}
    for _, body in FAMILIES:
        for name in regex.compile(body, regex.VERBOSE | regex.IGNORECASE).groupindex:
            names[name] = None
    every_group = "|(?!)" + "".join(f"(?P<{name}>)" for name in names)
    return {
        family: regex.compile(
            r"(?<![\w])(?:" + body + every_group + ")", regex.VERBOSE | regex.IGNORECASE
        )
        for family, body in FAMILIES
    }


PATTERNS: Final = _compile_families()

# ---------------------------------------------------------------- anchors

_STOP: Final = frozenset(
    "the a an at as this these near short long distant foreseeable later "
    "possible more most until".split()
)
_ANCHOR_WORDS: Final = sorted(
    {
        *MONTHS,
        *WEEKDAYS,
        *UNITS,
        *UNIT_PLURALS,
        *SETS,
        *SEASONS,
        *PARTS_OF_DAY,
        *(w for phrase in REFERENCES for w in phrase.split() if w not in _STOP),
        "today",
        "yesterday",
        "tomorrow",
        "tonight",
        "weekend",
        "annum",
        "period",
        "fiscal",
        "fy",
        "half",
        "clock",
        "twenties",
        "thirties",
        "forties",
        "fifties",
        "sixties",
        "seventies",
        "eighties",
        "nineties",
        "nineteen",
        "eighteen",
        "thousand",
        "midafternoon",
        "midmorning",
        "thanksgiving",
        "christmas",
        "easter",
        "halloween",
        *(f"{day}s" for day in WEEKDAYS),
    }
)
#: One pass over the lower-cased text finds every anchor (`re`, a trie: fast).
ANCHOR: Final = re.compile(
    r"(?<![a-z0-9])(?:"
    + r"(?P<word>"
    + trie(w for w in _ANCHOR_WORDS if "-" not in w)
    + r")(?![a-z])"
    + r"|(?P<year>(?:1[0-9]|20)[0-9][0-9])(?![0-9])"  # a year
    + r"|(?P<clock>[0-9]{1,2}(?:[^\S\n]?[ap]\.?[^\S\n]?m\b|:[0-5][0-9]|/[0-9]{1,2}/[0-9])"
    + r"|[0-2][0-9][0-5][0-9](?=[^\S\n]?(?:[ecmp][sd]t|gmt|utc|bst|cet|local|hours|hrs)\b))"
    + r"|(?P<quote>'[0-9]0s)"  # '80s
    + r"|(?P<code>[qh][1-4](?![a-z0-9])|[1-4][qh](?![a-z0-9]))"  # Q3, 1H
    + r"|(?P<semi>semi-annual))"
)

#: The families whose expressions can hold an anchor of each kind as their first anchor:
#: only those are tried around it.
_ALL: Final = frozenset(name for name, _ in FAMILIES)
_NONE: Final[frozenset[str]] = frozenset()
_KINDS: Final[dict[str, frozenset[str]]] = {
    "month": frozenset({"range_days", "range", "calendar", "month_year", "month", "set"}),
    "weekday": frozenset({"part_of_day", "calendar", "weekday", "set"}),
    "unit": frozenset({"ago", "relative_unit", "duration", "set", "holiday"}),
    "year": frozenset(
        {"ago", "relative_unit", "duration", "set", "quarter", "fiscal", "year", "holiday"}
    ),
    "quarter": frozenset({"ago", "duration", "set", "quarter"}),
    "month_unit": frozenset({"ago", "relative_unit", "duration", "set", "quarter"}),
    "day_unit": frozenset(
        {"ago", "relative_unit", "duration", "set", "relative_day", "reference", "holiday"}
    ),
    "second": frozenset({"ago", "duration", "set", "quarter"}),
    "long_unit": frozenset({"ago", "relative_unit", "duration", "set", "decade"}),
    "day": frozenset({"relative_day", "part_of_day"}),
    "reference": frozenset(
        {
            "reference",
            "duration",
            "relative_unit",
            "weekday",
            "season",
            "month",
            "quarter",
            "decade",
        }
    ),
    "part_of_day": frozenset({"part_of_day", "time", "set"}),
    "set": frozenset({"set"}),
    "season": frozenset({"season", "set"}),
    "weekend": frozenset({"relative_unit"}),
    "holiday": frozenset({"holiday"}),
    "period": frozenset({"quarter"}),
    "fiscal": frozenset({"fiscal", "quarter"}),
    "half": frozenset({"quarter", "duration", "ago"}),
    "clock": frozenset({"time"}),
    "decade": frozenset({"decade"}),
    "spoken": frozenset({"year"}),
    "thousand": frozenset({"year", "duration", "ago"}),
}
_WORD_KIND: Final[dict[str, str]] = {
    **{w: "reference" for phrase in REFERENCES for w in phrase.split() if w not in _STOP},
    **{w: "unit" for w in (*UNITS, *UNIT_PLURALS)},
    "year": "year",
    "years": "year",
    "quarter": "quarter",
    "quarters": "quarter",
    "month": "month_unit",
    "months": "month_unit",
    "day": "day_unit",
    "days": "day_unit",
    "second": "second",
    "decade": "long_unit",
    "decades": "long_unit",
    "century": "long_unit",
    "centuries": "long_unit",
    **{w: "month" for w in MONTHS},
    **{w: "weekday" for day in WEEKDAYS for w in (day, f"{day}s")},
    **{w: "set" for w in (*SETS, "annum")},
    **{w: "season" for w in SEASONS},
    **{w: "part_of_day" for w in (*PARTS_OF_DAY, "midafternoon", "midmorning")},
    **{w: "day" for w in ("today", "yesterday", "tomorrow", "tonight")},
    **{
        w: "decade"
        for w in (
            "twenties",
            "thirties",
            "forties",
            "fifties",
            "sixties",
            "seventies",
            "eighties",
            "nineties",
        )
    },
    **{w: "holiday" for w in ("thanksgiving", "christmas", "easter", "halloween")},
    "weekend": "weekend",
    "period": "period",
    "fiscal": "fiscal",
    "fy": "fiscal",
    "half": "half",
    "clock": "clock",
    "nineteen": "spoken",
    "eighteen": "spoken",
    "thousand": "thousand",
}
_GROUP_KIND: Final[dict[str, frozenset[str]]] = {
    "year": frozenset({"range", "time", "calendar", "quarter", "fiscal", "decade", "year"}),
    "clock": frozenset({"time", "calendar"}),
    "quote": frozenset({"decade"}),
    "code": frozenset({"quarter"}),
    "semi": frozenset({"set"}),
}


def _kind(text: str, anchor: re.Match[str]) -> frozenset[str]:
    """The families that can hold this anchor; none for a month name in lower case ("may")."""
    word = anchor.group("word")
    if word is None:
        return _GROUP_KIND.get(anchor.lastgroup or "", _ALL)
    kind = _WORD_KIND.get(word, "")
    if kind == "month" and not text[anchor.start()].isupper():
        return _NONE
    return _KINDS.get(kind, _ALL)


_TOKEN: Final = re.compile(r"[a-z]+|[0-9]+|'(?=[0-9])")

_STARTERS: Final[dict[str, tuple[str, ...]]] = {}
for _family in _ORDER:
    for _word in FIRST_WORDS[_family]:
        _key = _word.lower().split("-")[0]
        if _family not in _STARTERS.get(_key, ()):
            _STARTERS[_key] = (*_STARTERS.get(_key, ()), _family)
#: Words that can stand between the start of an expression and its first anchor: every
#: word an expression can start with, and the words that join them ("more than", "each
#: of the past", "two and a half"). The possible starts are the run of such words before
#: an anchor, which is short: most anchors are tried at one or two places only.
_INSIDE: Final = frozenset(
    {
        *_STARTERS,
        *(w for phrase in REFERENCES for w in phrase.split()),
        "of",
        "and",
        "or",
        "to",
        "than",
        "least",
        "most",
        "so",
        "s",
        "st",
        "nd",
        "rd",
        "th",
        "more",
        "additional",
        "straight",
        "consecutive",
        "trading",
        "business",
        "working",
        "calendar",
        "full",
        "long",
        "successive",
        "further",
        "whole",
        "extra",
        "ago",
        "comparable",
        "corresponding",
        "same",
        "latest",
        "current",
        "recent",
        "just",
        "ended",
        "flat",
        "fiscal",
        "year",
        "one",
        "a",
        "an",
        "'",
        "start",
        "beginning",
        "middle",
        "rest",
        "number",
        "couple",
        "few",
        "dozen",
        "dozens",
        "several",
        "many",
        "some",
        "half",
        "hundred",
        "thousand",
        "other",
        "times",
        "o",
    }
)
#: The families that can start with a year-like number ("1990s", "2005 fiscal year"), and
#: with any other number ("12 April", "3Q", "10am", "three days").
_YEAR_STARTERS: Final = ("range", "time", "calendar", "quarter", "fiscal", "decade", "year")
_DIGIT_STARTERS: Final = ("time", "calendar", "quarter", "decade", "ago", "duration", "set")
_YEARLIKE: Final = re.compile(r"(?:1[0-9]|20)[0-9][0-9]")
_QUOTE_STARTERS: Final = ("decade",)


def _lower(text: str) -> str:
    """The text in lower case, with the same offsets (where lower() would change the length
    of a character, that character is kept as it is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _starters(token: str) -> tuple[str, ...]:
    if token[0].isdigit():
        return _YEAR_STARTERS if _YEARLIKE.fullmatch(token) else _DIGIT_STARTERS
    if token == "'":
        return _QUOTE_STARTERS
    return _STARTERS.get(token, ())


#: Words (or parts of words) one of which an expression of the family always holds: a
#: family whose words are not in the next 70 characters is not tried (a regex costs more).
_NEEDS: Final[dict[str, tuple[str, ...]]] = {
    "quarter": ("quarter", "half", "period", "month", "q", "h"),
    "ago": ("ago", "earlier", "back", "hence", "now"),
    "fiscal": ("fiscal", "fy"),
    "decade": ("0s", "0's", "centur", "ties"),
    "relative_unit": ("week", "month", "year", "fortnight", "decade", "centur"),
    "relative_day": ("yesterday", "today", "tomorrow", "tonight"),
    "duration": (
        "second",
        "minute",
        "hour",
        "day",
        "week",
        "fortnight",
        "month",
        "quarter",
        "year",
        "decade",
        "centur",
        "millenni",
    ),
}


def _at(
    ctx: Context,
    low: str,
    position: int,
    families: tuple[str, ...],
    anchor: int,
    failed: set[tuple[int, str]],
) -> Found | Skip | None:
    """The first family that matches at `position`, covers the anchor and resolves.

    A family that failed at a position fails there for every later anchor too (its match
    does not depend on the anchor, and it ends before the later one): `failed` remembers."""
    window = low[position : position + 70]
    for family in families:
        if (position, family) in failed:
            continue
        needs = _NEEDS.get(family)
        if needs is not None and not any(word in window for word in needs):
            failed.add((position, family))
            continue
        m = PATTERNS[family].match(ctx.text, position)
        if m is not None and m.end() > anchor:
            try:
                found = RESOLVERS[family](m, ctx)
            except (OverflowError, ValueError):  # a date beyond the calendar (year 1 or 9999)
                found = None
            if found is not None:
                return found
        failed.add((position, family))
    return None


#: The run of words that may open an expression, read backwards from an anchor in the
#: reversed text: one C-speed match instead of a Python loop over the words before it.
_LEFT_RUN: Final = re.compile(
    r"(?:(?:[^a-z0-9\n]{1,3}\n?|\n)[^a-z0-9\n]{0,3}(?:(?:"
    + trie(w[::-1] for w in _INSIDE if w.isalpha())
    + r")[0-9]*|[0-9]+)(?![a-z0-9])){0,8}"
)
#: What may follow a year that starts something longer than the year itself.
_AFTER_YEAR: Final = (
    ("range", re.compile(r"[^\S\n]*[-\u2013\u2014/]|\s+(?:to|and|through|thru|until|till)\b")),
    ("time", re.compile(r"[^\S\n]?(?:[ecmp][sd]t|gmt|utc|bst|cet|local|hours|hrs)\b")),
    ("calendar", re.compile(r"-[0-9][0-9]-")),
    (
        "quarter",
        re.compile(
            r"(?:'s)?\s+(?:first|second|third|fourth|[1-4](?:st|nd|rd|th)|final|"
            r"last|fiscal|quarter|period|half)"
        ),
    ),
    ("fiscal", re.compile(r"(?:[-\u2013][0-9]+)?\s+fiscal")),
    ("decade", re.compile(r"'?s\b")),
)


#: A range needs a dash or "to", "and", "through" shortly after its first month or year.
_RANGE_HINT: Final = re.compile(
    r"[^;]{0,24}?(?:[-\u2013\u2014/]|\b(?:to|and|through|thru|until|till)\b)"
)
_RANGES: Final = frozenset({"range", "range_days"})
_FAMILIES_FOR: Final[dict[tuple[str, frozenset[str]], tuple[str, ...]]] = {}


def _families_for(word: str, allowed: frozenset[str]) -> tuple[str, ...]:
    key = (word, allowed)
    families = _FAMILIES_FOR.get(key)
    if families is None:
        families = tuple(f for f in _starters(word) if f in allowed)
        _FAMILIES_FOR[key] = families
    return families


def _year_families(low: str, end: int, allowed: frozenset[str]) -> tuple[str, ...]:
    """The families worth trying at a year: "year" always, the others only when what
    follows the year can continue them (most years in news are just years)."""
    longer = tuple(f for f, after in _AFTER_YEAR if f in allowed and after.match(low, end))
    return (*longer, "year") if "year" in allowed else longer


def scan(ctx: Context) -> list[Found]:
    """The expressions of the text, left to right, without overlaps."""
    low = _lower(ctx.text)
    backwards = low[::-1]
    size = len(low)
    found: list[Found] = []
    failed: set[tuple[int, str]] = set()
    done = 0  # everything before this offset is taken or skipped
    for anchor in ANCHOR.finditer(low):
        at = anchor.start()
        if at < done:
            continue
        allowed = _kind(ctx.text, anchor)
        if not allowed:
            continue
        if not allowed.isdisjoint(_RANGES) and not _RANGE_HINT.match(low, anchor.end()):
            allowed = allowed - _RANGES
        run = _LEFT_RUN.match(backwards, size - at)
        first = max(done, at - (run.end() - run.start()) if run else at)
        result: Found | Skip | None = None
        for token in _TOKEN.finditer(low, first, anchor.end()):
            if token.start() > at:
                break
            word = token.group()
            if word[0].isdigit() and _YEARLIKE.fullmatch(word):
                families = _year_families(low, token.end(), allowed)
            else:
                families = _families_for(word, allowed)
            if families:
                result = _at(ctx, low, token.start(), families, at, failed)
                if result is not None:
                    break
        if isinstance(result, Skip):
            done = max(done, result.end)
        elif result is not None and result.end > result.start:
            found.append(result)
            done = result.end
    return found

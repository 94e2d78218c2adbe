"""Where the expressions are: anchor words first, then the families that can start near them.

Trying every family regex at every word of a text is slow in Python (about 0.2 MB/s).
Every temporal expression holds at least one anchor: a month or weekday name, a unit of
time, a four-digit year, a clock time, "yesterday", "now", "daily", ... One fast `re`
pass over the lower-cased text finds the anchors (a trie-shaped regex: about 40 MB/s).
For each anchor, the possible starts are the run of words before it that can belong to
an expression ("more than", "the past", "two and a half"), read backwards in one match.
At each start, only the families that can begin with that word and can hold that kind of
anchor are tried, in the order of `patterns.FAMILIES`; the first whose match covers the
anchor and whose resolver accepts it wins. That keeps the leftmost-first, family-order
semantics of one big scan at a fraction of its cost. Most expressions start at their anchor
("1987", "Tuesday", "now"): there a plan per anchor word says which families to try, and a
cheap look at what follows the word drops those that cannot match ("May" opens a calendar
date only before its day).

>>> from pipeline.extract.temporal.context import Context
>>> text = "Sales rose in the third quarter, daily."
>>> [(f.kind, text[f.start : f.end]) for f in scan(Context(text, None))]
[('date', 'the third quarter'), ('set', 'daily')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Final

import regex

from pipeline.extract.temporal import absolute, durations, periods, relative
from pipeline.extract.temporal.anchors import ANCHOR, MONTH_WORDS, WORD_FAMILIES, anchor_families
from pipeline.extract.temporal.context import Context, Found, Skip
from pipeline.extract.temporal.lexicon import (
    CARDINALS,
    MONTHS,
    ORDINALS,
    REFERENCES,
    UNIT_PLURALS,
    UNITS,
    WEEKDAYS,
)
from pipeline.extract.temporal.patterns import FAMILIES
from pipeline.extract.temporal.starts import FIRST_WORDS, trie

Resolver = Callable[[regex.Match[str], Context], Found | Skip | None]

RESOLVERS: Final[dict[str, Resolver]] = {
    "loose": absolute.loose_date,
    "range_days": absolute.range_days,
    "range": absolute.range_dates,
    "time": relative.clock_time,
    "part_of_day": relative.part_of_day,
    "calendar": absolute.calendar_date,
    "quarter": periods.quarter,
    "fiscal": periods.fiscal_year,
    "month_year": absolute.month_year,
    "decade": periods.decade,
    "ago": relative.ago,
    "relative_unit": relative.relative_unit,
    "relative_day": relative.relative_day,
    "weekday": relative.weekday,
    "season": periods.season,
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
_YEAR_STARTERS: Final = (
    "loose",
    "range",
    "time",
    "calendar",
    "quarter",
    "fiscal",
    "decade",
    "year",
)
_DIGIT_STARTERS: Final = (
    "loose",
    "time",
    "calendar",
    "quarter",
    "decade",
    "ago",
    "duration",
    "set",
)
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


#: What an expression of the family always holds within its first 70 characters (searched
#: in the lower-cased text): a family whose need is absent is not tried, as one `re` search
#: costs far less than one family regex.
_NEEDS: Final[dict[str, re.Pattern[str]]] = {
    family: re.compile(pattern)
    for family, pattern in {
        "quarter": r"quarter|half|period|month|\b[qh][1-4]\b|\b[1-4][qh]\b",
        "ago": r"ago\b|earlier|before|back\b|hence|now\b",
        "fiscal": r"fiscal|fy",
        "decade": r"0'?s\b|centur|ties\b",
        "relative_unit": r"week|month|year|fortnight|decade|centur",
        "relative_day": r"yesterday|today|tomorrow|tonight",
        "duration": r"second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur"
        r"|millenni",
        "season": r"spring|summer|autumn|fall|winter",
        "part_of_day": r"morning|afternoon|evening|night",
        "range_days": r"[0-9]",
        "loose": r"[0-9]\.[0-9]{1,2}\.[0-9]|/[0-9]{1,2}/[0-9]|[0-9]-[a-z]{3}-[0-9]|'[0-9][0-9]",
        "month_year": r"[0-9]{4}|year|nineteen|eighteen|twenty|thousand",
        "time": r"[0-9]|noon|midday|midnight|clock|morning|afternoon|evening",
        "set": r"daily|nightly|weekly|monthly|quarterly|annual|yearly|hourly|every|each|once|"
        r"twice|thrice|times|per |week|month|year|day|hour|minute|second|quarter|fortnight|"
        r"decade|centur",
    }.items()
}


#: Per family: its cheap `re` need (or None), its regex, its resolver and its number.
_PLAN: Final[dict[str, tuple[re.Pattern[str] | None, regex.Pattern[str], Resolver, int]]] = {
    family: (_NEEDS.get(family), PATTERNS[family], RESOLVERS[family], number)
    for number, family in enumerate(_ORDER)
}
_FAMILY_COUNT: Final = len(_ORDER)

#: Anchor word and the character after it -> the families whose need the word holds.
_NEEDS_MET: Final[dict[str, frozenset[str]]] = {}


def _needs_met(low: str, anchor: int, anchor_end: int) -> frozenset[str]:
    """The families whose need the anchor word itself holds ("year" for "last year"):
    looked up once per word, not searched for in the text at each start."""
    key = low[anchor : anchor_end + 1]
    met = _NEEDS_MET.get(key)
    if met is None:
        met = _NEEDS_MET[key] = frozenset(f for f, need in _NEEDS.items() if need.search(key))
    return met


def _at(
    ctx: Context,
    low: str,
    position: int,
    families: tuple[str, ...],
    anchor: int,
    anchor_end: int,
    failed: set[int],
) -> Found | Skip | None:
    """The first family that matches at `position`, covers the anchor and resolves.

    A family that failed at a position fails there for every later anchor too (its match
    does not depend on the anchor, and it ends before the later one): `failed` remembers
    (position, family) as one number. A family whose need the anchor word holds and whose
    match can reach the anchor is not searched for its need."""
    window = ""
    met: frozenset[str] | None = None
    near = anchor_end < position + 70
    for family in families:
        needs, pattern, resolver, number = _PLAN[family]
        key = position * _FAMILY_COUNT + number
        if key in failed:
            continue
        if needs is not None:
            if met is None:
                met = _needs_met(low, anchor, anchor_end) if near else frozenset()
            if family not in met:
                if not window:
                    window = low[position : position + 70]
                if not needs.search(window):
                    failed.add(key)
                    continue
        m = pattern.match(ctx.text, position)
        if m is not None and m.end() > anchor:
            try:
                found = resolver(m, ctx)
            except (OverflowError, ValueError):  # a date beyond the calendar (year 1 or 9999)
                found = None
            if found is not None:
                return found
        failed.add(key)
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
    ("loose", re.compile(r"/[0-9]{1,2}/[0-9]")),
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


#: Any of `_AFTER_YEAR` (one search instead of six; most years are followed by none).
_AFTER_ANY_YEAR: Final = re.compile("|".join(f"(?:{after.pattern})" for _, after in _AFTER_YEAR))


def _year_families(low: str, end: int, allowed: frozenset[str]) -> tuple[str, ...]:
    """The families worth trying at a year: "year" always, the others only when what
    follows the year can continue them (most years in news are just years)."""
    if not _AFTER_ANY_YEAR.match(low, end):
        return ("year",) if "year" in allowed else ()
    longer = tuple(f for f, after in _AFTER_YEAR if f in allowed and after.match(low, end))
    return (*longer, "year") if "year" in allowed else longer


def _candidates(low: str, first: int, at: int, end: int) -> Iterator[re.Match[str]]:
    """The words from `first` up to and including the anchor's own word."""
    for token in _TOKEN.finditer(low, first, end):
        if token.start() > at:
            return
        yield token


#: What must follow the anchor word for a family to match an expression that starts at the
#: anchor itself (searched in the lower-cased text at the anchor's end): a month or a
#: weekday opens a calendar date only before its day or month ("May 7", "Sept.8",
#: "Saturday, March 1", "April twenty-first"); a unit of time opens a duration only as
#: "day-long" (the amount comes before a unit; a bare plural "years" is skipped anyway).
_DAY_WORDS: Final = sorted(
    {w[:5] for w in (*CARDINALS, *ORDINALS) if (CARDINALS.get(w) or ORDINALS.get(w, 99)) <= 31},
    key=len,
    reverse=True,
)
_CALENDAR_AFTER: Final = re.compile(
    r"\.?,?[^\S\n]*\n?[^\S\n]*(?:[0-9]|the\b|"
    + "|".join(sorted({m[:3] for m in MONTHS}))
    + "|"
    + "|".join(_DAY_WORDS)
    + ")"
)
_DATE_WORDS: Final = frozenset(w for w in (*MONTHS, *WEEKDAYS))
_UNIT_WORDS: Final = frozenset(w for w in (*UNITS, *UNIT_PLURALS))
_LONG_AFTER: Final = re.compile(r"-long\b")


def _token_families(
    low: str, word: str, word_end: int, allowed: frozenset[str], anchor_end: int
) -> tuple[str, ...]:
    """The families to try at a word before (or at) an anchor; a range only where a dash or
    "to", "and" follows the anchor soon enough."""
    if word[0].isdigit() and _YEARLIKE.fullmatch(word):
        families = _year_families(low, word_end, allowed)
        if not _RANGES.isdisjoint(families) and not _RANGE_HINT.match(low, anchor_end):
            families = _without(families, _RANGES)
        return families
    if word[0].isdigit():
        word = "0"  # any number but a year starts the same families: one plan for all
    plan = _TOKEN_PLANS.get((word, allowed))
    if plan is None:
        plan = _TOKEN_PLANS[word, allowed] = _token_plan(word, allowed)
    families, no_ranges, check_duration = plan
    if no_ranges is not None and not _RANGE_HINT.match(low, anchor_end):
        families = no_ranges
    if check_duration and "duration" in families and not _LONG_AFTER.match(low, word_end):
        # a singular unit opens a duration only as "day-long" (the amount comes first)
        families = _without(families, _DURATION)
    return families


#: (word, families its anchor allows) -> (the families to try at the word, the same without
#: the range families when it has any, is it a singular unit).
_TOKEN_PLANS: Final[
    dict[tuple[str, frozenset[str]], tuple[tuple[str, ...], tuple[str, ...] | None, bool]]
] = {}


def _token_plan(
    word: str, allowed: frozenset[str]
) -> tuple[tuple[str, ...], tuple[str, ...] | None, bool]:
    families = _families_for(word, allowed)
    no_ranges = None if _RANGES.isdisjoint(families) else _without(families, _RANGES)
    return families, no_ranges, word in UNITS


def _without(families: tuple[str, ...], names: frozenset[str]) -> tuple[str, ...]:
    return tuple(f for f in families if f not in names)


_CALENDAR: Final = frozenset({"calendar"})
_LOOSE: Final = frozenset({"loose"})
_QUARTER: Final = frozenset({"quarter"})
_SET: Final = frozenset({"set"})
#: After the first month of "the October-to-December quarter" (see patterns._QUARTER).
_MONTH_TO: Final = re.compile(r"\.?(?:-to-|-through-|\s+(?:to|through)\s|[^\S\n]*[-\u2013\u2014])")
#: After the unit of a compound set: "year-on-year", "month-over-month".
_COMPOUND_SET: Final = re.compile(r"-(?:on|over)-")
#: A month opens a date left to dateparser only before a two-digit year: "March 5th, '87".
_LOOSE_AFTER: Final = re.compile(
    r"\.?(?:[^\S\n]+[0-9]{1,2}(?:st|nd|rd|th)?)?,?[^\S\n]*\n?[^\S\n]*'[0-9][0-9]"
)
_DURATION: Final = frozenset({"duration"})


@dataclass(frozen=True, slots=True)
class _WordPlan:
    """What to try at an anchor word when the expression starts at the word itself."""

    allowed: frozenset[str]
    families: tuple[str, ...]
    #: the range families need a dash or "to" after the anchor
    has_ranges: bool
    #: a calendar date needs its day after the word; a duration needs "-long"
    check_calendar: bool
    check_duration: bool
    check_loose: bool
    #: a quarter named by its months ("October-December quarter") needs a dash or "to"; a
    #: set that starts with a unit is a compound ("year-on-year")
    check_quarter: bool
    check_set: bool
    #: `families` without those of the dropped bits (see `_word_families`), as they come
    by_dropped: dict[int, tuple[str, ...]]


def _word_plan(word: str) -> _WordPlan:
    allowed = WORD_FAMILIES.get(word, frozenset())
    families = _families_for(word, allowed)
    return _WordPlan(
        allowed=allowed,
        families=families,
        has_ranges=not _RANGES.isdisjoint(families),
        check_calendar=word in _DATE_WORDS and "calendar" in families,
        check_duration=word in _UNIT_WORDS and "duration" in families,
        check_loose="loose" in families,
        check_quarter=word in MONTHS and "quarter" in families,
        check_set=word in _UNIT_WORDS and "set" in families,
        by_dropped={},
    )


_WORD_PLANS: Final = {word: _word_plan(word) for word in WORD_FAMILIES if word.isalpha()}
#: The families each bit of `_word_families` drops.
_DROPS: Final = (_RANGES, _CALENDAR, _DURATION, _LOOSE, _QUARTER, _SET)


def _word_families(low: str, plan: _WordPlan, end: int) -> tuple[str, ...]:
    """The families to try at an anchor word that starts the expression (see `_WordPlan`):
    those whose next words are not there are dropped, one bit each."""
    dropped = 0
    if plan.has_ranges and not _RANGE_HINT.match(low, end):
        dropped |= 1
    if plan.check_calendar and not _CALENDAR_AFTER.match(low, end):
        dropped |= 2
    if plan.check_duration and not _LONG_AFTER.match(low, end):
        dropped |= 4
    if plan.check_loose and not _LOOSE_AFTER.match(low, end):
        dropped |= 8
    if plan.check_quarter and not _MONTH_TO.match(low, end):
        dropped |= 16
    if plan.check_set and not _COMPOUND_SET.match(low, end):
        dropped |= 32
    if not dropped:
        return plan.families
    families = plan.by_dropped.get(dropped)
    if families is None:
        names = frozenset().union(*(d for bit, d in enumerate(_DROPS) if dropped >> bit & 1))
        families = plan.by_dropped[dropped] = _without(plan.families, names)
    return families


def scan(ctx: Context) -> list[Found]:
    """The expressions of the text, left to right, without overlaps."""
    text = ctx.text
    low = _lower(text)
    backwards = low[::-1]
    size = len(low)
    found: list[Found] = []
    failed: set[int] = set()  # (start, family) numbers where a family failed
    done = 0  # everything before this offset is taken or skipped
    # ANCHOR matches the character before the anchor too: with a space in front of the
    # text, a match that starts at offset i of the padded text is an anchor at i of `low`
    for anchor in ANCHOR.finditer(" " + low):
        at = anchor.start()
        if at < done:
            continue
        word = anchor.group()[1:]
        plan = _WORD_PLANS.get(word)
        if plan is not None:
            if word in MONTH_WORDS and not text[at].isupper():
                continue  # "may" the verb
            allowed = plan.allowed
        else:
            allowed = anchor_families(text, at, word)
        end = anchor.end() - 1
        run = _LEFT_RUN.match(backwards, size - at)
        first = max(done, at - (run.end() - run.start())) if run else at
        result: Found | Skip | None = None
        if first == at:
            # the common case: the expression can only start at the anchor's own word
            if plan is not None:
                families = _word_families(low, plan, end)
            else:
                token = _TOKEN.match(low, at)
                families = (
                    _token_families(low, token.group(), token.end(), allowed, end) if token else ()
                )
            if families:
                result = _at(ctx, low, at, families, at, end, failed)
        else:
            for token in _candidates(low, first, at, end):
                families = _token_families(low, token.group(), token.end(), allowed, end)
                if families:
                    result = _at(ctx, low, token.start(), families, at, end, failed)
                    if result is not None:
                        break
        if isinstance(result, Skip):
            done = max(done, result.end)
        elif result is not None and result.end > result.start:
            found.append(result)
            done = result.end
    return found

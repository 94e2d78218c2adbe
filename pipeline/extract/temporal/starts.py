"""The words each family of expressions can start with, and a regex helper shared by the
anchor finder and the scanner.

The scanner tries a family only at a word it can start with (besides numbers): "the" opens
a quarter, a duration, a reference; "last" a relative period, a weekday, a month ... and
never "said" or "shares".

>>> sorted(FIRST_WORDS["fiscal"])
['fiscal', 'fy', 'last', 'next', 'the', 'this']
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import regex

from pipeline.extract.temporal.lexicon import CARDINALS, DECADES, ORDINALS, REFERENCES, SETS
from pipeline.extract.temporal.patterns import MONTH_ABBREVIATIONS, MONTH_NAMES, UNIT_NAMES


def trie(words: Iterable[str]) -> str:
    """An alternation of lower-case words shaped as a trie, which the regex engine can
    reject at the first letter that fits no word (a flat alternation tries every word).

    >>> trie(["may", "march", "mar"])
    '(?:ma(?:r(?:ch)?|y))'
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        ends = "" in node
        branches = [
            regex.escape(char) + emit(child) for char, child in sorted(node.items()) if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return "(?:" + emit(root) + ")"


_MONTH_WORDS = [m.lower() for m in MONTH_NAMES + MONTH_ABBREVIATIONS]
_WEEKDAY_WORDS = "monday tuesday wednesday thursday friday saturday sunday".split()
_HEDGE_WORDS = (
    "more less fewer at up no nearly almost about around approximately roughly some just well "
    "over under close barely only within upwards".split()
)
_AMOUNT_WORDS = [
    *CARDINALS,
    "a",
    "an",
    "one",
    "half",
    "few",
    "several",
    "couple",
    "many",
    "dozens",
    "another",
]
_REL_WORDS = "last this next past coming previous following that the".split()
_MOD_WORDS = "early late earlier later mid end sometime".split()
_UNIT_WORDS = UNIT_NAMES
#: The words a family's expression can begin with (besides a digit or an apostrophe): the
#: scan tries a family only where one of them stands, which keeps it fast.
FIRST_WORDS: Final[dict[str, list[str]]] = {
    "loose": _MONTH_WORDS,
    "range_days": _MONTH_WORDS,
    "range": _MONTH_WORDS,
    "time": ["noon", "midday", "midnight", *CARDINALS],
    "part_of_day": [
        "early",
        "late",
        "mid",
        "midafternoon",
        "midmorning",
        "today",
        "yesterday",
        "tomorrow",
        "this",
        "last",
        "the",
        "overnight",
        *_WEEKDAY_WORDS,
    ],
    "calendar": [*_HEDGE_WORDS, *_WEEKDAY_WORDS, *_MONTH_WORDS, "the"],
    "quarter": [
        "the",
        "its",
        "a",
        "an",
        "this",
        "that",
        "last",
        "next",
        "their",
        "fiscal",
        "q",
        "h",
        *ORDINALS,
        "final",
        *_MONTH_WORDS,
    ],
    "fiscal": ["the", "fiscal", "fy", "this", "last", "next"],
    "month_year": [*_MOD_WORDS, "the", *_MONTH_WORDS],
    "decade": [
        "the",
        *_MOD_WORDS,
        *DECADES,
        *ORDINALS,
        "twenty",
        "this",
        "next",
    ],
    "ago": [*_HEDGE_WORDS, *_AMOUNT_WORDS],
    "relative_unit": [*_MOD_WORDS, *_REL_WORDS, "year", "around", "end", *_REL_WORDS],
    "relative_day": [*_MOD_WORDS, "yesterday", "today", "tomorrow", "tonight", "the"],
    "weekday": [*_MOD_WORDS, *_REL_WORDS, *_WEEKDAY_WORDS, *(f"{w}s" for w in _WEEKDAY_WORDS)],
    "season": ["the", *_MOD_WORDS, *_REL_WORDS, "spring", "summer", "autumn", "fall", "winter"],
    "holiday": [
        "last",
        "this",
        "next",
        "thanksgiving",
        "christmas",
        "new",
        "easter",
        "election",
        "independence",
        "labor",
        "memorial",
        "boxing",
        "valentine",
        "halloween",
    ],
    "duration": [
        *_HEDGE_WORDS,
        *_AMOUNT_WORDS,
        *_UNIT_WORDS,
        "the",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "each",
        "past",
        "last",
        "next",
        "first",
        "final",
        "previous",
        "following",
        "latest",
        "remaining",
        "coming",
        "initial",
        "same",
        "ensuing",
        "preceding",
        "subsequent",
        "prior",
        "early",
        "year",
        "recent",
    ],
    "set": [*SETS, "every", "each", "once", "twice", "thrice", "per", *CARDINALS],
    "reference": sorted({phrase.split()[0] for phrase in REFERENCES}),
    "month": [*_MOD_WORDS, "the", *_REL_WORDS, *_MONTH_WORDS],
    "year": [
        *_MOD_WORDS,
        "the",
        "post",
        "pre",
        "calendar",
        "year",
        "nineteen",
        "eighteen",
        "twenty",
        "two",
    ],
}

"""Anchors: the words and numbers every temporal expression holds at least one of.

One `re` pass over the lower-cased text finds them all (the words are a trie-shaped regex,
which the engine rejects at the first letter that fits no word: about 20 MB/s). Each kind
of anchor can begin only some families ("quarter" a quarter, a duration, a set; "May" a
date): `anchor_families` says which, and the scanner tries no other.

>>> [m.group()[1:] for m in ANCHOR.finditer(" shares rose 3% in may 1987, the third quarter.")]
['may', '1987', 'quarter']
"""

from __future__ import annotations

import re
from typing import Final

from pipeline.extract.temporal.lexicon import (
    DECADES,
    MONTHS,
    PARTS_OF_DAY,
    REFERENCES,
    SEASONS,
    SETS,
    UNIT_PLURALS,
    UNITS,
    WEEKDAYS,
)
from pipeline.extract.temporal.patterns import FAMILIES
from pipeline.extract.temporal.starts import trie

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
        *DECADES,
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
#: One pass over the lower-cased text finds every anchor (`re`, a trie). It starts with the
#: character before the anchor (anything but a letter or a digit), not with a look-behind:
#: a pattern that opens with a character class lets `re` skip in C to the next candidate,
#: where a look-behind is tried at every character (three times slower). The scanner runs
#: it over the text with one space in front, so that an anchor at offset 0 is found too.
ANCHOR: Final = re.compile(
    r"[^a-z0-9](?:"
    + trie(w for w in _ANCHOR_WORDS if "-" not in w)
    + r"(?![a-z])"
    # No named groups: a group opens every alternative with a mark, which keeps `re` from
    # rejecting an alternative by its first character (20% slower). `anchor_kind` tells
    # the alternatives apart; it must follow their order here.
    + r"|(?:1[0-9]|20)[0-9][0-9](?![0-9])"  # a year
    + r"|[0-9]{1,2}(?:[^\S\n]?[ap]\.?[^\S\n]?m\b|:[0-5][0-9]|/[0-9]{1,2}/[0-9]"  # a clock
    + r"|\.[0-5][0-9](?=[^\S\n]?(?:[ecmp][sd]t|gmt|utc|bst|cet|hours|hrs)\b))"  # 12.00 GMT
    + r"|[0-2][0-9][0-5][0-9](?=[^\S\n]?(?:[ecmp][sd]t|gmt|utc|bst|cet|local|hours|hrs)\b)"
    + r"|'[0-9]0s"  # '80s
    + r"|[qh][1-4](?![a-z0-9])|[1-4][qh](?![a-z0-9])"  # Q3, 1H
    + r"|semi-annual)"
)


def anchor_kind(anchor: str) -> str:
    """The kind of an anchor that is not a word of the trie (the same order as ANCHOR).

    >>> [anchor_kind(a) for a in ("1987", "1430", "10:30", "'80s", "q3", "3q", "semi-annual")]
    ['year', 'year', 'clock', 'quote', 'code', 'code', 'semi']
    """
    first = anchor[0]
    if first == "'":
        return "quote"
    if first == "s":
        return "semi"
    if len(anchor) == 2 and (anchor[1] in "qh" or first in "qh"):
        return "code"
    if len(anchor) == 4 and anchor.isdigit() and (first == "1" or anchor.startswith("20")):
        return "year"
    return "clock"


#: The families whose expressions can hold an anchor of each kind as their first anchor:
#: only those are tried around it.
_ALL: Final = frozenset(name for name, _ in FAMILIES)
_NONE: Final[frozenset[str]] = frozenset()
_KINDS: Final[dict[str, frozenset[str]]] = {
    "month": frozenset(
        {"loose", "range_days", "range", "calendar", "quarter", "month_year", "month", "set"}
    ),
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
    **{w: "decade" for w in DECADES},
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
    "year": frozenset(
        {"loose", "range", "time", "calendar", "quarter", "fiscal", "decade", "year"}
    ),
    "clock": frozenset({"time", "calendar"}),
    "quote": frozenset({"decade"}),
    "code": frozenset({"quarter"}),
    "semi": frozenset({"set"}),
}


#: The families of each anchor word (a month name only when it is capitalised: see below).
WORD_FAMILIES: Final[dict[str, frozenset[str]]] = {
    word: _KINDS.get(_WORD_KIND.get(word, ""), _ALL) for word in _ANCHOR_WORDS
}
MONTH_WORDS: Final = frozenset(w for w, kind in _WORD_KIND.items() if kind == "month")


def anchor_families(text: str, start: int, anchor: str) -> frozenset[str]:
    """The families that can hold this anchor (lower case, as ANCHOR found it), which starts
    at `start` of `text`; none for a month name in lower case ("may")."""
    if not anchor.isalpha() or anchor.startswith("semi"):
        return _GROUP_KIND[anchor_kind(anchor)]
    if anchor in MONTH_WORDS and not text[start].isupper():
        return _NONE
    return WORD_FAMILIES.get(anchor, _ALL)

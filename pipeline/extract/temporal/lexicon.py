"""The word lists of the temporal extractor, loaded once from pipeline/data/temporal_lexicon.json.

Every list the patterns and the resolver share lives in that one file, so that the words
the regex can match and the words the resolver knows the meaning of cannot drift apart.

>>> MONTHS["sept"], WEEKDAYS["friday"], UNITS["week"], SEASONS["fall"]
(9, 5, 'W', 'FA')
>>> number_word("twenty-four"), number_word("a"), number_word("thirty first")
(24, 1, 31)
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any, Final


def _load() -> dict[str, Any]:
    text = resources.files("pipeline").joinpath("data", "temporal_lexicon.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


_DATA: Final = _load()

MONTHS: Final[dict[str, int]] = _DATA["months"]
WEEKDAYS: Final[dict[str, int]] = _DATA["weekdays"]
CARDINALS: Final[dict[str, int]] = _DATA["cardinals"]
ORDINALS: Final[dict[str, int]] = _DATA["ordinals"]
MULTIPLIERS: Final[dict[str, int]] = _DATA["multipliers"]
VAGUE_AMOUNTS: Final[list[str]] = _DATA["vague_amounts"]
#: unit word (singular) -> its TIMEX3 letter; MIN is minutes (written M after the T).
UNITS: Final[dict[str, str]] = _DATA["units"]
UNIT_PLURALS: Final[dict[str, str]] = _DATA["unit_plurals"]
SEASONS: Final[dict[str, str]] = _DATA["seasons"]
PARTS_OF_DAY: Final[dict[str, str]] = _DATA["parts_of_day"]
SETS: Final[dict[str, str]] = _DATA["sets"]
REFERENCES: Final[dict[str, str]] = _DATA["references"]
HOLIDAYS: Final[dict[str, str]] = _DATA["holidays"]
DECADES: Final[dict[str, int]] = _DATA["decades"]
FUTURE_MARKERS: Final[frozenset[str]] = frozenset(_DATA["future_markers"])
PAST_MARKERS: Final[frozenset[str]] = frozenset(_DATA["past_markers"])
#: Words that make a weekday part of a name: "Bloody Sunday", "the Sunday Express".
WEEKDAY_NAMES_BEFORE: Final[frozenset[str]] = frozenset(_DATA["weekday_names_before"])
WEEKDAY_NAMES_AFTER: Final[frozenset[str]] = frozenset(_DATA["weekday_names_after"])
WEEKDAY_NAME_PHRASES_BEFORE: Final[tuple[str, ...]] = tuple(_DATA["weekday_name_phrases_before"])
#: Nouns after "6-month-old" that make it an age ("6-month-old son"), not a duration.
PERSON_NOUNS: Final[frozenset[str]] = frozenset(_DATA["person_nouns"])
#: Nouns before "of the year" that make it a title ("player of the year"), not a date.
AWARD_NOUNS: Final[frozenset[str]] = frozenset(_DATA["award_nouns"])
#: Nouns after a season word that make it a crop or an event: "winter wheat".
SEASON_NOUNS_AFTER: Final[frozenset[str]] = frozenset(_DATA["season_nouns_after"])

_TENS: Final = {w: n for w, n in CARDINALS.items() if n >= 20}
_ORDINAL_TENS: Final = {"twentieth": 20, "thirtieth": 30}


def number_word(words: str) -> int | None:
    """The value of a number written in words (one to ninety-nine, cardinal or ordinal).

    >>> number_word("ninety-six"), number_word("eighth"), number_word("forty")
    (96, 8, 40)
    >>> number_word("lots") is None
    True
    """
    parts = words.lower().replace("-", " ").split()
    if len(parts) == 1:
        word = parts[0]
        if word in ("a", "an"):
            return 1
        return CARDINALS.get(word, ORDINALS.get(word))
    if len(parts) == 2 and parts[0] in _TENS:
        unit = CARDINALS.get(parts[1], ORDINALS.get(parts[1]))
        if unit is not None and unit < 10:
            return _TENS[parts[0]] + unit
    return None


def unit_of(word: str) -> str | None:
    """The singular unit name of a unit word, plural or not ("Years" -> "year")."""
    lowered = word.lower()
    if lowered in UNITS:
        return lowered
    return UNIT_PLURALS.get(lowered)

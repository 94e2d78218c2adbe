"""The record types every stage passes along: small, frozen and typed.

A figure keeps the text exactly as written (`raw`) next to its offsets, so that
``text[start:end] == raw`` can be checked for every extractor on every input.

>>> q = Quantity(kind="number", start=4, end=10, raw="10,000", value=10000.0)
>>> "the 10,000 troops"[q.start:q.end] == q.raw
True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal, TypeAlias

QuantityKind: TypeAlias = Literal["number", "percent", "money", "troops"]
TimexKind: TypeAlias = Literal["date", "time", "duration", "set"]

QUANTITY_KINDS: Final = ("number", "percent", "money", "troops")
TIMEX_KINDS: Final = ("date", "time", "duration", "set")
KINDS: Final = QUANTITY_KINDS + TIMEX_KINDS

#: The qualifiers a hedge can imply; `range` is a span with two numbers.
QUALIFIERS: Final = (
    "exact",
    "approx",
    "more_than",
    "less_than",
    "at_least",
    "at_most",
    "up_to",
    "range",
)

#: What can happen to troops (issue 5); empty when the sentence does not say.
TROOP_EVENTS: Final = (
    "deployed",
    "killed",
    "wounded",
    "killed_or_wounded",
    "captured",
    "withdrawn",
)

GRANULARITIES: Final = (
    "century",
    "decade",
    "year",
    "half",
    "quarter",
    "season",
    "month",
    "week",
    "day",
    "part_of_day",
    "hour",
    "minute",
    "second",
    "present",
    "unknown",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Figure:
    """Where a figure is: its surface text and character span in the document."""

    kind: str
    start: int
    end: int
    raw: str
    #: Who the sentence attributes the figure to (filled in by attribution).
    speaker: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity(Figure):
    """A number, percentage, sum of money or troop count.

    `value` is None for vague amounts ("thousands of troops"): the span is kept,
    the value is not invented. For ranges `value` is the lower end and
    `value_max` the upper end.
    """

    kind: QuantityKind
    value: float | None
    value_max: float | None = None
    qualifier: str = "exact"
    lower: float | None = None
    upper: float | None = None
    unit: str = ""
    #: ISO 4217 code, money only.
    currency: str = ""
    #: Percentage points rather than percent, percentages only.
    is_points: bool = False
    #: Troops only: whose troops, what happened to them, where.
    actor: str = ""
    event: str = ""
    location: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Timex(Figure):
    """A date, time, duration or set, normalised in the TimeML TIMEX3 convention.

    `value` is None where the expression is relative and the document has no
    publication date to resolve it against: it is never resolved against the run date.
    """

    kind: TimexKind
    value: str | None
    qualifier: str = ""
    #: The resolved interval as ISO dates, where the value names one.
    start_date: str | None = None
    end_date: str | None = None
    granularity: str = ""
    is_relative: bool = False
    #: The date a relative expression was resolved against (the publication date).
    anchor_date: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Sentence:
    """A sentence with exact offsets: ``text[start:end]`` is the sentence."""

    index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """A sentence that carries at least one figure, with who says so."""

    sentence_index: int
    start: int
    end: int
    speaker: str = ""
    #: The raw speaker mention as written ("he", "the ministry"), before resolution.
    speaker_mention: str = ""
    verb: str = ""
    is_quote: bool = False

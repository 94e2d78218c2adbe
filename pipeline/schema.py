"""The one definition of every output table: column names, dtypes, allowed values, ranges.

Assembly casts to these dtypes, validation builds its Great Expectations suites from
them, export writes them, and the README's table reference is checked against them.

Dtypes are pandas nullable dtypes ("string", "Int64", "Float64", "boolean") and
"date" for calendar dates (stored as ``datetime64[s]`` in memory, Parquet ``date32``,
ISO ``YYYY-MM-DD`` in CSV).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

import pandas as pd

from pipeline.records import GRANULARITIES, QUALIFIERS, TIMEX_KINDS, TROOP_EVENTS


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str
    description: str
    nullable: bool = True
    allowed: tuple[str, ...] | None = None
    min: float | None = None
    max: float | None = None
    #: A regular expression every non-null value must match in full.
    pattern: str | None = None


def cast(values: pd.Series, column: Column) -> pd.Series:
    """`values` in the column's pandas dtype ("date" becomes ``datetime64[s]``)."""
    if column.dtype == "date":
        return pd.to_datetime(values, errors="coerce").astype("datetime64[s]")
    dtype: Any = column.dtype
    return values.astype(dtype)


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    #: The column that identifies a row (unique, never null).
    key: str

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)


# A TIMEX3 value: dates and weeks/quarters/halves/seasons, fiscal years, times,
# durations, sets, X for unknown digits, PRESENT_REF and friends, and date ranges a/b.
TIMEX_PATTERN: Final = (
    r"(?:(?:FY)?[0-9X]{2,4}(?:-[0-9X]{2}(?:-[0-9X]{2})?|-W[0-9X]{2}(?:-[0-9X]|-WE)?|-Q[1-4X]"
    r"|-H[12X]|-(?:SP|SU|FA|WI))?(?:T[0-9X:]+|T(?:MO|AF|EV|NI|DT))?"
    r"|P[0-9.XYMWDTHSQECL]+|T[0-9X:]+|PRESENT_REF|PAST_REF|FUTURE_REF)"
    r"(?:/(?:(?:FY)?[0-9X]{2,4}(?:-[0-9X]{2}(?:-[0-9X]{2})?|-W[0-9X]{2}|-Q[1-4X]|-H[12X])?"
    r"(?:T[0-9X:]+)?|P[0-9.XYMWDTHSQECL]+))?"
)

_FIGURE_CORE: Final = (
    Column(
        "figure_id",
        "string",
        "stable hash of (doc_id, kind, char_start, char_end)",
        False,
        pattern=r"[0-9a-f]{16}",
    ),
    Column("doc_id", "string", "the article (see `documents`)", False),
    Column("published", "date", "the article's publication date"),
    Column("sentence_idx", "Int64", "the sentence's number in the article, from 0", False, min=0),
    Column("char_start", "Int64", "offset of the figure in the article text", False, min=0),
    Column("char_end", "Int64", "end offset: `text[char_start:char_end] == raw`", False, min=1),
    Column("raw", "string", "the figure exactly as written", False),
)


def _quantity_columns(low: float | None = None, high: float | None = None) -> tuple[Column, ...]:
    """Value columns of a quantity table; `low`/`high` bound what can be true news."""
    return (
        Column(
            "value",
            "Float64",
            "the number (lower end of a range); empty when vague",
            min=low,
            max=high,
        ),
        Column("value_max", "Float64", "the upper end of a range", min=low, max=high),
        Column(
            "qualifier",
            "string",
            "exact, approx, more_than, less_than, at_least, at_most, up_to or range",
            False,
            allowed=QUALIFIERS,
        ),
        Column("lower", "Float64", "the lowest value the qualifier allows"),
        Column("upper", "Float64", "the highest value the qualifier allows"),
        Column("unit", "string", "what is counted or measured"),
    )


_CONTEXT: Final = (
    Column("speaker", "string", "who the sentence attributes the figure to"),
    Column("context", "string", "the sentence", False),
)

NUMBERS: Final = Table(
    "numbers",
    "counts, measures and sums of money (money has a `currency`)",
    (
        *_FIGURE_CORE,
        Column("kind", "string", "number or money", False, allowed=("number", "money")),
        *_quantity_columns(),
        Column("currency", "string", "ISO 4217 code, money only", pattern=r"[A-Z]{3}"),
        *_CONTEXT,
    ),
    key="figure_id",
)
PERCENTAGES: Final = Table(
    "percentages",
    "percentages, shares (half, eight out of 10) and percentage points",
    (
        *_FIGURE_CORE,
        # a percentage outside [-100, 100,000] is an extraction error, not news (hyperinflation
        # reaches 20,000 pct)
        *_quantity_columns(-100, 100_000),
        Column("is_points", "boolean", "percentage points rather than percent", False),
        *_CONTEXT,
    ),
    key="figure_id",
)
DATES: Final = Table(
    "dates",
    "dates, times, durations and sets, TIMEX3 values resolved against the publication date",
    (
        *_FIGURE_CORE,
        Column("type", "string", "date, time, duration or set", False, allowed=TIMEX_KINDS),
        Column(
            "value",
            "string",
            "TIMEX3 value (2025-04-28, 2024-Q4, P3D, XXXX-05-07); empty "
            "when relative and the article has no date",
            pattern=TIMEX_PATTERN,
        ),
        Column(
            "qualifier", "string", "range, or a hedge on a duration (more_than)", allowed=QUALIFIERS
        ),
        Column("start_date", "date", "first day of the resolved interval"),
        Column("end_date", "date", "last day of the resolved interval"),
        Column("granularity", "string", "day, month, year, quarter, ...", allowed=GRANULARITIES),
        Column("is_relative", "boolean", "resolved against the publication date", False),
        Column("anchor_date", "date", "the date a relative expression was resolved against"),
        *_CONTEXT,
    ),
    key="figure_id",
)
TROOP_COUNTS: Final = Table(
    "troop_counts",
    "counts of military personnel: whose, what happened to them, where",
    (
        *_FIGURE_CORE,
        # no force in the news has more than ten million people in it
        *_quantity_columns(0, 1e7),
        Column("actor", "string", "whose troops (North Korean, Russia's)"),
        Column(
            "event",
            "string",
            "deployed, killed, wounded, killed_or_wounded, captured, withdrawn",
            allowed=TROOP_EVENTS,
        ),
        Column("location", "string", "where, as the sentence says it (to Russia, in Kursk)"),
        *_CONTEXT,
    ),
    key="figure_id",
)
CLAIMS: Final = Table(
    "claims",
    "one row per sentence that carries a figure: who says so, with which verb",
    (
        Column(
            "claim_id",
            "string",
            "stable hash of (doc_id, sentence_idx)",
            False,
            pattern=r"[0-9a-f]{16}",
        ),
        Column("doc_id", "string", "the article", False),
        Column("published", "date", "the article's publication date"),
        Column("sentence_idx", "Int64", "the sentence's number in the article", False, min=0),
        Column("char_start", "Int64", "offset of the sentence", False, min=0),
        Column("char_end", "Int64", "end offset of the sentence", False, min=1),
        Column("speaker", "string", "who the figures are attributed to, canonical name"),
        Column("speaker_mention", "string", "the speaker as written (he, the ministry)"),
        Column("verb", "string", "said, reported, confirmed, estimated, ..."),
        Column("is_quote", "boolean", "the figure is inside quoted speech", False),
        Column("n_figures", "Int64", "figures in the sentence", False, min=1),
        Column("kinds", "string", "the kinds of figure in it, comma-separated", False),
        Column("context", "string", "the sentence", False),
    ),
    key="claim_id",
)
DOCUMENTS: Final = Table(
    "documents",
    "one row per article read, or per input rejected, with the reason",
    (
        Column(
            "doc_id", "string", "the article's id: file name, plus #n for records in a file", False
        ),
        Column("source_file", "string", "the input file, relative to the raw folder", False),
        Column("title", "string", "headline, from front matter or the record"),
        Column("published", "date", "publication date; relative dates are resolved against it"),
        Column("source", "string", "publisher"),
        Column("url", "string", "where the article came from"),
        Column("status", "string", "ok or rejected", False, allowed=("ok", "rejected")),
        Column("reject_reason", "string", "why the input was rejected"),
        Column("n_chars", "Int64", "characters of article text", False, min=0),
        Column("n_sentences", "Int64", "sentences found", False, min=0),
        Column("n_figures", "Int64", "figures found", False, min=0),
        Column("content_hash", "string", "SHA-256 of the article text", pattern=r"[0-9a-f]{64}"),
        Column(
            "text",
            "string",
            "the article text that `char_start`/`char_end` point into (the body after any "
            "front matter, line ends as \\n); cut at 32,767 characters in the workbook",
        ),
    ),
    key="doc_id",
)

TABLES: Final[dict[str, Table]] = {
    t.name: t for t in (DOCUMENTS, CLAIMS, NUMBERS, PERCENTAGES, DATES, TROOP_COUNTS)
}
FIGURE_TABLES: Final = ("numbers", "percentages", "dates", "troop_counts")

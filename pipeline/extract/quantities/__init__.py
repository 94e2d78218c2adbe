"""Numbers, money and percentages in news text, with qualifier, bounds and unit.

>>> text = "Nearly 40,000 Taiwanese joined over 400 business events."
>>> [(q.kind, q.raw, q.value, q.qualifier, q.unit) for q in quantities(text)]
... # doctest: +NORMALIZE_WHITESPACE
[('number', '40,000', 40000.0, 'less_than', 'Taiwanese'),
 ('number', '400', 400.0, 'more_than', 'business events')]
>>> [(q.raw, q.currency, q.value) for q in quantities("a $1.3bn (£691m) bill")]
[('$1.3bn', 'USD', 1300000000.0), ('£691m', 'GBP', 691000000.0)]
>>> [(q.kind, q.raw, q.value) for q in quantities("More than eight out of 10 voters agreed.")]
[('percent', 'eight out of 10', 80.0)]

How it works: `scan` finds every amount (digits or words, with currency, magnitude,
percent word, range and hedge), `context` settles currencies from the article and the
bounds of each qualifier (its docstring has the table), `units` finds what each figure
counts. Spans never cover the hedge or the counted noun (NEWS-DEV.md §1).
"""

from __future__ import annotations

from collections.abc import Sequence
from math import isfinite

from pipeline.extract.quantities.context import (
    bounds,
    elided_money,
    resolve_currencies,
    restatements,
)
from pipeline.extract.quantities.scan import scan
from pipeline.extract.quantities.units import assign_units
from pipeline.records import Quantity, QuantityKind

__all__ = ["quantities"]


def quantities(text: str, taken: Sequence[tuple[int, int]] = ()) -> list[Quantity]:
    """Numbers, money and percentages outside the `taken` spans (dates, durations).

    Sorted by start, never overlapping each other or a taken span. Vague amounts
    ("hundreds", "tens of thousands") are kept with value None.
    """
    found = scan(text, taken)
    resolve_currencies(text, found)
    elided_money(text, found)
    restatements(text, found)
    assign_units(text, found)
    out: list[Quantity] = []
    for f in found:
        kind: QuantityKind = (
            "money" if f.kind == "money" else "percent" if f.kind == "percent" else "number"
        )
        if f.value is not None and not f.value.is_integer():
            f.value = _tidy(f.value)
        if f.value_max is not None and not f.value_max.is_integer():
            f.value_max = _tidy(f.value_max)
        lower, upper = bounds(f)
        out.append(
            Quantity(
                kind=kind,
                start=f.start,
                end=f.end,
                raw=text[f.start : f.end],
                value=f.value,
                value_max=f.value_max,
                qualifier=f.qualifier,
                lower=lower if lower == f.value else _tidy(lower),
                upper=upper if upper in (f.value, f.value_max) else _tidy(upper),
                unit=f.unit,
                currency=f.currency if kind == "money" else "",
                is_points=f.is_points,
            )
        )
    return out


def _tidy(value: float | None) -> float | None:
    """Drop the binary noise of scaling (16.4 * 1e6 = 16399999.999999998).

    >>> _tidy(16.4 * 1e6), _tidy(70 * 0.01), _tidy(None)
    (16400000.0, 0.7, None)
    """
    if value is None or not isfinite(value) or value.is_integer():
        return value
    return float(f"{value:.12g}")

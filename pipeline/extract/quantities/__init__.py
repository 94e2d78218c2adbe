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
from dataclasses import MISSING, fields
from math import isfinite
from typing import Any

from pipeline.extract.quantities.context import (
    bounds,
    compared_amounts,
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
    compared_amounts(text, found)
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
            _quantity(
                kind,
                f.start,
                f.end,
                text[f.start : f.end],
                f.value,
                f.value_max,
                f.qualifier,
                lower if lower == f.value else _tidy(lower),
                upper if upper in (f.value, f.value_max) else _tidy(upper),
                f.unit,
                f.currency if kind == "money" else "",
                f.is_points,
            )
        )
    return out


# `Quantity` is a frozen dataclass: its __init__ sets each of its 16 fields through
# object.__setattr__, which costs more than the rest of the loop above. `_quantity`
# builds the same record by setting the slots directly (fields not given keep their
# defaults); records.py gives Quantity no __post_init__ that this would skip.
assert not hasattr(Quantity, "__post_init__")
_GIVEN = (
    "kind",
    "start",
    "end",
    "raw",
    "value",
    "value_max",
    "qualifier",
    "lower",
    "upper",
    "unit",
    "currency",
    "is_points",
)
_SETTERS = tuple(getattr(Quantity, name).__set__ for name in _GIVEN)
_DEFAULTS = tuple(
    (getattr(Quantity, f.name).__set__, f.default) for f in fields(Quantity) if f.name not in _GIVEN
)
assert all(default is not MISSING for _, default in _DEFAULTS)


def _quantity(*values: Any) -> Quantity:
    """Quantity(kind=..., start=..., ...) with the fields of `_GIVEN` in that order."""
    q: Quantity = object.__new__(Quantity)
    for set_slot, value in zip(_SETTERS, values, strict=True):
        set_slot(q, value)
    for set_slot, value in _DEFAULTS:
        set_slot(q, value)
    return q


def _tidy(value: float | None) -> float | None:
    """Drop the binary noise of scaling (16.4 * 1e6 = 16399999.999999998).

    >>> _tidy(16.4 * 1e6), _tidy(70 * 0.01), _tidy(None)
    (16400000.0, 0.7, None)
    """
    if value is None or not isfinite(value) or value.is_integer():
        return value
    return float(f"{value:.12g}")

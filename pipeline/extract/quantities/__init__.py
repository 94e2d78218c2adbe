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
from dataclasses import fields
from math import isfinite

from pipeline.extract.quantities.context import (
    bounds,
    compared_amounts,
    elided_money,
    resolve_currencies,
    restatements,
)
from pipeline.extract.quantities.scan import Found, scan
from pipeline.extract.quantities.units import assign_units
from pipeline.records import Quantity, QuantityKind

__all__ = ["quantities", "quantities_of"]


def quantities(text: str, taken: Sequence[tuple[int, int]] = ()) -> list[Quantity]:
    """Numbers, money and percentages outside the `taken` spans (dates, durations).

    Sorted by start, never overlapping each other or a taken span. Vague amounts
    ("hundreds", "tens of thousands") are kept with value None.
    """
    return quantities_of([(text, taken)])[0]


def quantities_of(
    documents: Sequence[tuple[str, Sequence[tuple[int, int]]]],
) -> list[list[Quantity]]:
    """`quantities(text, taken)` of each document, in order.

    Each step (scan, context, units, records) runs over all the documents before the
    next one starts: the output is the same, and a batch runs about 10% faster than one
    document after the other, as each step's code and regexes stay in the processor's
    caches (extract_documents batches the stages the same way, for the same reason).
    """
    found = [scan(text, taken) for text, taken in documents]
    for (text, _), figures in zip(documents, found, strict=True):
        resolve_currencies(text, figures)
        elided_money(text, figures)
        compared_amounts(text, figures)
        restatements(text, figures)
    for (text, _), figures in zip(documents, found, strict=True):
        assign_units(text, figures)
    return [_records(text, figures) for (text, _), figures in zip(documents, found, strict=True)]


def _records(text: str, found: list[Found]) -> list[Quantity]:
    """The `Quantity` records of the figures found, with tidy values and their bounds."""
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
# builds the same record by setting the slots directly, one call per slot written out
# (a loop over the slots costs half as much again); records.py gives Quantity no
# __post_init__ that this would skip, and the fields `_quantity` leaves to their
# defaults are all "" (both checked here, when the module loads).
assert not hasattr(Quantity, "__post_init__")
_SLOT = {f.name: getattr(Quantity, f.name).__set__ for f in fields(Quantity)}
_DEFAULTED = ("speaker", "actor", "event", "location")
assert all(f.default == "" for f in fields(Quantity) if f.name in _DEFAULTED)
_KIND, _START, _END, _RAW, _VALUE, _VALUE_MAX, _QUALIFIER = (
    _SLOT.pop(name) for name in ("kind", "start", "end", "raw", "value", "value_max", "qualifier")
)
_LOWER, _UPPER, _UNIT, _CURRENCY, _IS_POINTS = (
    _SLOT.pop(name) for name in ("lower", "upper", "unit", "currency", "is_points")
)
_SPEAKER, _ACTOR, _EVENT, _LOCATION = (_SLOT.pop(name) for name in _DEFAULTED)
assert not _SLOT, f"Quantity fields that _quantity does not set: {sorted(_SLOT)}"
_new = object.__new__


def _quantity(
    kind: QuantityKind,
    start: int,
    end: int,
    raw: str,
    value: float | None,
    value_max: float | None,
    qualifier: str,
    lower: float | None,
    upper: float | None,
    unit: str,
    currency: str,
    is_points: bool,
) -> Quantity:
    """Quantity(kind=kind, start=start, ...), the other fields left to their defaults."""
    q: Quantity = _new(Quantity)
    _KIND(q, kind)
    _START(q, start)
    _END(q, end)
    _RAW(q, raw)
    _VALUE(q, value)
    _VALUE_MAX(q, value_max)
    _QUALIFIER(q, qualifier)
    _LOWER(q, lower)
    _UPPER(q, upper)
    _UNIT(q, unit)
    _CURRENCY(q, currency)
    _IS_POINTS(q, is_points)
    _SPEAKER(q, "")
    _ACTOR(q, "")
    _EVENT(q, "")
    _LOCATION(q, "")
    return q


def _tidy(value: float | None) -> float | None:
    """Drop the binary noise of scaling (16.4 * 1e6 = 16399999.999999998).

    >>> _tidy(16.4 * 1e6), _tidy(70 * 0.01), _tidy(None)
    (16400000.0, 0.7, None)
    """
    if value is None or not isfinite(value) or value.is_integer():
        return value
    return float(f"{value:.12g}")

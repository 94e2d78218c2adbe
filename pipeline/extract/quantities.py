"""Numbers, money and percentages (first version: digits, magnitudes, %, $ and £)."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from pipeline.records import Quantity

_MAGNITUDES = {
    "thousand": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
}
_CURRENCY_SYMBOLS = {
    "US$": "USD",
    "NT$": "TWD",
    "HK$": "HKD",
    "$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
}
_QUANTITY = regex.compile(
    r"""
    (?<![\w.,])
    (?P<cur>US\$|NT\$|HK\$|\$|£|€|¥)?\s?
    (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)
    (?:\s?(?P<mag>thousand|million|mln|billion|bn|trillion|m)\b)?
    (?:\s?(?P<pct>%|percent\b|per\scent\b|pct\b))?
    (?![\w-])
    """,
    regex.VERBOSE,
)
_HEDGES = regex.compile(
    r"(?P<h>more than|over|at least|up to|nearly|almost|about|around|some|less than|fewer than)\s+$",
    regex.IGNORECASE,
)
_HEDGE_QUALIFIER = {
    "more than": "more_than",
    "over": "more_than",
    "at least": "at_least",
    "up to": "up_to",
    "nearly": "less_than",
    "almost": "less_than",
    "about": "approx",
    "around": "approx",
    "some": "approx",
    "less than": "less_than",
    "fewer than": "less_than",
}


def quantities(text: str, taken: Sequence[tuple[int, int]] = ()) -> list[Quantity]:
    """Numbers, money and percentages outside the `taken` spans (dates, durations)."""
    found: list[Quantity] = []
    for m in _QUANTITY.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        value = float(m["num"].replace(",", ""))
        if m["mag"]:
            value *= _MAGNITUDES[m["mag"]]
        kind = "percent" if m["pct"] else "money" if m["cur"] else "number"
        hedge = _HEDGES.search(text, max(0, m.start() - 15), m.start())
        qualifier = _HEDGE_QUALIFIER[hedge["h"].lower()] if hedge else "exact"
        found.append(
            Quantity(
                kind=kind,
                start=m.start(),
                end=m.end(),
                raw=m.group(),
                value=value,
                qualifier=qualifier,
                currency=_CURRENCY_SYMBOLS.get(m["cur"] or "", ""),
            )
        )
    return found

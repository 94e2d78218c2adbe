"""Troop counts (first version: a count followed by a military noun)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from pipeline.records import Quantity, Sentence

_NOUN = regex.compile(
    r"\s+(?:[\p{Lu}][\w’'-]*\s+){0,3}(?P<noun>troops|soldiers|forces|marines|peacekeepers)\b"
)


def troop_counts(
    text: str, sentences: Sequence[Sentence], found: Sequence[Quantity]
) -> list[Quantity]:
    """The quantities, with those that count military personnel re-typed as troops."""
    out = []
    for q in found:
        m = _NOUN.match(text, q.end)
        if q.kind == "number" and m:
            q = replace(q, kind="troops", unit=m["noun"])
        out.append(q)
    return out

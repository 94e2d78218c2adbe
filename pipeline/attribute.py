"""Attribute: figures + sentences -> claims (first version: "X said" in the sentence)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from pipeline.records import Claim, Figure, Sentence

_SAID = regex.compile(
    r"(?P<who>(?:[\p{Lu}][\w’'-]*\s+){0,5}[\p{Lu}][\w’'-]*)\s+(?P<verb>said|reported|says)\b"
)


def attribute(
    text: str, sentences: Sequence[Sentence], figures: Sequence[Figure]
) -> tuple[list[Figure], list[Claim]]:
    out: list[Figure] = []
    claims: list[Claim] = []
    for s in sentences:
        inside = [f for f in figures if s.start <= f.start < s.end]
        if not inside:
            continue
        m = _SAID.search(text, s.start, s.end)
        who = m["who"] if m else ""
        claims.append(
            Claim(
                sentence_index=s.index,
                start=s.start,
                end=s.end,
                speaker=who,
                speaker_mention=who,
                verb=m["verb"] if m else "",
            )
        )
        out.extend(replace(f, speaker=who) for f in inside)
    return out, claims

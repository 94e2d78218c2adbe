"""Troop counts: quantities that count military personnel, with whose they are, what
happened to them and where (issue 5).

The quantities extractor finds every number; this stage re-types those that count troops
(classify.py), fills actor, event and location (details.py), and adds the vague counts
("thousands of troops", vague.py) with no value, so that their sentence becomes a claim.

>>> from pipeline.records import Quantity, Sentence
>>> text = "Pyongyang sent more than 10,000 troops to Russia."
>>> q = Quantity(kind="number", start=25, end=31, raw="10,000", value=10000.0,
...              qualifier="more_than")
>>> [t] = troop_counts(text, [Sentence(index=0, start=0, end=len(text))], [q])
>>> t.kind, t.unit, t.actor, t.event, t.location, t.lower
('troops', 'troops', 'Pyongyang', 'deployed', 'to Russia', 10000.0)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from pipeline.attribution.tokens import word_pattern
from pipeline.extract.troops.classify import Count, classify
from pipeline.extract.troops.details import actor, event, location
from pipeline.extract.troops.lexicon import LEXICON
from pipeline.extract.troops.vague import bounds, vague_counts
from pipeline.records import Quantity, Sentence

__all__ = ["troop_counts"]


def _any_troop_word() -> re.Pattern[str]:
    """Any word that can make a number a troop count: most documents have none and are done.

    The stdlib `re` scans this trie-shaped alternation some twenty times faster than a
    case-insensitive `regex` alternation of the same words.
    """
    words = {
        " ".join(w.split()) for w in LEXICON.nouns | LEXICON.context_nouns | LEXICON.casualty_nouns
    }
    words |= LEXICON.force_nouns | {"troop"}
    pattern = word_pattern(w.replace(" ", "\x00") for w in words)
    # no flags and no look-behind: `re` then skips every position whose first letter
    # starts no troop word; the caller lower-cases the text and checks the word boundary
    return re.compile("(?:" + pattern.replace("\x00", r"\s+") + ")")


_ANY = _any_troop_word()
_STRONG = re.compile(r"[- ]strong\b")
_VAGUE_WORDS = ("hundred", "thousand", "dozen", "scores")
#: How far from a troop word a number may be and still count troops (characters).
_NEAR = 160
#: Longer than any troop word or phrase: a mark may start at the edge of a window.
_LONGEST = 40


def troop_counts(
    text: str, sentences: Sequence[Sentence], found: Sequence[Quantity]
) -> list[Quantity]:
    """All quantities in text order, those counting troops re-typed ``kind="troops"``,
    plus the vague troop counts with value None."""
    low = _lower(text)
    vague_words = sorted(at for word in _VAGUE_WORDS for at in _find_all(low, word))
    marks = _marks(low, [(q.start, q.end) for q in found if q.kind == "number"], vague_words)
    if not marks:
        return sorted(found, key=lambda q: (q.start, q.end))
    starts = [s.start for s in sentences]
    out: list[Quantity] = []
    for q in found:
        if q.kind == "number" and _near(marks, q.start, q.end):
            s_start, s_end = _sentence(sentences, starts, q.start, len(text))
            count = classify(text, q.start, q.end, s_start, s_end)
            if count is not None:
                if q.value is None:  # "hundreds of marines": vague, with the bounds it implies
                    q = _vague_bounds(q)
                q = _as_troops(text, q, count, s_start, s_end)
        out.append(q)
    if vague_words:
        out.extend(_vague(text, sentences, starts, found))
    return sorted(out, key=lambda q: (q.start, q.end))


def _lower(text: str) -> str:
    """`text` lower-cased, offsets kept (a few letters, like "İ", lower to two)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _find_all(low: str, word: str) -> list[int]:
    """Every offset of `word` in `low` (str.find is far faster than a regex scan)."""
    found: list[int] = []
    at = low.find(word)
    while at >= 0:
        found.append(at)
        at = low.find(word, at + 1)
    return found


def _marks(low: str, numbers: list[tuple[int, int]], vague_words: list[int]) -> list[int]:
    """Starts of the troop words of lower-cased `low` that lie near a number or a vague word.

    Only the windows around those are scanned: most of a text is far from any number.
    """
    spots = sorted([*numbers, *((at, at) for at in vague_words)])
    marks: list[int] = []
    n = len(low)
    window_start = window_end = -1
    for a, b in spots:
        a, b = max(0, a - _NEAR), min(n, b + _NEAR + _LONGEST)
        if a > window_end:
            if window_end > window_start:
                marks.extend(_words_in(low, window_start, window_end))
            window_start = a
        window_end = max(window_end, b)
    if window_end > window_start:
        marks.extend(_words_in(low, window_start, window_end))
    if "strong" in low:  # "an 11,000-strong contingent": no word boundary before it
        marks = sorted(marks + [m.start() for m in _STRONG.finditer(low)])
    return marks


def _words_in(low: str, start: int, end: int) -> list[int]:
    """Starts of the troop words in low[start:end] (a word may run past `end`)."""
    return [
        a
        for m in _ANY.finditer(low, start, end)
        if not ((a := m.start()) and (low[a - 1].isalnum() or low[a - 1] == "_"))
    ]


def _near(marks: list[int], start: int, end: int) -> bool:
    i = bisect_right(marks, start - _NEAR)
    return i < len(marks) and marks[i] <= end + _NEAR


def _sentence(
    sentences: Sequence[Sentence], starts: list[int], at: int, length: int
) -> tuple[int, int]:
    i = bisect_right(starts, at) - 1
    if i < 0 or at >= sentences[i].end:
        return (max(0, at - 300), min(length, at + 300))  # between sentences: a window
    return sentences[i].start, sentences[i].end


def _as_troops(text: str, q: Quantity, count: Count, s_start: int, s_end: int) -> Quantity:
    happened = event(text, q.start, q.end, count, s_start, s_end)
    lower, upper = q.lower, q.upper
    if lower is None and upper is None and q.value is not None:
        lower, upper = _bounds(q)
    return replace(
        q,
        kind="troops",
        unit=" ".join(count.unit.split()),
        actor=actor(text, q.start, q.end, count, s_start),
        event=happened,
        location=location(text, q.start, q.end, count, s_start, s_end, happened),
        lower=lower,
        upper=upper,
    )


def _vague_bounds(q: Quantity) -> Quantity:
    try:
        lower, upper = bounds(q.raw)
    except KeyError:
        return replace(q, qualifier="approx")
    return replace(q, qualifier="approx", lower=float(lower), upper=float(upper))


def _bounds(q: Quantity) -> tuple[float | None, float | None]:
    """The bounds a qualifier implies, where the quantities extractor left them empty."""
    value, top = q.value, q.value_max
    return {
        "exact": (value, value),
        "range": (value, top),
        "more_than": (value, None),
        "at_least": (value, None),
        "less_than": (None, value),
        "at_most": (None, value),
        "up_to": (None, value),
    }.get(q.qualifier, (None, None))


def _vague(
    text: str, sentences: Sequence[Sentence], starts: list[int], found: Sequence[Quantity]
) -> list[Quantity]:
    taken = sorted((q.start, q.end) for q in found)
    out: list[Quantity] = []
    for m in vague_counts(text):
        start, end = m.span("amount")
        i = bisect_right(taken, (end, end))
        if i and taken[i - 1][1] > start:
            continue  # the quantities extractor has a value for it after all
        s_start, s_end = _sentence(sentences, starts, start, len(text))
        count = classify(text, start, end, s_start, s_end)
        if count is None or count.how not in ("noun", "partitive"):
            continue
        lower, upper = bounds(m["amount"])
        q = Quantity(
            kind="troops",
            start=start,
            end=end,
            raw=m["amount"],
            value=None,
            qualifier="approx",
            lower=float(lower),
            upper=float(upper),
        )
        out.append(_as_troops(text, q, count, s_start, s_end))
    return out

"""What is attached to a numeral: a suffix right after the digits (5bn, 5pc, 50p, 12km),
a magnitude, currency or percent word after it, and the hedge before it."""

from __future__ import annotations

import re

from pipeline.extract.quantities import guards
from pipeline.extract.quantities import patterns as P
from pipeline.extract.quantities.lexicon import lexicon
from pipeline.extract.quantities.numerals import Found

_LEX = lexicon()
# The lengths in words of the hedges that end in a word, longest first ("of" ends "in
# excess of" and "upwards of"): `hedge` joins only the phrases that may be one.
_HEDGE_LENGTHS = {
    last: tuple(
        sorted({len(h.split()) for h in _LEX.hedges_before if h.split()[-1] == last}, reverse=True)
    )
    for last in P.HEDGE_LAST_WORDS
}


def attached(text: str, f: Found, m: re.Match[str]) -> int:
    """Apply a suffix written right after the digits (5bn, 5pc, 50p, 12km); -1: no amount."""
    assert f.value is not None
    if m["mag"]:
        if m["mag"] in ("m", "M") and guards.means_metres(text, m.end()):
            f.unit = "metres"
            return f.end
        if m["mag"] in ("b", "B") and not P.maybe_currency(text, f.start):
            return -1  # 3b, Type 2B: an id unless money ($5b)
        f.value *= _LEX.magnitude_attached[m["mag"]]
        f.magnitude = True
    elif m["pc"]:
        f.kind = "percent"
    elif m["pence"]:
        f.kind, f.currency, f.value, f.factor = "money", "GBP", f.value / 100, 0.01
    else:
        f.unit = _LEX.measures.get(m["meas"].lower(), m["meas"])
        return f.end
    return m.end()


def tail(text: str, f: Found, nxt: str | None = None) -> int:
    """Extend `f` over a magnitude word, a currency word and a percent word after it.

    `nxt` is the word after `f` (`patterns.peek`) when the caller already has it.
    """
    assert f.value is not None
    e = f.end
    if (P.peek(text, e) if nxt is None else nxt) not in P.TAIL_FIRST:
        return e
    if not f.magnitude and f.kind != "percent" and not f.unit:
        m = P.MAGNITUDE.match(text, e)
        if m is not None:
            f.value *= _LEX.magnitude_words[m["mag"].lower()]
            f.magnitude = True
            e = m.end()
    year = f.end - f.start == 4 and not f.magnitude and 1800 <= f.value <= 2100
    if f.kind == "number" and not f.unit and not year:  # "by 2008 pounds 60bn more"
        m = P.CURRENCY_AFTER.match(text, e)
        if m is not None and guards.is_currency_word(text, m, f.magnitude):
            if m["code"]:
                f.currency = m["code"]
            else:
                entry = _LEX.currency_words[" ".join(m["word"].lower().split())]
                f.currency = entry["currency"]
                f.factor = float(entry.get("factor", 1.0))
                f.value *= f.factor
            f.adjective = m["adj"] or ""
            f.kind = "money"
            return m.end()
    if f.kind == "number" and not f.magnitude and not f.unit:
        m = P.PERCENT.match(text, e)
        if m is not None:
            f.kind = "percent"
            f.is_points = "oint" in m["p"]
            if f.is_points:
                f.unit = "percentage points"
            return m.end()
        m = P.POINTS.match(text, e)
        if m is not None:
            if m["basis"]:
                # a basis point is a hundredth of a percentage point: 85 basis points -> 0.85
                f.kind, f.is_points, f.unit = "percent", True, "percentage points"
                f.value /= 100
                return m.end()
            if guards.poll_points(text, f.start, m.end()):
                f.kind, f.is_points, f.unit = "percent", True, "percentage points"
                return m.end()
            else:
                f.unit = "points"
    return e


def hedge(text: str, f: Found, words: list[str], after: bool = True) -> None:
    """The qualifier from the words before the figure, or from "or more" after it."""
    for k in _HEDGE_LENGTHS.get(words[-1], ()) if words else ():
        if len(words) >= k:
            phrase = " ".join(words[-k:])
            qualifier = _LEX.hedges_before.get(phrase)
            if qualifier:
                if phrase == "close to" and len(words) > k and words[-k - 1].startswith("c"):
                    return  # "coming close to 100 rupees": a verb, not a hedge
                if phrase == "up to" and _upward(text, f):
                    return  # "revised up to 842 mln from 840 mln": a change, not a hedge
                f.qualifier, f.hedge = qualifier, phrase
                return
    m = P.HEDGE_AFTER.match(text, f.end) if after else None
    if m is not None:
        word = " ".join((m["w"] or m["h"]).split())  # "or\nless" across a wire line break
        f.qualifier = _LEX.hedges_after.get(word, "more_than" if word == "plus" else "approx")
        f.hedge = word


# "up to 842 mln from a provisional 840 mln": a change, when an amount follows "from"
_FROM_AMOUNT = re.compile(r"[ \t]*\n?[ \t]*from[ \t\n]+(?:[A-Za-z]+[ \t\n]+){0,2}[$£€]?\d")
_HEDGE_PREPOSITIONS = frozenset({"of", "by", "for", "with", "to", "from", "at", "in", "and", "or"})


def _upward(text: str, f: Found) -> bool:
    """Is "up to" before `f` a verb's particle ("revised its forecast up to") or a change
    ("up to X from Y")? After a preposition it is the hedge ("fines of up to")."""
    if _FROM_AMOUNT.match(text, f.end) is not None:
        return True
    clause = re.split(r"[,;:.!?]\s", text[max(0, f.start - 60) : f.start])[-1].lower()
    words = clause.split()[:-2]
    if not words or words[-1] in _HEDGE_PREPOSITIONS:
        return False
    return any(w in _LEX.particle_up for w in words)

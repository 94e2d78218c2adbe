"""Numerals: digits ("10,000", "1.5", "7-1/2") and written numbers ("a hundred and five").

>>> parse_digits("2,225")
2225.0
>>> parse_digits("11", "1", "2")
11.5
>>> words_value(["twenty", "one"])
Words(value=21.0, used=2, fraction=False)
>>> words_value(["a", "hundred", "and", "five", "people"])
Words(value=105.0, used=4, fraction=False)
>>> words_value(["two", "and", "a", "half"])
Words(value=2.5, used=4, fraction=False)
>>> words_value(["two", "thirds"])
Words(value=0.6666666666666666, used=2, fraction=True)
>>> words_value(["one", "two"])
Words(value=1.0, used=1, fraction=False)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from pipeline.extract.quantities import patterns as P
from pipeline.extract.quantities.lexicon import lexicon


def parse_digits(
    digits: str, numerator: str | None = None, denominator: str | None = None
) -> float:
    """The value of a digit numeral with thousands commas, plus a fraction like 7-1/2."""
    value = float(digits.replace(",", ""))
    if numerator and denominator and int(denominator):
        value += int(numerator) / int(denominator)
    return value


_LEX = lexicon()


class Words(NamedTuple):
    """A parsed run of number words: its value and how many tokens it used."""

    value: float
    used: int
    #: True for "two-thirds", "a quarter", "half": a share, not a count.
    fraction: bool


def words_value(tokens: list[str]) -> Words | None:
    """The longest number at the start of `tokens` (lower- or title-case words), or None.

    The grammar is the usual English one: units and tens add ("twenty-one"), "hundred"
    and "dozen" multiply what is pending, a scale word ("thousand", "million") closes a
    group, "and" may join a group to what follows ("a hundred and five"), "and a half"
    adds 0.5, and a fraction word ends the number ("two-thirds", "a quarter").
    """
    lex = lexicon()
    toks = [t.lower() for t in tokens]
    n = len(toks)
    total = 0.0
    current = 0.0
    used = 0
    last = ""  # kind of the last token used: a, unit, teen, tens, hundred, scale, dozen
    last_scale = float("inf")
    i = 0
    while i < n:
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < n else ""
        if w in ("a", "an"):
            if last or not (nxt in lex.scales or nxt in lex.multipliers or nxt in lex.fractions):
                break
            current, last = 1.0, "a"
        elif w == "and":
            if last in ("hundred", "scale") and (nxt in lex.units or nxt in lex.tens):
                i += 1
                continue
            share = {"half": 0.5, "quarter": 0.25}.get(toks[i + 2] if i + 2 < n else "", 0.0)
            if last in ("unit", "teen", "tens", "dozen") and nxt in ("a", "one") and share:
                return Words(total + current + share, i + 3, False)
            break
        elif w in lex.units:
            v = lex.units[w]
            if (last == "tens" and 0 < v < 10) or last in ("", "a", "hundred", "scale"):
                current += v
            else:
                break
            last = "unit" if v < 10 else "teen"
        elif w in lex.tens:
            if last not in ("", "hundred", "scale"):
                break
            current += lex.tens[w]
            last = "tens"
        elif w == "hundred":
            if last not in ("a", "unit", "teen", "tens") or current >= 100:
                break
            current *= 100
            last = "hundred"
        elif w in lex.scales:
            scale = float(lex.scales[w])
            if last not in ("a", "unit", "teen", "tens", "hundred", "dozen") or scale >= last_scale:
                break
            total += current * scale
            current, last, last_scale = 0.0, "scale", scale
        elif w in lex.multipliers:
            if last not in ("a", "unit", "teen", "tens") or last == "dozen":
                break
            current *= lex.multipliers[w]
            last = "dozen"
        elif w in lex.fractions:
            plural = w.endswith("s") and w not in ("halves",)
            if w == "half" and last == "":
                if nxt in ("a", "an") and i + 2 < n and toks[i + 2] in lex.scales:
                    return Words(0.5 * lex.scales[toks[i + 2]], i + 3, False)
                return Words(0.5, i + 1, True)
            if last not in ("a", "unit", "teen", "tens") or total:
                break
            if plural == (current == 1):  # "one thirds" and "two third" are not fractions
                break
            return Words(current / lex.fractions[w], i + 1, True)
        else:
            break
        used = i + 1
        i += 1
    if used == 0 or last == "a":
        return None
    return Words(total + current, used, False)


@dataclass(slots=True)
class Found:
    """An amount found in the text, before its currency and unit are settled."""

    start: int
    end: int
    kind: str
    value: float | None
    value_max: float | None = None
    qualifier: str = "exact"
    hedge: str = ""
    #: ISO code, or a family ("dollar", "franc") to settle from the article's country.
    currency: str = ""
    #: Adjective that named the currency ("Canadian"), so it is explicit.
    adjective: str = ""
    is_points: bool = False
    #: Has a magnitude word (million, bn): such a bare amount may be elided money.
    magnitude: bool = False
    #: The currency word's share of its unit: 0.01 for cents and pence.
    factor: float = 1.0
    unit: str = ""
    #: Where to look for the counted noun: after the span, or after a compound word.
    unit_from: int = -1
    written: bool = False


@dataclass(slots=True)
class Numeral:
    start: int
    end: int
    value: float | None
    written: bool
    fraction: bool = False
    vague: bool = False
    integer: bool = True
    text: str = ""
    #: Written with a scale word: "five billion" (digits get theirs in `tail`).
    magnitude: bool = False


def numeral_at(text: str, i: int, kind: str) -> Numeral | None:
    """The numeral that starts at `i` ("d" digits, "w" word, "a" article before a word)."""
    if kind == "d":
        m = P.DIGITS.match(text, i)
        if m is None:
            return None
        written = m[0]
        if m["fn"]:  # 7-1/2 (a fraction after decimals is ignored)
            digits = m["int"].replace(",", "")
            dec = m["dec"]
            value = float(f"{digits}.{dec}") if dec else parse_digits(digits, m["fn"], m["fd"])
            return Numeral(i, m.end(), value, False, False, False, False, written)
        if text[m.end() : m.end() + 1] == "/":
            fraction = _bare_fraction(text, i)
            if fraction is not None:
                return fraction
        value = float(written.replace(",", "") if "," in written else written)
        return Numeral(i, m.end(), value, False, False, False, "." not in written, written)
    tokens: list[tuple[int, int]] = []
    pos = i
    while True:
        m = P.WORD_RUN.match(text, pos)
        if m is None:
            break
        word_end = m.start() + len(m[0].rstrip(" \t-"))
        tokens.append((m.start(), word_end))
        pos = m.end()
        if pos == word_end:
            break
    words = [text[s:e] for s, e in tokens]
    if words and words[0].lower() in _LEX.vague:
        return Numeral(i, tokens[0][1], None, True, vague=True)
    parsed = words_value(words)
    if parsed is None:
        return None
    end = tokens[parsed.used - 1][1]
    whole = parsed.value == int(parsed.value)
    scaled = any(w.lower() in _LEX.magnitude_words for w in words[: parsed.used])
    return Numeral(
        i,
        end,
        parsed.value,
        True,
        parsed.fraction,
        integer=whole,
        text=text[i:end],
        magnitude=scaled,
    )


def _bare_fraction(text: str, i: int) -> Numeral | None:
    """A wire fraction on its own: "up 1/4 point", "3/8" (a reduced fraction of halves to
    64ths, so that dates, "24/7" and tie-breaks like "(6/8)" are left alone)."""
    m = P.BARE_FRACTION.match(text, i)
    if m is None:
        return None
    num, den = int(m["n"]), int(m["d"])
    if num >= den or num % 2 == 0:
        return None
    return Numeral(i, m.end(), num / den, False, False, False, False, m[0])

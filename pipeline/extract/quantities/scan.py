"""Scan a document for amounts: one fast search for where a numeral starts, then anchored
matches around it for what is attached (currency, magnitude, percent word, a range's
second number, a hedge before it).

The result is a list of `Found` records, in text order and not overlapping; the other
modules of this package decide the currency from the article's context and the unit.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from pipeline.extract.quantities import guards, shapes
from pipeline.extract.quantities import patterns as P
from pipeline.extract.quantities import suffixes as S
from pipeline.extract.quantities.lexicon import lexicon
from pipeline.extract.quantities.numerals import Found, Numeral, numeral_at

__all__ = ["Found", "scan"]

_LEX = lexicon()


def scan(text: str, taken: Sequence[tuple[int, int]] = ()) -> list[Found]:
    """Every amount in `text` outside the `taken` spans, in text order, none overlapping."""
    spans = sorted(taken)
    starts = [s for s, _ in spans]
    found: list[Found] = []
    pos = 0
    k, n = 0, len(spans)
    for i, resume, kind in P.starts(text):
        if i < pos:
            continue  # inside the amount before: "a hundred and five", "10 to 15"
        while k < n and spans[k][1] <= i:
            k += 1
        if k < n and spans[k][0] <= i:
            pos = spans[k][1]  # inside a date or duration: nothing there is an amount
            continue
        f, pos = _amount(text, i, kind, resume, pos)
        if f is None:
            continue
        # no span holds `i`: the figure overlaps one if it runs into the next span or
        # reaches back (over a currency word) into the one before
        if (k < n and spans[k][0] < f.end) or (k and spans[k - 1][1] > f.start):
            continue
        if spans and _day_before_date(text, f, starts):
            continue
        found.append(f)
    return found


def _day_before_date(text: str, f: Found, starts: list[int]) -> bool:
    """Is `f` a day joined to a date that the temporal extractor took? ("5 and 6 May",
    "16, 17 or 18 March": only the last day is part of the date span)"""
    if f.kind != "number" or f.value is None or not 1 <= f.value <= 31 or f.end - f.start > 2:
        return False
    m = P.DAYS_JOINED.match(text, f.end)
    if m is None:
        return False
    k = bisect_left(starts, m.end())
    if k == len(starts) or starts[k] != m.end():
        return False
    words = text[m.end() : m.end() + 16].split()  # "6 May", not "17-year-olds"
    return len(words) > 1 and words[1].rstrip(".,;") in _LEX.months


def _amount(text: str, i: int, kind: str, resume: int, floor: int) -> tuple[Found | None, int]:
    """The amount whose numeral starts at `i`, and where the scan goes on."""
    num = numeral_at(text, i, kind)
    if num is None:
        return shapes.vague_scale(text, i, resume)
    skip = guards.before_numeral(text, num.start, num.written)
    if skip:
        if text[i - 1] == "-" and not num.written:
            group = shapes.age_group(text, num)
            if group is not None:
                return group, group.end
        return None, guards.token_end(text, num.end)
    after = text[num.end : num.end + 2]
    if not num.written and len(after) == 2 and after[0] in " .-)" and after[1] in P.PHONE_NEXT:
        phone = guards.phone_end(text, i)
        if phone > 0:
            return None, phone
    if num.vague:
        return shapes.vague(text, num)
    f = Found(num.start, num.end, "number", num.value)
    f.written, f.magnitude = num.written, num.magnitude
    e = num.end
    # -- the numeral's own tail: a character that shows it is no amount at all
    if not num.written:
        tail = guards.digit_tail(text, e)
        if tail == "skip":
            return None, guards.token_end(text, e)
        if tail:
            attached = P.ATTACHED.match(text, e)
            if attached is None:
                return None, guards.token_end(text, e)
            e = S.attached(text, f, attached)
            if e < 0:
                return None, guards.token_end(text, num.end)
    # -- a currency marker before it
    if not num.written:
        before = (
            # never reach back into the amount before: "150 mln dlrs 7-5/8 pct notes"
            P.CURRENCY_BEFORE.search(text, max(floor, i - 24), i)
            if P.maybe_currency(text, i)
            else None
        )
        if before is not None:
            f.start = before.start()
            f.kind = "money"
            if before["sign"]:
                f.value = -(f.value or 0.0)
            if before["sym"]:
                f.currency = _LEX.symbols[before["sym"]]
            elif before["code"]:
                f.currency = before["code"]
            else:
                word = " ".join(before["word"].lower().split())
                f.currency = _LEX.currency_words[word]["currency"]
                f.adjective = before["adj"] or ""
        elif i > 0 and text[i - 1] in "-−" and (i == 1 or text[i - 2] in " \t\n(") and f.value:
            f.start, f.value = i - 1, -f.value
        elif (
            f.value
            and text[i - 2 : i] in ("s ", "S ")
            and text[max(0, i - 6) : i].lower() == "minus "
        ):
            f.start, f.value = i - 6, -f.value  # minus 0.3 percent
    f.end = e
    if num.fraction:
        return shapes.fraction(text, f)
    nxt = P.peek(text, f.end)
    if (
        f.kind == "number"
        and not f.magnitude
        and not f.unit
        and (nxt in _LEX.time_units or guards.year_like(num))
        and nxt not in P.TAIL_FIRST
        and nxt not in P.EXTEND_FIRST
        and guards.duration_or_year(text, f, num)
    ):
        return None, f.end  # the same verdict as guards.keep, before the costlier steps
    e = S.tail(text, f, nxt)
    return _extend(text, f, num, e, nxt if e == f.end else P.peek(text, e))


def _extend(text: str, f: Found, num: Numeral, e: int, nxt: str) -> tuple[Found | None, int]:
    """Ranges, "eight out of 10", compounds ("25-state"), hedges and the final guards."""
    f.end = e
    hedge_words = guards.words_before(text, f.start)
    if nxt not in P.EXTEND_FIRST:
        S.hedge(text, f, hedge_words, after=False)
        if not guards.keep(text, f, num, hedge_words):
            return None, guards.token_end(text, f.end)
        return f, f.end
    second = shapes.number_range(text, f, num, hedge_words)
    if second == "skip":
        return None, guards.token_end(text, f.end)
    if not second and f.kind == "number" and num.integer and not f.magnitude and not f.unit:
        shapes.out_of(text, f)
    if f.kind == "number" and not f.unit and f.qualifier != "range":
        c = P.COMPOUND.match(text, f.end)
        if c is not None:
            verdict = guards.compound(c["w"].lower())
            if verdict == "skip" or guards.year_like(num):  # 90-day, 1987-model
                return None, c.end()
            if verdict == "percent":
                f.kind, f.end = "percent", c.end()
                f.is_points = "point" in c["w"].lower()
                f.unit = "percentage points" if f.is_points else ""
            elif verdict == "plus":
                f.qualifier, f.hedge = "more_than", "plus"
            elif verdict == "odd":
                f.qualifier, f.hedge = "approx", "odd"
            elif verdict == "strong":
                f.unit_from = c.end()
            elif verdict == "magnitude" and f.value is not None:
                first, *rest = c["w"].split("-")
                f.value *= _LEX.magnitude_words[first.lower()]
                f.magnitude, f.end = True, c.start("w") + len(first)
                money = _LEX.currency_words.get(rest[0].lower()) if rest else None
                if money is not None and "factor" not in money:  # "a 50-mln-dlr budget"
                    f.kind, f.currency = "money", money["currency"]
                    f.end += 1 + len(rest[0])
                elif rest and rest[0].lower() in _LEX.measures:  # "a four-mln-tonne offer"
                    f.unit = _LEX.measures[rest[0].lower()]
            else:
                f.unit = c["w"]
    if f.qualifier != "range":
        S.hedge(text, f, hedge_words)
    if not guards.keep(text, f, num, hedge_words):
        return None, guards.token_end(text, f.end)
    return f, f.end

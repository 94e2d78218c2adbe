"""Durations and sets: amounts of time ("three days" -> P3D) and how often ("daily" -> P1D).

>>> duration_value(2.5, "year"), duration_value(24, "hour"), duration_value(None, "month")
('P2Y6M', 'PT24H', 'PXM')
>>> duration_value(5.5, "month"), duration_value(1, "decade"), duration_value(1.5, "minute")
('P5.5M', 'P10Y', 'PT1M30S')
"""

from __future__ import annotations

import re
from typing import Final

import regex

from pipeline.extract.temporal.context import Context, Found, Skip
from pipeline.extract.temporal.lexicon import (
    MONTHS,
    MULTIPLIERS,
    PARTS_OF_DAY,
    PERSON_NOUNS,
    SEASONS,
    SETS,
    WEEKDAYS,
    number_word,
    unit_of,
)

#: unit -> (TIMEX3 letter, is a time-of-day unit written after T, multiplier into the letter)
_UNIT_CODES: Final = {
    "second": ("S", True, 1),
    "minute": ("M", True, 1),
    "hour": ("H", True, 1),
    "day": ("D", False, 1),
    "week": ("W", False, 1),
    "fortnight": ("W", False, 2),
    "month": ("M", False, 1),
    "quarter": ("M", False, 3),
    "year": ("Y", False, 1),
    "decade": ("Y", False, 10),
    "century": ("Y", False, 100),
    "millennium": ("Y", False, 1000),
}
#: The letter of a vague amount of these units ("decades" -> PXE, as TimeBank writes it).
_VAGUE_CODES: Final = {
    "decade": "E",
    "century": "C",
    "millennium": "L",
    "quarter": "Q",
    "fortnight": "W",
}
#: A fraction of these units is written in the next smaller unit: 2.5 years -> P2Y6M.
_SMALLER: Final = {"year": ("M", 12), "hour": ("M", 60), "minute": ("S", 60)}

_NAME_AFTER: Final = regex.compile(r"[^\S\n]+[A-Z][a-z]")
_HEDGES: Final = {
    "more than": "more_than",
    "over": "more_than",
    "just over": "more_than",
    "well over": "more_than",
    "upwards of": "more_than",
    "less than": "less_than",
    "fewer than": "less_than",
    "under": "less_than",
    "just under": "less_than",
    "nearly": "less_than",
    "almost": "less_than",
    "barely": "less_than",
    "about": "approx",
    "around": "approx",
    "approximately": "approx",
    "roughly": "approx",
    "some": "approx",
    "close to": "approx",
    "at least": "at_least",
    "no less than": "at_least",
    "at most": "at_most",
    "no more than": "at_most",
    "up to": "up_to",
    "within": "up_to",
}


#: Hedges that TimeBank leaves out of the span; the qualifier still records them.
_OUTSIDE: Final = frozenset(
    {
        "about",
        "around",
        "approximately",
        "roughly",
        "some",
        "within",
        "only",
        "barely",
        "close to",
        "upwards of",
        "just over",
        "just under",
        "well over",
    }
)
#: Hedges that are signals, not hedges, before "the" ("over the past three years").
_SIGNALS: Final = frozenset({"over", "under", "within"})
_SPACE: Final = regex.compile(r"\s*")


def hedged_start(m: regex.Match[str], text: str, has_determiner: bool = False) -> tuple[int, str]:
    """Where the span starts and its qualifier, given the hedge word the scan took in.

    "more than four hours", "nearly two years" keep the hedge in the span, as TimeBank
    does; "about two weeks", "within five years" leave it out; "over the past three years"
    is a signal, no hedge at all.
    """
    hedge = m["hedge"]
    if not hedge:
        return m.start(), ""
    key = " ".join(hedge.lower().replace("-", " ").split())
    after = _SPACE.match(text, m.end("hedge")).end()
    if key in _SIGNALS and has_determiner:
        return after, ""
    if key in _OUTSIDE or (key in _SIGNALS and key == "within"):
        return after, "" if key == "within" else qualifier(hedge)
    return m.start(), qualifier(hedge)


def qualifier(hedge: str | None) -> str:
    """The qualifier a hedge word implies ("more than" -> more_than), "" for none."""
    if not hedge:
        return ""
    return _HEDGES.get(" ".join(hedge.lower().replace("-", " ").split()), "")


def _fmt(amount: float) -> str:
    return str(int(amount)) if amount == int(amount) else f"{amount:.4g}"


def duration_value(amount: float | None, unit: str) -> str:
    """The ISO 8601 duration of `amount` `unit`s; None is an unknown amount (X)."""
    letter, is_time, factor = _UNIT_CODES[unit]
    prefix = "PT" if is_time else "P"
    if amount is None:
        return prefix + "X" + _VAGUE_CODES.get(unit, letter)
    amount *= factor
    if amount != int(amount) and unit in _SMALLER:
        smaller, per = _SMALLER[unit]
        whole = int(amount)
        rest = round((amount - whole) * per, 6)
        if rest == int(rest):
            head = f"{whole}{letter}" if whole else ""
            return f"{prefix}{head}{int(rest)}{smaller}"
    return f"{prefix}{_fmt(amount)}{letter}"


def amount(m: regex.Match[str]) -> float | None:
    """The amount of an AMOUNT group of the scan; None for a vague one ("several")."""
    if m["nvague"]:
        return 2.0 if "couple" in m["nvague"].lower() else None
    if m["nhalf"]:
        value = 0.5
    elif m["ndig"]:
        value = float(m["ndig"].replace(",", ""))
        fraction = m["nfrac"]
        if fraction:
            value += {"1/2": 0.5, "1/4": 0.25, "3/4": 0.75, "½": 0.5, "¼": 0.25, "¾": 0.75}[
                fraction
            ]
    elif m["nword"]:
        value = float(number_word(m["nword"]) or 0)
    else:
        value = 1.0
    if m["nmult"]:
        value *= MULTIPLIERS[m["nmult"].lower()]
    if m["nandhalf"]:
        value += 0.5
    return value


# ---------------------------------------------------------------- durations

_QUANTITY_BEFORE: Final = re.compile(
    r"""(?:\d|\b(?:dlrs|dollars?|pounds?|euros?|yen|rupees?|rand|cents?|pence|francs?|marks?|
         percent|pct|times|once|twice|thrice|bushels|barrels|tonnes|tons|shares|units|each)\b
       |[%$£€¥])[^\n]{0,24}$""",
    re.VERBOSE | re.IGNORECASE,
)
#: The one to three words right before an expression (and a wire-copy line break after them:
#: "20 mln tonne\na year"), matched from its end in the reversed text; a forward search for
#: the words that end there would try each of the 40 positions before it.
_FILLER_BACKWARDS: Final = re.compile(r"\n?[^\S\n]*[^\s.;:!?]+(?:[^\S\n]+[^\s.;:!?]+){0,2}")
#: Words right before "a year" that make it a span of time, not a rate ("in a year").
_DURATION_SIGNALS: Final = frozenset(
    "in for over within than after about of by from during under nearly almost past".split()
)


def _is_rate(ctx: Context, start: int) -> bool:
    """Is a bare "a month" the rate of an amount just before it ("94 dlrs a month")?"""
    backwards = _FILLER_BACKWARDS.match(ctx.text[max(0, start - 40) : start][::-1])
    if not backwards:
        return False
    before = backwards.group()[::-1]
    words = before.split()
    if words and words[-1].lower().strip(",") in _DURATION_SIGNALS:
        return False
    return bool(_QUANTITY_BEFORE.search(before))


#: After a singular unit, "ago" then a number: the label of a wire table's column.
_TABLE_LABEL: Final = regex.compile(r"(?<![sS])[^\S\n]+ago[^\S\n]+\d")
_AGE: Final = regex.compile(r"(?:-|[^\S\n]+)old\b[^\S\n]*(\w*)")
_OF_YEAR: Final = regex.compile(r"[^\S\n]+of[^\S\n]+(?:fiscal[^\S\n]+)?\d{4}")
_POSSESSIVES: Final = frozenset("its their his her our".split())
_SPAN_OF_YEARS: Final = re.compile(r"\s+(?:from|between)\s+\d{4}\b")
#: "one day" after a modal or "to" is some day in the future (TimeML FUTURE_REF), not 24 hours.
_MODAL_BEFORE: Final = re.compile(
    r"\b(?:will|would|could|can|may|might|should|shall|must|to|'ll)\s+$", re.IGNORECASE
)


def duration(m: regex.Match[str], ctx: Context) -> Found | Skip | None:
    """Durations: "three days", "the past two months", "90-day", "a week", "recent years"."""
    start, end = m.span()
    if m["lunit"]:  # "day-long"
        return Found("duration", start, end, duration_value(1, unit_of(m["lunit"]) or "day"))
    if m["bunit"]:
        unit = unit_of(m["bunit"]) or "year"
        if not m["bmod"] or (unit in ("minute", "quarter") and m["bmod"].lower() == "the"):
            # a bare "years", "days": vague (NEWS-DEV leaves it out; TimeBank is split
            # evenly); "the minutes" of a meeting, living "quarters"
            return Skip(end)
        if unit == "year" and (m["bmod"] or "").lower() == "recent":
            return Found("date", start, end, "PAST_REF", relative=True)
        if m["bmod"].lower() == "the" and _SPAN_OF_YEARS.match(ctx.text, end):
            return Skip(end)  # "the years from 2006 to 2015": the range is the expression
        start, hedge = hedged_start(m, ctx.text, has_determiner=True)
        return Found("duration", start, end, duration_value(None, unit), hedge)
    unit = unit_of(m["unit"]) or "year"
    value_amount = amount(m)
    if m["unit"][0].isupper() and m["ndig"]:
        return Skip(end)  # a title: "60 Minutes"
    age = _AGE.match(ctx.text, m.end("unit"))
    if age and (unit == "year" or age.group(1).lower() in PERSON_NOUNS):
        return Skip(age.start(1))  # ages are not durations: "52 years old", "6-month-old son"
    if value_amount is not None and value_amount > 1000 and _TABLE_LABEL.match(ctx.text, end):
        return Skip(end)  # "Slaughter 292,000 week ago 290,000": a count beside a table's label
    if unit == "quarter" and _OF_YEAR.match(ctx.text, end):
        return None  # "the first two quarters of 1990" is a half year
    if unit == "quarter" and not (m["ddet"] or m["dadj"] or m["nvague"]):
        return Skip(end)  # "three-quarters of the vote"
    if unit == "second" and (m["na"] or (m["nword"] or "").lower() == "one"):
        return None  # "a second term"
    if m["ndig"] and m["ndig"].isdigit() and len(m["ndig"]) == 4 and m["unit"].lower() == "year":
        return None  # "the 1990 year"
    if (
        unit == "day"
        and (m["nword"] or "").lower() == "one"
        and not (m["hedge"] or m["ddet"] or m["dadj"])
        and _MODAL_BEFORE.search(ctx.text, max(0, start - 12), start)
    ):
        return Found("date", start, end, "FUTURE_REF", relative=True)  # "will one day be"
    if m["dhalf"] and value_amount is not None:
        value_amount += 0.5
    bare_a = m["na"] and m["na"].lower() != "another"
    if bare_a and not (m["hedge"] or m["ddet"] or m["dadj"]) and _is_rate(ctx, start):
        return Found("set", start, end, duration_value(1, unit))  # "94 dlrs a month"
    start, hedge = hedged_start(m, ctx.text, bool(m["ddet"] or m["dadj"]))
    if m["ddet"] and not m["dadj"] and start == m.start("ddet"):
        adjective = ctx.text[m.start("unit") - 1] == "-"
        if adjective or m["ddet"].lower() in _POSSESSIVES:
            # "the eight-year war": the determiner belongs to the noun, not to the duration
            start = _SPACE.match(ctx.text, m.end("ddet")).end()
    value = duration_value(value_amount, unit)
    if m["nto"]:
        return Found("duration", start, end, value, qualifier="range")
    return Found("duration", start, end, value, hedge)


# ---------------------------------------------------------------- sets


def set_expression(m: regex.Match[str], ctx: Context) -> Found | Skip | None:
    """Sets: "daily", "every week", "each Thursday", "twice a year", "per annum"."""
    start, end = m.span()
    if m["sword"]:
        if _NAME_AFTER.match(ctx.text, end):
            return Skip(end)  # "The Daily Telegraph", "the Communist Party daily Granma"
        return Found("set", start, end, SETS[m["sword"].lower()])
    if m["sannum"]:
        unit = "year" if m["sannum"].lower() == "annum" else m["sannum"].lower()
        return Found("set", start, end, duration_value(1, unit))
    if m["wd"]:
        return Found("set", start, end, f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()]}")
    if m["mon"]:
        return Found("set", start, end, f"XXXX-{MONTHS[m['mon'].lower().rstrip('.')]:02d}")
    if m["season"]:
        return Found("set", start, end, f"XXXX-{SEASONS[m['season'].lower()]}")
    if m["pod"]:
        return Found("set", start, end, f"XXXX-XX-XXT{PARTS_OF_DAY[m['pod'].lower()]}")
    unit = unit_of(m["sunit"] or "") or "day"
    every = 1.0
    if m["snum"]:
        every = float(m["snum"]) if m["snum"].isdigit() else float(number_word(m["snum"]) or 1)
    if m["sother"]:
        every = 2.0
    return Found("set", start, end, duration_value(every, unit))

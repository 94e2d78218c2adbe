"""Resolvers of the periods of a year and beyond: quarters, halves, fiscal years, seasons,
decades and centuries.

A quarter named without its year ("the third quarter") is this year's unless the clause
is about the past and that quarter is still ahead. A quarter the text points back to ("the
quarter", "the year-ago quarter", "the 1988 period") is the quarter it last named, moved as
the words say (see `Deferred`).

>>> from datetime import date
>>> _last_completed_quarter(date(1989, 10, 26)), _last_completed_quarter(date(1987, 2, 3))
('1989-Q3', '1986-Q4')
"""

from __future__ import annotations

from datetime import date
from typing import Final

import regex

from pipeline.extract.temporal.absolute import (
    SPACE,
    four_digits,
    month_number,
    next_word,
    previous_word,
    spoken_year,
)
from pipeline.extract.temporal.calendar import season_of
from pipeline.extract.temporal.context import Context, Deferred, Found, tense
from pipeline.extract.temporal.lexicon import DECADES, SEASON_NOUNS_AFTER, SEASONS, number_word


def decade(m: regex.Match[str], ctx: Context) -> Found | None:
    """ "the 1990s" -> 199, "the '80s" -> 198, "the 20th century" -> 19."""
    start, end = m.span()
    if m["decade"]:
        return Found("date", start, end, m["decade"][:3])
    if m["decade2"] or m["decadew"]:
        tens = int(m["decade2"][0]) if m["decade2"] else DECADES[m["decadew"].lower()]
        return Found("date", start, end, f"19{tens}")
    if m["century"] or m["centuryw"]:
        number = int(m["century"]) if m["century"] else number_word(m["centuryw"])
        if not number or number > 21:
            return None
        return Found("date", start, end, f"{number - 1:02d}")
    rel = " ".join(m["crel"].lower().split()).removeprefix("the ")
    if ctx.published is None:
        return Found("date", start, end, None, relative=True)
    shift = {"last": -1, "past": -1, "next": 1}.get(rel, 0)
    return Found(
        "date", start, end, f"{ctx.published.year // 100 + shift:02d}", relative=True, anchored=True
    )


#: Words before a bare season word that make it a time ("in summer", "by the spring").
_SEASON_SIGNALS: Final = frozenset(
    "in during by since until till through throughout over for this last next that early late "
    "before after into".split()
)
_SEASON_ORDER: Final = ("WI", "SP", "SU", "FA")


def season(m: regex.Match[str], ctx: Context) -> Found | None:
    """ "last fall", "this summer", "the winter of 1994", "spring 2005", "in the summer"."""
    start, end = m.span()
    code = SEASONS[m["season"].lower()]
    rel = " ".join((m["srel"] or "").lower().split())
    year = int(m["seyear"]) if m["seyear"] else spoken_year(m["syear"]) if m["syear"] else None
    if year is None:
        after = next_word(ctx, end)
        if after in SEASON_NOUNS_AFTER:
            return None  # "winter wheat"
        signal = previous_word(ctx, start) in _SEASON_SIGNALS and after != "of"
        if not (rel or m["smod"] or signal):
            return None  # "prices fall", "since the fall of the Wall"
    if year is not None:
        return Found("date", start, end, f"{year:04d}-{code}")
    if ctx.published is None:
        if rel:
            return Found("date", start, end, None, relative=True)
        return Found("date", start, end, f"XXXX-{code}", relative=True)
    now_year, now_code = season_of(ctx.published)
    here = now_year * 4 + _SEASON_ORDER.index(now_code)
    target = _SEASON_ORDER.index(code)
    latest = here - ((here - target) % 4)  # the latest season of this kind up to now
    when = tense(ctx.text, start, end)
    if rel in ("last", "past", "previous", "this past"):
        index = latest if latest < here else latest - 4
    elif rel in ("next", "coming"):
        index = latest + 4
    elif rel == "this":
        index = now_year * 4 + target
    elif when == "past":
        index = latest
    elif when == "future":
        index = latest if latest == here else latest + 4
    else:
        index = now_year * 4 + target
    year, position = divmod(index, 4)
    return Found(
        "date", start, end, f"{year:04d}-{_SEASON_ORDER[position]}", relative=True, anchored=True
    )


# ---------------------------------------------------------------- quarters and fiscal years

_ORDINAL_NUMBER: Final = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}


def _last_completed_quarter(published: date) -> str:
    quarter = (published.month - 1) // 3
    if quarter == 0:
        return f"{published.year - 1}-Q4"
    return f"{published.year}-Q{quarter}"


def _quarter_year(ctx: Context, quarter: int, start: int, end: int) -> int | None:
    """The year of "the third quarter": this year's, unless that quarter is still ahead and
    the clause is about the past, or more than one quarter ahead and not about the future."""
    if ctx.published is None:
        return None
    current = (ctx.published.month - 1) // 3 + 1
    if quarter <= current:
        return ctx.published.year
    when = tense(ctx.text, start, end)
    if when == "past" or (when is None and quarter - current > 1):
        return ctx.published.year - 1
    return ctx.published.year


def quarter(m: regex.Match[str], ctx: Context) -> Found | None:
    """Quarters and halves of a year, named or referred to."""
    start, end = m.span()
    det = " ".join((m["qdet"] or "").lower().replace("-", " ").split())
    if m["qref"]:
        return _quarter_reference(m, ctx, det)
    if det in ("a", "an", "the", "its", "their", "that", "this") and (
        det in ("its", "their", "that") or "-" in ctx.text[m.end("qord") : m.end("qord") + 1]
    ):
        # "a third-quarter loss", "its third quarter": the determiner is the noun's
        start = SPACE.match(ctx.text, m.end("qdet")).end()
        if det == "this":
            det = "this"
    if m["qcode"]:
        code = m["qcode"].upper()
        letter = "Q" if "Q" in code else "H"
        number = int(code.replace(letter, ""))
    elif m["qm1"]:
        first, last = month_number(m["qm1"]), month_number(m["qm2"])
        span = (last - first) % 12 + 1
        if span == 3 and first % 3 == 1:
            letter, number = "Q", (first - 1) // 3 + 1
        elif span == 6 and first in (1, 7):
            letter, number = "H", (first - 1) // 6 + 1
        else:
            return None  # a fiscal quarter ("the November-January quarter"): no calendar one
    elif m["qmonths"]:
        letter = "Q" if m["qn"].lower() == "three" else "H"
        number = 1 if m["qord"].lower() == "first" else (4 if letter == "Q" else 2)
    elif m["qh2"]:
        letter, number = "H", 1
    else:
        letter = "Q" if m["qh"].lower() == "quarter" else "H"
        ordinal = m["qord"].lower()
        if ordinal in ("last", "final"):
            has_year = m["qyear"] or m["qrel"] or det.endswith("year's")
            if not has_year:
                return _relative_quarter(ctx, start, end, -1) if letter == "Q" else None
            number = 4 if letter == "Q" else 2
        else:
            number = _ORDINAL_NUMBER[ordinal]
            if letter == "H" and number > 2:
                return None
    if m["qyear"]:
        return Found("date", start, end, f"{m['qyear']}-{letter}{number}")
    if det.endswith("year's") or m["qrel"]:
        word = det.split()[0] if det.endswith("year's") else m["qrel"].lower().split()[-1]
        if ctx.published is None:
            return Found("date", start, end, None, relative=True)
        shift = {"last": -1, "previous": -1, "next": 1}.get(word, 0)
        year = ctx.published.year + shift
        return Found("date", start, end, f"{year}-{letter}{number}", relative=True, anchored=True)
    if "ago" in det or "earlier" in det:
        fallback = None
        this_year = _quarter_year(ctx, number, start, end)
        if this_year is not None:
            fallback = f"{this_year - 1}-{letter}{number}"
        return Found("date", start, end, fallback, relative=True, anchored=fallback is not None)
    if ctx.published is None:
        return Found("date", start, end, f"XXXX-{letter}{number}", relative=True)
    named_year = _quarter_year(ctx, number, start, end) if letter == "Q" else ctx.published.year
    value = f"{named_year}-{letter}{number}"
    return Found("date", start, end, value, relative=True, anchored=True)


def _relative_quarter(ctx: Context, start: int, end: int, shift: int) -> Found:
    if ctx.published is None:
        return Found("date", start, end, None, relative=True)
    index = ctx.published.year * 4 + (ctx.published.month - 1) // 3 + shift
    year, q = divmod(index, 4)
    return Found("date", start, end, f"{year}-Q{q + 1}", relative=True, anchored=True)


def _quarter_reference(m: regex.Match[str], ctx: Context, det: str) -> Found:
    """ "the quarter", "the latest quarter", "the year-ago quarter", "the 1988 period"."""
    del det
    start, end = m.span()
    words = " ".join(m.group().lower().replace("-", " ").split())
    first = words.split()[0]
    if m["qyear"]:
        # "the 1988 quarter": the quarter the text talks about, in 1988
        # (without one, the year it names)
        year = int(m["qyear"])
        deferred = Deferred("quarter", "year", 0, f"{year:04d}", accepts=("quarter",), year=year)
        return Found("date", start, end, None, relative=True, deferred=deferred)
    if "current" in words:
        return _relative_quarter(ctx, start, end, 0)
    if words.startswith(("last year's", "next year's")):
        # "last year's quarter": the quarter the text talks about, a year before (after)
        shift_years = -1 if first == "last" else 1
        deferred = Deferred("quarter", "year", shift_years, None, accepts=("quarter",))
        return Found("date", start, end, None, relative=True, deferred=deferred)
    if first == "this":  # in a report on a quarter, "this quarter" is the one reported
        fallback = _relative_quarter(ctx, start, end, 0).value
        deferred = Deferred("quarter", "year", 0, fallback, accepts=("quarter",))
        return Found("date", start, end, None, relative=True, deferred=deferred)
    if first == "next":
        return _relative_quarter(ctx, start, end, 1)
    if first == "last" or "past" in words:
        return _relative_quarter(ctx, start, end, -1)
    latest = _last_completed_quarter(ctx.published) if ctx.published else None
    same_sentence = ("quarter", "day", "month")
    if "previous" in words and ctx.published is None:
        return Found("date", start, end, None, relative=True)  # as "the previous month"
    if "previous" in words:
        fallback = _relative_quarter(ctx, start, end, -1).value
        deferred = Deferred("quarter", "quarter", -1, fallback, accepts=("quarter",))
        return Found("date", start, end, None, relative=True, deferred=deferred)
    if "ago" in words or "earlier" in words or "last year" in words:
        fallback = f"{int(latest[:4]) - 1}{latest[4:]}" if latest else None
        deferred = Deferred(
            "quarter", "year", -1, fallback, accepts=same_sentence, accepts_before=("quarter",)
        )
        return Found("date", start, end, None, relative=True, deferred=deferred)
    if "latest" in words:
        return Found("date", start, end, latest, relative=True, anchored=latest is not None)
    # "the quarter ended Sept. 30": the quarter of the date in the sentence, else the last named
    deferred = Deferred(
        "quarter", "year", 0, latest, accepts=same_sentence, accepts_before=("quarter",)
    )
    return Found("date", start, end, None, relative=True, deferred=deferred)


def fiscal_year(m: regex.Match[str], ctx: Context) -> Found | None:
    """ "fiscal 1987" -> FY1987, "the 2005 fiscal year" -> FY2005, "the current fiscal year"."""
    start, end = m.span()
    if m["fyear"]:
        year = int(m["fyear"])
        if m["fyy"]:
            year = int(m["fyy"]) if len(m["fyy"]) == 4 else four_digits(m["fyy"], year)
        return Found("date", start, end, f"FY{year}")
    if m["fy2"]:
        return Found("date", start, end, f"FY{four_digits(m['fy2'])}")
    rel = " ".join(m["frel"].lower().split()).removeprefix("the ")
    fallback = None
    if rel in ("previous", "last"):
        if ctx.published is not None:
            fallback = f"FY{ctx.published.year - 1}"
        if rel == "previous":
            deferred = Deferred(
                "year",
                "year",
                -1,
                fallback,
                accepts=("year", "month", "day", "quarter"),
                prefix="FY",
            )
            return Found("date", start, end, None, relative=True, deferred=deferred)
        return Found("date", start, end, fallback, relative=True, anchored=fallback is not None)
    if ctx.published is None:
        return Found("date", start, end, None, relative=True)
    shift = {"next": 1, "coming": 1, "new": 1}.get(rel, 0)
    return Found(
        "date", start, end, f"FY{ctx.published.year + shift}", relative=True, anchored=True
    )

"""Resolvers of expressions relative to the publication date: yesterday, weekdays, last year,
two weeks ago, this morning, now; and clock times, which belong to a day.

Without a publication date these keep their span with a null value: they are never
resolved against the day the pipeline runs.

>>> from datetime import date
>>> weekday_date(date(2025, 4, 29), 6, None, "past")
datetime.date(2025, 4, 26)
>>> weekday_date(date(2025, 4, 23), 6, None, "future")
datetime.date(2025, 4, 26)
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

import regex

from pipeline.extract.temporal.absolute import month_number, next_word, previous_word, year_for
from pipeline.extract.temporal.calendar import period_value, shift
from pipeline.extract.temporal.context import Context, Deferred, Found, Skip, Tense, tense
from pipeline.extract.temporal.durations import amount, duration_value, hedged_start
from pipeline.extract.temporal.lexicon import (
    AWARD_NOUNS,
    HOLIDAYS,
    PARTS_OF_DAY,
    REFERENCES,
    WEEKDAY_NAME_PHRASES_BEFORE,
    WEEKDAY_NAMES_AFTER,
    WEEKDAY_NAMES_BEFORE,
    WEEKDAYS,
    number_word,
    unit_of,
)
from pipeline.records import TimexKind


def _words(text: str) -> str:
    return " ".join(text.lower().replace("-", " ").split())


_BACK: Final = frozenset({"last", "past", "previous", "the previous", "the last"})
_AHEAD: Final = frozenset(
    {"next", "coming", "following", "the following", "the next", "this coming"}
)


def _weekday_needs_tense(published: date, weekday: int, rel: str | None) -> bool:
    """Does `weekday_date` read the tense? Not for "last"/"next" nor for the publication
    day itself (the tense costs more than the rest of the resolver)."""
    return rel not in _BACK and rel not in _AHEAD and published.isoweekday() != weekday


def weekday_date(published: date, weekday: int, rel: str | None, when: Tense | None) -> date:
    """The date of a weekday (1 = Monday) named in a text published on `published`.

    "last" is the one before, "next"/"coming" the one after; a bare weekday is the
    publication day itself when it falls on it, else the one before (or after, in a
    clause about the future).
    """
    back = (published.isoweekday() - weekday) % 7
    ahead = (weekday - published.isoweekday()) % 7
    if rel in _BACK:
        return published - timedelta(days=back or 7)
    if rel in _AHEAD:
        return published + timedelta(days=ahead or 7)
    if back == 0:
        return published
    if when == "future" or (rel == "this" and when != "past"):
        return published + timedelta(days=ahead)
    return published - timedelta(days=back)


def _rel_day(word: str) -> int:
    return {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[word.lower()]


#: After "Today": a programme; before it: a possessive or a name in capitals ("Radio 4's
#: Today", "VOA Today", "USA Today"): a title, not the day.
_TITLE_AFTER: Final = frozenset("programme program show newspaper".split())
_POSSESSIVE_OR_CAPS: Final = regex.compile(r"(?r)(?:\w['\u2019]s|\b[A-Z]{2,})[^\S\n]+$")


def relative_day(m: regex.Match[str], ctx: Context) -> Found | Skip | None:
    """ "yesterday", "late yesterday", "today", "tonight", "the day before yesterday"."""
    start, end = m.span()
    if m["drel"] and m["drel"][0].isupper() and not m["dmod"]:
        before = _POSSESSIVE_OR_CAPS.search(ctx.text, max(0, start - 20), start)
        if before or next_word(ctx, end) in _TITLE_AFTER:
            return Skip(end)
    if ctx.published is None:
        return Found("date", start, end, None, relative=True)
    far = (m["dfar"] or "").lower()
    offset = (-2 if "before" in far else 2) if far else _rel_day(m["drel"])
    day = ctx.published + timedelta(days=offset)
    return Found("date", start, end, day.isoformat(), relative=True, anchored=True)


def _is_name(ctx: Context, start: int, end: int) -> bool:
    """Is a weekday part of a name ("Bloody Sunday", "the Sunday Express")?"""
    before = previous_word(ctx, start)
    after = ctx.text[end : end + 1] == " " and next_word(ctx, end)
    if before in WEEKDAY_NAMES_BEFORE or bool(after and after in WEEKDAY_NAMES_AFTER):
        return True
    lead = " ".join(ctx.text[max(0, start - 20) : start].lower().split()[-2:])
    return lead in WEEKDAY_NAME_PHRASES_BEFORE


def weekday(m: regex.Match[str], ctx: Context) -> Found | Skip | None:
    """ "Saturday", "last Sunday", "this coming Sunday", "Mondays" (a set)."""
    start, end = m.span()
    number = WEEKDAYS[m["wd"].lower()]
    if _is_name(ctx, m.start("wd"), m.end("wd")):
        return Skip(end)
    if m["wplural"] or m["wpod"]:
        suffix = f"T{PARTS_OF_DAY[m['wpod'].lower().rstrip('s')]}" if m["wpod"] else ""
        return Found("set", start, end, f"XXXX-WXX-{number}{suffix}")
    if ctx.published is None:
        return Found("date", start, end, None, relative=True)
    if m["wmod"]:  # "Earlier Friday": TimeBank leaves the modifier out
        start = m.start("wrel") if m["wrel"] else m.start("wd")
    rel = _words(m["wrel"]) if m["wrel"] else None
    if rel and rel.endswith(("past", "coming")) and " " in rel:
        rel = "last" if rel.endswith("past") else "next"
    possessive = ctx.text.startswith("'s", end) or ctx.text.startswith("’s", end)
    if possessive:
        when: Tense | None = "past"  # "Wednesday's ruling"
    elif _weekday_needs_tense(ctx.published, number, rel):
        when = tense(ctx.text, start, end)
    else:
        when = None
    day = weekday_date(ctx.published, number, rel, when)
    return Found("date", start, end, day.isoformat(), relative=True, anchored=True)


def _weekend(m: regex.Match[str], ctx: Context) -> Found:
    start, end = m.span()
    if ctx.published is None:
        return Found("date", start, end, None, relative=True)
    rel = _words(m["wkrel"]).removeprefix("the ")
    saturday_back = weekday_date(ctx.published, 6, "last", None)
    if ctx.published.isoweekday() >= 6:
        saturday_back = ctx.published - timedelta(days=ctx.published.isoweekday() - 6)
    saturday_ahead = saturday_back + timedelta(days=7)
    if rel in ("last", "past"):
        saturday = saturday_back if ctx.published.isoweekday() < 6 else saturday_back - timedelta(7)
    elif rel in ("next", "coming"):
        saturday = saturday_ahead
    else:
        when = tense(ctx.text, start, end)
        if when == "past" or (when is None and ctx.published.isoweekday() <= 3):
            saturday = saturday_back
        else:
            saturday = saturday_back if ctx.published.isoweekday() >= 6 else saturday_ahead
    return Found(
        "date", start, end, period_value(saturday, "weekend"), relative=True, anchored=True
    )


_REL_SHIFT: Final = {
    "last": -1,
    "past": -1,
    "the past": -1,
    "the last": -1,
    "this past": -1,
    "this": 0,
    "the current": 0,
    "that": 0,
    "the same": 0,
    "the latest": 0,
    "next": 1,
    "coming": 1,
    "the coming": 1,
    "the next": 1,
}


def relative_unit(m: regex.Match[str], ctx: Context) -> Found | Skip | None:
    """ "last year", "this week", "next month", "earlier this month", "the previous month",
    "year-end", "year-earlier", "the past decade", "the weekend"."""
    start, end = m.span()
    if m["wkrel"]:
        return _weekend(m, ctx)
    if m["rlong"]:
        unit = m["rlong"].lower()
        rel = _words(m["rrel"])
        if rel in ("past", "the past", "last", "the last"):
            return Found("duration", start, end, duration_value(1, unit))
        if ctx.published is None:
            return Found("date", start, end, None, relative=True)
        moved = shift(ctx.published, unit, _REL_SHIFT.get(rel, 0))
        return Found("date", start, end, period_value(moved, unit), relative=True, anchored=True)
    words = m.group().split()
    if len(words) > 1 and words[0][0].isupper() and words[-1][0].isupper() and not m["rmod"]:
        return Skip(end)  # a title: ABC's "This Week"
    if m["rthe"]:
        return _the_year(m, ctx)
    fallback_year = str(ctx.published.year - 1) if ctx.published else None
    if m["yago"]:
        deferred = Deferred(None, "year", -1, fallback_year, accepts=("quarter", "month", "year"))
        return Found("date", start, end, None, relative=True, deferred=deferred)
    if not m["runit"]:  # year-end, the end of the year
        if ctx.published is None:
            return Found("date", start, end, None, relative=True)
        return Found("date", start, end, str(ctx.published.year), relative=True, anchored=True)
    unit = m["runit"].lower()
    rel = _words(m["rrel"]) if m["rrel"] else ("next" if m["rahead"] else "this")
    if (
        rel in ("the past", "the last")
        and unit != "weekend"
        and not m["rmod"]
        and not _OF_AFTER.match(ctx.text, end)
    ):
        # "over the past year" is the year up to now, a duration as "the past three years"
        # is (NEWS-DEV); "the last year of the war" is no span of time
        return Found("duration", start, end, duration_value(1, unit))
    if ctx.published is None and rel in _PREVIOUS:
        return Found("date", start, end, None, relative=True)  # NEWS-DEV: no reference
    if rel in (
        "the previous",
        "previous",
        "the prior",
        "the preceding",
        "the following",
        "following",
        "that",
        "the same",
    ):
        amount_ = {"the previous": -1, "previous": -1, "the prior": -1, "the preceding": -1}.get(
            rel, 0
        )
        if rel in ("the following", "following"):
            amount_ = 1
        fallback = None
        if ctx.published is not None and rel not in ("that", "the same"):
            fallback = period_value(shift(ctx.published, unit, amount_), unit)
        accepts = ("day", "week", "month", "quarter", "year") if unit != "week" else ("day", "week")
        deferred = Deferred(unit, unit, amount_, fallback, accepts=accepts)
        return Found("date", start, end, None, relative=True, deferred=deferred)
    if ctx.published is None:
        return Found("date", start, end, None, relative=True)
    moved = shift(ctx.published, unit, _REL_SHIFT.get(rel, 0))
    return Found("date", start, end, period_value(moved, unit), relative=True, anchored=True)


_ENDED: Final = regex.compile(r"\s+(?:ended|ending|through)\b")
_OF_AFTER: Final = regex.compile(r"\s+of\b")
#: Without a publication date, "the previous month" has no value (NEWS-DEV lists it among
#: the purely relative expressions), even where the text names a month before it.
_PREVIOUS: Final = frozenset(
    {"the previous", "previous", "the prior", "the preceding", "the following", "following"}
)


def _the_year(m: regex.Match[str], ctx: Context) -> Found | Skip:
    """ "the year ended March 31" (a year's span), "for the full year" (this year), "the week"."""
    start, end = m.span()
    unit = m["rthe"].lower()
    lead = ctx.text[max(0, start - 24) : start].lower().split()
    if len(lead) >= 2 and lead[-1] == "of" and lead[-2] in AWARD_NOUNS:
        return Skip(end)  # "player of the year" is a title
    if _ENDED.match(ctx.text, end):
        return Found("duration", start, end, duration_value(1, unit))
    if ctx.published is None:
        return Found("date", start, end, None, relative=True)
    if unit == "week":  # which week is rarely clear: the year is
        return Found("date", start, end, f"{ctx.published.year}-WXX", relative=True, anchored=True)
    return Found("date", start, end, str(ctx.published.year), relative=True, anchored=True)


def ago(m: regex.Match[str], ctx: Context) -> Found | None:
    """ "two weeks ago", "a year earlier", "nearly four years ago", "several years ago"."""
    start, end = m.span()
    unit = unit_of(m["unit"]) or "year"
    count = amount(m)
    direction = _words(m["ago"])
    start, hedge = hedged_start(m, ctx.text)
    singular = not m["unit"].lower().endswith("s")
    if count is not None and count > 1000 and singular:
        return None  # "Cattle slaughter 292,000 week ago": a count beside a table's label
    if count is None:
        value = "PAST_REF" if direction != "from now" and direction != "hence" else "FUTURE_REF"
        return Found("date", start, end, value, hedge, relative=True)
    sign = 1 if direction in ("hence", "from now") else -1
    granularity = {
        "decade": "year",
        "century": "year",
        "fortnight": "week",
        "hour": "day",
        "minute": "day",
        "second": "day",
    }.get(unit, unit)
    whole = int(count) if count == int(count) else None
    if direction in ("earlier", "before"):
        if whole is None:
            return Found("date", start, end, None, hedge, relative=True)
        fallback = None
        if ctx.published is not None:
            fallback = period_value(shift(ctx.published, unit, -whole), granularity)
        keep = None if unit in ("year", "decade", "century") else granularity
        deferred = Deferred(keep, unit, -whole, fallback)
        return Found("date", start, end, None, hedge, relative=True, deferred=deferred)
    if ctx.published is None:
        return Found("date", start, end, None, hedge, relative=True)
    if whole is None:
        moved = shift(
            ctx.published, "month", sign * round(count * {"year": 12, "decade": 120}.get(unit, 1))
        )
    else:
        moved = shift(ctx.published, unit, sign * whole)
    value = period_value(moved, granularity)
    if direction == "ago" and whole == 1 and unit == "year":
        # in a report on a quarter, "a year ago" is that quarter a year before
        deferred = Deferred(
            None, "year", -1, value, accepts=("quarter", "month"), accepts_before=("quarter",)
        )
        return Found("date", start, end, None, hedge, relative=True, deferred=deferred)
    return Found("date", start, end, value, hedge, relative=True, anchored=True)


def _easter(year: int) -> date:
    """Easter Sunday (the Anonymous Gregorian algorithm).

    >>> _easter(2000), _easter(2025)
    (datetime.date(2000, 4, 23), datetime.date(2025, 4, 20))
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 is the last) weekday (1 = Monday) of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def holiday_date(name: str, year: int) -> date:
    """The date of a holiday in a year (US dates where they differ)."""
    key = " ".join(name.lower().replace("’", "'").split())
    if key.startswith("easter"):
        return _easter(year) + timedelta(days=1 if key.endswith("monday") else 0)
    if key.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 4, 4)
    if key == "election day":
        return _nth_weekday(year, 11, 1, 1) + timedelta(days=1)
    if key == "labor day":
        return _nth_weekday(year, 9, 1, 1)
    if key == "memorial day":
        return _nth_weekday(year, 5, 1, -1)
    month, day = HOLIDAYS.get(key, HOLIDAYS.get(key.removesuffix(" day"), "12-25")).split("-")
    return date(year, int(month), int(day))


def holiday(m: regex.Match[str], ctx: Context) -> Found | None:
    """ "Thanksgiving Day", "last Christmas", "Easter week" (TimeML dates; NEWS-DEV leaves
    holidays out, see the report)."""
    start, end = m.span()
    if ctx.published is None:
        return Found("date", start, end, None, relative=True)
    name = m["holiday"]
    rel = (m["hrel"] or "").lower()
    when = tense(ctx.text, start, end)
    published = ctx.published
    options = [holiday_date(name, y) for y in range(published.year - 1, published.year + 2)]
    nearest = min(options, key=lambda d: abs((d - published).days))
    before = max((d for d in options if d < published), default=options[0])
    after = min((d for d in options if d > published), default=options[-1])
    if rel == "last":
        day = before
    elif rel == "next":
        day = after
    elif when == "past" and (nearest - ctx.published).days > 30:
        day = before
    elif when == "future" and (ctx.published - nearest).days > 30:
        day = after
    else:
        day = nearest
    if name.lower().endswith("week"):
        return Found("date", start, end, period_value(day, "week"), relative=True, anchored=True)
    return Found("date", start, end, day.isoformat(), relative=True, anchored=True)


def reference(m: regex.Match[str], ctx: Context) -> Found | None:
    """ "now", "currently", "recently", "the future": PRESENT_REF, PAST_REF, FUTURE_REF."""
    start, end = m.span()
    value = REFERENCES[_words(m["ref"])]
    if m.group() == "Now" and ctx.text.startswith(",", end):
        return None  # "Now, he says, ...": a discourse marker, not a time
    return Found(
        "date",
        start,
        end,
        value,
        relative=value == "PRESENT_REF",
        anchored=value == "PRESENT_REF" and ctx.published is not None,
    )


# ---------------------------------------------------------------- times and parts of days


def _day_of(m: regex.Match[str], ctx: Context, start: int, end: int) -> date | None:
    """The day a time or a part of a day belongs to, when the expression names it."""
    if ctx.published is None:
        return None
    rel = m["trel"] or m["pdrel"]
    if rel:
        return ctx.published + timedelta(days=_rel_day(rel))
    if m["wd"]:
        return weekday_date(
            ctx.published, WEEKDAYS[m["wd"].lower()], None, tense(ctx.text, start, end)
        )
    if m["mon"] and (m["day"] or m["dayw"]):
        month = month_number(m["mon"])
        day = int(m["day"]) if m["day"] else number_word(m["dayw"]) or 1
        year = (
            int(m["year"])
            if m["year"]
            else year_for(ctx.published, month, day, tense(ctx.text, start, end))
        )
        try:
            return date(year, month, day)
        except ValueError:
            return None
    return ctx.published


def _clock(m: regex.Match[str]) -> str | None:
    if m["noon"]:
        return {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[m["noon"].lower()]
    hour_text = m["hour"]
    hour = int(hour_text) if hour_text.isdigit() else number_word(hour_text)
    if hour is None:
        return None
    minute = int(m["minute"]) if m["minute"] else 0
    if m["ampm"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m["ampm"].lower() == "p" else 0)
    elif m["pod"] and m["pod"].lower() in ("afternoon", "evening") and hour < 12:
        hour += 12
    return f"{hour:02d}:{minute:02d}"


def clock_time(m: regex.Match[str], ctx: Context) -> Found | Skip | None:
    """ "10am", "10:30 p.m.", "noon Thursday", "5 p.m. EST Nov. 9", "4 in the morning"."""
    start, end = m.span()
    clock = _clock(m)
    if clock is None:
        return None
    if m["noon"] and (m["noon"][0].isupper() and start > 0 and ctx.text[start - 2] not in ".!?\n"):
        return Skip(end)  # "High Noon"
    if m["noon"] and previous_word(ctx, start) == "high":
        return Skip(end)
    day = _day_of(m, ctx, start, end)
    own_day = bool(m["trel"] or m["wd"] or m["mon"])
    if day is None and not own_day and ctx.published is None:
        # "at 2200 GMT" in an undated story: the clock is known, the day is not (as
        # "12 January" is XXXX-01-12)
        return Found("time", start, end, f"XXXX-XX-XXT{clock}")
    if day is None:
        return Found("time", start, end, None, relative=True)
    return Found(
        "time",
        start,
        end,
        f"{day.isoformat()}T{clock}",
        relative=not (m["year"]),
        anchored=True,
        extra={"own_day": "1" if own_day else ""},
    )


def part_of_day(m: regex.Match[str], ctx: Context) -> Found | Skip | None:
    """ "Friday morning" (a date, as TimeBank has it), "this morning", "last night" (times)."""
    start, end = m.span()
    if m["wd"] and _is_name(ctx, m.start("wd"), m.end("wd")):
        return Skip(end)
    if m["wd"] and m["pmod"]:  # "early Friday morning": the modifier stays out
        start = m.start("wd")
    kind: TimexKind = "time"
    offset = 0
    if m["pover"]:
        code = "NI"
        # "a battle overnight" in a report is the night before it (the night begins on the
        # day before); "will fly overnight" is the coming one
        offset = 0 if tense(ctx.text, start, end) == "future" else -1
    elif m["pmid"]:
        code = "AF" if "afternoon" in m["pmid"].lower() else "MO"
    else:
        code = PARTS_OF_DAY[m["pod"].lower()]
        kind = "date" if m["wd"] else "time"
        offset = -1 if (m["pthis"] or "").lower() == "last" else 0
    if ctx.published is None:
        return Found(kind, start, end, None, relative=True)
    day = _day_of(m, ctx, start, end) or ctx.published
    day += timedelta(days=offset)
    if m["wd"]:
        # "Friday night": a date, as TimeBank mostly annotates it, of day granularity
        return Found("date", start, end, day.isoformat(), relative=True, anchored=True)
    return Found(kind, start, end, f"{day.isoformat()}T{code}", relative=True, anchored=True)

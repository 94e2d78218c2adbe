"""Dates, times, durations and sets (first version: month-day, weekdays, yesterday)."""

from __future__ import annotations

from datetime import date, timedelta

import regex

from pipeline.records import Timex

_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_DATE = regex.compile(
    r"\b(?:(?P<rel>yesterday|today|tomorrow)|(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"|(?P<mon>January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?:\s(?P<day>\d{1,2})\b)?(?:,?\s(?P<year>\d{4})\b)?"
    r"|(?P<last>last year))\b",
    regex.IGNORECASE,
)


def timexes(text: str, published: date | None) -> list[Timex]:
    found = []
    for m in _DATE.finditer(text):
        value: str | None = None
        if m["rel"] and published:
            shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[m["rel"].lower()]
            value = (published + timedelta(days=shift)).isoformat()
        elif m["wd"] and published:
            back = (published.weekday() - _DAYS.index(m["wd"].lower())) % 7
            value = (published - timedelta(days=back)).isoformat()
        elif m["mon"]:
            month = _MONTHS.index(m["mon"].lower()) + 1
            year = m["year"] or (str(published.year) if published else "XXXX")
            value = f"{year}-{month:02d}" + (f"-{int(m['day']):02d}" if m["day"] else "")
        elif m["last"] and published:
            value = str(published.year - 1)
        found.append(
            Timex(
                kind="date",
                start=m.start(),
                end=m.end(),
                raw=m.group(),
                value=value,
                is_relative=not m["mon"],
            )
        )
    return found

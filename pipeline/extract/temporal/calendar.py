"""Calendar arithmetic on TIMEX3 values: shift a date, name its period, and turn a value
back into the interval of days it covers.

Values are the TIMEX3 strings of TimeML: 2025-04-28, 2025-04, 2025, 2025-W17, 2024-Q4,
2005-H1, 1998-FA (a season), 199 (a decade), 19 (a century), FY2005, PRESENT_REF,
2025-04-26T10:00 and 1998-08-07TMO (a part of the day). A range is two values joined by
``/``. Parts that are not known are written with X (XXXX-05-07).

>>> interval("2024-Q4")
('2024-10-01', '2024-12-31', 'quarter')
>>> interval("2025-W17")
('2025-04-21', '2025-04-27', 'week')
>>> interval("2025-05-05/2025-05-10")
('2025-05-05', '2025-05-10', 'day')
>>> period_value(date(2025, 4, 29), "quarter"), shift(date(2024, 3, 31), "month", -1)
('2025-Q2', datetime.date(2024, 2, 29))
"""

from __future__ import annotations

import calendar as _calendar
from datetime import date, timedelta
from functools import lru_cache
from typing import Final

import regex

#: The granularity of each period unit, as in records.GRANULARITIES.
_SEASON_MONTHS: Final = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def shift(day: date, unit: str, amount: int) -> date:
    """`day` moved by `amount` units (day, week, month, quarter, half, year, decade, century);
    month arithmetic keeps the day of the month where it exists, else the month's last day."""
    days = {"day": 1, "week": 7, "weekend": 7, "fortnight": 14}.get(unit)
    if days is not None:
        try:
            return day + timedelta(days=days * amount)
        except OverflowError:  # "a million days ago"
            return date.min if amount < 0 else date.max
    months = {
        "month": 1,
        "quarter": 3,
        "half": 6,
        "season": 3,
        "year": 12,
        "decade": 120,
        "century": 1200,
    }.get(unit)
    if months is None:
        return day
    index = day.year * 12 + day.month - 1 + months * amount
    year, month = divmod(index, 12)
    year = min(max(year, 1), 9999)
    last = _calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def season_of(day: date) -> tuple[int, str]:
    """The (year, season code) a day falls in; December belongs to the next year's winter."""
    if day.month in (3, 4, 5):
        return day.year, "SP"
    if day.month in (6, 7, 8):
        return day.year, "SU"
    if day.month in (9, 10, 11):
        return day.year, "FA"
    return (day.year + 1 if day.month == 12 else day.year), "WI"


def period_value(day: date, unit: str) -> str:
    """The TIMEX3 value of the `unit`-long period that contains `day`.

    >>> [period_value(date(1989, 10, 30), u) for u in ("day", "week", "month", "year", "decade")]
    ['1989-10-30', '1989-W44', '1989-10', '1989', '198']
    """
    if unit == "day":
        return day.isoformat()
    if unit in ("week", "fortnight"):
        iso_year, week, _ = day.isocalendar()
        return f"{iso_year}-W{week:02d}"
    if unit == "weekend":
        iso_year, week, _ = day.isocalendar()
        return f"{iso_year}-W{week:02d}-WE"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if unit == "half":
        return f"{day.year:04d}-H{(day.month - 1) // 6 + 1}"
    if unit == "season":
        year, code = season_of(day)
        return f"{year:04d}-{code}"
    if unit == "decade":
        return f"{day.year // 10:03d}"
    if unit == "century":
        return f"{day.year // 100:02d}"
    return f"{day.year:04d}"


def shift_value(value: str, years: int) -> str:
    """A date value moved by whole years, keeping its granularity ("1987-01" -> "1986-01").

    >>> shift_value("1989-Q3", -1), shift_value("FY1988", 1), shift_value("XXXX-05", -1)
    ('1988-Q3', 'FY1989', 'XXXX-05')
    """
    match = _LEADING_YEAR.match(value)
    if not match:
        return value
    year = int(match["year"]) + years
    shifted = f"{match['prefix'] or ''}{year:04d}{value[match.end() :]}"
    if _FULL_DAY.fullmatch(shifted):
        try:
            date.fromisoformat(shifted)
        except ValueError:  # 29 February moved to a common year
            shifted = shifted[:-2] + "28"
    return shifted


_LEADING_YEAR: Final = regex.compile(r"(?P<prefix>FY)?(?P<year>\d{4})")
_FULL_DAY: Final = regex.compile(r"\d{4}-\d\d-\d\d")

_DATE_VALUE: Final = regex.compile(
    r"""
    (?P<fy>FY)?
    (?:
        (?P<year>\d{4}|X{4})
        (?:-(?:
            (?P<month>\d\d|XX)(?:-(?P<day>\d\d|XX))?
          | W(?P<week>\d{1,2}|XX)(?P<we>-WE)?(?:-(?P<wday>\d))?
          | Q(?P<quarter>[1-4X])
          | H(?P<half>[12X])
          | (?P<season>SP|SU|FA|WI)
        ))?
        (?:T(?P<time>[\dX:]+|MO|AF|EV|NI|MI|DT))?
      | (?P<decade>\d{3})X?
      | (?P<century>\d{2})(?:XX)?
    )
    """,
    regex.VERBOSE,
)


def _single(value: str) -> tuple[str | None, str | None, str]:
    """(start, end, granularity) of one TIMEX3 date value; None where it names no interval."""
    if value == "PRESENT_REF":
        return None, None, "present"
    m = _DATE_VALUE.fullmatch(value)
    if m is None:
        return None, None, "unknown"
    if m["decade"]:
        first = int(m["decade"]) * 10
        return f"{first:04d}-01-01", f"{first + 9:04d}-12-31", "decade"
    if m["century"]:
        first = int(m["century"]) * 100
        # (there is no year 0: the first century starts in year 1)
        return f"{max(first, 1):04d}-01-01", f"{first + 99:04d}-12-31", "century"
    granularity = _granularity(m)
    if m["fy"] or "X" in (m["year"] or "X"):
        return None, None, granularity
    year = int(m["year"])
    try:
        return _bounds(m, year, granularity)
    except ValueError:  # an impossible day such as 31 April
        return None, None, granularity


def _granularity(m: regex.Match[str]) -> str:
    if m["time"]:
        time = m["time"]
        if time.isalpha():
            return "part_of_day"
        return "minute" if ":" in time else "hour"
    if m["day"]:
        return "day"
    if m["month"]:
        return "month"
    if m["week"]:
        return "day" if m["wday"] else "week"
    if m["quarter"]:
        return "quarter"
    if m["half"]:
        return "half"
    if m["season"]:
        return "season"
    return "year"


def _bounds(m: regex.Match[str], year: int, granularity: str) -> tuple[str | None, str | None, str]:
    if m["month"]:
        if m["month"] == "XX":
            return None, None, granularity
        month = int(m["month"])
        if m["day"] and m["day"] != "XX":
            day = date(year, month, int(m["day"])).isoformat()
            return day, day, granularity
        if m["day"]:
            return None, None, granularity
        last = _calendar.monthrange(year, month)[1]
        return date(year, month, 1).isoformat(), date(year, month, last).isoformat(), granularity
    if m["week"]:
        if m["week"] == "XX":
            return None, None, granularity
        monday = date.fromisocalendar(year, int(m["week"]), 1)
        if m["wday"]:
            weekday = monday + timedelta(days=int(m["wday"]) - 1)
            return weekday.isoformat(), weekday.isoformat(), granularity
        first = monday + timedelta(days=5) if m["we"] else monday
        return first.isoformat(), (monday + timedelta(days=6)).isoformat(), granularity
    if m["quarter"] or m["half"]:
        code = m["quarter"] or m["half"]
        if code == "X":
            return None, None, granularity
        months = 3 if m["quarter"] else 6
        first_month = (int(code) - 1) * months + 1
        last_month = first_month + months - 1
        last = _calendar.monthrange(year, last_month)[1]
        return (
            date(year, first_month, 1).isoformat(),
            date(year, last_month, last).isoformat(),
            granularity,
        )
    if m["season"]:
        first_month, last_month = _SEASON_MONTHS[m["season"]]
        first_year = year - 1 if m["season"] == "WI" else year
        last = _calendar.monthrange(year, last_month)[1]
        return (
            date(first_year, first_month, 1).isoformat(),
            date(year, last_month, last).isoformat(),
            granularity,
        )
    return f"{year:04d}-01-01", f"{year:04d}-12-31", granularity


_DURATION_UNIT: Final = regex.compile(r"[\dX.](?P<unit>[A-Z]{1,2})$")
_DURATION_GRANULARITY: Final = {
    "Y": "year",
    "M": "month",
    "W": "week",
    "D": "day",
    "Q": "quarter",
    "H": "hour",
    "S": "second",
    "DE": "decade",
    "E": "decade",
    "CE": "century",
    "C": "century",
    "L": "century",
}


@lru_cache(maxsize=4096)
def duration_granularity(value: str) -> str:
    """The unit of a duration or set value ("P3D" -> day, "PT30M" -> minute, "P1W" -> week).

    >>> duration_granularity("PT30M"), duration_granularity("P2Y6M"), duration_granularity("PXY")
    ('minute', 'month', 'year')
    """
    if value.startswith("XXXX"):
        return _single(value)[2]
    m = _DURATION_UNIT.search(value)
    if m is None:
        return "unknown"
    unit = m["unit"]
    if unit == "M" and "T" in value:
        return "minute"
    return _DURATION_GRANULARITY.get(unit, "unknown")


@lru_cache(maxsize=4096)
def interval(value: str) -> tuple[str | None, str | None, str]:
    """(start_date, end_date, granularity) of a TIMEX3 date or time value.

    A range "a/b" runs from the start of a to the end of b, at the finer granularity.

    >>> interval("1990-09/1991-11")
    ('1990-09-01', '1991-11-30', 'month')
    >>> interval("1998-08-07TMO"), interval("FY2005"), interval("XXXX-05-07")
    (('1998-08-07', '1998-08-07', 'part_of_day'), (None, None, 'year'), (None, None, 'day'))
    """
    if "/" in value:
        first, _, last = value.partition("/")
        start, _, gran_first = _single(first)
        _, end, gran_last = _single(last)
        order = ("year", "half", "quarter", "season", "month", "week", "day")
        finer = max(gran_first, gran_last, key=lambda g: order.index(g) if g in order else -1)
        return start, end, finer
    return _single(value)

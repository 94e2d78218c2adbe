"""dateparser as a fallback: the value of a span the rules found but could not value.

dateparser is good at one thing we need: telling what a date written in some unusual form
means ("12.3.1987", "5-Mar-87", "March 5th, '87"). It is used only there, on the span
alone, after the rules have found it; never to find dates (`search_dates` gives no
offsets and takes numbers for dates, and it is about a hundred times slower than the scan).
It runs only for the few spans still without a value, so it stays out of the hot path.

One parser is built at import and reused. The publication date is its RELATIVE_BASE: the
settings object is swapped for the call, the way dateparser's own `search_dates` does it,
instead of building a parser per document. Without a publication date the base is a day in
the year 4, and a value in that year is thrown away: a relative span keeps its null value,
and the run date is never a base.

>>> from datetime import date
>>> parsed_value("12.3.1987", None), parsed_value("5-Mar-87", date(1990, 1, 1))
('1987-03-12', '1987-03-05')
>>> parsed_value("March '87", None), parsed_value("no date here", None) is None
('1987-03', True)
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import Any, Final

from dateparser.conf import Settings
from dateparser.date import DateData, DateDataParser

_PARSER: Final = DateDataParser(
    languages=["en"],
    settings={
        # a dotted or dashed numeric date the rules leave to dateparser is European: 12.3.1987
        "DATE_ORDER": "DMY",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_TIME_AS_PERIOD": True,
        # clock times as written: no conversion between time zones
        "TIMEZONE": "UTC",
        "RETURN_AS_TIMEZONE_AWARE": False,
    },
)
_SETTINGS: Final[Settings] = _PARSER._settings
#: The base without a publication date: nothing written in news is in the year 4.
_NO_BASE: Final = _SETTINGS.replace(RELATIVE_BASE=datetime(4, 6, 15))


@lru_cache(maxsize=64)
def _settings_for(published: date) -> Settings:
    """The parser's settings with the publication date as RELATIVE_BASE (kept per date)."""
    return _SETTINGS.replace(RELATIVE_BASE=datetime(published.year, published.month, published.day))


def _date_data(raw: str, published: date | None) -> DateData | None:
    text = " ".join(raw.split())
    _PARSER._settings = _settings_for(published) if published is not None else _NO_BASE
    try:
        return _PARSER.get_date_data(text)
    except Exception:  # a third-party fallback: whatever it raises, the span keeps no value
        return None
    finally:
        _PARSER._settings = _SETTINGS


def _timex3(data: DateData, published: date | None) -> str | None:
    """The TIMEX3 value of what dateparser made of a span, at the granularity it found."""
    found: Any = data.date_obj
    if not isinstance(found, datetime):
        return None
    if found.year < 100:
        return None  # relative to no publication date: no value
    period = data.period
    if period == "year":
        return f"{found.year:04d}"
    if period == "quarter":
        return f"{found.year:04d}-Q{(found.month - 1) // 3 + 1}"
    if period == "month":
        return f"{found.year:04d}-{found.month:02d}"
    if period == "week":
        year, week, _ = found.isocalendar()
        return f"{year:04d}-W{week:02d}"
    day = f"{found.year:04d}-{found.month:02d}-{found.day:02d}"
    if period == "time":
        return f"{day}T{found.hour:02d}:{found.minute:02d}"
    return day


def parsed_value(raw: str, published: date | None) -> str | None:
    """The TIMEX3 value dateparser gives the span `raw`, or None; resolved against
    `published` where the span is relative."""
    data = _date_data(raw, published)
    return None if data is None else _timex3(data, published)

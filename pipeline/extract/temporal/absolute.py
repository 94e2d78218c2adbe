"""Resolvers of calendar expressions: dates, months, years and ranges of them (quarters,
fiscal years, decades and seasons are in periods.py).

An expression that carries its own year is absolute. One that does not ("May 7",
"January", "the third quarter") takes its year from the publication date and the tense
of its clause, and is relative; without a publication date its year is XXXX.

>>> from datetime import date
>>> year_for(date(2025, 4, 26), 5, 7, "future"), year_for(date(1987, 3, 2), 12, None, None)
(2025, 1986)
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Final

import regex

from pipeline.extract.temporal.context import Context, Found, Skip, Tense, tense
from pipeline.extract.temporal.lexicon import MONTHS, WEEKDAYS, number_word


def month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def day_number(m: regex.Match[str], name: str = "day") -> int | None:
    digits = m[name]
    if digits:
        return int(digits)
    words = m[name + "w"]
    return number_word(words) if words else None


def spoken_year(words: str) -> int | None:
    """The year of "nineteen ninety-six" or "two thousand and one".

    >>> spoken_year("nineteen ninety-six"), spoken_year("two thousand"), spoken_year("twenty ten")
    (1996, 2000, 2010)
    """
    parts = words.lower().replace("-", " ").split()
    if parts[:2] == ["two", "thousand"]:
        ones = [p for p in parts[2:] if p != "and"]
        return 2000 + ((number_word(" ".join(ones)) or 0) if ones else 0)
    century = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}.get(parts[0])
    tail = number_word(" ".join(parts[1:]))
    if century is None or tail is None:
        return None
    return century + tail


#: How far (days) the nearest occurrence of a month or day must be before the tense decides.
_TENSE_REACH: Final = 90


def year_for(published: date, month: int, day: int | None, when: Tense | None) -> int:
    """The year of a month (and day) given without one: the nearest occurrence to the
    publication date, unless that is more than three months away on the wrong side of the
    tense (a past event in a future month, a future event in a past month).

    >>> year_for(date(1989, 11, 2), 1, 2, None), year_for(date(1989, 10, 27), 3, None, "past")
    (1990, 1989)
    """
    options, nearest = _occurrences(published, month, day)
    if nearest is None:
        return published.year
    return _tensed(options, nearest, when)


_Occurrence = tuple[int, int]


@lru_cache(maxsize=1024)
def _occurrences(
    published: date, month: int, day: int | None
) -> tuple[tuple[_Occurrence, ...], _Occurrence | None]:
    """(year, days from the publication date) of the month and day in the years around it,
    and the nearest of them. Cached: a document names the same months again and again, and
    many documents share their date."""
    options: list[_Occurrence] = []
    for y in (published.year - 1, published.year, published.year + 1):
        try:
            options.append((y, (date(y, month, day or 15) - published).days))
        except ValueError:
            continue
    if not options:
        return (), None
    return tuple(options), min(options, key=lambda o: (abs(o[1]), o[1] > 0))


def _tensed(options: tuple[_Occurrence, ...], nearest: _Occurrence, when: Tense | None) -> int:
    if when == "past" and nearest[1] > _TENSE_REACH:
        return max((o for o in options if o[1] <= 0), key=lambda o: o[1], default=nearest)[0]
    if when == "future" and nearest[1] < -_TENSE_REACH:
        return min((o for o in options if o[1] >= 0), key=lambda o: o[1], default=nearest)[0]
    return nearest[0]


def year_in_clause(ctx: Context, month: int, day: int | None, start: int, end: int) -> int:
    """`year_for` the publication date and the tense of the clause around text[start:end].

    Reading the tense costs more than all the rest: it is read only where it can change
    the year, when the nearest occurrence is more than three months away.
    """
    assert ctx.published is not None
    options, nearest = _occurrences(ctx.published, month, day)
    if nearest is None:
        return ctx.published.year
    if abs(nearest[1]) <= _TENSE_REACH:
        return nearest[0]
    return _tensed(options, nearest, tense(ctx.text, start, end))


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def four_digits(two: str, before: int | None = None) -> int:
    """A two-digit year: after `before` when given (1985-87), else 19xx or 20xx."""
    n = int(two)
    if before is not None:
        year = before // 100 * 100 + n
        return year + 100 if year < before else year
    return 2000 + n if n < 30 else 1900 + n


def _day_value(
    ctx: Context, start: int, end: int, month: int, day: int, year: int | None
) -> Found | None:
    if year is not None:
        if not _valid(year, month, day):
            return None
        return Found("date", start, end, f"{year:04d}-{month:02d}-{day:02d}")
    if not 1 <= day <= 31:
        return None
    if ctx.published is None:
        return Found("date", start, end, f"XXXX-{month:02d}-{day:02d}", relative=True)
    y = year_in_clause(ctx, month, day, start, end)
    if not _valid(y, month, day):
        return None
    return Found("date", start, end, f"{y:04d}-{month:02d}-{day:02d}", relative=True, anchored=True)


def _relative_year(ctx: Context, word: str) -> int | None:
    if ctx.published is None:
        return None
    return ctx.published.year + {"last": -1, "this": 0, "next": 1}[word.lower()]


# ---------------------------------------------------------------- resolvers


def calendar_date(m: regex.Match[str], ctx: Context) -> Found | Skip | None:
    """ "April 12, 2025", "12 April", "2025-04-12", "4/12/2025", "Saturday, April 25"."""
    start, end = m.span()
    if m["iy"]:
        return _day_value(ctx, start, end, int(m["im"]), int(m["id"]), int(m["iy"]))
    if m["um"]:
        uy = m["uy"]
        year = int(uy) if len(uy) == 4 else four_digits(uy)
        return _day_value(ctx, start, end, int(m["um"]), int(m["ud"]), year)
    month = month_number(m["mon"])
    day = day_number(m)
    if day is None:
        return None
    start, _ = hedged_start(m, ctx.text)
    if not m["year"] and previous_word(ctx, start) in _GENERIC_BEFORE:
        # "the usual May 1 start": the same day every year, TIMEX3 XXXX
        return Found("date", start, end, f"XXXX-{month:02d}-{day:02d}")
    if m["wd"] and not m["year"] and not m["ryear"] and ctx.published is not None:
        # "Saturday, April 25": the year in which that day is that weekday
        weekday = WEEKDAYS[m["wd"].lower()]
        published = ctx.published
        years = [
            y
            for y in range(published.year - 1, published.year + 2)
            if _valid(y, month, day) and date(y, month, day).isoweekday() == weekday
        ]
        if years:
            best = min(years, key=lambda y: abs((date(y, month, day) - published).days))
            return Found(
                "date",
                start,
                end,
                f"{best:04d}-{month:02d}-{day:02d}",
                relative=True,
                anchored=True,
            )
    if m["ryear"]:
        named = _relative_year(ctx, m["ryear"])
        if named is None:
            return Found("date", start, end, None, relative=True)
        found = _day_value(ctx, start, end, month, day, named)
        if found:
            found.relative = found.anchored = True
        return found
    return _day_value(ctx, start, end, month, day, int(m["year"]) if m["year"] else None)


#: Words before a day and month that make it the same day every year.
_GENERIC_BEFORE: Final = frozenset("usual customary traditional annual yearly".split())


def loose_date(m: regex.Match[str], ctx: Context) -> Found:
    """ "12.3.1987", "5-Mar-87", "March 5th, '87": found here, valued by dateparser
    (fallback.py) once the scan is done."""
    return Found("date", m.start(), m.end(), None, extra={"loose": "1"})


def hedged_start(m: regex.Match[str], text: str) -> tuple[int, str]:
    """Start of a date without a leading "about"/"around" (TimeBank leaves them out)."""
    if m["hedge"] and m["hedge"].lower() in (
        "about",
        "around",
        "approximately",
        "roughly",
        "some",
        "only",
        "over",
        "under",
        "within",
    ):
        return SPACE.match(text, m.end("hedge")).end(), ""
    return m.start(), ""


SPACE: Final = regex.compile(r"\s*")


def range_days(m: regex.Match[str], ctx: Context) -> Found | None:
    """ "May 5 and 10", "Oct. 23-24, 1999": one span from the first day to the last."""
    start, end = m.span()
    month = month_number(m["mon"])
    first, last = day_number(m), day_number(m, "day2")
    if first is None or last is None or not first < last <= 31:
        return None
    first_found = _day_value(ctx, start, end, month, first, int(m["year"]) if m["year"] else None)
    if first_found is None or first_found.value is None:
        return None
    year = first_found.value[:4]
    value = f"{first_found.value}/{year}-{month:02d}-{last:02d}"
    return Found("date", start, end, value, "range", first_found.relative, first_found.anchored)


def _range_end(m: regex.Match[str], n: str) -> tuple[int | None, int | None, int | None]:
    month = month_number(m["mon" + n]) if m["mon" + n] else None
    day = day_number(m, "day" + n) if month else None
    year = int(m["year" + n]) if m["year" + n] else None
    return year, month, day


def _end_value(year: int | None, month: int | None, day: int | None) -> str:
    text = f"{year:04d}" if year is not None else "XXXX"
    if month is not None:
        text += f"-{month:02d}"
        if day is not None:
            text += f"-{day:02d}"
    return text


_QUARTER_AFTER: Final = regex.compile(r"(?:-|\s+)(?:quarter|period)\b", regex.IGNORECASE)


def range_dates(m: regex.Match[str], ctx: Context) -> Found | None:
    """ "September, 1990 and November, 1991", "2006 to 2015", "January-March", "1985-87"."""
    start, end = m.span()
    months_only = m["mon1"] and m["mon2"] and not (m["year1"] or m["year2"] or m["day1"])
    if months_only and _QUARTER_AFTER.match(ctx.text, end):
        return None  # "the July-September quarter" is a quarter (periods.py)
    if m["yy2"]:
        first = int(m["year1"])
        last = four_digits(m["yy2"], first)
        if not first < last <= first + 30:
            return None
        return Found("date", start, end, f"{first}/{last}", "range")
    y1, m1, d1 = _range_end(m, "1")
    y2, m2, d2 = _range_end(m, "2")
    if m1 is None and m2 is None:
        if y1 is None or y2 is None or not y1 < y2 <= y1 + 200:
            return None
        return Found("date", start, end, f"{y1}/{y2}", "range")
    if m1 is None or m2 is None:
        return None  # "1990 to May": mixed ends are left to the single-date families
    relative = anchored = False
    if y1 is None and y2 is not None:
        y1 = y2 if m1 <= m2 else y2 - 1
    elif y2 is None and y1 is not None:
        y2 = y1 if m2 >= m1 else y1 + 1
    elif y1 is None:
        relative = True
        if ctx.published is not None:
            anchored = True
            y1 = year_in_clause(ctx, m1, d1, start, end)
            y2 = y1 if (m2, d2 or 0) >= (m1, d1 or 0) else y1 + 1
    for y, mo, d in ((y1, m1, d1), (y2, m2, d2)):
        if y is not None and d is not None and not _valid(y, mo, d):
            return None
    value = f"{_end_value(y1, m1, d1)}/{_end_value(y2, m2, d2)}"
    return Found("date", start, end, value, "range", relative, anchored)


def month_year(m: regex.Match[str], ctx: Context) -> Found | None:
    """ "April 2025", "June of 1998", "April last year", "January nineteen ninety-seven"."""
    start, end = m.span()
    month = month_number(m["mon"])
    if m["ryear"]:
        year = _relative_year(ctx, m["ryear"])
        if year is None:
            return Found("date", start, end, None, relative=True)
        return Found("date", start, end, f"{year:04d}-{month:02d}", relative=True, anchored=True)
    year = int(m["year"]) if m["year"] else spoken_year(m["syear"])
    if year is None:
        return None
    return Found("date", start, end, f"{year:04d}-{month:02d}")


def bare_month(m: regex.Match[str], ctx: Context) -> Found | None:
    """ "January", "last December", "mid-February", "the end of June"."""
    start, end = m.span()
    month = month_number(m["mon"])
    if ctx.published is None:
        if m["mrel"]:
            return Found("date", start, end, None, relative=True)
        return Found("date", start, end, f"XXXX-{month:02d}", relative=True)
    rel = (m["mrel"] or "").lower()
    here = ctx.published.year * 12 + ctx.published.month - 1
    tail = _LIST_TAIL.match(ctx.text, end)
    if not rel and tail:
        # "in April, August and December last year": the list shares its year
        if tail["year"]:
            return Found("date", start, end, f"{tail['year']}-{month:02d}")
        rel_year = ctx.published.year + {"last": -1, "this": 0, "next": 1}[tail["rel"].lower()]
        return Found(
            "date", start, end, f"{rel_year:04d}-{month:02d}", relative=True, anchored=True
        )
    if rel in ("last", "past"):
        back = (ctx.published.month - month) % 12
        # "last February" said in March is a year back: February would be "last month"
        index = here - (back + 12 if back <= 1 else back)
    elif rel in ("next", "coming"):
        index = here + ((month - ctx.published.month) % 12 or 12)
    elif rel == "this":
        index = ctx.published.year * 12 + month - 1
    else:
        index = year_in_clause(ctx, month, None, start, end) * 12 + month - 1
    year, month0 = divmod(index, 12)
    return Found("date", start, end, f"{year:04d}-{month0 + 1:02d}", relative=True, anchored=True)


_MONTH_NAMES: Final = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
#: The rest of a list of months that ends with its year: ", August and December last year".
_LIST_TAIL: Final = regex.compile(
    rf"""(?:[^\S\n]*(?:,|and|or|,[^\S\n]*and|,[^\S\n]*or)\s+{_MONTH_NAMES})+,?\s+(?:of\s+)?
        (?:(?P<rel>last|this|next)\s+year|(?P<year>\d{{4}}))\b""",
    regex.VERBOSE | regex.IGNORECASE,
)
_YEAR_HEDGES: Final = frozenset(
    "about around approximately roughly nearly almost some than over under least most only just "
    "total additional another extra all no".split()
)
_YEAR_PREPOSITIONS: Final = frozenset(
    "in since by from until till of before after during between and to through base circa year "
    "end mid early late fiscal calendar the".split()
)
_OLD_YEAR_SIGNALS: Final = frozenset("in since year circa c from until till before after".split())
_NEXT_WORD: Final = regex.compile(r"[^\S\n]*\n?[^\S\n]*([A-Za-z]+)")
#: Matched backwards (the REVERSE flag), so that it ends where the expression starts.
_PREV_WORD: Final = regex.compile(r"(?r)([A-Za-z]+)[^\w\n]{0,3}\n?[^\S\n]*")


def previous_word(ctx: Context, start: int) -> str:
    """The word before `start`, lower-cased, across at most three punctuation marks."""
    found = _PREV_WORD.match(ctx.text, max(0, start - 30), start)
    return found.group(1).lower() if found else ""


def next_word(ctx: Context, end: int) -> str:
    found = _NEXT_WORD.match(ctx.text, end, min(len(ctx.text), end + 30))
    return found.group(1).lower() if found else ""


#: Plural nouns after a four-digit number that make it a count ("1990 workers").
_COUNTED: Final = frozenset(
    (
        "accounts acres aircraft animals applications arrests bags barrels beds billion bottles "
        "boxes branches bushels buyers calories candidates cars cartons cases cattle children "
        "claims companies complaints contracts copies cows customers days dead deaths delegates "
        "dlrs doctors dollars employees euros factories families fans farmers feet firms flats "
        "flights francs gallons guns head hectares hectolitres homes hostages hours households "
        "houses inches inhabitants injured investors items jobs kg killed kilometers kilometres "
        "kilos km lbs liters litres loans lots marks members men meters metres miles million "
        "mines minutes mln months nurses officers ounces outlets pages passengers patients pct "
        "people percent persons pieces pigs planes plants players points police policemen posts "
        "pounds prisoners refugees residents rifles rigs rounds rupees seats seconds sellers "
        "shares sheep ships shops signatures sites soldiers staff stg stores students "
        "subscribers tanks teachers thousand tickets tonnes tons tourists traders troops trucks "
        "units users vehicles visitors voters votes weeks wells women words workers wounded "
        "yards years yen "
    ).split()
)


def bare_year(m: regex.Match[str], ctx: Context) -> Found | None:
    """A year used as a date: "in 1998", "(base 1985)", "since 1962", "end-1987", "2025"."""
    start, end = m.span()
    if m["syear"]:
        year = spoken_year(m["syear"])
        spoken = m["syear"].lower()
        if year is None or (
            spoken.startswith("two")
            and not (m["ymod"] or previous_word(ctx, start) in ("in", "of", "year", "since"))
        ):
            return None
        return Found("date", start, end, f"{year:04d}")
    year = int(m["year"])
    if not m["ymod"]:
        before = previous_word(ctx, start)
        if before in _YEAR_HEDGES:
            return None
        after = next_word(ctx, end)
        if after in _COUNTED:
            return None
        if not 1900 <= year <= 2050 and before not in _OLD_YEAR_SIGNALS:
            return None  # "in 1066", "since 1850"; not "services to 1500 campus users"
    return Found("date", start, end, f"{year:04d}")

"""Resolvers of calendar expressions: dates, months, years, quarters, fiscal years, decades,
seasons and ranges of them.

An expression that carries its own year is absolute. One that does not ("May 7",
"January", "the third quarter") takes its year from the publication date and the tense
of its clause, and is relative; without a publication date its year is XXXX.

>>> from datetime import date
>>> year_for(date(2025, 4, 26), 5, 7, "future"), year_for(date(1987, 3, 2), 12, None, None)
(2025, 1986)
"""

from __future__ import annotations

from datetime import date
from typing import Final

import regex

from pipeline.extract.temporal.calendar import season_of
from pipeline.extract.temporal.context import Context, Deferred, Found, Skip, Tense, tense
from pipeline.extract.temporal.lexicon import (
    MONTHS,
    SEASON_NOUNS_AFTER,
    SEASONS,
    WEEKDAYS,
    number_word,
)


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
    options: list[tuple[int, int]] = []
    for y in (published.year - 1, published.year, published.year + 1):
        try:
            options.append((y, (date(y, month, day or 15) - published).days))
        except ValueError:
            continue
    if not options:
        return published.year
    nearest = min(options, key=lambda o: (abs(o[1]), o[1] > 0))
    if when == "past" and nearest[1] > _TENSE_REACH:
        return max((o for o in options if o[1] <= 0), key=lambda o: o[1], default=nearest)[0]
    if when == "future" and nearest[1] < -_TENSE_REACH:
        return min((o for o in options if o[1] >= 0), key=lambda o: o[1], default=nearest)[0]
    return nearest[0]


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _four_digits(two: str, before: int | None = None) -> int:
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
    y = year_for(ctx.published, month, day, tense(ctx.text, start, end))
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
        year = int(uy) if len(uy) == 4 else _four_digits(uy)
        return _day_value(ctx, start, end, int(m["um"]), int(m["ud"]), year)
    month = month_number(m["mon"])
    day = day_number(m)
    if day is None:
        return None
    start, _ = hedged_start(m, ctx.text)
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
        return _SPACE.match(text, m.end("hedge")).end(), ""
    return m.start(), ""


_SPACE: Final = regex.compile(r"\s*")


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


def range_dates(m: regex.Match[str], ctx: Context) -> Found | None:
    """ "September, 1990 and November, 1991", "2006 to 2015", "January-March", "1985-87"."""
    start, end = m.span()
    if m["yy2"]:
        first = int(m["year1"])
        last = _four_digits(m["yy2"], first)
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
            y1 = year_for(ctx.published, m1, d1, tense(ctx.text, start, end))
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
        index = year_for(ctx.published, month, None, tense(ctx.text, start, end)) * 12 + month - 1
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
_COUNTED: Final = regex.compile(
    r"(?:people|persons|troops|soldiers|workers|jobs|employees|shares|tonnes|tons|barrels|dlrs|"
    r"dollars|yen|marks|francs|pounds|units|cars|vehicles|members|acres|hectares|kilometres|"
    r"kilometers|km|miles|metres|meters|feet|points|votes|seats|houses|homes|ounces|bushels|bags|"
    r"lots|contracts|students|children|women|men|deaths|cases|rupees|euros|stg|mln|billion|"
    r"million|thousand|pct|percent|planes|aircraft|ships|tanks|guns|rifles|rounds|copies|pages|"
    r"words|calories|hours|minutes|seconds|days|weeks|months|years|dead|killed|injured|wounded|"
    r"refugees|prisoners|hostages|police|policemen|officers|staff|beds|patients|visitors|users|"
    r"subscribers|customers|firms|companies|stores|branches|sites|wells|mines|gallons|litres|"
    r"liters|cattle|head|sheep|pigs|tickets|delegates|candidates|voters|residents|inhabitants|"
    r"yards|inches|pieces|items|bottles|boxes|cartons|loans|accounts|buyers|sellers|investors|"
    r"farmers|traders|flats|teachers|doctors|nurses|trucks|flights|passengers|tourists|fans|"
    r"players|posts|families|households|shops|outlets|plants|factories|rigs|animals|cows|"
    r"votes|signatures|applications|complaints|claims|arrests|troops|lbs|kilos|kg|hectolitres)",
    regex.IGNORECASE,
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
        if after and _COUNTED.fullmatch(after):
            return None
        if not 1900 <= year <= 2050 and before not in _OLD_YEAR_SIGNALS:
            return None  # "in 1066", "since 1850"; not "services to 1500 campus users"
    return Found("date", start, end, f"{year:04d}")


_DECADE_WORDS: Final = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


def decade(m: regex.Match[str], ctx: Context) -> Found | None:
    """ "the 1990s" -> 199, "the '80s" -> 198, "the 20th century" -> 19."""
    start, end = m.span()
    if m["decade"]:
        return Found("date", start, end, m["decade"][:3])
    if m["decade2"] or m["decadew"]:
        tens = int(m["decade2"][0]) if m["decade2"] else _DECADE_WORDS[m["decadew"].lower()]
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
        start = _SPACE.match(ctx.text, m.end("qdet")).end()
        if det == "this":
            det = "this"
    if m["qcode"]:
        code = m["qcode"].upper()
        letter = "Q" if "Q" in code else "H"
        number = int(code.replace(letter, ""))
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
        deferred = Deferred("quarter", "year", 0, None, accepts=("quarter",), year=int(m["qyear"]))
        return Found("date", start, end, None, relative=True, deferred=deferred)
    if "current" in words:
        return _relative_quarter(ctx, start, end, 0)
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
            year = int(m["fyy"]) if len(m["fyy"]) == 4 else _four_digits(m["fyy"], year)
        return Found("date", start, end, f"FY{year}")
    if m["fy2"]:
        return Found("date", start, end, f"FY{_four_digits(m['fy2'])}")
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

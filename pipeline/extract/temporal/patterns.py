"""The grammar of temporal expressions: one verbose regex per family.

The families are tried in the order of `FAMILIES` at each possible start (scanner.py),
and the first that matches wins, so a longer or more specific form comes before a shorter
one that starts at the same word ("the third quarter of 1990" before "the third
quarter", "two weeks ago" before "two weeks"). The parts of a match have names the
resolvers read (`mon`, `day`, `year`, `unit`, ...); the `regex` module allows the same
name in different branches. The words each family can start with are listed in starts.py.

Month names are matched case-sensitively (Capitalised or UPPER), so "may" the verb and
"march" the verb are never dates; every other word is matched in any case. A gap between
two words may hold one line break, as in hard-wrapped wire copy ("last\\nSunday").

>>> calendar = regex.compile(dict(FAMILIES)["calendar"], regex.VERBOSE | regex.IGNORECASE)
>>> calendar.match("April 12, 2025 and").group(), calendar.match("may 7") is None
('April 12, 2025', True)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import regex

from pipeline.extract.temporal.lexicon import (
    CARDINALS,
    DECADES,
    ORDINALS,
    REFERENCES,
    SETS,
    UNIT_PLURALS,
    UNITS,
    VAGUE_AMOUNTS,
)


def _alt(words: Iterable[str]) -> str:
    """An alternation of words or phrases, longest first; a space in a phrase is a gap."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(GAP.join(regex.escape(p) for p in w.split()) for w in ordered) + ")"


# ---------------------------------------------------------------- building blocks

#: White space between two words, holding at most one line break.
GAP: Final = r"(?:[^\S\n]+\n?[^\S\n]*|\n[^\S\n]*)"
#: A comma and/or a gap, as between "April 12" and "2025".
CG: Final = rf"(?:,{GAP}?|{GAP})"
#: A hyphen or a gap, as in "90-day" and "90 day".
HG: Final = rf"(?:-|{GAP})"
#: A dash joining the ends of a range.
DASH: Final = r"(?:[^\S\n]*[-\u2013\u2014][^\S\n]*)"
#: The end of a word: no letter, digit or joined hyphen-word follows.
END: Final = r"(?![\w]|-\w)"

MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
MONTH_ABBREVIATIONS = "Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec".split()


def month(name: str = "mon") -> str:
    """A month name: Capitalised or UPPER; an abbreviation needs its full stop or a day after it."""
    full = "|".join(MONTH_NAMES + [m.upper() for m in MONTH_NAMES])
    abbr = "|".join(MONTH_ABBREVIATIONS + [m.upper() for m in MONTH_ABBREVIATIONS])
    return rf"(?P<{name}>(?-i:(?:{full})\b|(?:{abbr})(?:\.|\b(?=[^\S\n]?\d))))"


_DAY_WORDS = sorted(
    [w for w, n in {**CARDINALS, **ORDINALS}.items() if n <= 31 and n not in (20, 30)],
    key=len,
    reverse=True,
)
_TENS_DAY = (
    r"(?:twenty|thirty)(?:[-\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|one|two|three|four|five|six|seven|eight|nine))?"
)


def day(name: str = "day") -> str:
    """A day of the month: 1-31 with an optional ordinal suffix, or a number word."""
    digits = (
        rf"(?P<{name}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
        rf"(?![\d%]|[.,:]\d|[^\S\n]?%|[^\S\n]+(?:pct|percent|per[^\S\n]cent)\b)"
    )
    words = (
        rf"(?P<{name}w>{_TENS_DAY}|{'|'.join(_DAY_WORDS)})\b"
        rf"(?!{GAP}(?:{UNIT_WORD}|of\b|per\b|{'|'.join(_SPOKEN_TENS)}|hundred))"  # not a year
    )
    return rf"(?:{digits}|{words})"


def year(name: str = "year", dash: bool = False) -> str:
    """A four-digit year 1000-2099 that is not part of a longer number (nor, unless
    `dash`, the first of a dashed pair such as "2014-15")."""
    after = r"(?![\d%]|[.,]\d|[^\S\n]?%)" if dash else r"(?![\d%]|[.,]\d|-\d|[^\S\n]?%)"
    return rf"(?P<{name}>1\d{{3}}|20\d\d){after}"


#: A year spoken in words ("nineteen ninety-six"), as in broadcast transcripts.
_SPOKEN_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_SPOKEN_ONES = "one two three four five six seven eight nine".split()
SPOKEN_YEAR: Final = (
    r"(?P<syear>(?:nineteen|eighteen|twenty)[-\s](?:"
    + "|".join(_SPOKEN_TENS)
    + r")(?:[-\s](?:"
    + "|".join(_SPOKEN_ONES)
    + r"))?|two[-\s]thousand(?:[-\s](?:and[-\s])?(?:"
    + "|".join(sorted((w for w, n in CARDINALS.items() if n < 20), key=len, reverse=True))
    + r"))?)\b"
)

WEEKDAY: Final = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
UNIT_NAMES = sorted({*UNITS, *UNIT_PLURALS}, key=len, reverse=True)
UNIT_WORD: Final = "(?:" + "|".join(UNIT_NAMES) + r")\b"
SEASON: Final = r"(?P<season>spring|summer|autumn|fall|winter)"
POD: Final = r"(?P<pod>morning|afternoon|evening|night)"

#: Words before a figure that say how exact it is; kept in the span, as TimeML does.
HEDGE: Final = (
    r"(?P<hedge>more[-\s]than|less[-\s]than|fewer[-\s]than|at[-\s]least|at[-\s]most|up[-\s]to|"
    r"no[-\s]more[-\s]than|no[-\s]less[-\s]than|nearly|almost|about|around|approximately|"
    r"roughly|some|just[-\s]over|just[-\s]under|well[-\s]over|over|under|close[-\s]to|"
    r"barely|only|within|upwards[-\s]of)"
)

_CARD_WORD = (
    r"(?:(?:"
    + "|".join(_SPOKEN_TENS)
    + r")(?:[-\s](?:"
    + "|".join(_SPOKEN_ONES)
    + r"))?|"
    + "|".join(sorted((w for w, n in CARDINALS.items() if n < 20), key=len, reverse=True))
    + r")\b"
)

#: An amount of units: digits, words, a fraction, "a", "half a", or a vague "a few"; with an
#: optional upper end ("12 to 18", "two-three").
AMOUNT: Final = rf"""
    (?:
        (?<!\d[,.])(?P<ndig>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)  # 24, 1,000, 2.5
        (?:(?:[^\S\n]|-)?(?P<nfrac>1/2|1/4|3/4|\u00bd|\u00bc|\u00be))?  # 2 1/2
      | (?P<nword>{_CARD_WORD})(?:[-\s](?P<nmult>hundred|thousand))?   # twenty four, two hundred
      | (?:a|an|one)[-\s](?P<nmult>hundred|thousand|dozen)\b         # a hundred
      | (?P<nhalf>half[-\s](?:a|an))\b                                # half a
      | (?P<nvague>{_alt(VAGUE_AMOUNTS)})\b                       # several, a few
      | (?P<na>an?|another)\b                                         # a year
    )
    (?P<nandhalf>(?:-|{GAP})and(?:-|{GAP})a(?:-|{GAP})half)?          # two and a half
    (?:(?:{GAP}(?:to|or){GAP}|{DASH})(?P<nto>\d+|{_CARD_WORD}))?     # 12 to 18
"""

#: Words that may stand between an amount and its unit ("20 more years", "eight trading days").
_UNIT_FILLER = (
    r"(?:(?:more|additional|straight|consecutive|trading|business|working|calendar|full|long|"
    r"successive|further|whole|extra)(?:-|{GAP}))?"
).replace("{GAP}", GAP)

UNIT: Final = rf"(?P<unit>{UNIT_WORD})"

#: Determiners and modifiers that open a period ("the past", "the next", "its first").
PERIOD_DET: Final = (
    rf"(?:(?P<ddet>the|these|those|its|their|his|her|our|each{GAP}of{GAP}the){GAP})?"
    rf"(?:(?P<dadj>past|last|next|first|final|previous|following|latest|remaining|coming|initial|"
    rf"same|ensuing|preceding|subsequent|prior|early|year[-\s](?:ago|earlier)){GAP})?"
)

_ORD_Q = r"(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)"

# ---------------------------------------------------------------- the families

#: Ranges within one month: "May 5 and 10", "Oct. 23-24, 1999".
_RANGE_DAYS = rf"""
    {month()}(?:{GAP}|(?<=\.)) {day()}
    (?:{DASH}|{GAP}(?:and|to|through|until|till|thru){GAP}) {day("day2")}
    (?:{CG}{year()})?
"""


#: A date or month that can end a range.
def _range_end(n: str) -> str:
    return (
        rf"(?:{month('mon' + n)}(?:(?:{GAP}|(?<=\.)){day('day' + n)})?(?:{CG}{year('year' + n)})?"
        rf"|{year('year' + n)})"
    )


#: Ranges between two dates: "between September, 1990 and November, 1991", "from 2006 to 2015",
#: "January-March", "1985-87", "June 15-July 15". A leading "between" or "from" is left out of
#: the span.
_RANGE = rf"""
    (?:
        (?<=\b(?:between|from){GAP}) {_range_end("1")} {GAP}(?:and|to|until|till|through|thru){GAP}
        {_range_end("2")}
      | {_range_end("1")} (?:{DASH}|{GAP}(?:to|through|thru|until){GAP}) {_range_end("2")}
        (?(day1)|(?<=[A-Za-z.]|\d{{4}}))  # a month or a full year, or a day after a day
      | {year("year1", dash=True)}(?:{DASH}|/)(?P<yy2>\d\d)(?!\d)  # 1985-87, 1998/99
    )
"""

_TZ = r"(?:[ECMP][SD]T|GMT|UTC|BST|CET|local(?:[^\S\n]time)?)\b"
_CLOCK = rf"""
    (?:
        (?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?[^\S\n]?
        (?:(?P<ampm>[ap])\.[^\S\n]?m\.|(?P<ampm>[ap])[^\S\n]?m\b)  # 10am, 10:30 p.m.
      | (?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?!\d)      # 14:30, 12.00 GMT
        (?=[^\S\n]*(?:{_TZ}|hours|hrs|h\b))
      | (?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)(?=[^\S\n]?(?:{_TZ}|hours|hrs))  # 1430 GMT
      | (?P<noon>noon|midday|midnight)\b
      | (?P<hour>1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)
        {GAP}(?:o'clock|in{GAP}the{GAP}(?P<pod>morning|afternoon|evening))
    )
"""
#: A clock time, with its time zone and the day it belongs to when they follow it:
#: "10am", "10:30 p.m.", "5 p.m. EST Nov. 9", "noon Thursday", "around 7:15 p.m.".
_TIME = rf"""
    {_CLOCK}
    (?:{GAP}(?:{_TZ}|hours|hrs\.?))?
    (?:,?{GAP}(?:on{GAP})?
        (?:(?P<trel>today|tonight|yesterday|tomorrow)|{WEEKDAY}
          |{month()}(?:{GAP}|(?<=\.)){day()}(?:{CG}{year()})?)\b
    )?
"""

#: A day and a part of it: "Friday morning", "this morning", "last night", "late yesterday evening".
_PART_OF_DAY = rf"""
    (?:(?P<pmod>early|late|mid)[-\s]?)?
    (?:
        (?:(?P<pdrel>today|yesterday|tomorrow)|{WEEKDAY}){GAP}{POD}
      | (?P<pthis>this|last){GAP}{POD}
      | (?P<pmid>mid[-\s]?afternoon|mid[-\s]?morning){GAP}(?P<pdrel>today|yesterday|tomorrow)
      | (?P<pmid>mid[-\s]?afternoon|mid[-\s]?morning)
      | (?P<pthe>the){GAP}(?P<pod>morning)(?!{GAP}of\b)
      | (?P<pover>overnight)
    )\b
"""

#: Calendar dates with a day: "April 12, 2025", "12 April 2025", "Saturday, April 25",
#: "2025-04-12", "4/12/2025", "Sept. 8", "Oct.9", "the 26th of December".
_CALENDAR_DATE = rf"""
    (?:{HEDGE}{GAP})?
    (?:
        (?P<iy>\d{{4}})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])(?![\d-])
      | (?<![\d/.,])(?P<um>0?[1-9]|1[0-2])/(?P<ud>0?[1-9]|[12]\d|3[01])/(?P<uy>\d{{4}}|\d\d)
        (?![\d/])                                                       # 4/12/2025, US order
      | (?:{WEEKDAY},?{GAP}(?:the{GAP})?)?
        (?:
            {month()}(?:{GAP}|(?<=\.)[^\S\n]?){day()}(?:{CG}{year()}|{CG}(?P<ryear>last|this|next){GAP}year)?
          | (?<![\d,.])(?:the{GAP})?(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:{GAP}of)?
            {GAP}{month()}(?:{CG}{year()})?
          | the{GAP}(?P<dayw>{"|".join(sorted(ORDINALS, key=len, reverse=True))}|{_TENS_DAY})
            {GAP}of{GAP}{month()}(?:{CG}{year()})?
        )
    )
    (?!\w)
"""

#: Quarters and halves: "the fourth quarter of 2024", "third-quarter", "fiscal second-quarter",
#: "the 1988 second quarter", "this year's third quarter", "Q3 2005", "the first half of 2005",
#: "the last three months of 2004", "the year-ago quarter", "the latest quarter", "the
#: October-to-December quarter" (three months that make a calendar quarter). A half needs
#: its year ("the second half" of a match is no date) or a business noun ("first-half profit").
_QUARTER_OF_YEAR = rf"""
    (?:{GAP}of{GAP}(?:(?:fiscal|calendar){GAP})?{year("qyear")}
      | {GAP}{year("qyear")}(?![\d,.]\d)                # "the first quarter 2005"
      | {GAP}of{GAP}(?:the{GAP})?(?P<qrel>last|this|next|current|previous|the{GAP}year)
        (?:{GAP}(?:fiscal{GAP})?year)?
    )
"""
_QUARTER = rf"""
    (?:
        (?:(?P<qdet>the|its|a|an|this|that|last|next|their|(?:this|last|next){GAP}year's
          |the{GAP}(?:year[-\s](?:ago|earlier)|comparable|corresponding|same|latest|current|
            previous|flat|comparable{GAP}year[-\s](?:ago|earlier))){GAP})?
        (?:{year("qyear")}(?:'s)?{GAP})?
        (?:fiscal(?:-|{GAP}))?
        (?:
            {_ORD_Q}(?:-|{GAP})(?:fiscal(?:-|{GAP}))?(?P<qh>quarter)s?\b(?!-\w){_QUARTER_OF_YEAR}?
          | (?P<qord>first|second|last)(?:-|{GAP})(?P<qh>half)\b(?!-\w)
            (?:{_QUARTER_OF_YEAR}
              |(?<=(?:year's|\d{{4}}|\d{{4}}'s){GAP}\w+(?:-|{GAP})half)
              |(?<=\w-half)(?={GAP}(?:profits?|earnings|results|sales|net|loss(?:es)?|revenues?|
                  growth|output|deficit|surplus|figures|performance|dividend)\b))
          | (?P<qord>first)(?:-|{GAP})two(?:-|{GAP})(?P<qh2>quarters){_QUARTER_OF_YEAR}
          | {month("qm1")}(?:-to-|-through-|{GAP}(?:to|through){GAP}|{DASH})
            {month("qm2")}(?:-|{GAP})(?:quarter|period)\b(?!-\w){_QUARTER_OF_YEAR}?
          | (?P<qmonths>(?P<qord>first|last|final)(?:-|{GAP})(?P<qn>three|six)(?:-|{GAP})months)
            {_QUARTER_OF_YEAR}
        )
      | (?-i:(?P<qcode>Q[1-4]|[1-4]Q|H[12]|[12]H))\b(?:{GAP}{year("qyear")})?
      | (?P<qref>
            (?:the|that|this|last|next|its|(?:last|this){GAP}year's){GAP}(?:(?:latest|current|previous|past|comparable|
              corresponding|same|recent|just-ended|just{GAP}ended|fiscal|year[-\s](?:ago|earlier)|
              comparable{GAP}year[-\s](?:ago|earlier)){GAP})?(?:{year("qyear")}{GAP})?quarter
          | the{GAP}(?:latest|year[-\s](?:ago|earlier)|comparable{GAP}year[-\s](?:ago|earlier)|
              (?:(?:comparable|corresponding|same){GAP})?{year("qyear")}|
              (?:comparable|corresponding|same)(?={GAP}period{GAP}(?:a{GAP}year|last{GAP}year)))
              {GAP}period
        )\b(?!-\w)
        (?:{GAP}a{GAP}year{GAP}(?:ago|earlier)|{GAP}last{GAP}year)?
    )
"""

#: Fiscal years: "fiscal 1987", "the 2005 fiscal year", "FY2005", "the current fiscal year".
_FISCAL = rf"""
    (?:
        (?:the{GAP})?fiscal(?:{GAP}year)?{GAP}{year("fyear")}(?:{DASH}(?P<fyy>\d\d|\d{{4}}))?
      | (?:the{GAP})?{year("fyear")}(?:{DASH}(?P<fyy>\d\d|\d{{4}}))?{GAP}fiscal{GAP}year
      | (?-i:FY)[^\S\n]?(?:{year("fyear")}|(?P<fy2>\d\d))(?!\d)
      | (?:(?P<frel>the{GAP}current|the{GAP}previous|the{GAP}next|the{GAP}last|the{GAP}latest|
            the{GAP}coming|the{GAP}new|this|last|next|the){GAP})fiscal(?:-|{GAP})year
    )\b
"""

#: A month with a year or a year word: "April 2025", "September, 1990", "June of 1998",
#: "April last year", "March next year", "January this year", "end-February", "mid-1990".
_MONTH_YEAR = rf"""
    (?:(?P<mmod>early|late|mid|end|the{GAP}(?:end|beginning|start|middle){GAP}of)(?:-|{GAP}))?
    {month()}
    (?:
        {CG}(?:of{GAP})?{year()}
      | {GAP}(?:of{GAP})?{SPOKEN_YEAR}
      | {CG}(?:of{GAP})?(?P<ryear>last|this|next){GAP}year\b
    )
"""

#: Decades and centuries: "the 1990s", "the late 1970s", "the '80s", "the nineties",
#: "the 20th century", "mid-1990s".
_DECADE = rf"""
    (?:the{GAP})?(?:(?P<dmod>early|late|mid)(?:-|{GAP}))?
    (?:
        (?P<decade>1\d\d0|20\d0)'?s\b
      | '(?P<decade2>\d0)'?s\b
      | (?P<decadew>{"|".join(DECADES)})\b
      | (?P<century>\d{{1,2}})(?:st|nd|rd|th)(?:-|{GAP})century\b
      | (?P<centuryw>{"|".join(sorted(ORDINALS, key=len, reverse=True))}|twenty-first)
        (?:-|{GAP})century\b
      | (?P<crel>this|next|the{GAP}next|the{GAP}current){GAP}century\b
    )
"""

#: "N units ago/earlier/before": "two weeks ago", "a year earlier", "nearly four years ago",
#: "a year before" at the end of a clause (before an event, "two days before the vote",
#: it is a duration and a signal, as TimeML has it).
_AGO = rf"""
    (?:{HEDGE}{GAP})?
    {AMOUNT}(?:-|{GAP}){_UNIT_FILLER}{UNIT}
    (?:{GAP}or{GAP}so)?
    {GAP}(?P<ago>ago|earlier|back|hence|from{GAP}now
      | before(?=[^\S\n]*(?:[.,;:!?)"\u201d\u2019]|\n|$)))\b  # "a year before." (no event after)
"""

#: Periods named relative to now: "last year", "this week", "next month", "earlier this month",
#: "early next year", "the past year", "the previous month", "year-end", "the end of the year",
#: "the year ahead".
_RELATIVE_UNIT = rf"""
    (?:
        (?:(?P<rmod>early|late|earlier|later|mid|the{GAP}(?:end|beginning|start|middle|rest)
            {GAP}of)(?:-|{GAP}))?
        (?P<rrel>last|this|next|the{GAP}coming|coming|the{GAP}current|the{GAP}past|past|
            the{GAP}previous|previous|the{GAP}prior|the{GAP}following|following|the{GAP}preceding|
            the{GAP}last|the{GAP}next|the{GAP}latest|this{GAP}past|that|the{GAP}same)
        {GAP}(?P<runit>week|month|year|fortnight|weekend)\b(?!-|'s{GAP}\w+{GAP}quarter)
      | (?P<rmod>the{GAP}(?:end|beginning|start|middle){GAP}of){GAP}the{GAP}
        (?P<runit>week|month|year)\b
      | (?P<rmod>(?:the{GAP}|around{GAP})?(?:year[-\s]end|year's{GAP}end|end[-\s]year))\b
      | (?P<yago>year[-\s](?:ago|earlier))\b(?!{GAP}(?:\w+{GAP})?(?:quarter|period))
      | (?P<rrel>the{GAP}past|past|the{GAP}last|last|this|the{GAP}next|next)
        {GAP}(?P<rlong>decade|century)\b
      | (?P<wkrel>the|this|last|next|that|past|coming|the{GAP}past|the{GAP}coming|the{GAP}next)
        {GAP}(?P<runit>weekend)\b
      | the{GAP}(?P<runit>year|month|week){GAP}(?P<rahead>ahead)\b   # the coming year
      | the{GAP}(?:(?P<rfull>full|whole|entire){GAP})?(?P<rthe>year|week)\b
        (?!-|{GAP}(?:\d|two\b|nineteen|before|after|earlier|ago|to\b|that|when|ahead)
           |(?<=week)[ ]of{GAP}(?-i:[A-Z][a-z][a-z]))  # "the week of March 6": that day's week
    )
"""

#: Holidays whose date can be computed: "Thanksgiving Day", "last Christmas", "Easter week".
_HOLIDAY = rf"""
    (?:(?P<hrel>last|this|next){GAP})?
    (?-i:(?P<holiday>
        Thanksgiving(?:{GAP}Day)?|Christmas(?:{GAP}(?:Day|Eve))?|New{GAP}Year's{GAP}(?:Day|Eve)
      | Easter(?:{GAP}(?:Sunday|Monday|week|Week))?|Election{GAP}Day|Independence{GAP}Day
      | Labor{GAP}Day|Memorial{GAP}Day|Boxing{GAP}Day|Valentine's{GAP}Day|Halloween
    ))\b
"""

#: Days named relative to now: "yesterday", "late yesterday", "today", "tonight".
_RELATIVE_DAY = rf"""
    (?:(?P<dmod>early|late|earlier|later)(?:-|{GAP}))?
    (?:
        (?P<drel>yesterday|today|tomorrow|tonight)
      | the{GAP}day{GAP}(?P<dfar>before{GAP}yesterday|after{GAP}tomorrow)
    )\b
"""

#: Days of the week: "Saturday", "last Sunday", "this coming Sunday", "the previous Friday",
#: "Mondays" (a set), "early Tuesday".
_WEEKDAY = rf"""
    (?:(?P<wmod>early|late|earlier|later)(?:-|{GAP}))?
    (?:(?:(?P<wrel>last|this|next|past|coming|previous|following|the{GAP}previous|
         the{GAP}following|the{GAP}next|the{GAP}last)(?:{GAP}(?:past|coming))?){GAP})?
    {WEEKDAY}(?P<wplural>s)?\b
    (?:{GAP}(?P<wpod>nights|mornings|evenings|afternoons)\b)?
"""

#: Seasons: "last fall", "this summer", "the winter of 1994", "spring 2005".
_SEASON = rf"""
    (?:the{GAP})?(?:(?P<smod>early|late|mid)(?:-|{GAP}))?
    (?:(?P<srel>last|this|next|past|coming|previous|this{GAP}past){GAP})?
    {SEASON}\b
    (?:{GAP}of{GAP}(?:{year("seyear")}|{SPOKEN_YEAR})|{CG}{year("seyear")})?
"""

#: Durations: "three days", "90-day", "two and a half years", "the past two months",
#: "more than four hours", "the next 12 to 18 months", "a week", "recent years", "decades-long".
_DURATION = rf"""
    (?:{HEDGE}{GAP})?
    (?:
        {PERIOD_DET}
        {AMOUNT}(?:-|{GAP}){_UNIT_FILLER}{UNIT}
        (?P<dhalf>{GAP}and{GAP}a{GAP}half)?
        (?:(?P<dold>-old)|(?P<dlong>-long)|{GAP}(?P<dperiod>period)\b)?
        (?:{GAP}or{GAP}so)?
      | (?:(?P<bmod>recent|the{GAP}coming|coming|the{GAP}past{GAP}few|the{GAP}last{GAP}few|
          the{GAP}next{GAP}few|the{GAP}past{GAP}several|the{GAP}next{GAP}several|the|many|
          the{GAP}early){GAP})?
        (?P<bunit>years|months|weeks|days|decades|hours|minutes|centuries|quarters)\b
        (?P<bahead>{GAP}ahead)?(?P<blong>-long|-old)?
      | (?P<lunit>day|week|month|year|hour|night|decade)-long\b
    )
    (?!-\w)
"""

#: Sets: "daily", "every week", "each Thursday", "twice a year", "per annum".
_SET = rf"""
    (?:
        (?<![\w-])(?P<sword>{_alt(SETS)})(?![\w-])
      | (?:every|each){GAP}(?:(?P<sother>other){GAP})?
        (?:(?P<snum>\d+|{_CARD_WORD}){GAP})?
        (?:(?P<sunit>{UNIT_WORD})|{WEEKDAY}|{month()}|{SEASON}|{POD})
      | (?P<stimes>once|twice|thrice|(?:\d+|{_CARD_WORD}){GAP}times){GAP}(?:a|an|per|every|each)
        {GAP}(?P<sunit>{UNIT_WORD})
      | per{GAP}(?P<sannum>annum|year|month|week|day|quarter)\b
    )
"""

#: Vague references to the present, past and future: "now", "currently", "recently", "the future".
_REFERENCE = rf"""
    (?<![\w-])(?P<ref>{_alt(REFERENCES)})\b(?!-)
"""

#: A month on its own, or with a relative word or modifier: "January", "last December",
#: "mid-February", "end-January", "the end of June", "early September".
_MONTH = rf"""
    (?:(?P<mmod>early|late|mid|end|the{GAP}(?:end|beginning|start|middle){GAP}of)(?:-|{GAP}))?
    (?:(?P<mrel>last|this|next|past|coming)(?:{GAP}past)?{GAP})?
    {month()}
    (?(mrel)|(?(mmod)|(?<!\b(?-i:May|March))))  # a bare May or March needs the context below
    (?![^\S\n]*\n?[^\S\n]*\d)
  | (?<=\b(?:in|of|since|until|till|by|from|to|through|during|before|after|between|and|or|
             for|until|around|on|the|,)[-\s,]{{1,3}})
    (?P<mon>(?-i:May|March|MAY|MARCH))\b
    (?!{GAP}(?-i:[A-Z][a-z]+)|[^\S\n]*\n?[^\S\n]*\d)
"""

#: A year on its own, with its modifiers: "2025", "end-1987", "mid-1996", "the end of 1990",
#: "early 1990", "calendar 1988", "the year 2000", "nineteen ninety-six".
_YEAR = rf"""
    (?:(?P<ymod>early|late|mid|end|post|pre|the{GAP}(?:end|beginning|start|middle|first{GAP}half|
        second{GAP}half)(?:{GAP}of)?|the{GAP}year|calendar|calendar{GAP}year|year)(?:-|{GAP}))?
    (?:
        (?(ymod)|(?<![\d$£€¥#.,/:-]|\d[^\S\n]|No\.[^\S\n]?)){year()}(?![-/]\d|'s?\d|[^\S\n]?(?:%|pct))
      | {SPOKEN_YEAR}
    )
"""


_ABBR: Final = "|".join(MONTH_ABBREVIATIONS + [m.upper() for m in MONTH_ABBREVIATIONS])
_D31: Final = r"(?:3[01]|[12]\d|0?[1-9])"
_M12: Final = r"(?:1[0-2]|0?[1-9])"
#: Dates in forms the resolvers do not read, valued by dateparser (fallback.py): "12.3.1987",
#: "2005/03/12", "5-Mar-87", "March 5th, '87", "March '87". Tried before the calendar dates,
#: so that "March 5th" does not leave its "'87" behind.
_LOOSE = rf"""
    (?<![\d./-])
    (?:
        {_D31}\.{_M12}\.(?:1\d|20)\d\d                            # 12.3.1987 (day first)
      | (?:1\d|20)\d\d/{_M12}/{_D31}                               # 2005/03/12
      | {_D31}-(?-i:{_ABBR})-(?:(?:1\d|20)\d\d|\d\d)              # 5-Mar-87
      | {month()}(?:{GAP}{_D31}(?:st|nd|rd|th)?)?,?{GAP}'\d\d        # March 5th, '87
    )
    (?![\w/-]|\.\d)
"""

#: The families in the order they are tried at each position (see the module docstring).
FAMILIES: Final = (
    ("loose", _LOOSE),
    ("range_days", _RANGE_DAYS),
    ("range", _RANGE),
    ("time", _TIME),
    ("part_of_day", _PART_OF_DAY),
    ("calendar", _CALENDAR_DATE),
    ("quarter", _QUARTER),
    ("fiscal", _FISCAL),
    ("month_year", _MONTH_YEAR),
    ("decade", _DECADE),
    ("ago", _AGO),
    ("relative_unit", _RELATIVE_UNIT),
    ("relative_day", _RELATIVE_DAY),
    ("weekday", _WEEKDAY),
    ("season", _SEASON),
    ("holiday", _HOLIDAY),
    ("duration", _DURATION),
    ("set", _SET),
    ("reference", _REFERENCE),
    ("month", _MONTH),
    ("year", _YEAR),
)

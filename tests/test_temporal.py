"""Dates, times, durations and sets: sentence in, timexes out.

Every sentence here is written for this file (the phenomena come from wire copy, BBC and
Taipei Times style news and from TimeML's TIMEX3 guidelines; the words and numbers do
not). Unless a case says otherwise the article was published on Tuesday 29 April 2025.
An expected timex lists the fields it checks: kind, raw and value always; qualifier,
start_date, end_date, granularity, is_relative and anchor_date when given. The whole list
must match: a missing or an extra timex fails the case. Known misses are
xfail(strict=True): fixing one turns it red, so that it is moved up among the passing cases.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract import temporal
from pipeline.extract.temporal import fallback, timexes
from pipeline.records import GRANULARITIES, QUALIFIERS, TIMEX_KINDS

Fig = dict[str, Any]
PUB = date(2025, 4, 29)  # a Tuesday


def d(raw: str, value: str | None, **keys: Any) -> Fig:
    return {"kind": "date", "raw": raw, "value": value, **keys}


def dur(raw: str, value: str, **keys: Any) -> Fig:
    return {"kind": "duration", "raw": raw, "value": value, **keys}


def every(raw: str, value: str, **keys: Any) -> Fig:
    return {"kind": "set", "raw": raw, "value": value, **keys}


def clock(raw: str, value: str | None, **keys: Any) -> Fig:
    return {"kind": "time", "raw": raw, "value": value, **keys}


Case = tuple[str, date | None, list[Fig]]

CASES: dict[str, list[Case]] = {
    "a week named by a day in it (TIMEX3: the ISO week that holds the day)": [
        (
            "The hearing is set for the week of March 6.",
            PUB,
            [d("the week of March 6", "2025-W10", granularity="week")],
        ),
        (
            "Voting opens the week of Nov. 3, 2026.",
            PUB,
            [d("the week of Nov. 3, 2026", "2026-W45")],
        ),
        # "the week of" before anything but a month name stays a week of unknown number
        ("It was the week of the storm.", PUB, [d("the week", "2025-WXX")]),
        # only a week is named by a day: "the year of" stays what it was
        ("Critics call it the year of The Beatles.", PUB, [d("the year", "2025")]),
    ],
    "calendar dates in every common form": [
        ("The dam opened on June 3, 2019, after a delay.", PUB, [d("June 3, 2019", "2019-06-03")]),
        ("The dam opened on 3 June 2019.", PUB, [d("3 June 2019", "2019-06-03")]),
        ("The report is dated 2019-06-03.", PUB, [d("2019-06-03", "2019-06-03")]),
        ("Payment fell due on 6/3/2019 in Ohio.", PUB, [d("6/3/2019", "2019-06-03")]),
        (
            "Output peaked in June 2019 and slumped in 2020.",
            PUB,
            [d("June 2019", "2019-06", granularity="month"), d("2020", "2020")],
        ),
        ("Reserves hit a low in September, 1998.", PUB, [d("September, 1998", "1998-09")]),
        (
            "The record was set on the 4th of July, 1998.",
            PUB,
            [d("the 4th of July, 1998", "1998-07-04")],
        ),
        ("Markets shut on Saturday, March 1.", PUB, [d("Saturday, March 1", "2025-03-01")]),
        (
            "The plant reopened on Dec. 2 and closed again on Jan.9.",
            PUB,
            [d("Dec. 2", "2024-12-02"), d("Jan.9", "2025-01-09")],
        ),
    ],
    "years, decades, centuries, quarters, halves, seasons, fiscal years": [
        (
            "The shares, bought in 1998, trade at (base 1985) levels.",
            PUB,
            [d("1998", "1998"), d("1985", "1985")],
        ),
        ("Coal output has fallen since 1962.", PUB, [d("1962", "1962", is_relative=False)]),
        ("The target for end-2026 looks safe.", PUB, [d("end-2026", "2026")]),
        ("Growth slowed in mid-2019.", PUB, [d("mid-2019", "2019")]),
        (
            "Towns grew in the 1970s; the '60s were calmer.",
            PUB,
            [d("the 1970s", "197"), d("the '60s", "196")],
        ),
        (
            "The 21st century began quietly.",
            PUB,
            [d("The 21st century", "20", granularity="century")],
        ),
        (
            "Earnings fell in the second quarter of 2019.",
            PUB,
            [
                d(
                    "the second quarter of 2019",
                    "2019-Q2",
                    start_date="2019-04-01",
                    end_date="2019-06-30",
                    granularity="quarter",
                )
            ],
        ),
        (
            "Margins improved in the second half of 2018.",
            PUB,
            [d("the second half of 2018", "2018-H2")],
        ),
        (
            "Rents rose in the last three months of 2019.",
            PUB,
            [d("the last three months of 2019", "2019-Q4")],
        ),
        (
            "Spending rose in the first quarter, the ministry said.",
            PUB,
            [d("the first quarter", "2025-Q1")],
        ),
        ("Third-quarter profit doubled.", PUB, [d("Third-quarter", "2024-Q3")]),
        ("Results for Q3 2020 were weak.", PUB, [d("Q3 2020", "2020-Q3")]),
        ("The budget covers fiscal 2021.", PUB, [d("fiscal 2021", "FY2021", granularity="year")]),
        ("Losses narrowed in the 2020 fiscal year.", PUB, [d("the 2020 fiscal year", "FY2020")]),
        ("The bridge reopens in the spring of 2026.", PUB, [d("the spring of 2026", "2026-SP")]),
        ("Farmers hope for rain this autumn.", PUB, [d("this autumn", "2025-FA")]),
        ("The harvest was poor last winter.", PUB, [d("last winter", "2025-WI")]),
    ],
    "a count beside a table's label is no time": [
        ("Cattle slaughter 292,000 week ago 290,000", PUB, []),
        # ... but thousands of years ago, or a thousand-hour test, are
        ("The temple was built 1,500 years ago.", PUB, [d("1,500 years ago", "0525")]),
        ("It was a 1,500-hour endurance test.", PUB, [dur("1,500-hour", "PT1500H")]),
        (
            "Rome grew in the 1st century.",
            PUB,
            [d("the 1st century", "00", start_date="0001-01-01")],
        ),
    ],
    "a quarter with its year after it, and the prior year": [
        (
            "Profit fell in the first quarter 2019.",
            PUB,
            [d("the first quarter 2019", "2019-Q1", granularity="quarter")],
        ),
        ("Sales were higher in the prior year.", PUB, [d("the prior year", "2024")]),
        ("Sales were higher in the prior year.", None, [d("the prior year", None)]),
    ],
    "relative to the publication date": [
        (
            "The agency said yesterday that it would act.",
            PUB,
            [d("yesterday", "2025-04-28", is_relative=True, anchor_date="2025-04-29")],
        ),
        ("Voting starts tomorrow.", PUB, [d("tomorrow", "2025-04-30")]),
        ("The council meets today.", PUB, [d("today", "2025-04-29")]),
        ("The council met on Friday.", PUB, [d("Friday", "2025-04-25")]),
        ("The council will meet on Friday.", PUB, [d("Friday", "2025-05-02")]),
        ("The court ruled on Tuesday.", PUB, [d("Tuesday", "2025-04-29")]),
        ("He resigned last Thursday.", PUB, [d("last Thursday", "2025-04-24")]),
        ("Tenders close next Monday.", PUB, [d("next Monday", "2025-05-05")]),
        ("Sales slipped last year.", PUB, [d("last year", "2024", granularity="year")]),
        ("Prices rose this month.", PUB, [d("this month", "2025-04")]),
        ("Profits should recover next year.", PUB, [d("next year", "2026")]),
        ("Stocks rallied earlier this week.", PUB, [d("earlier this week", "2025-W18")]),
        ("The plant shut three weeks ago.", PUB, [d("three weeks ago", "2025-W15")]),
        ("The law passed a decade ago.", PUB, [d("a decade ago", "2015")]),
        ("The fund was wound up on March 14.", PUB, [d("March 14", "2025-03-14")]),
        ("The tariff takes effect on June 9.", PUB, [d("June 9", "2025-06-09")]),
        ("Trading resumed on Sept. 9 after a pause.", PUB, [d("Sept. 9", "2024-09-09")]),
        ("Inflation eased in February.", PUB, [d("February", "2025-02", granularity="month")]),
        ("Orders fell in December.", PUB, [d("December", "2024-12")]),
        ("The vote is expected in November.", PUB, [d("November", "2025-11")]),
        ("The merger closed last October.", PUB, [d("last October", "2024-10")]),
        ("Markets were calm over the weekend.", PUB, [d("the weekend", "2025-W17-WE")]),
        # the tense is the event's, not that of the report after a comma ...
        (
            "The tender asks for delivery of 4,000 tonnes in August, dealers said.",
            PUB,
            [d("August", "2025-08")],
        ),
        (
            "A mill wants cargoes for September shipment, the trade sources said.",
            PUB,
            [d("September", "2025-09")],
        ),
        # ... unless the expression opens the sentence, where the report is the event
        ("In August, the miner reported a loss.", PUB, [d("August", "2024-08")]),
        ("On Wednesday, the union said it would strike.", PUB, [d("Wednesday", "2025-04-23")]),
        # a past verb before the expression still decides
        ("Output fell to a low in August, analysts said.", PUB, [d("August", "2024-08")]),
        (
            "Polls open on Thanksgiving Day.",
            date(2024, 11, 20),
            [d("Thanksgiving Day", "2024-11-28")],
        ),
    ],
    "present, past and future references": [
        ("Shares are now higher.", PUB, [d("now", "PRESENT_REF", granularity="present")]),
        ("The mine is currently closed.", PUB, [d("currently", "PRESENT_REF")]),
        ("The firm recently cut jobs.", PUB, [d("recently", "PAST_REF")]),
        ("Prices may fall in the near future.", PUB, [d("the near future", "FUTURE_REF")]),
        ("Rates have risen in recent months.", PUB, [dur("recent months", "PXM")]),
    ],
    "reference time: a year earlier, the previous month": [
        (
            "Exports rose 4 pct in March from a year earlier.",
            PUB,
            [d("March", "2025-03"), d("a year earlier", "2024-03")],
        ),
        (
            "The index fell in March from the previous month.",
            PUB,
            [d("March", "2025-03"), d("the previous month", "2025-02")],
        ),
        (
            "Net profit rose in the third quarter from a year ago.",
            PUB,
            [d("the third quarter", "2024-Q3"), d("a year ago", "2023-Q3")],
        ),
        (
            "Claims rose in February, August and October last year.",
            PUB,
            [d("February", "2024-02"), d("August", "2024-08"), d("October last year", "2024-10")],
        ),
        (
            "Output rose in the quarter to June. Sales in the quarter were flat.",
            PUB,
            [d("the quarter", "2025-Q2"), d("June", "2025-06"), d("the quarter", "2025-Q2")],
        ),
    ],
    "a quarter named by the month that ends it": [
        ("Imports for the December quarter rose.", PUB, [d("the December quarter", "2024-Q4")]),
        ("Exports rose in October.", PUB, [d("October", "2024-10")]),
    ],
    "no publication date: relative values stay null": [
        ("Officials met on Thursday to discuss it.", None, [d("Thursday", None, is_relative=True)]),
        ("Prices rose last month.", None, [d("last month", None)]),
        ("The summit opens on 14 March.", None, [d("14 March", "XXXX-03-14")]),
        ("Trade fell in August.", None, [d("August", "XXXX-08")]),
        ("The law was passed on 2 May 2003.", None, [d("2 May 2003", "2003-05-02")]),
        (
            "Growth slowed in the final quarter of 2003.",
            None,
            [d("the final quarter of 2003", "2003-Q4")],
        ),
        ("Output fell in the fourth quarter.", None, [d("the fourth quarter", "XXXX-Q4")]),
        (
            "The board meets tomorrow and next week.",
            None,
            [d("tomorrow", None), d("next week", None)],
        ),
        ("Fees rise from next year.", None, [d("next year", None, anchor_date=None)]),
        # a clock time with no day: the clock is known, the day is not
        (
            "Trading halted at 1415 GMT.",
            None,
            [{"kind": "time", "raw": "1415 GMT", "value": "XXXX-XX-XXT14:15"}],
        ),
        (
            "The vote is at 6pm on Friday.",
            None,
            [{"kind": "time", "raw": "6pm on Friday", "value": None}],
        ),
    ],
    "ranges: one figure with both ends": [
        (
            "Polls open between June 2 and 6.",
            PUB,
            [d("June 2 and 6", "2025-06-02/2025-06-06", qualifier="range")],
        ),
        ("Sales rose from 2011 to 2019.", PUB, [d("2011 to 2019", "2011/2019", qualifier="range")]),
        (
            "The show ran between July, 2008 and March, 2009.",
            PUB,
            [d("July, 2008 and March, 2009", "2008-07/2009-03", start_date="2008-07-01")],
        ),
        ("Imports rose sharply in January-March.", PUB, [d("January-March", "2025-01/2025-03")]),
        (
            "The fair ran on Nov. 11 and 12, 2019.",
            PUB,
            [d("Nov. 11 and 12, 2019", "2019-11-11/2019-11-12", end_date="2019-11-12")],
        ),
        ("The 2014-15 season was wet.", PUB, [d("2014-15", "2014/2015")]),
    ],
    "the same period a year back": [
        (
            "It earned $9m in the 2024 third quarter, against $6m in the comparable 2023 period.",
            PUB,
            [d("the 2024 third quarter", "2024-Q3"), d("the comparable 2023 period", "2023-Q3")],
        ),
        (
            "Exports fell in March, down 4% from the same month last year.",
            PUB,
            [d("March", "2025-03"), d("the same month last year", "2024-03")],
        ),
    ],
    "durations": [
        ("The strike lasted four days.", PUB, [dur("four days", "P4D", granularity="day")]),
        # a duration in two units is one (TIMEX3), larger unit first; otherwise two
        (
            "She was jailed for three years and four months.",
            PUB,
            [dur("three years and four months", "P3Y4M")],
        ),
        (
            "The flight took nine hours and 20 minutes.",
            PUB,
            [dur("nine hours and 20 minutes", "PT9H20M")],
        ),
        (
            "It took two days and then three weeks.",
            PUB,
            [dur("two days", "P2D"), dur("three weeks", "P3W")],
        ),
        ("They agreed a 60-day truce.", PUB, [dur("60-day", "P60D")]),
        ("He spent three and a half years abroad.", PUB, [dur("three and a half years", "P3Y6M")]),
        (
            "The talks ran for nine-and-a-half months.",
            PUB,
            [dur("nine-and-a-half months", "P9.5M")],
        ),
        (
            "Flights were grounded for 36 hours.",
            PUB,
            [dur("36 hours", "PT36H", granularity="hour")],
        ),
        ("The reactor was shut for half an hour.", PUB, [dur("half an hour", "PT30M")]),
        ("Taxes rose over the past five years.", PUB, [dur("the past five years", "P5Y")]),
        ("The plan runs over the next two decades.", PUB, [dur("the next two decades", "P20Y")]),
        (
            "It took more than six weeks.",
            PUB,
            [dur("more than six weeks", "P6W", qualifier="more_than")],
        ),
        ("It took about ten days.", PUB, [dur("ten days", "P10D", qualifier="approx")]),
        (
            "They waited nearly two years.",
            PUB,
            [dur("nearly two years", "P2Y", qualifier="less_than")],
        ),
        ("The deal has a 10-year term.", PUB, [dur("10-year", "P10Y")]),
        ("Prices held for a decade.", PUB, [dur("a decade", "P10Y")]),
        ("The loan runs for a couple of years.", PUB, [dur("a couple of years", "P2Y")]),
        ("The review will take several weeks.", PUB, [dur("several weeks", "PXW")]),
        (
            "Talks went on for 12 to 18 months.",
            PUB,
            [dur("12 to 18 months", "P12M", qualifier="range")],
        ),
        ("The ceasefire lasted one week longer.", PUB, [dur("one week", "P1W")]),
    ],
    "sets": [
        ("The paper appears weekly.", PUB, [every("weekly", "P1W")]),
        ("Dividends are paid quarterly.", PUB, [every("quarterly", "P3M")]),
        ("It runs an annual survey of 1,200 firms.", PUB, [every("annual", "P1Y")]),
        ("Buses run every hour.", PUB, [every("every hour", "PT1H")]),
        ("The market opens each Sunday.", PUB, [every("each Sunday", "XXXX-WXX-7")]),
        ("Staff earn 800 dollars a month.", PUB, [every("a month", "P1M")]),
        ("Fees rise 2 pct per annum.", PUB, [every("per annum", "P1Y")]),
        ("Inspectors visit twice a year.", PUB, [every("twice a year", "P1Y")]),
        ("The club meets on Mondays.", PUB, [every("Mondays", "XXXX-WXX-1")]),
    ],
    "times of day, on the day they belong to": [
        (
            "The rally began at 9:30 a.m.",
            PUB,
            [clock("9:30 a.m.", "2025-04-29T09:30", granularity="minute")],
        ),
        ("Polls closed at 8pm on Sunday.", PUB, [clock("8pm on Sunday", "2025-04-27T20:00")]),
        (
            "The match will kick off on Saturday at 3pm.",
            PUB,
            [d("Saturday", "2025-05-03"), clock("3pm", "2025-05-03T15:00")],
        ),
        ("Trains stop at midnight.", PUB, [clock("midnight", "2025-04-29T24:00")]),
        ("The blast happened this morning.", PUB, [clock("this morning", "2025-04-29TMO")]),
        ("Shops shut at 1730 GMT.", PUB, [clock("1730 GMT", "2025-04-29T17:30")]),
        # a clock time takes the day written after it, past a bracketed time in another zone
        (
            "The quake struck at 6:40 a.m. (0340 GMT) Sunday, officials said.",
            PUB,
            [
                clock("6:40 a.m.", "2025-04-27T06:40"),
                clock("0340 GMT", "2025-04-27T03:40"),
                d("Sunday", "2025-04-27"),
            ],
        ),
        # ... but not a day further on in the sentence
        (
            "Stores closed at 6pm, and on Sunday they stayed shut.",
            PUB,
            [clock("6pm", "2025-04-29T18:00"), d("Sunday", "2025-04-27")],
        ),
        ("Rebels attacked on Friday night.", PUB, [d("Friday night", "2025-04-25")]),
    ],
    "hard-wrapped wire copy": [
        ("The Treasury said last\nFriday that bills rose.", PUB, [d("last\nFriday", "2025-04-25")]),
        (
            "Imports rose in the first\n20 days of June.",
            PUB,
            [dur("the first\n20 days", "P20D"), d("June", "2025-06")],
        ),
        ("Reserves rose to a record in\nJanuary 1987.", PUB, [d("January 1987", "1987-01")]),
    ],
    "NEWS-DEV conventions: spans of time, quarters named by months, rates": [
        ("Fees have doubled in the past year.", PUB, [dur("the past year", "P1Y")]),
        ("Shelling went on over the last week.", PUB, [dur("the last week", "P1W")]),
        ("It was the last year of the treaty.", PUB, [d("the last year", "2024")]),
        (
            "The firm lost 5 mln dlrs in the first quarter, against a profit a year before.",
            PUB,
            [d("the first quarter", "2025-Q1"), d("a year before", "2024-Q1")],
        ),
        (
            "The loss widened in the last three months of 2010 from a year before.",
            None,
            [d("the last three months of 2010", "2010-Q4"), d("a year before", "2009-Q4")],
        ),
        (
            "Sales fell in the April-to-June quarter and the July-September period.",
            PUB,
            [d("the April-to-June quarter", "2025-Q2"), d("the July-September period", "2024-Q3")],
        ),
        (
            "Orders rose in the October-to-December quarter.",
            None,
            [d("the October-to-December quarter", "XXXX-Q4")],
        ),
        ("Rents saw year-on-year rises.", PUB, [every("year-on-year", "P1Y")]),
        ("Dealers see calmer markets in the year ahead.", PUB, [d("the year ahead", "2026")]),
        ("Dealers see calmer markets in the year ahead.", None, [d("the year ahead", None)]),
        (
            "The shortfall for the years from 2026 to 2030 shrank.",
            PUB,
            [d("2026 to 2030", "2026/2030", qualifier="range")],
        ),
    ],
    "no publication date: the previous period has no value, even after a named one": [
        (
            "Jobless claims rose in the fourth quarter of 2004 from the previous quarter.",
            None,
            [d("the fourth quarter of 2004", "2004-Q4"), d("the previous quarter", None)],
        ),
        (
            "Output fell in March 2003 from the previous month.",
            None,
            [d("March 2003", "2003-03"), d("the previous month", None)],
        ),
        (
            "Output fell in March 2003 from the previous month.",
            PUB,
            [d("March 2003", "2003-03"), d("the previous month", "2003-02")],
        ),
    ],
    "TimeML: some day in the future; generic dates; titles": [
        (
            "Talks start on April 2 instead of the usual May 2 date.",
            PUB,
            [d("April 2", "2025-04-02"), d("May 2", "XXXX-05-02")],
        ),
        ("He told Radio 4's Today programme that VOA Today was wrong.", PUB, []),
        ("Today, shares rose.", PUB, [d("Today", "2025-04-29")]),
        ("Rebels shelled the town overnight.", PUB, [clock("overnight", "2025-04-28TNI")]),
        ("The convoy will travel overnight.", PUB, [clock("overnight", "2025-04-29TNI")]),
        ("The region could one day export power.", PUB, [d("one day", "FUTURE_REF")]),
        ("The strike was called for one day.", PUB, [dur("one day", "P1D")]),
        ("Talks resumed on 11 September.", None, [d("11 September", "XXXX-09-11")]),
    ],
    "forms the resolvers leave to dateparser, and times with a dot": [
        ("The accord is dated 12.3.2019.", PUB, [d("12.3.2019", "2019-03-12")]),
        ("The accord is dated 12.3.2019.", None, [d("12.3.2019", "2019-03-12")]),
        ("Shares peaked on 5-Mar-09 in Tokyo.", PUB, [d("5-Mar-09", "2009-03-05")]),
        ("The ledger entry reads 2011/10/04.", PUB, [d("2011/10/04", "2011-10-04")]),
        ("Prices topped on March 5th, '09 and fell.", PUB, [d("March 5th, '09", "2009-03-05")]),
        ("Markets shut at 12.00 GMT.", PUB, [clock("12.00 GMT", "2025-04-29T12:00")]),
        ("The index rose 12.00 points.", PUB, []),
        (
            "Maize for August 10-September 10 delivery is on offer.",
            PUB,
            [d("August 10-September 10", "2025-08-10/2025-09-10")],
        ),
    ],
    "not dates: numbers, names, ages, other senses": [
        ("It shipped 1,500 crates and 2,225 bags.", PUB, []),
        ("The gauge read 2.5 on a scale of 10.", PUB, []),
        ("The airline ordered twelve 747s.", PUB, []),
        ("It sold 2000 tonnes to 1900 buyers.", PUB, []),
        ("He may attend, and prices may march higher.", PUB, []),
        ("The Sunday Times and the Daily Mirror agreed.", PUB, []),
        ("She was named player of the year.", PUB, []),
        ("Winter wheat plantings rose.", PUB, []),
        ("The fall in prices hurt exporters.", PUB, []),
        ("He read the minutes of the meeting.", PUB, []),
        ("Three-quarters of voters agreed.", PUB, []),
        ("A second term is likely.", PUB, []),
        ("The chief executive, 61 years old, retired.", PUB, []),
        ("A 45-year-old driver was hurt.", PUB, []),
        ("Voters spoke of years of neglect.", PUB, []),
    ],
}

KNOWN_MISSES: list[Case] = [
    # a date as the name of an event: NEWS-DEV leaves it out, TimeBank annotates "the Aug. 7
    # bombings"; no rule tells a name from a description, and TimeML is followed
    ("Memorials for the 11 September attacks were held.", None, []),
    # a number that names a road, not a year
    ("Route 2020 was closed for repairs.", PUB, []),
    # "in the morning" after a number is not looked for ("in" starts no expression)
    ("He left at 4 in the morning.", PUB, [clock("4 in the morning", "2025-04-29T04:00")]),
    # two weekdays sharing a part of day form a set
    (
        "Flights leave on Monday and Tuesday nights.",
        PUB,
        [every("Monday", "XXXX-WXX-1TNI"), every("Tuesday nights", "XXXX-WXX-2TNI")],
    ),
    # a past event in a month that is still ahead by less than three months
    ("Prices were fixed in mid-June.", PUB, [d("mid-June", "2024-06")]),
]


def _check(text: str, published: date | None, expected: list[Fig]) -> None:
    found = timexes(text, published)
    got = [{key: getattr(t, key) for key in ("kind", "raw", "value")} for t in found]
    assert got == [{key: f[key] for key in ("kind", "raw", "value")} for f in expected]
    for timex, fig in zip(found, expected, strict=True):
        for key, value in fig.items():
            assert getattr(timex, key) == value, (fig["raw"], key)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(*case, id=f"{group}: {case[0][:40]}")
        for group, cases in CASES.items()
        for case in cases
    ],
)
def test_timexes(text: str, published: date | None, expected: list[Fig]) -> None:
    _check(text, published, expected)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(*case, id=case[0][:40], marks=pytest.mark.xfail(strict=True))
        for case in KNOWN_MISSES
    ],
)
def test_known_misses(text: str, published: date | None, expected: list[Fig]) -> None:
    _check(text, published, expected)


def test_relative_values_never_use_the_run_date() -> None:
    text = "Yesterday, last week, on Friday, this year and two months ago it rained."
    assert all(t.value is None and t.anchor_date is None for t in timexes(text, None))
    assert all(t.value is not None for t in timexes(text, PUB))


def test_dateparser_values_only_what_the_rules_leave_without_a_value(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []

    def recorded(raw: str, published: date | None) -> str | None:
        calls.append(raw)
        return fallback.parsed_value(raw, published)

    monkeypatch.setattr(temporal, "parsed_value", recorded)
    text = "On Friday, three weeks ago, in May 2024 and last year, 12.3.2019 came up."
    values = [t.value for t in timexes(text, PUB)]
    assert calls == ["12.3.2019"]
    assert values == ["2025-04-25", "2025-W15", "2024-05", "2024", "2019-03-12"]


def test_dateparser_never_resolves_against_the_run_date() -> None:
    for raw in ("Tuesday", "last week", "yesterday", "March 5", "10:30 GMT"):
        assert fallback.parsed_value(raw, None) is None, raw
    assert fallback.parsed_value("Tuesday", PUB) == "2025-04-29"
    assert fallback.parsed_value("three weeks ago", PUB) == "2025-W15"
    assert fallback.parsed_value("not a date at all", PUB) is None


def test_intervals_of_resolved_values() -> None:
    week, weekend, month = timexes("This week, last weekend and in May 2024.", PUB)
    assert (week.start_date, week.end_date, week.granularity) == (
        "2025-04-28",
        "2025-05-04",
        "week",
    )
    assert (weekend.start_date, weekend.end_date) == ("2025-04-26", "2025-04-27")
    assert (month.start_date, month.end_date, month.is_relative) == (
        "2024-05-01",
        "2024-05-31",
        False,
    )


# ---------------------------------------------------------------- properties

_WORDS = [
    "May",
    "march",
    "April 12",
    "2025",
    "1999",
    "'80s",
    "last",
    "next",
    "the",
    "past",
    "two",
    "weeks",
    "days",
    "ago",
    "earlier",
    "yesterday",
    "Friday",
    "Sunday",
    "night",
    "morning",
    "quarter",
    "third",
    "fiscal",
    "year",
    "half",
    "of",
    "between",
    "and",
    "to",
    "-",
    "10am",
    "10:30",
    "p.m.",
    "daily",
    "every",
    "a",
    "month",
    "now",
    "more than",
    "1,500",
    "2.5",
    "747s",
    "Christmas",
    "spring",
    "fall",
    "\n",
    ",",
    ".",
    "'s",
    "9/11/2001",
    "Q3",
    "FY2020",
    "12.3.2019",
    "5-Mar-09",
    "'09",
    "June 15-July 15",
    "year-on-year",
    "October-to-December",
    "before",
    "ahead",
    "12.00 GMT",
    "Today",
    "overnight",
    "one day",
    "usual",
]


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(max_size=200),
        st.lists(st.sampled_from(_WORDS), max_size=40).map(" ".join),
    ),
    st.one_of(st.none(), st.dates(), st.sampled_from([date.min, date.max, PUB])),
)
def test_never_raises_and_spans_are_exact(text: str, published: date | None) -> None:
    found = timexes(text, published)
    previous_end = 0
    for t in found:
        assert text[t.start : t.end] == t.raw and t.raw
        assert t.start >= previous_end
        previous_end = t.end
        assert t.kind in TIMEX_KINDS
        assert t.granularity in GRANULARITIES
        assert t.qualifier in ("", *QUALIFIERS)
        assert t.value is None or isinstance(t.value, str)
        if t.value is None:
            assert t.start_date is None and t.end_date is None
        if published is None:
            assert t.anchor_date is None or t.anchor_date < "9999"

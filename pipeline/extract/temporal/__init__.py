"""Dates, times, durations and sets, normalised in TimeML TIMEX3 against the publication date.

The scanner (scanner.py, with the grammar in patterns.py) finds the expressions, left to
right, without overlaps; a resolver per family turns each into a value (absolute.py,
relative.py, durations.py);
then the expressions whose value depends on the period the text talks about ("a year
earlier", "the previous month", "the quarter") are resolved against it, and clock times
take the day written before them ("Saturday at 10am"). The few expressions still without a
value after that, and the date forms the resolvers do not read ("12.3.1987", "5-Mar-87"),
go to dateparser (fallback.py): it parses a span the rules found, never the text.

>>> from datetime import date
>>> text = "He said on Saturday that talks begin May 7."
>>> [(t.raw, t.value) for t in timexes(text, date(2025, 4, 29))]
[('Saturday', '2025-04-26'), ('May 7', '2025-05-07')]
>>> [(t.raw, t.kind, t.value) for t in timexes("It lasted three days, every week.", None)]
[('three days', 'duration', 'P3D'), ('every week', 'set', 'P1W')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import fields
from datetime import date
from typing import Final

import regex

from pipeline.extract.temporal.calendar import (
    duration_granularity,
    interval,
    period_value,
    shift,
    shift_value,
)
from pipeline.extract.temporal.context import Context, Deferred, Found
from pipeline.extract.temporal.fallback import parsed_value
from pipeline.extract.temporal.scanner import scan
from pipeline.records import Timex

__all__ = ["timexes"]

# ---------------------------------------------------------------- reference times

#: Where a sentence ends. `re`, which scans the whole text several times faster than
#: `regex`: its \s takes the four ASCII separators \x1c-\x1f, which `regex`'s does not, so
#: they are left out of the classes here.
_SENTENCE_END: Final = re.compile(
    r"[.!?][\"'”’)]*(?=[^\S\x1c-\x1f]+[\"'“‘(]?[A-Z0-9])"
    r"|\n[^\S\n\x1c-\x1f]*\n|\n[^\S\n\x1c-\x1f]{2,}"
)
_FINE: Final = ("day", "week", "month", "quarter", "half", "season")
#: How far back (characters) a reference time is looked for.
_REACH: Final = 1500


def _reference_value(f: Found) -> tuple[str, str] | None:
    """(value, granularity) of an expression that can be the reference time, else None."""
    if f.kind not in ("date", "time") or f.value is None or f.deferred or f.derived:
        return None
    value = f.value.removeprefix("FY")
    if "X" in value or "/" in value or "REF" in value or not value[:4].isdigit():
        return None
    start, _, granularity = interval(value)
    if start is None:
        return None
    return value, granularity


def _pick(
    candidates: list[tuple[str, str]], accepts: tuple[str, ...], published: date | None
) -> tuple[str, str] | None:
    """The first candidate finer than a year, else the first year, among those accepted;
    periods that start after the publication date only when there is nothing else."""
    usable = [c for c in candidates if not accepts or c[1] in accepts or c[1] == "part_of_day"]
    if published is not None:
        cutoff = published.isoformat()
        past = [c for c in usable if (interval(c[0])[0] or "") <= cutoff]
        usable = past or usable
    for value, granularity in usable:
        if granularity in _FINE or granularity == "part_of_day":
            return value, granularity
    return usable[0] if usable else None


def _apply(deferred: Deferred, value: str, granularity: str) -> str:
    start, _, _ = interval(value)
    assert start is not None
    if deferred.granularity is None:
        if deferred.unit == "year":
            result = shift_value(value[:10] if "T" in value else value, deferred.amount)
        else:
            moved = shift(date.fromisoformat(start), deferred.unit, deferred.amount)
            result = period_value(moved, granularity if granularity in _FINE else "year")
    else:
        moved = shift(date.fromisoformat(start), deferred.unit, deferred.amount)
        result = period_value(moved, deferred.granularity)
    if deferred.year is not None:
        result = f"{deferred.year:04d}{result[4:]}"
    return deferred.prefix + result


def _resolve_deferred(text: str, found: list[Found], published: date | None) -> None:
    """Resolve "a year earlier", "the previous month", "the quarter" against the reference
    time: the first date of the sentence (finer than a year if there is one), else of the
    closest sentence before that has one."""
    if not any(f.deferred for f in found):
        return
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    sentence_of = [bisect_right(ends, f.start) for f in found]
    # the expressions do not overlap: their ends rise, and those too far back are skipped
    # by bisection rather than one by one
    found_ends = [f.end for f in found]
    for index, f in enumerate(found):
        deferred = f.deferred
        if deferred is None:
            continue
        by_sentence: dict[int, list[tuple[str, str]]] = {}
        after: list[tuple[str, str]] = []
        near = bisect_left(found_ends, f.start - _REACH)
        for other_index in range(near, len(found)):
            other = found[other_index]
            if other_index == index:
                continue
            if other.start > f.start and sentence_of[other_index] != sentence_of[index]:
                break
            candidate = _reference_value(other)
            if candidate is not None:
                if other.start > f.start:
                    after.append(candidate)
                else:
                    by_sentence.setdefault(sentence_of[other_index], []).append(candidate)
        here = sentence_of[index]
        chosen = _pick(by_sentence.get(here, []), deferred.accepts, published)
        if chosen is None:  # "rose from a year earlier in the first 20 days of February"
            chosen = _pick(after, deferred.accepts, published)
        if chosen is None and not deferred.same_sentence:
            accepts = (
                deferred.accepts if deferred.accepts_before is None else deferred.accepts_before
            )
            for sentence in sorted((s for s in by_sentence if s < here), reverse=True):
                chosen = _pick(by_sentence[sentence], accepts, published)
                if chosen is not None:
                    break
        if chosen is None:
            f.value = deferred.fallback
            f.anchored = deferred.fallback is not None
        else:
            f.value = _apply(deferred, *chosen)
            f.anchor = interval(chosen[0])[0]
            f.anchored = False
            # a period moved from the reference is no reference itself ("a year earlier"
            # must not chain); the same period named again ("the quarter") is
            f.derived = deferred.amount != 0
        f.deferred = None


# ---------------------------------------------------------------- clock times on their day

_AT: Final = regex.compile(r"[^\S\n]*,?[^\S\n]*(?:at|,)?[^\S\n]*\n?[^\S\n]*")
_DAY_VALUE: Final = regex.compile(r"\d{4}-\d\d-\d\d")


#: Between a clock time and the day written after it: a time in another zone in brackets,
#: "on" ("at 10:35 a.m. (0735 GMT) Friday", "at 9 a.m. on Friday").
_THEN_DAY: Final = regex.compile(
    r"""[^\S\n]*
        (?:\([^()\n]{1,24}\)[^\S\n]*)?    # "(0735 GMT)"
        ,?[^\S\n]*(?:on[^\S\n]+)?         # ", on "
    """,
    regex.VERBOSE,
)


def _is_day(f: Found) -> bool:
    return f.kind == "date" and f.value is not None and bool(_DAY_VALUE.fullmatch(f.value))


def _date_times(text: str, found: list[Found]) -> None:
    """A clock time without its own day takes the day written just before it, else the one
    just after it (past a bracketed time in another zone, which takes it too)."""
    for index, f in enumerate(found):
        if f.kind != "time" or f.extra.get("own_day") or f.value is None:
            continue
        before = found[index - 1] if index else None
        if before is not None and _is_day(before) and _AT.fullmatch(text, before.end, f.start):
            f.value = f"{before.value}{f.value[10:]}"
            continue
        for later in range(index + 1, min(index + 3, len(found))):
            after = found[later]
            if _is_day(after):
                if _THEN_DAY.fullmatch(text, f.end, after.start):
                    for time in found[index:later]:
                        if time.kind == "time" and time.value and not time.extra.get("own_day"):
                            time.value = f"{after.value}{time.value[10:]}"
                break
            if after.kind != "time":
                break


# ---------------------------------------------------------------- dateparser for the rest


def _parsed_values(text: str, found: list[Found], published: date | None) -> None:
    """The dates and times the rules found but left without a value, valued by dateparser
    (fallback.py): the forms the resolvers do not read, and, in a dated document, a relative
    expression whose reference the rules did not find. Few spans get here."""
    for f in found:
        if f.value is None and f.kind in ("date", "time") and (published or "loose" in f.extra):
            f.value = parsed_value(text[f.start : f.end], published)
            if f.value is not None:
                f.extra["parser"] = "dateparser"
                f.relative = f.anchored = published is not None and "loose" not in f.extra


# ---------------------------------------------------------------- records


def _timex(f: Found, ctx: Context) -> Timex:
    start_date = end_date = None
    if f.value is None:
        granularity = "unknown"
    elif f.kind in ("date", "time"):
        start_date, end_date, granularity = interval(f.value)
        if f.value == "PRESENT_REF" and ctx.published is not None:
            start_date = end_date = ctx.published.isoformat()
    else:
        granularity = duration_granularity(f.value)
    anchor = f.anchor
    if f.anchored and ctx.published is not None:
        anchor = ctx.published.isoformat()
    t: Timex = _new(Timex)
    _KIND(t, f.kind)
    _START(t, f.start)
    _END(t, f.end)
    _RAW(t, ctx.text[f.start : f.end])
    _SPEAKER(t, "")
    _VALUE(t, f.value)
    _QUALIFIER(t, f.qualifier)
    _START_DATE(t, start_date)
    _END_DATE(t, end_date)
    _GRANULARITY(t, granularity)
    _IS_RELATIVE(t, f.relative)
    _ANCHOR_DATE(t, anchor)
    return t


# `Timex` is a frozen dataclass: its __init__ sets each of its 12 fields through
# object.__setattr__, which costs twice what the rest of `_timex` does. `_timex` sets
# the slots directly, one call per slot written out (as quantities' `_quantity` does);
# records.py gives Timex no __post_init__ that this would skip, `speaker` defaults to ""
# and every other field is set (all checked here, when the module loads).
assert not hasattr(Timex, "__post_init__")
_SLOT = {f.name: getattr(Timex, f.name).__set__ for f in fields(Timex)}
assert next(f.default for f in fields(Timex) if f.name == "speaker") == ""
_KIND, _START, _END, _RAW, _SPEAKER, _VALUE, _QUALIFIER = (
    _SLOT.pop(name) for name in ("kind", "start", "end", "raw", "speaker", "value", "qualifier")
)
_START_DATE, _END_DATE, _GRANULARITY, _IS_RELATIVE, _ANCHOR_DATE = (
    _SLOT.pop(name)
    for name in ("start_date", "end_date", "granularity", "is_relative", "anchor_date")
)
assert not _SLOT, f"Timex fields that _timex does not set: {sorted(_SLOT)}"
_new = object.__new__


def timexes(text: str, published: date | None) -> list[Timex]:
    """Every date, time, duration and set in `text`, sorted, without overlaps.

    Relative expressions are resolved against `published`; without it they keep their
    span with a null value (month-day and month without a year get XXXX).
    """
    ctx = Context(text, published)
    found = scan(ctx)
    _resolve_deferred(text, found, published)
    _date_times(text, found)
    _parsed_values(text, found, published)
    _month_quarters(text, found)
    _weeks_of(text, found)
    found = _compound_durations(text, found)
    found = _a_year_back(text, found)
    return [_timex(f, ctx) for f in found]


_SAME = re.compile(r"(?:the|that)[ \t\n]+same[ \t\n]", re.IGNORECASE)
_YEAR_BACK = re.compile(r"[ \t\n]+(?:last[ \t\n]+year|a[ \t\n]+year[ \t\n]+(?:earlier|ago|before))")
_LEADING_YEAR = re.compile(r"(\d{4})(-.+)")


def _a_year_back(text: str, found: list[Found]) -> list[Found]:
    """ "up from the same month last year": the month named before, a year back, as one
    date (1986-02 after "February" in 1987), as "the same period last year" already is."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "date"
            and prev.value
            and _SAME.match(text, prev.start)
            and _YEAR_BACK.fullmatch(text, prev.end, f.end)
        ):
            m = _LEADING_YEAR.fullmatch(prev.value)
            if m is not None:
                prev.value = f"{int(m[1]) - 1}{m[2]}"
                prev.end = f.end
                continue
        out.append(f)
    return out


#: A duration in one unit ("two years", "PT15M") and the order of units, largest first.
_SIMPLE_DURATION = re.compile(r"P(T?)(\d+(?:\.\d+)?)([YMWDHS])")
_UNIT_ORDER = {("", "Y"): 0, ("", "M"): 1, ("", "W"): 2, ("", "D"): 3, ("T", "H"): 4,
               ("T", "M"): 5, ("T", "S"): 6}  # fmt: skip
_AND = re.compile(r"[ \t]*(?:,[ \t]*)?and[ \t]+")


def _compound_durations(text: str, found: list[Found]) -> list[Found]:
    """ "two years and six months" is one duration, P2Y6M (as "two and a half years" is),
    when the second unit is smaller than the first; two spans otherwise."""
    if len(found) < 2 or " and " not in text:
        return found
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and f.kind == prev.kind == "duration"
            and prev.value
            and f.value
            and not prev.qualifier
            and not f.qualifier
            and _AND.fullmatch(text, prev.end, f.start)
        ):
            a, b = _SIMPLE_DURATION.fullmatch(prev.value), _SIMPLE_DURATION.fullmatch(f.value)
            if a is not None and b is not None:
                ka, kb = _UNIT_ORDER[(a[1], a[3])], _UNIT_ORDER[(b[1], b[3])]
                if ka < kb:
                    date_part = "".join(m[2] + m[3] for m in (a, b) if not m[1])
                    time_part = "".join(m[2] + m[3] for m in (a, b) if m[1])
                    prev.value = "P" + date_part + ("T" + time_part if time_part else "")
                    prev.end = f.end
                    continue
        out.append(f)
    return out


#: "the December quarter": a quarter named by the month that ends it (Australian and wire
#: usage); the month found inside becomes the quarter.
_MONTH_QUARTER = re.compile(r"\b(?:the|its|their)[ \t]+$")
_QUARTER_AFTER = re.compile(r"[ \t]+quarter\b")
_MONTH_VALUE = re.compile(r"(\d{4}|XXXX)-(\d{2})")


def _month_quarters(text: str, found: list[Found]) -> None:
    for f in found:
        if f.kind != "date" or f.value is None:
            continue
        month = _MONTH_VALUE.fullmatch(f.value)
        after = _QUARTER_AFTER.match(text, f.end)
        if month is None or after is None:
            continue
        article = _MONTH_QUARTER.search(text, max(0, f.start - 8), f.start)
        if article is None:
            continue
        f.start, f.end = article.start(), after.end()
        f.value = f"{month[1]}-Q{(int(month[2]) - 1) // 3 + 1}"


#: "the week of March 6": the ISO week that holds the day (TIMEX3 "2000-W10"); the words
#: before the day join its span.
_WEEK_OF = re.compile(r"\b(?:the[ \t]+)?week of[ \t]+$", re.IGNORECASE)
_DAY_ONLY = re.compile(r"\d{4}-\d\d-\d\d")


def _weeks_of(text: str, found: list[Found]) -> None:
    if "eek of" not in text and "EEK OF" not in text:  # the cheap test: few texts have one
        return
    for index, f in enumerate(found):
        if f.kind != "date" or f.value is None or not _DAY_ONLY.fullmatch(f.value):
            continue
        before = _WEEK_OF.search(text, max(0, f.start - 16), f.start)
        if before is None or (index and found[index - 1].end > before.start()):
            continue  # "the last week of May 5" is no day's week: its "week" is taken
        f.start = before.start()
        f.value = period_value(date.fromisoformat(f.value), "week")

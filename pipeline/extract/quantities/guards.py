"""What is not a figure: ids and names (A320, COVID-19, Resolution 2231), clock times,
dates and years (left to the temporal extractor), ordinals, scores, idioms ("one
country, two systems"), the pronoun "one" ("one of the"), and durations ("three days").

Each check looks at a few characters or words around a candidate, so the scan stays fast.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.extract.quantities.lexicon import lexicon

if TYPE_CHECKING:
    from pipeline.extract.quantities.numerals import Found, Numeral

_LEX = lexicon()
_MONTHS = _LEX.months
_DOTTED_SYMBOLS = tuple(s for s in _LEX.symbols if s.endswith("."))
# Digit groups with single separators: +44 20 7946 0958, (212) 555-1234, 1-800-555-0199
_PHONE = re.compile(r"\+?\(?\d{1,4}\)?(?:[ .-]\(?\d{2,5}\)?){1,5}(?![\d,])")
_PHONE_WORDS = re.compile(
    r"(?i:\b(?:call|phone|telephone|tel|fax|hotline|dial)\b)[.:]?[ \t]*\+?\(?$"
)
_OF = re.compile(r"\s+of\b")
_ORDINAL_TAIL = re.compile(r"(?:st|nd|rd|th)(?![A-Za-z])")
_TOKEN_REST = re.compile(r"[\w.,:/%$£€-]*")
# the next word, on this line or the next one, but not across a paragraph or table row
_WORD = re.compile(r"[ \t]*(?:\n(?![ \t]{2}|\n)[ \t]*)?[\"'“‘(]*([A-Za-z][\w.'’&-]*)")
_IDIOMS = tuple(idiom.lower() for idiom in _LEX.idioms)
# the idioms that contain a word, so that a numeral looks only at those with its first word
_IDIOMS_WITH: dict[str, tuple[str, ...]] = {
    word: tuple(i for i in _IDIOMS if word in re.split(r"[ ,-]+", i))
    for idiom in _IDIOMS
    for word in re.split(r"[ ,-]+", idiom)
}
_OPENERS = "\"'“‘(["
_OPENER_SET = frozenset(_OPENERS)
_SKIP_COMPOUND = _LEX.compound_skip  # one-off, two-for-one, three-fold
_PERCENT_COMPOUND = _LEX.compound_percent  # a two-point lead


def token_end(text: str, e: int) -> int:
    """Where the rest of an id-like token ends ("COVID-19", "1.2.3", "10:30")."""
    m = _TOKEN_REST.match(text, e)
    return m.end() if m else e


def phone_end(text: str, i: int) -> int:
    """Where a telephone number that starts at (or just before) `i` ends, else -1."""
    start = i - 1 if i and text[i - 1] in "(+" else i
    m = _PHONE.match(text, start)
    if m is None:
        return -1
    groups = m[0].replace("(", " ").replace(")", " ").replace("-", " ").replace(".", " ").split()
    digits = sum(len(g) for g in groups)
    if (len(groups) >= 3 and digits >= 7) or _PHONE_WORDS.search(text, max(0, start - 16), start):
        return m.end()
    return -1


def before_numeral(text: str, i: int, written: bool) -> bool:
    """True when the character before the numeral makes it part of a name or id."""
    if i == 0:
        return False
    c = text[i - 1]
    if written:
        return c.isdigit() or c == "-"  # a run starts at its first word: two-for-one
    if c.isalnum() or c == "_" or c == "#":
        return True
    if c == "." and (i == 1 or text[i - 2] in " \t\n("):
        return True  # .22 calibre
    if c in ".-/:+" and i >= 2:
        b = text[i - 2]
        if c in "-+" and (b.isalpha() or b.isdigit()):
            return True  # COVID-19, F-16, mid-1987, 555-1234 (the range parser got the rest)
        if c in "./:" and b.isalnum() and not text.endswith(_DOTTED_SYMBOLS, 0, i):
            return True  # No.10, 12/03, 10:30 seen from the right (but Rs.500)
    return False


def digit_tail(text: str, e: int) -> str:
    """What follows the digits: "" (a clean end), "letters" (5bn, 12km) or "skip"."""
    if e >= len(text):
        return ""
    c = text[e]
    if c.isalpha():
        if _ORDINAL_TAIL.match(text, e):
            return "skip"
        return "letters"
    if c in ":/." and e + 1 < len(text) and text[e + 1].isdigit():
        return "skip"  # 10:30, 12/3, 1.2.3
    if c == "," and e + 1 < len(text) and text[e + 1].isdigit():
        return "skip"  # a badly grouped number: 1,23
    if c == "(" and text[e + 2 : e + 3] == ")" and text[e + 1 : e + 2].isalpha():
        return "skip"  # 401(k)
    return ""


def means_metres(text: str, e: int) -> bool:
    """Is the "m" of "100m" metres rather than million? (100m sprint, a 2m-high wall)"""
    m = _WORD.match(text, e + 1 if text[e : e + 1] == "-" else e)
    return m is not None and m[1].lower() in _LEX.metre_context


def next_word(text: str, e: int) -> str:
    m = _WORD.match(text, e)
    return m[1] if m else ""


def words_before(text: str, start: int, width: int = 40) -> list[str]:
    """The last five words before `start`, lower-cased, leading brackets and quotes stripped."""
    words = text[start - width if start > width else 0 : start].lower().rsplit(None, 5)[-5:]
    for w in words:
        if w[0] in _OPENER_SET:
            return [w.lstrip(_OPENERS) for w in words]
    return words


def is_currency_word(text: str, m: re.Match[str], magnitude: bool) -> bool:
    """Is the word after an amount a currency here? ("won" only in a Korean story)"""
    if m["code"]:
        return True
    if m["word"] in _LEX.id_after:
        return False  # "rapper 50 Cent": a name, as written
    word = " ".join(m["word"].lower().split())  # "special\ndrawing rights"
    entry = _LEX.currency_words[word]
    if word in ("pounds", "pound") and _OF.match(text, m.end()):
        return False  # 500 pounds of cocaine: a weight
    if entry.get("magnitude_only"):
        return magnitude
    needs = entry.get("needs")
    return not needs or magnitude or bool(m["adj"]) or any(cue in text for cue in needs)


# Another count near a bare "one" makes it one of a tally ("22 Iraqis and one US soldier"),
# as does a casualty ("one soldier was killed").
_COUNT_NEAR = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|killed|died|dead|wounded|"
    r"injured|hurt|missing|arrested|captured|killing|kill|kills)\b",
    re.IGNORECASE,
)
_COMPARED = frozenset(
    "more less higher lower larger smaller bigger greater faster slower as the what that its"
    " their".split()
)


_DATE_LIKE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
    r"|\b(?:1[89]|20)\d\d\b"
)


def _tally_near(text: str, start: int, end: int) -> bool:
    """Is there another count or a casualty in the sentence around a bare "one", within
    60 characters? (whole words only: "tendered" is no "ten")"""
    a, b = max(0, start - 60), min(len(text), end + 60)
    while a > 0 and text[a - 1].isalnum():  # widen the window to whole words
        a -= 1
    while b < len(text) and text[b].isalnum():
        b += 1
    before = text[sentence_start(text, start, start - a) : start]
    after = text[end:b]
    stop = SENTENCE_END.search(after)
    after = after[: stop.start() if stop else len(after)]
    before, after = _DATE_LIKE.sub(" ", before), _DATE_LIKE.sub(" ", after)  # "on March 24"
    return _COUNT_NEAR.search(before) is not None or _COUNT_NEAR.search(after) is not None


_PLAN_WORDS = frozenset(
    "plan plans programme program agenda proposal strategy charter list".split()
)
_INDEX_WORDS = frozenset(
    """index indices indexes average dow nasdaq ftse nikkei dax cac kospi sensex
    stocks shares""".split()
)


#: A sentence ends at . ! ? (and closing quotes) before white space, or at a blank line.
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s|\n[ \t]*\n")


def sentence_start(text: str, start: int, width: int) -> int:
    """Where the sentence holding `start` begins, looking back at most `width` characters
    (the window's start when no sentence ends in it)."""
    a = max(0, start - width)
    ends = list(SENTENCE_END.finditer(text, a, start))
    return ends[-1].end() if ends else a


def _bare(word: str) -> str:
    """A word without its punctuation and owner's 's: "rates," -> rates, "yield's" -> yield."""
    return word.strip(".,;:'’\"“”()").removesuffix("'s").removesuffix("’s")


def poll_points(text: str, start: int, end: int) -> bool:
    """Are the "points" of a figure percentage points? (a six point lead, four points
    ahead; a rate cut by 1-1/4 point, or points that lead to a percentage: "rose 1/4
    point to 7-3/4 pct")"""
    after = text[end : end + 40].lower().split()[:3]
    if after and after[0].strip(".,;:") in _PLAN_WORDS:
        return False  # "a seven-point plan": items, no points
    before = words_before(text, start, 60)[-6:]
    if any(_bare(w) in _LEX.point_lead for w in after + before):
        return True
    # a rate's subject may stand a clause away: "the margin on the debt will be cut to 1 point"
    window = text[sentence_start(text, start, 100) : start].lower()  # not the one before
    clause = [_bare(w) for w in window.split()[-12:]]
    index = any(w in _INDEX_WORDS for w in clause)  # "the index, which tracks rates, fell 12"
    if not index and any(w in _LEX.rate_point_lead for w in clause):
        return True
    return _TO_PERCENT.match(text, end) is not None


def compound(word: str) -> str:
    """What "N-word" makes of N: skip (90-day), percent (two-point), plus, odd, strong,
    magnitude (1.6-mln), unit."""
    first = word.split("-")[0]
    if len(first) == 1:
        return "skip"  # 10-K, 3-D
    if first in _LEX.time_units or first in _SKIP_COMPOUND or first.endswith("th"):
        return "skip"
    if first in _PERCENT_COMPOUND:
        return "percent"
    if first in ("plus", "odd", "strong"):
        return first
    if first in _LEX.magnitude_words and first.isalpha():
        return "magnitude"  # "the 1.6-mln strong army"
    return "unit"


#: Bounds between a verb and its amount that leave "X to Y" a change: "lost more than $2
#: to $43.25" (but "growing at about 3.5 to 4.0%", "remain around 18 to 19" are ranges).
_HEDGE_ONLY = frozenset("more less than nearly almost just over slightly well".split())
_RANGE_VERBS = frozenset("range ranges ranged ranging vary varies varied varying".split())


def change_from(text: str, start: int, words: list[str]) -> bool:
    """Do the words before "X to Y" make it a change ("rose from X to Y"), not a range?"""
    k = len(words)
    while k > 1 and words[k - 1] in _HEDGE_ONLY:
        k -= 1  # "lost more than $2 to $43.25": the verb before the hedge
    if k < len(words) and words[k - 1] in _LEX.change_verbs and words[k - 1] not in _COPULAS:
        return True
    if not words:
        return False
    if words[-1] in _LEX.change_verbs and words[-1] not in _COPULAS:
        return True  # "rose 5 to 1,020", but not "would be 8.5 to 12.7 pct"
    if words[-1] in ("up", "down", "off", "by"):
        return True  # "Pfizer up two to 72-3/4", "raised it by two cts to 33 cts"
    if words[-1] != "from":
        return False
    # "an increase in the authorized capital stock from five mln to 25 mln shares"
    wider = text[max(0, start - 90) : start].lower().split()[-9:-1]
    if wider and wider[-1] in _RANGE_VERBS:
        return False  # "estimates ranged from 2.99 to 3.1 billion dlrs": one range
    return any(w in _LEX.change_verbs or w in _LEX.change_from_nouns for w in wider)


# another score next to this one: "6-7 (6/8) 6-2", "3-1, 2-0"
_SCORE_NEARBY = re.compile(r"[\s,;(]*(?:\(\d{1,2}/\d{1,2}\)[\s,;]*)?\d{1,2}-\d{1,2}\b")
# "1/4 point to 7-3/4 pct": points that lead to a percentage are percentage points
_TO_PERCENT = re.compile(r"\s+to\s+[\d.,/-]+\s*(?:%|pct|per\s?cent|percent)")
_COPULAS = frozenset({"be", "is", "are", "was", "were", "been", "being"})
_TENNIS_POINTS = frozenset({0.0, 15.0, 30.0, 40.0})
_TENNIS = ("deuce", "tiebreak", "tie-break", "break point", "set point", "match point")


def score_context(text: str, start: int, end: int, low: float, high: float) -> bool:
    """Is "X-Y" (low-high) a score? (won 2-1, a 3-0 victory, 6-7 6-2, 15-40)"""
    before = words_before(text, start, 30)[-2:]
    after = text[end : end + 30].lower().split()[:2]
    if any(w.strip(".,;:") in _LEX.score_words for w in before + after):
        return True
    if low in _TENNIS_POINTS and high in _TENNIS_POINTS and any(map(text.__contains__, _TENNIS)):
        return True  # 15-40 in a tennis report
    return high < 100 and _SCORE_NEARBY.match(text, end) is not None


def date_day(prev: list[str]) -> bool:
    """Do the words before a small number make it a day of a month? (May 5, May 5 and 10)"""
    if not prev:
        return False
    if prev[-1].rstrip(",.") in _MONTHS:
        return True
    return (
        len(prev) >= 3
        and prev[-1] in ("and", "to", "-", "or")
        and prev[-2].rstrip(",").isdigit()
        and prev[-3].rstrip(",.") in _MONTHS
    )


def year_like(num: Numeral) -> bool:
    return (
        not num.written
        and num.integer
        and len(num.text) == 4
        and num.value is not None
        and 1800 <= num.value <= 2100
    )


def followed_by_time_or_amount(text: str, e: int) -> bool:
    word = next_word(text, e).lower()
    return word in _LEX.time_units or word in _LEX.magnitude_words or word in _LEX.currency_words


def fraction_is_share(text: str, end: int, before: list[str]) -> bool:
    """Is "half" or "two-thirds" a share of something (percent) rather than an ordinal?"""
    if text[end : end + 1] == "-":
        return False  # half-time, two-thirds-owned
    prev = before[-1] if before else ""
    if prev in ("the", "first", "second", "third", "fourth", "last", "in", "by", "and", "a"):
        return False
    after = text[end : end + 40].split()[:3]
    nxt = after[0].lower() if after else ""
    if nxt in ("of", "the", "its", "their", "his", "her", "our", "all", "those", "these", "them"):
        rest = [w.lower().strip(".,;:") for w in after[1:]]
        return not any(w in _LEX.time_units for w in rest)
    return any(" ".join(before[-k:]) in _LEX.hedges_before for k in (3, 2, 1))


def _plural_word(word: str) -> bool:
    low = word.lower()
    return low in _LEX.invariant_plurals or (low.endswith("s") and not low.endswith("ss"))


def _is_title_line(text: str, start: int) -> bool:
    """Is the line around `start` a headline in title case?"""
    a = text.rfind("\n", max(0, start - 200), start)
    b = text.find("\n", start, start + 200)
    if (a < 0 and start > 200) or (b < 0 and start + 200 < len(text)):
        return False  # a line that long is no headline
    words = [w for w in text[a + 1 : b if b >= 0 else len(text)].split() if w[:1].isalpha()]
    caps = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 3 and caps >= 0.6 * len(words)


def _sentence_start(text: str, start: int) -> bool:
    j = start - 1
    while j >= 0 and text[j] in " \t\"'“‘(":
        j -= 1
    return j < 0 or text[j] in ".!?\n:;"


_TABLE_LABEL = re.compile(r"[^\S\n]+ago[^\S\n]+\d")


def _table_count(text: str, f: Found, unit_word: str) -> bool:
    """ "Slaughter 292,000 week ago 290,000": a count beside a table's label, no duration
    (temporal/durations.py skips the same shape)."""
    if f.value is None or f.value <= 1000 or unit_word.rstrip(".,'’").endswith("s"):
        return False
    return _TABLE_LABEL.match(text, text.find(unit_word, f.end) + len(unit_word)) is not None


def duration_or_year(text: str, f: Found, num: Numeral) -> bool:
    """Is a plain number (no magnitude, unit, suffix, range or hedge after it) a
    duration ("five years") or a year? `keep` says the same, later: this lets the scan
    skip such numbers early."""
    low = next_word(text, f.end).lower()
    if low.rstrip(",'’") in _LEX.time_units or low.rstrip(".,'’") in _LEX.time_units:
        return not _table_count(text, f, low)
    if not year_like(num):
        return False
    if low in _LEX.year_counts:  # the few counts of 1800-2100 without a comma count people
        before = words_before(text, f.start)
        return bool(before) and before[-1] in _LEX.year_before
    return True


_MILITARY_UNITS = frozenset({"Brigade", "Battalion", "Regiment", "Squadron", "Corps", "Fleet"})


#: The last rounds of a knockout tournament: "reached the last eight", "into the last 16".
_ROUNDS = frozenset((4.0, 8.0, 16.0, 32.0))
_ROUND_AFTER = frozenset("of at in after before for with and but".split())
_ROUND_BEFORE = re.compile(
    r"\b(?:reach|reached|reaches|reaching|into|made|make|makes)\s+the\s+last\s+$",
    re.IGNORECASE,
)


def keep(text: str, f: Found, num: Numeral, before: list[str]) -> bool:
    """The last checks on a plain number: years, dates, durations, ids, pronoun "one"."""
    if f.kind != "number" or f.value is None or f.magnitude or f.unit:
        return True  # a sum, a share, a magnitude, a measure or a compound ("25-state")
    nxt = next_word(text, f.end)
    low = nxt.lower()
    prev_raw = text[max(0, f.start - 24) : f.start].split()
    prev = prev_raw[-1] if prev_raw else ""
    if low.rstrip(",'’") in _LEX.time_units or low.rstrip(".,'’") in _LEX.time_units:
        return _table_count(text, f, low)
    if (
        low in _LEX.time_adjectives
        and next_word(text, f.end + len(nxt) + 1).lower().rstrip(".,'’") in _LEX.time_units
    ):
        return False  # seven consecutive days
    owner = nxt.endswith(("'s", "’s"))  # "50 Cent's G-Unit"
    if prev.lower().rstrip(",") in _LEX.id_before or (nxt[:-2] if owner else nxt) in _LEX.id_after:
        return False
    if prev in _MILITARY_UNITS:
        return False  # "Iraqi Brigade 604", "Battalion 12": a unit's name
    if low == "times" and next_word(text, f.end + len(nxt) + 1).lower() in _COMPARED:
        return False  # "ten times more than in 2003": a multiplier, no count
    if before[-2:] == ["group", "of"]:
        return False  # the Group of 20
    if (
        f.value in _ROUNDS
        and (not low[:1].isalpha() or low in _ROUND_AFTER)
        and _ROUND_BEFORE.search(text, max(0, f.start - 30), f.start)
    ):
        return False  # "reached the last four of the Qatar Open" (not "the last four payments")
    if len(prev) == 1 and prev.isupper() and prev not in "AI":
        return False  # S and P 500, Type B 12
    if _model_number(text, f, num, prev, low) or _aircraft(text, f, num, low):
        return False
    if _age(text, f, num, prev):
        f.unit = "years of age"  # NEWS-DEV counts an age as a number (a measure)
        return True
    if f.qualifier != "range":
        if f.value <= 31 and (date_day(prev_raw) or nxt.rstrip(",.") in _MONTHS):
            return False
        # counts of 1800-2100 are written with a comma in news ("2,000 people"); the few
        # without one count people
        people = low in _LEX.year_counts and not (before and before[-1] in _LEX.year_before)
        if year_like(num) and not people:
            return False
    if num.written:
        return _keep_written(text, f, num, before, low)
    return True


def _age(text: str, f: Found, num: Numeral, prev: str) -> bool:
    """ "Bratman, 26, proposed": an age after a name."""
    return (
        num.integer
        and not num.written
        and f.value is not None
        and f.value < 120
        and prev.endswith(",")
        and prev[:1].isupper()
        and text[f.end : f.end + 1] == ","
    )


def _aircraft(text: str, f: Found, num: Numeral, nxt: str) -> bool:
    """An airliner model (Boeing 777, "787 Dreamliner", "777-200LR", "the 717,") unless
    a plural noun makes it a count ("717 lawsuits")."""
    if f.value not in _LEX.aircraft_models or num.written or "," in num.text:
        return False
    nxt = nxt.rstrip(".,;:'’")
    after = text[f.end : f.end + 2]
    if (after[:1] == "-" and after[1:].isdigit()) or after in ("'s", "’s"):
        return True  # 777-200LR, 767's
    if nxt in _LEX.aircraft_words:
        return True
    # elsewhere only in an article about aircraft, and not before a counted noun
    return not _plural_word(nxt) and any(cue in text for cue in _LEX.aircraft_cues)


def _model_number(text: str, f: Found, num: Numeral, prev: str, nxt: str) -> bool:
    """A bare integer right after a capitalised name is a model: Nokia 3220, Channel 4."""
    if num.written or not num.integer or "," in num.text or f.qualifier == "range":
        return False
    if not prev[:1].isupper() or not prev.isalpha() or prev in _MONTHS:
        return False
    if _plural_word(nxt) or _sentence_start(text, f.start - len(prev) - 1):
        return False
    return not _is_title_line(text, f.start)


def _keep_written(text: str, f: Found, num: Numeral, before: list[str], nxt: str) -> bool:
    window_start = max(0, f.start - 30)
    window = text[window_start : f.end + 30].lower()
    for idiom in _IDIOMS_WITH.get(num.text.lower().split()[0].split("-")[0], ()):
        at = window.find(idiom)
        while at >= 0:
            if window_start + at <= f.start and f.end <= window_start + at + len(idiom):
                return False
            at = window.find(idiom, at + 1)
    if num.text.lower() == "one":
        prev = before[-1] if before else ""
        nxt = nxt.rstrip(".,;:!?\"'’”")
        nxt = nxt[:-2] if nxt.endswith(("'s", "’s")) else nxt  # "one that's", "one who's"
        if nxt in _LEX.one_next or not nxt or prev in _LEX.one_prev:
            return False
        after = text[f.end : f.end + 40].split()
        if len(after) >= 2 and after[1] == "of" and not _plural_word(after[0]):
            return False  # "one side-effect of the disaster": a determiner, not a count
        if text[f.end : f.end + 1] in ",.;:)":
            return False
        if num.text == "One" and _sentence_start(text, f.start) and not _plural_word(nxt):
            return False  # "One foreign banker said": an article, not a count
        if not _tally_near(text, f.start, f.end):
            return False  # "occupied one ship", "in one local authority": an article

    if num.text[:1].isupper() and not _sentence_start(text, f.start):
        # mid-sentence capitals make a name: BBC One, the Six Nations, Group of Five
        return _is_title_line(text, f.start)
    return True

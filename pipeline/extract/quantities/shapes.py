"""Figures made of more than one numeral or of a share: ranges ("100-120", "between 5
and 10", "$2-$3.8 trillion"), "eight out of 10", fractions ("two-thirds of voters") and
vague amounts ("hundreds", "several hundred", "tens of thousands")."""

from __future__ import annotations

from pipeline.extract.quantities import guards
from pipeline.extract.quantities import patterns as P
from pipeline.extract.quantities import suffixes as S
from pipeline.extract.quantities.lexicon import lexicon
from pipeline.extract.quantities.numerals import Found, Numeral, numeral_at, words_value

_LEX = lexicon()


def number_range(text: str, f: Found, first: Numeral, hedge_words: list[str]) -> str:
    """Make `f` a range if a second number follows ("100-120", "between 5 and 10")."""
    m = P.RANGE.match(text, f.end)
    if m is None or guards.date_day(text[max(0, f.start - 24) : f.start].split()):
        return ""
    conn = m["c"] or m["h"]
    if conn == "and" and (not hedge_words or hedge_words[-1] != "between"):
        return ""
    if conn == "or" and (f.kind != "number" or f.magnitude or f.unit):
        return ""  # "two or three" is a loose range; "195 rand or 94 dlrs" restates
    j = m.end()
    k = j
    if f.kind == "money":  # $2-$3.8 trillion, between pounds 190m and pounds 265m
        lead = P.CURRENCY_LEAD.match(text, j)
        k = lead.end() if lead is not None else j
    kind = "d" if text[k : k + 1].isdigit() else "w"
    second = numeral_at(text, k, kind)
    if second is None or second.vague or second.fraction or second.value is None:
        return ""
    if second.written != first.written and conn not in ("to", "and"):
        return ""  # wire copy mixes forms only in "between seven and 8.5 mln", "two to 2.2 mln"
    g = Found(k, second.end, "number", second.value)
    g.magnitude = second.magnitude  # "seven billion": a scale of its own
    if not second.written:
        if guards.digit_tail(text, second.end) == "skip":
            return "skip" if conn in "-–" else ""
        a = P.ATTACHED.match(text, second.end)
        if a is not None:
            g.end = S.attached(text, g, a)
            if g.end < 0:
                return ""
    g.end = S.tail(text, g)
    x, y = f.value, g.value
    assert x is not None and y is not None
    # the first end may borrow the second's suffix ("3 to 4 percent", "$2-$3.8 trillion");
    # two ends with suffixes of their own do not make a range ("10 pct to 43.1 billion")
    plain = f.kind == "number" and not f.magnitude and not f.unit
    # "between 1.5 billion and 1.8 billion dlrs": both ends scaled, the currency said once
    scaled_pair = conn == "and" and f.magnitude and g.magnitude and not f.unit
    if f.kind == "number" and g.kind != "number" and not plain and not scaled_pair:
        return ""
    if f.kind != "number" and g.kind not in (f.kind, "number"):
        return ""
    if f.kind == "percent" and g.kind != "percent":
        return ""
    if f.kind == "money" and g.currency and g.currency != f.currency:
        return ""
    if second.magnitude and second.written and not first.magnitude and not f.unit:
        if f.kind == "percent":
            return ""
        # "six or seven million", "two and three hundred thousand", "6-1/2 to seven billion":
        # the scale words of the second end are the first's too (y over the value of its
        # leading number word)
        leading = words_value(second.text.replace("-", " ").split()[:1])
        scale = y / leading.value if leading is not None and leading.value else 1.0
        x *= scale
        g.magnitude = scale > 1
    elif g.magnitude and not f.magnitude:
        if f.unit or f.kind == "percent":
            return ""
        x *= (y / second.value) if second.value else 1.0
    if plain and g.is_points and "basis" in text[second.end : g.end]:
        x /= 100  # "10 to 15 basis points": both ends in hundredths (suffixes.py)
    if guards.year_like(first) and guards.year_like(second):
        return "skip" if conn in "-–" else ""
    if x >= y:
        small = first.integer and second.integer and y <= 30 and x <= 30
        if conn in ("-", "–") and (small or not first.written):
            return "skip"
        if conn == "to" and small:
            return "skip"
        return ""
    # "up 2-1/8 to 138" is a change, but "up 10.8 to 13.8 pct" a range of changes;
    # "by 50 cts to 17 dlrs" a change, but "by 25 to 30 seats" a range
    if conn == "to" and guards.change_from(text, f.start, hedge_words):
        last = hedge_words[-1]
        spread = (plain and g.kind == "percent" and last in ("up", "down", "off")) or (
            last == "by" and y <= 2 * x
        )
        if not spread:
            return ""
    if conn == "to" and f.kind == "money" and x == 1 and g.kind == "number":
        return ""  # an exchange rate: "one dlr to 1.485 shekels"
    if conn == "or" and (y > 2 * x or (g.kind != "number" and not plain)):
        return ""
    if conn in ("-", "–") and guards.score_context(text, f.start, g.end, x, y):
        return "skip"
    if f.kind == "number" and g.kind != "number":
        f.kind, f.currency, f.is_points, f.adjective = g.kind, g.currency, g.is_points, g.adjective
        f.unit = g.unit
    f.value, f.value_max, f.end = x, y, g.end
    f.magnitude = f.magnitude or g.magnitude
    f.qualifier = "range"
    return "range"


def out_of(text: str, f: Found) -> None:
    """ "eight out of 10", "one in six": a share, as a percentage."""
    m = P.OUT_OF.match(text, f.end)
    if m is None or f.value is None or f.value < 1:
        return
    j = m.end()
    second = numeral_at(text, j, "d" if text[j].isdigit() else "w")
    if second is None or second.value is None or not second.integer or second.fraction:
        return
    if not 1 < second.value <= 1000 or second.value <= f.value:
        return
    if not second.written and guards.digit_tail(text, second.end):
        return
    if guards.followed_by_time_or_amount(text, second.end):
        return
    f.kind, f.value, f.end = "percent", 100.0 * f.value / second.value, second.end


def fraction(text: str, f: Found) -> tuple[Found | None, int]:
    """ "half", "two-thirds", "a quarter": a share of something, as a percentage."""
    words = guards.words_before(text, f.start)
    verdict = guards.fraction_is_share(text, f.end, words)
    if not verdict:
        return None, f.end
    f.kind = "percent"
    assert f.value is not None
    f.value *= 100.0
    S.hedge(text, f, words)
    return f, f.end


def age_group(text: str, num: Numeral) -> Found | None:
    """ "the over-70s", "under-18s": people older (younger) than the number, in years."""
    e = num.end
    if text[e : e + 1] != "s" or text[e + 1 : e + 2].isalpha() or not num.integer:
        return None
    before = text[max(0, num.start - 7) : num.start].lower()
    for word, qualifier in (("over-", "more_than"), ("under-", "less_than")):
        if before.endswith(word) and not before[: -len(word)][-1:].isalpha():
            f = Found(num.start, e, "number", num.value, qualifier=qualifier)
            f.hedge, f.unit = word[:-1], "years of age"
            return f
    return None


def vague_scale(text: str, i: int, resume: int) -> tuple[Found | None, int]:
    """ "several hundred", "a few thousand": a scale word after a vague quantifier."""
    m = P.WORD_RUN.match(text, i)
    word = text[i : m.end()].strip(" \t-").lower() if m else ""
    if word not in _LEX.scales and word not in _LEX.multipliers:
        return None, resume
    before = guards.words_before(text, i)
    for k in (3, 2, 1):
        phrase = " ".join(before[-k:])
        if len(before) >= k and phrase in _LEX.vague_modifiers:
            lowered = text[max(0, i - 40) : i].lower()
            at = lowered.rfind(phrase)
            if at < 0:
                break
            end = i + len(word)
            return Found(max(0, i - 40) + at, end, "number", None), end
    return None, resume


def vague(text: str, num: Numeral) -> tuple[Found | None, int]:
    """ "hundreds", "tens of thousands", "several hundred": a figure without a value."""
    start, end = num.start, num.end
    word = text[start:end].lower()
    m = P.VAGUE_OF.match(text, end)
    if m is not None and m["inner"]:
        end = m.end()
    elif word in ("tens", "scores", "dozens") and m is None:
        return None, end
    f = Found(start, end, "number", None)
    return f, end

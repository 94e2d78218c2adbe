"""The article as context: which currency a bare "dlrs" or "$" is, which bare amounts are
money ("from 1.94 billion a year earlier"), and the bounds each qualifier implies.

Currency, in order:

1. an adjective or a marked symbol says it: "Canadian dlrs", "US$", "NT$", "C$";
2. a bare word takes the currency of the latest marked amount of its family before it
   (after "500 mln Canadian dlrs", "dlrs" stays Canadian; after "Swiss francs",
   "francs" stay Swiss);
3. otherwise the article's country decides: a family's currency is the one whose
   country is named more often than its home country ("Sri Lanka" makes rupees LKR).
   The dollar is the currency of international trade and wire copy, so a country name
   is not enough: only strong evidence makes it local, that country's government,
   central bank or statistics office ("Treasury Board", "Bank of Canada"), or a
   domestic aggregate named with the country ("Canada's money supply");
4. otherwise the family's default (dollar USD, pound GBP, franc FRF, ...).

Bounds (`lower`, `upper`) implied by the qualifier, with v the value:

| qualifier | lower | upper |
|---|---|---|
| exact | v | v |
| range | v | value_max |
| approx | v - 10 % | v + 10 % |
| more_than, at_least | v | None |
| less_than | None, or v - 10 % after "nearly"/"almost" | v |
| at_most, up_to | None | v |

Vague amounts ("thousands") have no value and no bounds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from pipeline.extract.quantities.lexicon import Family, alternation, lexicon
from pipeline.extract.quantities.numerals import Found

_LEX = lexicon()
_NOUN_AFTER = re.compile(r"[ \t]*(?:\n(?![ \t]{2})[ \t]*)?([A-Za-z][\w-]*)")
_RESTATED = re.compile(r"\s*(?:\(|;|,?\s*or|/|=)\s*")
_JOINED = re.compile(r"\s*(?:vs\.?|versus|against|from|to|and|or|,)\s*")
#: Row labels of wire tables that count things, not money ("Avg shrs 11.9 mln").
_COUNT_LABELS = _LEX.count_labels


# Per family, any of its country cues as literal text: most articles name none of them,
# and one search says so faster than a substring test per cue.
_ANY_CUE = {
    name: re.compile("|".join(re.escape(cue) for cues in fam.cues.values() for cue in cues))
    for name, fam in _LEX.families.items()
    if fam.cues
}


#: A wire ticker with its exchange: "<SWPC.HKG>", "<CAE.TO>".
_TICKER = re.compile(r"<[A-Z0-9&]{1,8}\.(?P<exchange>[A-Z]{1,4})>")


def _country_code(text: str, family: str) -> str:
    """The family's currency for the country the article is about (see module doc)."""
    fam: Family = _LEX.families[family]
    ticker = _TICKER.search(text) if fam.exchanges and "<" in text else None
    if ticker is not None and ticker["exchange"] in fam.exchanges:
        return fam.exchanges[ticker["exchange"]]  # "Swire Pacific Ltd <SWPC.HKG>": HKD
    any_cue = _ANY_CUE.get(family)
    if any_cue is None or any_cue.search(text) is None:
        return fam.default  # no country named: what the steps below find too
    if fam.international:
        return _local_code(text, fam)
    # str.count is a fast C substring count; cues are names, so word edges matter little
    best, best_count = fam.default, 0
    for code, cues in fam.cues.items():
        count = sum(text.count(cue) for cue in cues)
        if count > best_count:
            best, best_count = code, count
    if not best_count:
        return fam.default
    home = sum(text.count(cue) for cue in fam.home_cues)
    return best if best_count > home else fam.default


def _local_code(text: str, fam: Family) -> str:
    """A currency of international trade is local only on strong evidence: the country's
    government, central bank or statistics office, or a domestic aggregate named with
    the country ("Canada's money supply", "the Canadian federal budget")."""
    # every strong cue names the country, so a country not named at all is skipped
    named = [code for code, cues in fam.cues.items() if any(map(text.__contains__, cues))]
    best, best_count = fam.default, 0
    for code in named:
        count = sum(text.count(cue) for cue in fam.strong_cues.get(code, ()))
        if count > best_count:
            best, best_count = code, count
    if best_count:
        return best
    for code in named:
        if _domestic(code, fam.cues[code]).search(text):
            return code
    return fam.default


_DOMESTIC: dict[str, re.Pattern[str]] = {}


def _domestic(code: str, cues: tuple[str, ...]) -> re.Pattern[str]:
    """A country cue, then at most three words, then a domestic aggregate."""
    pattern = _DOMESTIC.get(code)
    if pattern is None:
        pattern = re.compile(
            rf"""(?<![A-Za-z])(?:{alternation(cues)})(?:['’]s)?     # Canada's, Canadian
            (?:\s+[\w-]+){{0,3}}?\s+                              # narrowly-defined
            (?:{alternation(_LEX.domestic_nouns)})(?![A-Za-z])     # money supply""",
            re.VERBOSE,
        )
        _DOMESTIC[code] = pattern
    return pattern


def _family_of(code: str) -> str:
    """The family whose bare word an explicit code settles ("CHF" -> franc), else ""."""
    return _CODE_FAMILY.get(code, "")


_CODE_FAMILY = {
    code: name
    for name, fam in _LEX.families.items()
    for code in sorted(fam.codes)
    if len([f for f in _LEX.families.values() if code in f.codes]) == 1
}


def resolve_currencies(text: str, found: Sequence[Found]) -> None:
    """Turn currency families into ISO codes, from adjectives, earlier amounts or country."""
    by_country: dict[str, str] = {}
    last_marked: dict[str, str] = {}  # family -> the code of its latest explicit amount
    previous: Found | None = None
    for f in found:
        before, previous = previous, f
        family = _LEX.families.get(f.currency)
        if family is None:
            if f.currency and f.kind == "money" and _family_of(f.currency):
                last_marked[_family_of(f.currency)] = f.currency
            continue
        name = f.currency
        if f.adjective and f.adjective in family.adjectives:
            f.currency = family.adjectives[f.adjective]
            last_marked[name] = f.currency
            continue
        # "7.4bn Australian dollar (dollars 5.8bn)": a restatement is in another currency
        restates = (
            before is not None
            and before.kind == "money"
            and _family_of(before.currency) == name
            and _RESTATED.fullmatch(text[before.end : f.start]) is not None
        )
        if name in last_marked and not restates:
            f.currency = last_marked[name]
            continue
        if restates and before is not None and before.currency != family.default:
            f.currency = family.default
            continue
        if name not in by_country:
            by_country[name] = _country_code(text, name)
        f.currency = by_country[name]


def elided_money(text: str, found: Sequence[Found]) -> None:
    """A bare amount with a magnitude after money is money too ("to 7.33 billion").

    An amount joined to the one before it ("X vs Y", "from X to Y") takes its kind; any
    other bare amount with a magnitude is money when the latest amount with a currency
    or a magnitude before it is money. "Bare" means no counted noun follows and no count
    label leads its table row ("Avg shrs 11.9 mln").
    """
    last: Found | None = None  # the latest amount with a currency or a magnitude
    previous: Found | None = None
    for k, f in enumerate(found):
        nxt = found[k + 1] if k + 1 < len(found) else None
        if nxt is not None and f.kind == nxt.kind == "number" and _counts_after(text, f, nxt):
            pass  # "to 200 mln from 100 mln shares": a count, like the one it is joined to
        elif f.kind == "number" and f.magnitude and not f.unit:
            joined = (
                previous is not None
                and (previous.kind == "money" or previous.magnitude)
                and _JOINED.fullmatch(text[previous.end : f.start])
            )
            bare = _bare(text, f)
            if joined and bare and previous is not None:
                if previous.kind == "money":
                    f.kind, f.currency = "money", previous.currency
            elif bare and last is not None and last.kind == "money" and last.currency:
                f.kind, f.currency = "money", last.currency
        elif (
            f.kind == "number" and last is not None and last.kind == "money" and _money_row(text, f)
        ):
            f.kind, f.currency = "money", last.currency  # Net 46,000 vs 1,220,000
            # "Shr 16 H.K. Cents vs 11": the second figure is in cents too
            in_cents = last.factor != 1.0 and _COMPARED.match(text, last.end) is not None
            if in_cents and f.value and last.value and _of_a_size(f, last):
                f.factor = last.factor
                f.value *= last.factor
        if f.kind == "money" or f.magnitude:
            last = f
        elif f.kind == "number" and last is not None and last.kind == "money":
            # `last` is only asked whether it is money: a plain number need replace it
            # (and the noun after it be read) only when that answer would change
            last = last if _bare(text, f) else f
        previous = f


#: "7.25 pct from 11", "1.50 dlrs a share, up from 1.25", "3.70 pct after 3.80 yesterday".
_COMPARED = re.compile(
    r"(?:[ \t]+a[ \t]+share)?,?\s*(?:(?:up|down)\s+from|from|after|against|vs\.?|versus"
    r"|compared\s+(?:with|to))\s+"
)
#: "rose to 4.5 from 3.9 pct": the first amount shares the percent sign of the second.
_COMPARED_BEFORE = re.compile(r"\s*(?:from|against|vs\.?|versus|compared\s+(?:with|to))\s+")
#: What may follow an amount whose measure is elided: the end of its clause, or when.
_CLAUSE_END = re.compile(
    r"[ \t]*(?:[.,;:)]|\n|$|(?:a|one|the|last|this|in|at|on|a[ \t]+year|yesterday|earlier"
    r"|previously|before|and|but|per|pct|percent)\b)"
)

#: A percentage that restates a count: "to 726,700 shares, or 9.5 pct".
_RESTATES = re.compile(r",?\s+or\s+$")
#: The word before a change, not a level: "down 23.7 pct from 2,856" compares counts.
_CHANGE_BEFORE = re.compile(
    r"\b(?:up|down|rose|fell|gained|lost|rising|falling|jumped|dropped|climbed|declined"
    r"|increased|decreased|slipped|eased|grew|by|a|an)\s+(?:some\s+|about\s+)?$",
    re.IGNORECASE,
)


def compared_amounts(text: str, found: Sequence[Found]) -> None:
    """A bare amount compared with a percentage or a sum takes its measure: "fell to 11.5
    pct from 15.5", "1.50 dlrs a share against 1.25", "to 4.5 from 3.9 pct".

    The bare amount has no counted noun and ends its clause ("from 11 workers" and
    "from 15.5 of the banks" are left alone). A sum with a magnitude ("50 mln dlrs from
    44.6") is left alone too: the elided magnitude makes the value a guess.
    """
    for a, b in pairwise(found):
        if a.kind in ("percent", "money") and b.kind == "number":
            bare, ref = b, a
            joined = _COMPARED.match(text, a.end)
            if joined is None or joined.end() != b.start:
                continue
        elif a.kind == "number" and b.kind == "percent":
            bare, ref = a, b
            if _COMPARED_BEFORE.fullmatch(text, a.end, b.start) is None:
                continue
        else:
            continue
        if bare.unit or bare.magnitude or ref.magnitude or bare.value is None:
            continue
        if bare is b and _CLAUSE_END.match(text, b.end) is None:
            continue
        if bare is b and _CHANGE_BEFORE.search(text, max(0, a.start - 30), a.start):
            continue  # "sold 2,179 cars, down 23.7 pct from 2,856": the base is a count
        if _RESTATES.search(text, max(0, ref.start - 12), ref.start):
            continue  # "to 726,700 shares, or 9.5 pct, from 474,900": the count's base
        if bare.value and not _of_a_size(bare, ref):
            continue  # levels compared are of a size: "9.5 pct from 474,900" is no percent
        bare.kind, bare.is_points = ref.kind, ref.is_points
        if ref.kind == "money":  # "42 cents a share, up from 38": 38 cents
            bare.currency, bare.factor = ref.currency, ref.factor
            bare.value *= ref.factor
            if bare.value_max is not None:
                bare.value_max *= ref.factor


def _of_a_size(bare: Found, ref: Found) -> bool:
    """Is a bare amount of a size with the amount it is compared with, as that amount was
    written (42 for "42 cents")? True when either is zero or unknown."""
    written = ref.value / ref.factor if ref.value else 0.0
    if not written or not bare.value:
        return True
    return 0.02 <= abs(bare.value / written) <= 50


def _counts_after(text: str, f: Found, nxt: Found) -> bool:
    """Is bare `f` joined ("from", "to", "vs") to a count of something that follows?"""
    return (
        f.kind == nxt.kind == "number"
        and not f.unit
        and nxt.magnitude == f.magnitude
        and _JOINED.fullmatch(text[f.end : nxt.start]) is not None
        and not _bare(text, nxt)
    )


def _money_row(text: str, f: Found) -> bool:
    """Is `f` on a wire table row labelled with a sum of money ("Net", "Revs")?"""
    line = text[max(0, f.start - 60) : f.start].rsplit("\n", 1)
    if len(line) < 2 or (f.end < len(text) and not text[f.end].isspace()):
        return False
    words: list[str] = []
    for w in line[1].split(" vs ")[0].split():
        if any(map(str.isdigit, w)):
            break
        words.append(w.lower())
    counts = any(w in _COUNT_LABELS for w in words)
    return bool(words) and words[0] in _LEX.money_labels and len(words) <= 4 and not counts


def _bare(text: str, f: Found) -> bool:
    """No counted noun follows `f` (or only a noun that names a sum: "the 756 mln loss")."""
    m = _NOUN_AFTER.match(text, f.end)
    word = m[1].lower() if m else ""
    if word in _LEX.np_skip:
        m = _NOUN_AFTER.match(text, m.end() if m else f.end)
        word = m[1].lower() if m else ""
    if word in _LEX.money_nouns and f.magnitude:
        return True
    if word and word not in _LEX.stop_words and word not in _LEX.time_units:
        return False
    row = text[max(0, f.start - 30) : f.start].rsplit("\n", 1)[-1].split()
    return not (row and row[-1].lower() in _COUNT_LABELS)


def restatements(text: str, found: Sequence[Found]) -> None:
    """An amount restated in another currency or measure shares the hedge: "more than
    $322 (£171)", "some 45 km (28 miles)"."""
    for a, b in pairwise(found):
        hedged = a.qualifier not in ("exact", "range") and b.qualifier == "exact"
        if not hedged or a.kind != b.kind:
            continue
        between = text[a.end : b.start]
        money = a.kind == "money" and _RESTATED.fullmatch(between) is not None
        if money or (a.kind == "number" and _measure_then_paren(between, a.unit)):
            b.qualifier, b.hedge = a.qualifier, a.hedge


_MEASURE_PAREN = re.compile(r"[ \t]*(?P<unit>[A-Za-z]+)?[ \t]*\([ \t]*")


def _measure_then_paren(between: str, unit: str) -> bool:
    """Is `between` a measure (as a word, or `unit` from "12km") and an opening bracket?"""
    m = _MEASURE_PAREN.fullmatch(between)
    if m is None:
        return False
    return (m["unit"] or "").lower() in _LEX.measures or (not m["unit"] and bool(unit))


def bounds(f: Found) -> tuple[float | None, float | None]:
    """The (lower, upper) bounds that the qualifier of `f` implies (see module docstring)."""
    v = f.value
    if v is None:
        return None, None
    margin = abs(v) * _LEX.approx_margin
    q = f.qualifier
    if q == "range":
        return v, f.value_max
    if q == "approx":
        return v - margin, v + margin
    if q in ("more_than", "at_least"):
        return v, None
    if q == "less_than":
        return (v - margin if f.hedge in _LEX.soft_hedges else None), v
    if q in ("at_most", "up_to"):
        return None, v
    return v, v

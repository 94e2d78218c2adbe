"""Units: what each figure counts or measures.

The first rule that gives an answer wins:

1. a unit found while scanning: a measure ("12km"), a compound ("25-state"), points;
   an age ("Smith, 47,", "aged 32"); the label of a wire table row ("Shr");
2. an amount that restates the one before ("$1.3bn (£691m)", "195 rand or 94 dlrs")
   shares its unit;
3. a rate after the amount: "94 dlrs a month" -> "per month", "100 rupees to the US
   dollar" -> "per US dollar", or after the sum it is compared with ("to 23 cts from 22
   cts a share"); "each" in a share deal is per share; a price: "shares priced at 9
   cents" (sums.py);
4. for money, the noun before "of" or "worth": "a deficit of 29.3 billion dlrs", "a
   deal worth 1bn euros" (subjects.py);
5. the noun phrase after it: "84.4 percent of respondents", "400 business events",
   "a 32 percent tariff", "a 45 pct boost in salaries" -> salaries, "a $676m loss",
   with a rate after the noun ("2.4 million barrels per day"); in "from 155,000 to
   110,000 staff" both count staff (phrases.py);
6. for money, what the words after it make of the sum: "euros-worth of debts", "$950m
   in taxes", "had been lost" -> losses, "for reconstruction", "into subsidies"
   (sums.py); what a price buys: "sell its station WOR to MCA Inc for 387 mln dlrs";
7. the noun before "of" for counts and shares; a casualty verb next to a bare count:
   "Kill 36", "30 hurt" -> people;
8. the subject of the change verb before it: "the jobless rate rose to 4.7%", "exports
   rose 14.6 pct", read past a relative clause, a dash aside with a verb or a time
   phrase ("the ratio, which measures ..., fell to", "revenue for the quarter rose to");
   the object of a verb that changed it: "revised its profit figure up to 842 mln";
   what shares move is the share price; a death toll counts people (subjects.py); for
   money, the sum a verb makes: "to save $360m" -> savings;
9. the unit of the previous figure in the same sentence ("Labour with 35 pct");
10. a share followed by a verb is a share of respondents ("47% said ...");
11. for money and percentages, the unit of the previous one of the same kind close before;
12. the unit of the same value elsewhere in the article (headline repeats);
13. for shares and sums, a change noun right after it ("a 2.5% target").

A count whose unit names an index, confidence or sentiment is in index points ("fell 0.4
pct to 99.7", "consumer confidence rose to 104.4").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract.quantities import sums
from pipeline.extract.quantities.guards import sentence_start
from pipeline.extract.quantities.lexicon import alternation, lexicon
from pipeline.extract.quantities.numerals import Found
from pipeline.extract.quantities.phrases import (
    Sentences,
    amount_word,
    chunk,
    clause_tokens,
    informative,
    last_clause_token,
    noun_phrase,
    share_of,
    tidy,
    tokens_after,
)
from pipeline.extract.quantities.subjects import (
    casualty,
    ends_plainly,
    of_before,
    subject,
    worth_before,
)

_LEX = lexicon()
_EQUIVALENT = re.compile(r"\s*(?:\(|;|,?\s*or\b|/|=)\s*$")
_BETWEEN_NUMBERS = re.compile(r"\s*(?:to|and|or|-|–|from)\s*$")
# "a month" is a rate in "94 dlrs a month", not in "1.94 billion a year earlier"
_TIME_RATES = [
    r for r in _LEX.rate_words if r.split()[0] in ("a", "an") and r.split()[-1] in _LEX.time_units
]
_OTHER_RATES = [r for r in _LEX.rate_words if r not in _TIME_RATES]
_RATE = re.compile(
    rf"""[ \t]*(?:\n[ \t]*)?(?:
        (?P<rate>{alternation(_OTHER_RATES)})(?![A-Za-z])
      | (?P<time>{alternation(_TIME_RATES)})(?![A-Za-z])    # but "a year earlier" is no rate
        (?![ \t]*(?:\n[ \t]*)?(?:earlier|ago|before|later|after|previously|on|from|into|and))
      | (?:to|against|per)[ \t]+(?:\n[ \t]*)?(?:the[ \t]+|one[ \t]+|a[ \t]+)?(?:\n[ \t]*)?
        (?P<per>(?:U\.S\.[ \t]+|US[ \t]+)?(?:dollar|dlr|euro|pound|yen|yuan|mark|franc)s?)\b
        (?![ \t]*\d)        # "rose dollars 7.2bn to dollars 170.8bn": another sum, no rate
    )""",
    re.VERBOSE,
)
#: The first words of a rate, so that most figures skip the rate regex.
_RATE_FIRST = frozenset([r.split()[0] for r in _LEX.rate_words] + ["to", "against", "per"])
_AGED = re.compile(
    r"\b(?:[Aa]ged|[Aa]ges?|(?i:people|those|anyone|adults|children|pensioners|men|women)"
    r"(?=[ \t]+(?:(?:are|were)[ \t]+)?(?:over|under))(?:[ \t]+(?:are|were))?)"
    r"(?:[ \t]+(?:between|of|over|under|to|from|at))?[ \t]+$"  # "the voting age to 16"
)
_PER = re.compile(r"\s+per\s+")
_BOND = re.compile(r"(?i:\b(?:euro)?bonds?\b|\bnotes\b|\bdebentures\b|\bissu(?:e|es|ing)\b)")
_POSTPOSITIVE = frozenset("available outstanding remaining concerned involved".split())
_OF_AMOUNT = re.compile(r"\s+of\s+(?:(?:its|their|the|his|her|our|an?)\s+)?(?:outstanding\s+)?$")
_COMPARED_SUMS = re.compile(r"\s*(?:to|from|vs\.?|versus|against)\s*$")
_SHARES = re.compile(r"\bshares?\b", re.IGNORECASE)
_SPENT = re.compile(r"\b(?:spent|spend|spends|spending)\b")
_ON_NP = re.compile(r"[ \t]+on[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+)?([a-z][\w-]*)")
_DETERMINERS = _LEX.determiners
# "a 25 pct stake in <Acme Engineering Co Ltd>": the share is of the company named after
# (a stake needs its article or owner: "8 pct interest in January" is a rate)
_STAKE_OWNER = re.compile(r"\b(?:[Aa]n?|[Ii]ts|[Tt]heir|[Tt]he|[Hh]is|[Hh]er)[ \t\n]+$")
_STAKE_IN = re.compile(
    r"""\s+(?:stake|interest|holding|shareholding)\s+(?:in|of)\s+
    (?:<(?P<bracketed>[^<>\n]{2,60})>
      |(?P<name>[A-Z][\w&'’-]*(?:(?:[ \t]+|\n(?![ \t]{2}))(?:&[ \t]+)?[A-Z][\w&'’-]*)*))""",
    re.VERBOSE,
)
_CORPORATE_TAIL = re.compile(r"(?:[ \t]+(?:Co|Corp|Inc|Ltd|Plc|PLC|AG|SA|NV|Group|Holdings))+$")
_INDEX = re.compile(r"\b(?:index|indices|indexes|Index)\b")
#: Counts whose unit is one of these are index levels ("consumer confidence rose to
#: 104.4", "the PMI fell to 49.8"): in index points.
_INDEX_HEADS = ("index", "confidence", "sentiment", "pmi", "barometer")
# "by a breakneck 9.5%": subject() walks back over an article's adjectives (verb_before)
_SIZED = re.compile(r"\b(?:a|an)[ \t]+[a-z-]+(?:[ \t]+[a-z-]+)?[ \t]*$")
_PRONOUNS = frozenset("this that it its they them he she we".split())  # not "those polled"
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)[ \t]+$")


def _following(text: str, f: Found, pos: int, words: list[str] | None = None) -> str:
    """The unit from the words after `pos` (`words`, when the caller has them already)."""
    if words is None:
        words = tokens_after(text, pos)
    if not words:
        return ""
    first = words[0].lower()
    if first == "of" and f.kind == "money":
        return _of_sum(words[1:])  # "$90m of bank financing"
    if first == "of" or (f.kind == "percent" and first in _DETERMINERS):
        rest = words[1:] if first == "of" else words
        while rest and rest[0].lower() in _DETERMINERS:
            rest = rest[1:]
        if f.kind == "percent":
            whole = share_of(rest)
            return _stake_company(rest, len(whole.split())) or whole
        if rest and rest[0][0].isdigit() and len(rest) > 1:
            rest = rest[2:] if rest[1].lower() in _LEX.magnitude_words else rest[1:]
        return noun_phrase(rest, "number", None, after_amount=False)
    # after "the" or "a", a sum is a modifier: "the £10bn Crossrail rail plan" names its
    # noun even when capitalised, where a headline's "$1.3bn Sri Lanka faces" does not
    premodifier = f.kind == "money" and _ARTICLE_BEFORE.search(text, max(0, f.start - 8), f.start)
    np = noun_phrase(words, f.kind, f.value, premodifier=premodifier is not None)
    if f.kind == "money" and np.lower() in _LEX.money_nouns:
        return np  # "a $676m loss": the sum is the loss
    if np and f.kind != "number" and np.lower() in _LEX.change_nouns:
        # "a 45 pct boost in salaries": what grew; a bare "3.9 pct increase": look elsewhere
        if len(words) > 2 and words[1].lower() in ("in", "of"):
            inner = [  # "an 8.3% increase in January worldwide sales": the sales
                w
                for w in words[2:]
                if w.lower() not in _DETERMINERS and w not in _LEX.months and not w[0].isdigit()
            ]
            return noun_phrase(inner, "percent", None)
        return ""
    if np.lower() in _LEX.uninformative_heads:
        return ""  # "last year's £3.1bn total": look elsewhere
    if f.kind == "number" and np:
        return np + _per(words[len(np.split()) :])
    return np


def _stake_company(rest: list[str], n: int) -> str:
    """ "10% of its stake in Changyu": the company whose stake the first `n` words of
    `rest` name (a share of a stake is of the company), else ""."""
    if not n or rest[n - 1].lower() not in _LEX.whole_heads or len(rest) < n + 2:
        return ""
    if rest[n].lower() not in ("in", "of") or not rest[n + 1][:1].isupper():
        return ""
    name: list[str] = []
    for w in rest[n + 1 :]:
        if not w[:1].isupper():
            break
        name.append(w)
    return _company(" ".join(name))


def _company(name: str) -> str:
    """A company's name without its corporate suffix ("Acme Engineering Co Ltd" -> Acme
    Engineering), unless that is all it is."""
    return _CORPORATE_TAIL.sub("", name) or name


_PER_WORDS = frozenset(("per", "a", "an", "each"))
_PER_NOUNS = frozenset(("ton", "tonne", "share", "barrel", "head", "person", "capita"))


def _per(rest: list[str]) -> str:
    """A rate written after a count's noun: "2.4 million barrels per day" -> " per day",
    "400,000 tonnes a year", "0.8 ounces of gold a ton"; else ""."""
    if len(rest) > 3 and rest[0].lower() == "of" and rest[2].lower() in _PER_WORDS:
        rest = rest[2:]  # "ounces of gold a ton": the rate after the substance
    if len(rest) < 2 or rest[0].lower() not in _PER_WORDS:
        return ""
    noun = rest[1].lower()
    if noun in _LEX.time_units or noun in _PER_NOUNS:
        following = rest[2].lower() if len(rest) > 2 else ""
        if following in ("ago", "earlier", "later", "before", "after"):
            return ""  # "5,000 tonnes a year earlier"
        return " per " + noun.rstrip("s")
    return ""


def _of_sum(words: list[str]) -> str:
    """What "$181m of foreign bank debt falling due" is a sum of: the noun phrase after
    "of", without the participle that follows it."""
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    np = noun_phrase(words, "money", None).split()
    while len(np) < len(words) and np and np[-1].islower() and np[-1].endswith(("ing", "ed")):
        np.pop()  # (but a phrase that ends the clause ends in a noun: "bank financing")
    while len(np) > 1 and np[-1].lower() in _POSTPOSITIVE:
        np.pop()  # "91m naira of the funding available": the funding
    return " ".join(np) if informative(np) else ""


def _rate(text: str, pos: int, words: list[str]) -> str:
    """A rate after the amount ("a month", "per share", "to the dollar"); `words` are the
    words after `pos`, so that most figures skip the regex."""
    if not words or words[0].lower() not in _RATE_FIRST:
        return ""
    m = _RATE.match(text, pos)
    if m is None:
        return ""
    rate = m["rate"] or m["time"]
    if rate:
        return _LEX.rate_words.get(" ".join(rate.lower().split()), rate)
    return "per " + m["per"].rstrip("s")


def assign_units(text: str, found: Sequence[Found]) -> None:
    """Fill in `unit` of every figure in `found` (in text order) that has none yet."""
    if not found:
        return
    last_by_kind: dict[str, Found] = {}
    previous: Found | None = None
    sentence: list[Found] = []  # the figures so far in the current sentence
    # clauses reach 200 characters back; a boundary's look-ahead needs a few after
    sentences = Sentences(text, max(0, found[0].start - 210), found[-1].end + 8)
    for k, f in enumerate(found):
        same_sentence = previous is not None and not sentences.apart(previous.end, f.start)
        if not same_sentence:
            sentence = []
        if not f.unit:
            unit = _unit_of(text, found, k, previous if same_sentence else None, sentences)
            f.unit = _sensible(unit, f.kind)
        others = f.kind == "number" and f.unit.lower() == "others"
        if not f.unit or others:
            # "41 Britons died, with 158 others missing": others of the same noun
            for p in reversed(sentence):
                same = p.kind == "number" and p.unit.lower() != "others"
                if _carries(p, f, text) and (same or not others):
                    f.unit = p.unit
                    break
        sentence.append(f)
        if not f.unit and f.kind == "percent":
            nxt = tokens_after(text, f.end, 1)
            if nxt and nxt[0].lower() in _LEX.respondent_verbs:
                f.unit = "respondents"
        last = last_by_kind.get(f.kind)
        near = last is not None and f.start - last.end < 600
        if not f.unit and f.kind != "number" and near and last and _carries(last, f, text):
            f.unit = last.unit
        if f.unit:
            last_by_kind[f.kind] = f
        previous = f
    known = {(f.kind, f.value): f.unit for f in found if f.unit}
    for f in found:
        if not f.unit:
            f.unit = known.get((f.kind, f.value), "")
        if not f.unit and f.kind != "number":
            f.unit = _bare_change(text, f)
        if not f.unit and f.kind == "number" and _index_level(text, f):
            f.unit = "index points"
        if f.kind == "number" and f.unit.lower().endswith(_INDEX_HEADS):
            f.unit = "index points"
        if f.kind == "percent" and f.unit[:1].isupper():
            f.unit = _quoted_company(text, f)


#: A change or goal written right after a share or sum: what it is of is named nowhere
#: near, but "a 2.5% target" is still a target (and "a 5% rise" a rise).
_CHANGES = frozenset(
    "target forecast projection estimate increase rise fall drop gain decline change growth"
    " jump boost cut reduction".split()
)


_STOCK_WORDS = re.compile(r"\b(?:[Ss]hares|[Ss]tocks?)\b")  # (not "Swire's share of")


def _quoted_company(text: str, f: Found) -> str:
    """A name whose share or sum moves in a sentence about shares is its share price:
    "Shares of tobacco firms rose, with Altria rising 5% and Reynolds showing gains of
    4.5%" -> Altria share price, Reynolds share price. Else the unit as it is."""
    words = f.unit.split()
    if words[-1].islower() and words[-1].endswith("ing"):
        words = words[:-1]  # "Reynolds showing": a verb after the name
    if not words or not all(w[:1].isupper() for w in words) or words[-1].isupper():
        return f.unit  # (not "GDP", "FTSE": no company)
    if any(w.lower() in _MARKETS for w in words):
        return f.unit  # "the Jakarta Stock Exchange was down 2.1%": the market's index
    before = text[max(0, f.start - 30) : f.start].lower().split()[-3:]
    after = tokens_after(text, f.end, 1)
    stake = bool(after) and after[0].lower() in _LEX.whole_heads  # "a 22 pct stake in X"
    moved = not stake and any(w in _LEX.change_verbs or w in _MOVES for w in before)
    if not moved or not _STOCK_WORDS.search(text, sentence_start(text, f.start, 300), f.start):
        return f.unit  # (a stake "of Southam", a close "in New York of 31 dlrs": no move)
    return " ".join([*words, "share price"])


_MOVES = frozenset("up down gains losses gain loss".split())
_MARKETS = frozenset("stock exchange index average composite market bourse".split())


def _bare_change(text: str, f: Found) -> str:
    """The change noun right after `f` when no rule found a fuller unit, else ""."""
    words = tokens_after(text, f.end, 1)
    return words[0].lower() if words and words[0].lower() in _CHANGES else ""


def _index_level(text: str, f: Found) -> bool:
    """A bare level in a sentence about an index: "the employment index eased to 52.7"."""
    if f.value is None or not 0 < f.value < 10_000 or f.magnitude or f.written:
        return False  # (not "one dealer said")
    start = sentence_start(text, f.start, 200)  # the index must be in the same sentence
    return _INDEX.search(text, start, f.start) is not None


def _sensible(unit: str, kind: str) -> str:
    """The unit, or "" where the words found name nothing: a pronoun ("hoping this"), a
    lone participle after a sum ("$1.2bn completed"; but "51% of those polled")."""
    if not unit:
        return unit
    words = unit.lower().split()
    if any(w in _PRONOUNS for w in words):
        return ""
    if kind == "money" and len(words) == 1 and words[0].endswith("ed") and unit.islower():
        return ""
    return unit


def _carries(previous: Found, f: Found, text: str) -> bool:
    """May `f` take the unit of the figure before it in its sentence?"""
    if _PER.fullmatch(text, previous.end, f.start):
        return False  # "364 dlrs per 5000 dlrs": the 5000 is what the price is per
    if not previous.unit or ("points" in previous.unit and not f.is_points):
        return False
    if previous.unit == "years of age":
        return False  # "Among the over-65s, 70% said": an age is no whole to share
    if previous.unit.startswith("per ") and previous.magnitude != f.magnitude:
        return False  # "$24 a share, or $8.8 billion": a price does not pass to a total
    # a count lends its noun to a share of it (1,943 adults ... 25% of them), a change to
    # the level it leads to (exports rose 14.6 pct to 10.91 billion); a count never to money
    return {previous.kind, f.kind} != {"number", "money"}


def _row_label(text: str, f: Found) -> str:
    """The label of a wire table row: "Shr 17 cts vs 13 cts" -> per share, "Avg shrs"."""
    start = text.rfind("\n", max(0, f.start - 60), f.start)
    if start < 0 and f.start > 60:
        return ""  # no table row starts near: prose
    line = text[start + 1 : f.start]
    words = _LEX.row_label_words
    head = line.split(None, 1)
    if not head or head[0].lower() not in words:
        return ""
    label: list[str] = []
    for w in line.split(" vs ")[0].split():
        if w[0].isdigit() or w[0] in "$£€" or w[-1].isdigit():
            break
        label.append(w.lower())
    if not label or len(label) > 4 or not all(w in words for w in label):
        return ""
    expanded = [words[w] for w in label if words[w]]
    if "per share" in expanded:
        return "per share"
    return " ".join(w for w in expanded if w not in ("loss", "profit") or len(expanded) > 1)


def _unit_of(
    text: str, found: Sequence[Found], k: int, previous: Found | None, sentences: Sentences
) -> str:
    f = found[k]
    back = max(0, f.start - 30)
    # aged, age, ages; people over, those under
    aged = f.kind == "number" and (
        text.find("ge", back, f.start) >= 0 or text.find("er ", back, f.start) >= 0
    )
    if aged and _AGED.search(text, max(0, f.start - 24), f.start):
        return "years of age"  # aged 32, aged between 18 and 24
    if f.start and text[f.start - 1] in " \t":
        unit = _row_label(text, f)
        if unit:
            return unit
    # an amount restated in another currency shares the unit: "195 rand or 94 dlrs a
    # month"; "$24 a share, or $8.8 billion" is another measure in the same currency
    restates = (
        previous is not None
        and previous.kind == f.kind == "money"
        and previous.currency != f.currency
    )
    if restates and previous is not None and _EQUIVALENT.match(text, previous.end, f.start):
        return previous.unit
    if f.kind == "percent" and _STAKE_OWNER.search(text, max(0, f.start - 8), f.start):
        stake = _STAKE_IN.match(text, f.end)
        if stake is not None and stake["name"] not in _LEX.months:
            return _company(" ".join((stake["bracketed"] or stake["name"]).split()))
    pos = _after_restatements(text, found, k)
    nxt = found[k + 1] if k + 1 < len(found) else None
    words = tokens_after(text, pos)
    rate = _rate(text, pos, words) if f.kind != "percent" else ""
    # a rate said once for two sums compared: "to 23 cts from 22 cts a share"
    if (
        not rate
        and f.kind == "money"
        and nxt is not None
        and nxt.kind == "money"
        and _COMPARED_SUMS.match(text, f.end, nxt.start)
    ):
        rate = _rate(text, nxt.end, tokens_after(text, nxt.end))
    if rate and rate != "each":
        return rate
    if (
        f.kind == "money"
        and nxt is not None
        and nxt.kind == "money"
        and _PER.fullmatch(text, f.end, nxt.start)
    ):
        # "1,105 dlrs per 1,000 dlr principal amount": a price per a sum of something
        noun = _following(text, nxt, nxt.end)
        noun = "" if noun.endswith("ed") else noun  # "per 5000 dlrs invested"
        return " ".join(["per", *text[nxt.start : nxt.end].split(), noun]).rstrip()
    if f.kind == "money":
        unit = sums.price(text, f.start, rate)
        if unit:
            return unit
        m = _ON_NP.match(text, pos)
        if m is not None and _SPENT.search(text, max(0, f.start - 40), f.start):
            return f"{m[1]} spending"
    if rate == "each" and _SHARES.search(text, sentence_start(text, f.start, 300), f.start):
        return "per share"  # "offered to buy the remaining shares for $31 each"
    if rate:
        return rate
    if (
        f.kind == "money"
        and nxt is not None
        and nxt.value
        and _OF_AMOUNT.match(text, f.end, nxt.start)
    ):
        # "six billion dlrs of its 21 billion dlr foreign debt", "150 mln dlrs of 12 pct
        # debentures": the sum is of what the amount after "of" qualifies
        unit = _following(text, nxt, nxt.end)
        if unit:
            return unit
    has_of = text.find("of", back, f.start) >= 0 and "of" in text[back : f.start].split()
    if f.kind == "money" and has_of and words and words[0] == "of":
        # "a rescheduling of $181m of bank debt": the sum is the debt, not the rescheduling
        unit = _of_sum(words[1:])
        if unit:
            return unit
    tokens: list[str] | None = None  # the clause before the figure, read when needed
    if f.kind == "money" and has_of:  # "a bill of $1.3bn faces ...": that noun first
        tokens = clause_tokens(text, f.start, sentences)
        unit = of_before(tokens, f)
        if unit:
            return unit
    if f.kind == "money" and text.find("worth", back, f.start) >= 0:
        tokens = tokens or clause_tokens(text, f.start, sentences)
        unit = worth_before(tokens, f)
        if unit:
            return unit  # "a deal worth 1bn euros"
    if f.kind == "money" and text.find("valued", back, f.start) >= 0:
        tokens = tokens or clause_tokens(text, f.start, sentences)
        unit = _valued(tokens)
        if unit:
            return unit  # "three projects, valued at $500m"
    unit = (
        _following(text, f, f.unit_from, None)
        if f.unit_from >= 0
        else _following(text, f, pos, words)
    )
    if unit:
        return unit
    if nxt is not None and nxt.kind == f.kind and _BETWEEN_NUMBERS.match(text, f.end, nxt.start):
        unit = _following(text, nxt, nxt.end)  # from 155,000 to 110,000 staff
        if unit:
            return unit
    if f.kind == "percent":
        unit = _bond_term(text, f)
        if unit:
            return unit
    if f.kind == "money":
        unit = (
            sums.worth_of(text, pos)
            or sums.in_sum(text, pos)
            or sums.passive_sum(text, pos)
            or sums.purpose(text, pos)
        )
        if unit:
            return unit
    if f.kind == "money" and _FOR_BEFORE.search(text, max(0, f.start - 20), f.start):
        tokens = tokens or clause_tokens(text, f.start, sentences)
        unit = _sold(tokens) or _asked_for(tokens)
        if unit:
            return unit  # "sell its station WOR to MCA Inc for 387 mln dlrs"
    if tokens is None:
        last = last_clause_token(text, f.start, sentences)
        sized = _SIZED.search(text, max(0, f.start - 40), f.start) is not None
        if last is not None and not sized and (not last or ends_plainly(last.lower())):
            # the clause names no unit (see ends_plainly): only a casualty verb after a
            # count or the verb before a sum can
            if f.kind == "number":
                return casualty(text, f)
            return sums.verb_sum([last] if last else []) if f.kind == "money" else ""
        tokens = clause_tokens(text, f.start, sentences)
    unit = of_before(tokens, f) if f.kind != "money" and has_of else ""
    if unit:
        return unit
    if f.kind == "number":
        unit = casualty(text, f)
        if unit:
            return unit
    unit = subject(tokens, f)
    if f.kind == "number":
        return unit
    if unit and sums.share_price(unit) != unit:
        return sums.share_price(unit)  # shares fell 8p to 240p
    return (sums.verb_sum(tokens) if f.kind == "money" else "") or unit  # earned $40m


def _bond_term(text: str, f: Found) -> str:
    """The term of a bond a bare percentage states: "paying 8-1/2 pct" is the coupon,
    "priced at 101 pct" the issue price, "to yield 8.21 pct" the yield."""
    words = text[max(0, f.start - 24) : f.start].lower().split()[-2:]
    if not words:
        return ""
    term = _LEX.bond_terms.get(" ".join(words), "") or _LEX.bond_terms.get(words[-1], "")
    if term == "coupon" and not _BOND.search(text, sentence_start(text, f.start, 300), f.start):
        return "interest rate"  # "an account paying 5.35%": no bond's coupon
    return term


_SALE_VERBS = frozenset(
    "sell sells selling sold buy buys buying bought acquire acquires acquiring acquired".split()
)
_SALE_STOPS = frozenset("to from for at in by".split())
_SALE_DETERMINERS = frozenset("the a an its their his her our this that these those".split())
_PRICE_HEDGES = ("about", "some", "around", "nearly", "almost", "roughly")
_FOR_BEFORE = re.compile(rf"\bfor(?:\s+(?:{'|'.join(_PRICE_HEDGES)}))?\s+$")


def _price_word(tokens: list[str], word: str) -> int:
    """The index of `word` ("for", "at") that the clause ends with before a sum, past the
    hedges between ("for about"); -1 if the clause ends otherwise or too early."""
    k = len(tokens) - 1
    while k >= 0 and tokens[k].lower() in _PRICE_HEDGES:
        k -= 1
    return k if k >= 2 and tokens[k].lower() == word else -1


def _sold(tokens: list[str]) -> str:
    """What a price after "for" buys: "sell its station WOR to MCA Inc for" -> station WOR."""
    k = _price_word(tokens, "for")
    if k < 0:
        return ""
    for j in range(k - 1, max(-1, k - 16), -1):
        low = tokens[j].lower()
        # "sell X to A for $1 and its Y to B for $2": the second sale shares the verb
        shared = low == "and" and any(t.lower() in _SALE_VERBS for t in tokens[max(0, j - 30) : j])
        if low in _SALE_VERBS or shared:
            words: list[str] = []
            for w in tokens[j + 1 : k]:
                if w.lower() in _SALE_STOPS or not w[0].isalnum():
                    break
                words.append(w)
            while words and words[0].lower() in _SALE_DETERMINERS:
                words.pop(0)  # "its station WOR", "the Lotus chain"
            if words and amount_word(words[0]):
                return ""  # "sold a 20 pct stake in X for", "4.8 mln pounds of flour for"
            return tidy(words, [], "money") if words else ""
        if not tokens[j][0].isalnum() and tokens[j] not in "<>":  # (a ticker: "MCA Inc <MCA>")
            return ""
    return ""


def _valued(tokens: list[str]) -> str:
    """What a sum values: "three projects, valued at $500m" -> projects."""
    k = _price_word(tokens, "at")
    if k < 0 or tokens[k - 1].lower() != "valued":
        return ""
    k -= 2
    if tokens[k] == ",":
        k -= 1
    _, words = chunk(tokens, k)
    counted = [i for i, w in enumerate(words) if amount_word(w)]
    if counted:
        words = words[counted[-1] + 1 :]  # "tender four bridges, valued at": the bridges
    return tidy(words, [], "money") if words and all(w.islower() for w in words) else ""


def _asked_for(tokens: list[str]) -> str:
    """The noun a sum is for: "the demand for $280bn", "an order for 12 mln dlrs"."""
    k = _price_word(tokens, "for")
    if k < 0:
        return ""
    j, words = chunk(tokens, k - 1)  # (the chunk drops its determiner from `words`)
    if not words or tokens[j + 1].lower() not in _SALE_DETERMINERS:
        return ""  # "paid for", "bid 5 dlrs a share for": no noun of its own
    last = words[-1]
    if not all(w.islower() for w in words) or last.endswith(("ed", "ing", "ly")):
        return ""  # "a co-financing with the World Bank for", "the acquisition last November"
    if len(words) > 1 and last.endswith("s") and not words[-2].endswith("s"):
        return ""  # "the portable unit sells for": a verb after a singular noun
    return tidy(words, [], "money")


def _after_restatements(text: str, found: Sequence[Found], k: int) -> int:
    """Where the words after figure k start, past its restatements in other currencies:
    "253m euros (£175m; $328m) of new shares"."""
    f = found[k]
    pos = f.end
    if f.kind != "money":
        return pos  # only sums are restated in another currency
    for g in found[k + 1 : k + 4]:
        if not (g.kind == f.kind == "money" and g.currency != f.currency):
            break
        if not _EQUIVALENT.match(text, pos, g.start):
            break
        pos = g.end
    if pos != f.end and text[pos : pos + 1] == ")":
        pos += 1
    return pos

"""What a sum of money is: the unit of a money figure, where the noun phrase after it
and the noun before "of" (units.py) say nothing.

* a verb that makes its object a kind of sum: "to save $360m" -> savings, "earned
  $40m" -> earnings, and in the passive after it: "70 mln marks had been lost" -> losses;
* a price: "shares priced at 9 euro cents (each)" -> share price, "warrants at 11 dlrs
  each" -> per warrant;
* a share price: what "the stock" or "shares in X" rose or fell to ("shares fell 8p to
  240p") is the share price;
* what the sum is for: "£80m for reconstruction" -> reconstruction funds;
* "2.4bn euros-worth of debts" -> debts; "$950m in taxes", "$375m in savings" -> taxes,
  savings (a noun that names a sum after "in").

The verb and noun lists are in pipeline/data/quantities_units.json (`verb_sums`,
`share_words`, `purpose_nouns`).
"""

from __future__ import annotations

import re

from pipeline.extract.quantities.lexicon import lexicon

_LEX = lexicon()
_VERB_SUMS = _LEX.verb_sums
_SHARE_WORDS = _LEX.share_words
# the words between a verb and its object sum: "to save more than", "saving about"
_HEDGE_WORDS = frozenset(w for phrase in _LEX.hedges_before for w in phrase.split())
_SP = r"[ \t\n]+"
_PASSIVE = re.compile(
    rf"""{_SP}(?:(?:had|has|have|was|were|is|are|will|would|could|may|might){_SP})?  # had
    (?:(?:probably|already|also|now|since|reportedly|possibly){_SP})?               # probably
    (?:been{_SP}|be{_SP})?(?P<verb>[a-z]+)\b                                       # been lost""",
    re.VERBOSE,
)
_WORTH_OF = re.compile(
    rf"""-?worth{_SP}of{_SP}                        # euros-worth of
    (?:(?:the|its|their){_SP})?
    (?P<np>[a-z][\w-]*(?:{_SP}[a-z][\w-]*)?)       # debts, new shares""",
    re.VERBOSE,
)
_IN_SUM = re.compile(rf"{_SP}in{_SP}(?P<np>[a-z][\w-]*(?:{_SP}[a-z][\w-]*){{0,2}})")  # in taxes
_FOR_PURPOSE = re.compile(rf"{_SP}for{_SP}(?P<noun>[a-z][\w-]*)\b")  # for reconstruction
#: "into subsidies", "into new schools": where a sum goes (a plural noun, not "into force")
_INTO = re.compile(rf"{_SP}into{_SP}(?:(?:the|its|their|new){_SP})?(?P<noun>[a-z][\w-]*[a-z]s)\b")
_FOR_FUND = re.compile(
    rf"{_SP}for{_SP}(?:(?:the|a|its|their){_SP})?(?P<np>(?:[a-z][\w-]*{_SP}){{0,2}}(?:fund|appeal))\b"
)  # for the relief fund
_PRICED = re.compile(
    rf"""(?P<noun>[A-Za-z][\w-]*){_SP}                               # shares
    (?:(?:were|was|are|is|will{_SP}be|to{_SP}be|be){_SP})?           # will be
    priced{_SP}at[ \t\n]*$                                          # priced at""",
    re.VERBOSE,
)
_AT_EACH = re.compile(rf"(?P<noun>[a-z][\w-]*s){_SP}at[ \t\n]*$")  # warrants at (11 dlrs each)


def verb_sum(tokens: list[str]) -> str:
    """The kind of sum a verb right before the amount makes ("to save $360m": savings)."""
    i = len(tokens) - 1
    while i >= 0 and tokens[i].lower() in _HEDGE_WORDS:
        i -= 1
    return _VERB_SUMS.get(tokens[i].lower(), "") if i >= 0 else ""


def passive_sum(text: str, end: int) -> str:
    """The kind of sum a passive verb after the amount makes ("had been lost": losses)."""
    m = _PASSIVE.match(text, end)
    if m is None or m[0].strip() == m["verb"]:
        return ""  # "70 mln marks lost" without an auxiliary is no passive
    return _LEX.passive_sums.get(m["verb"], "")


def worth_of(text: str, end: int) -> str:
    """ "2.4bn euros-worth of debts" -> debts."""
    m = _WORTH_OF.match(text, end)
    if m is None:
        return ""
    words = m["np"].split()
    if len(words) == 2 and words[1] in _LEX.stop_words:
        words = words[:1]
    return " ".join(words)


def in_sum(text: str, end: int) -> str:
    """ "$950m in taxes", "250 mln francs in new funds": a sum named after "in"."""
    m = _IN_SUM.match(text, end)
    if m is None:
        return ""
    words = m["np"].split()
    for k, w in enumerate(words):
        if w in _LEX.money_nouns:
            return " ".join(words[: k + 1])
        if w in _LEX.stop_words:
            break
    return ""


def purpose(text: str, end: int) -> str:
    """ "£80m for reconstruction" -> reconstruction funds, "for the relief fund" -> relief
    fund (a noun of purpose or a fund, not "for the year")."""
    into = _INTO.match(text, end)
    if into is not None:
        return into["noun"]  # "pump 154m naira into subsidies"
    m = _FOR_PURPOSE.match(text, end)
    if m is None:
        return ""
    if m["noun"] in _LEX.purpose_nouns:
        return f"{m['noun']} funds"
    m = _FOR_FUND.match(text, end)
    return m["np"] if m is not None else ""


def price(text: str, start: int, rate: str) -> str:
    """A price: "shares priced at 9 cents" -> share price; "warrants at 11 dlrs each"."""
    window = text[max(0, start - 60) : start]
    m = _PRICED.search(window) if "priced" in window else None
    if m is not None:
        noun = m["noun"].lower()
        if noun in _SHARE_WORDS:
            return "share price"
        return f"{_singular(noun)} price" if noun not in _LEX.stop_words else "price"
    if rate == "each":
        m = _AT_EACH.search(window)
        if m is not None:
            return f"per {_singular(m['noun'].lower())}"
    return ""


def share_price(phrase: str) -> str:
    """ "shares", "the stock", "Shares in the retailer": what they rise or fall to is the
    share price; anything else is returned as it is."""
    words = phrase.lower().split()
    if words and (words[-1] in _SHARE_WORDS or (len(words) > 2 and words[0] in _SHARE_WORDS)):
        return "share price"
    return phrase


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word

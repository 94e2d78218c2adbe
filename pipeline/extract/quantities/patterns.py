"""The regexes of the quantity scanner, built once from the word lists.

They use the standard library ``re``: it is faster than ``regex`` for these simple
patterns, and the scan is the hot loop of the extractor. `starts` finds where a numeral
may begin; every other pattern is matched anchored at a position next to it.
"""

from __future__ import annotations

import re

import regex

from pipeline.extract.quantities.lexicon import alternation, lexicon, trie_alternation

_LEX = lexicon()
# White space with at most one line break: wire copy wraps lines ("1.1\npct"), but a
# break before indentation or a blank line starts a paragraph or a table row.
_NL = r"[ \t]*(?:\n(?![ \t\n]))?"
_SP = r"(?:[ \t]+|[ \t]*\n(?![ \t\n]))"  # the same, but at least one character

_NUMBER_WORDS = [
    *_LEX.units,
    *_LEX.tens,
    *_LEX.fractions,
    *_LEX.vague,
    *_LEX.scales,
    *_LEX.multipliers,
]
# "a dozen", "an eighth": the article is part of the numeral.
_WITH_ARTICLE = [
    f"{article} {word}"
    for word in [*_LEX.scales, *_LEX.multipliers, *_LEX.fractions]
    for article in ("a", "A", "an", "An")
]
_WORDS = [*_NUMBER_WORDS, *(w.capitalize() for w in _NUMBER_WORDS)]
_WORDS_TRIE = trie_alternation(_WORDS)

# Where a numeral may start: a digit, or a number word after a character that is no
# letter or apostrophe. ``re`` finds a literal first character with a fast search but
# tries a pattern at every position otherwise, so the words are found in a lower-case
# copy of the text where every such character is a space (`WORD_SEPARATORS`: same
# length, same offsets) by a pattern that starts with a space; a word at offset 0 is
# matched alone. The numeral itself is then read from the text as written.
# 10,000  1.5  7-1/2: the rest is skipped. ``regex`` skips to the next digit about
# twice as fast as ``re`` over a whole document (matches are the same).
DIGIT_START = regex.compile(r"[0-9][0-9,.]*")
# a fraction word starts a numeral only after an article ("a third"), or as "half"
_STARTERS = [w for w in _NUMBER_WORDS if w not in _LEX.fractions or w == "half"]
_LOWER_TRIE = trie_alternation(sorted({w.lower() for w in [*_STARTERS, *_WITH_ARTICLE]}))
WORD_START = re.compile(rf" (?P<w>{_LOWER_TRIE})(?![a-z])")  # " twenty-one", " a dozen"
FIRST_WORD = re.compile(rf"(?P<w>{_LOWER_TRIE})(?![a-z])")
WORD_SEPARATORS = str.maketrans(
    {
        **dict.fromkeys(map(ord, '\t\n\r\x0b\x0c"()[]{}<>-/\\.,;:!?*&+=|_~^`@#$%“”‘—–…«»'), " "),
        **dict.fromkeys(map(ord, "0123456789"), " "),
        **{ord(c): c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
    }
)
DIGITS = re.compile(
    r"""
    (?P<int>\d{1,3}(?:,\d{3})+(?![\d])|\d+)      # 10,000 or 10000
    (?:\.(?P<dec>\d+))?                         # decimals
    (?:[- ](?P<fn>\d{1,2})/(?P<fd>2|3|4|8|16|32|64)(?!\d))?   # wire fractions: 7-1/2, 11 3/4
    """,
    re.VERBOSE,
)
# A wire fraction on its own ("1/4 point"); numerals.py checks that it is reduced.
BARE_FRACTION = re.compile(r"(?<![\d/])(?P<n>\d{1,2})/(?P<d>2|4|8|16|32|64)(?![\d/])")
# Tokens of a run of number words: "a hundred and five", "twenty-one", "two and a half".
WORD_RUN = re.compile(rf"(?:{_WORDS_TRIE}|and|an|a|An|A)(?![A-Za-z])(?:(?:[ \t]+|-)(?=[A-Za-z]))?")
# What may follow digits without a space: 5bn, $3m, 10k, 5pc, 50p, 12km.
ATTACHED = re.compile(
    rf"""
      (?P<mag>{alternation(_LEX.magnitude_attached)})(?![A-Za-z0-9])
    | (?P<pc>pc|%)(?![A-Za-z])
    | (?P<pence>p)(?![A-Za-z0-9]|\.m\.)
    | (?P<meas>km|kg|mm|cm|ft|mph|kph|MW|GW|kW|kWh|GB|MB|TB|lbs|lb|oz|g)(?![A-Za-z])
    """,
    re.VERBOSE,
)
MAGNITUDE = re.compile(rf"{_NL}(?P<mag>(?i:{alternation(_LEX.magnitude_words)}))(?![A-Za-z])")
_CURRENCY_WORDS = alternation(_LEX.currency_words)
_CURRENCY_ADJECTIVES = alternation(_LEX.all_adjectives)
# Before a prefixed amount only the short forms that also make symbols (US$, NZ$): the
# BBC's "dollars 120m" is its "$120m", so in "brought Zimbabwe dollars 120m" the
# country is no adjective of the currency.
_PREFIX_ADJECTIVES = alternation(
    [a for a in _LEX.all_adjectives if a.isupper() or "." in a or len(a) <= 4]
)
CURRENCY_AFTER = re.compile(
    rf"""
    {_NL}(?:(?P<adj>{_CURRENCY_ADJECTIVES}){_SP})?   # Canadian dlrs, U.S. dollars
    (?:(?P<word>(?i:{_CURRENCY_WORDS}))|(?P<code>{alternation(_LEX.codes)}))(?![A-Za-z])
    """,
    re.VERBOSE,
)
# A currency marker right before the digits: $, US$, NT$, £, USD, "dollars 1.13bn" (BBC).
CURRENCY_BEFORE = re.compile(
    rf"""
    (?:
        (?<![A-Za-z])(?P<sym>{alternation(_LEX.symbols)})
      | \b(?P<code>{alternation(_LEX.codes)})[ \t]
      | \b(?:(?P<adj>{_PREFIX_ADJECTIVES})[ \t]+)?
        (?P<word>(?i:{alternation(_LEX.prefix_words)}))(?:[ \t]|\n(?![ \t\n]))
    )
    [ \t]?(?P<sign>[-−+])?$
    """,
    re.VERBOSE,
)
# The same markers, anchored where a range's second amount starts.
CURRENCY_LEAD = re.compile(
    rf"""(?:{alternation(_LEX.symbols)}
      |(?:{alternation(_LEX.codes)})[ \t]
      |(?:(?:{_PREFIX_ADJECTIVES})[ \t]+)?(?i:{alternation(_LEX.prefix_words)})[ \t]
    )[ \t]?(?=\d)""",
    re.VERBOSE,
)
PERCENT = re.compile(
    rf"""
    (?:{_NL}|-)
    (?P<p>%
      | (?i:percentage|percent|per{_SP}?cent|pct)(?:{_SP}|-)points?
      | (?i:percent|per{_SP}cent|per-cent|pct|pc)
    )(?![A-Za-z])
    """,
    re.VERBOSE,
)
POINTS = re.compile(rf"(?:{_SP}|-)(?P<basis>basis{_SP})?(?P<p>points?|pts?)(?![A-Za-z])")
COMPOUND = re.compile(r"-(?P<w>[A-Za-z]+(?:-[A-Za-z]+)*)")
RANGE = re.compile(rf"{_NL}(?P<c>-|–|—|to|and|or){_NL}(?=[\d$£€¥A-Za-z])|(?P<h>-)(?=\$|£|€)")
OUT_OF = re.compile(rf"{_NL}(?:out[ \t]+of|in){_NL}(?=[\dA-Za-z])")
HEDGE_AFTER = re.compile(
    rf"(?:[ \t]+(?P<w>{alternation(_LEX.hedges_after)})|-(?P<h>plus|odd))(?![A-Za-z])"
)
VAGUE_OF = re.compile(rf"{_NL}of[ \t]+(?:\n[ \t]*)?(?:(?P<inner>{alternation(_LEX.vague)})\b)?")


# The days before the last one of a date: "5 and 6 May", "16, 17 or 18 March" (the
# date span starts where this match ends).
DAYS_JOINED = re.compile(
    r"(?:[ \t]*(?:,|and|or|to|-|–)[ \t]*\d{1,2}(?!\d))*[ \t]*(?:,|and|or|to|-|–)[ \t]*(?=\d)"
)


PEEK = re.compile(rf"{_NL}([A-Za-z]+|\S)")
_first = frozenset(
    # the first token as PEEK reads it: "H.K." starts with "h", "US$" with "us"
    re.match(r"[A-Za-z]+|\S", w)[0].lower()  # type: ignore[index]
    for w in [
        *_LEX.magnitude_words,
        *_LEX.currency_words,
        *_LEX.all_adjectives,
        *_LEX.codes,
        "percent",
        "percentage",
        "per",
        "pct",
        "pc",
        "point",
        "points",
        "pt",
        "pts",
        "basis",
    ]
)
#: The first word of anything `tail` can add; other numbers skip its four regexes.
TAIL_FIRST = _first | {"%", "-", "u"}
#: The first token of anything `scan` looks at after the number.
EXTEND_FIRST = frozenset({"-", "–", "—", "to", "and", "out", "in", "or", "plus"})


def peek(text: str, e: int) -> str:
    """The next word (lower case) or punctuation character after `e`."""
    m = PEEK.match(text, e)
    return m[1].lower() if m else ""


HEDGE_LAST_WORDS = frozenset(phrase.split()[-1] for phrase in _LEX.hedges_before)


PHONE_NEXT = frozenset("0123456789( ")
SYMBOL_CHARS = frozenset(
    c for symbol in _LEX.symbols for c in symbol if not c.isalnum() and c != "."
)
PREFIX_WORDS = frozenset(
    [*(w.lower() for w in _LEX.prefix_words), *(c.lower() for c in _LEX.codes), "rs", "rs."]
)


#: The last two letters of those words: most words before a number end otherwise.
PREFIX_ENDS = frozenset(w[-2:] for w in PREFIX_WORDS)


def maybe_currency(text: str, i: int) -> bool:
    """A cheap test before the currency regex: a symbol or a currency word just before `i`."""
    if i == 0:
        return False
    c = text[i - 1]
    if c in SYMBOL_CHARS or (c == " " and i > 1 and text[i - 2] in SYMBOL_CHARS):
        return True
    if c not in " \t\n.":
        return False
    if c == " " and i > 2:
        ends = text[i - 3 : i - 1]  # two letters end the word before the space: "rose 15"
        if ends.isalnum() and ends.lower() not in PREFIX_ENDS:
            return False
    word = text[i - 14 if i > 14 else 0 : i].split()
    return bool(word) and word[-1].strip("(\"'“‘").lower() in PREFIX_WORDS


def starts(text: str) -> list[tuple[int, int, str]]:
    """Where a numeral may start, in text order: (offset, where the scan goes on, kind).

    The kind is "d" for digits (the scan goes on at the next character) and "w" for a
    number word (it goes on after the word).
    """
    out = [(m.start(), m.start() + 1, "d") for m in DIGIT_START.finditer(text)]
    spaced = text.translate(WORD_SEPARATORS)
    words = [(m.start() + 1, m.end(), "w") for m in WORD_START.finditer(spaced)]
    first = FIRST_WORD.match(spaced)
    if first is not None:
        words.insert(0, (0, first.end(), "w"))
    if not words:
        return out
    if not out:
        return words
    out.extend(words)
    out.sort()
    return out

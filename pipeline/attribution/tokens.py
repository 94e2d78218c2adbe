"""Tokens of a sentence with their offsets, for walking noun phrases word by word."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

_TOKEN = regex.compile(
    r"""
      (?:\p{Lu}\.){2,}                      # dotted abbreviations: U.S., U.N.
    | \p{Lu}\p{Ll}{0,3}\.(?=\s+\p{Lu})      # initials and titles before a name: W. Bush, Mr. Kim
    | \p{N}+(?:[.,]\p{N}+)*                 # numbers stay one token: 2,000 and 3.5
    | [\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*(?:['’]s?(?!\p{L}))?  # words: US-installed, Iraq's, MPs'
    | [^\s\p{L}\p{N}]                       # any other character on its own
    """,
    regex.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Token:
    """One token; `start` and `end` are offsets into the document."""

    text: str
    start: int
    end: int
    #: lower-cased, without a possessive ending ("Iraq's" -> "iraq")
    lower: str
    is_word: bool
    is_cap: bool
    is_possessive: bool
    in_figure: bool


_QUOTE_CHARS = frozenset("\"“”«»")


def tokenize(text: str, start: int, end: int, figures: Sequence[tuple[int, int]]) -> list[Token]:
    """The tokens of ``text[start:end]``; `figures` are spans whose tokens are marked."""
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        first = word[0]
        possessive = word.endswith(("'s", "’s")) or (word.endswith(("s'", "s’")))
        base = word[:-2] if word.endswith(("'s", "’s")) else word.rstrip("'’")
        in_figure = any(s < m.end() and m.start() < e for s, e in figures)
        tokens.append(
            Token(
                text=word,
                start=m.start(),
                end=m.end(),
                lower=base.lower().rstrip("."),
                is_word=first.isalpha(),
                is_cap=first.isupper(),
                is_possessive=possessive,
                in_figure=in_figure,
            )
        )
    return tokens


def is_quote_mark(token: Token) -> bool:
    return token.text in _QUOTE_CHARS

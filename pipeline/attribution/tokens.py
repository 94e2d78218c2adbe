"""Tokens of a sentence with their offsets, for walking noun phrases word by word."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

# The stdlib `re` is used for speed: capitals are ASCII here, which is what news writes
# its abbreviations and initials in; words are any Unicode letters and digits.
_TOKEN = re.compile(
    r"""
      (?:[A-Z]\.){2,}                        # dotted abbreviations: U.S., U.N.
    | [A-Z][a-z]{0,3}\.(?=\s+[A-Z])          # initials and titles before a name: W. Bush, Mr. Kim
    | (?:Inc|Corp|Co|Ltd|Bros|Jr|Sr|Plc|Cos)\.(?=\s)  # company suffixes: Dell Inc. said
    | \d+(?:[.,]\d+)*                        # numbers stay one token: 2,000 and 3.5
    | [^\W_]+(?:[-'’][^\W_]+)*(?:['’]s?(?![^\W_]))?  # words: US-installed, Iraq's, MPs'
    | [^\s\w]|_                               # any other character on its own
    """,
    re.VERBOSE,
)
_SPACED_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + ")", re.VERBOSE)


class Token(NamedTuple):
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


_QUOTE_CHARS = frozenset('"“”«»')
_NO_STOP = 1 << 62


_POSSESSIVE = ("'s", "’s", "s'", "s’")
_APOSTROPHE_S = ("'s", "’s")


@lru_cache(maxsize=8192)
def _word_class(word: str) -> tuple[str, bool, bool, bool]:
    """(lower, is_word, is_cap, is_possessive) of a token: a pure function of its text, and
    news repeats its words, so it is remembered rather than worked out for every token."""
    if not word[0].isalpha():
        return word, False, False, False
    if word[-1] in "s'’":
        possessive = word.endswith(_POSSESSIVE)
        base = word[:-2] if word.endswith(_APOSTROPHE_S) else word.rstrip("'’")
    else:
        possessive, base = False, word
    return base.lower().rstrip("."), True, word[0].isupper(), possessive


def tokenize(
    text: str, start: int, end: int, figures: Sequence[tuple[int, int]], stop: int = _NO_STOP
) -> list[Token]:
    """The tokens of ``text[start:end]``; `figures` (sorted spans) mark the tokens inside them.

    With `stop`, only the tokens that start before it (the text after it is still seen by
    the look-aheads, so the tokens are those of the whole stretch).
    """
    tokens: list[Token] = []
    append = tokens.append
    new = tuple.__new__  # a NamedTuple's own constructor is a slow Python function
    spans = sorted(figures)
    f, n = 0, len(spans)
    b = start
    # (white space, token) pairs: `findall` makes no match objects, and the offsets follow
    # from the lengths, since every character is white space or part of a token
    for space, word in _SPACED_TOKEN.findall(text, start, end):
        a = b + len(space)
        if a >= stop:
            break
        b = a + len(word)
        while f < n and spans[f][1] <= a:
            f += 1
        # (the class unpacked into names: a starred tuple in a display builds a list first)
        lower, is_word, is_cap, is_possessive = _word_class(word)
        append(
            new(
                Token,
                (word, a, b, lower, is_word, is_cap, is_possessive, f < n and spans[f][0] < b),
            )
        )
    return tokens


def is_quote_mark(token: Token) -> bool:
    return token.text in _QUOTE_CHARS


def word_pattern(words: Iterable[str]) -> str:
    """A regex alternation of `words` factored as a trie: fast to scan with.

    >>> word_pattern(["said", "says", "say"])
    'sa(?:id|y(?:s)?)'
    >>> import re
    >>> re.findall(r"\\b(?:" + word_pattern(["said", "says", "by"]) + r")\\b", "he said so by now")
    ['said', 'by']
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and not ends:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if ends else "")

    top = [re.escape(ch) + build(sub) for ch, sub in sorted(trie.items()) if ch]
    return "|".join(top)

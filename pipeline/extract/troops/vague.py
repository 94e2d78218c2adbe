"""Vague troop counts: "thousands of troops", "several hundred soldiers".

They get no value (NEWS-DEV §2 skips vague amounts), but a Quantity with value None,
so that the sentence becomes a claim; `lower` and `upper` say what the words imply.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from pipeline.extract.troops.lexicon import LEXICON, NOUNS, alternation

_CAP_WORD = r"[\p{Lu}][\p{L}\p{N}.'’&-]*"
_VAGUE = regex.compile(
    rf"""
    (?<![\p{{L}}-])
    (?P<amount>(?i:{alternation(LEXICON.vague)}))
    (?P<mods>(?:\s+of)?
      (?:\s+(?:the|their|its|{_CAP_WORD}|\(\s*\p{{Lu}}{{2,6}}\s*\)|(?i:{alternation(LEXICON.modifiers)})(?![\p{{L}}-]))){{0,5}}?)
    \s+(?P<noun>(?i:{NOUNS}))(?![\p{{L}}\p{{N}}-])
    """,
    regex.VERBOSE,
)


def vague_counts(text: str) -> Iterator[regex.Match[str]]:
    """Matches with groups amount, mods and noun, in text order."""
    yield from _VAGUE.finditer(text)


def bounds(amount: str) -> tuple[int, int]:
    """(lower, upper) that the vague words imply: "thousands" -> (2000, 9999)."""
    return LEXICON.vague[" ".join(amount.lower().split())]

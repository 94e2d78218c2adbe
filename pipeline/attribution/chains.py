"""Chains of capitalised words in a document ("Bank of Thailand", "Sir John Bourn"), the
raw material of its names. "and the" joins two capitalised words as a connector does
("Economic Commission for Latin America and the Caribbean"); phrases.py (_is_connector)
and resolve.py (_name) read names the same way.

They are scanned once for the whole text when an index needs them all, or only near a
word or an offset when a look-up needs a few: a search then starts from a place no chain
runs across (_RESTART), so that it finds the same chains the whole scan finds.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator

import regex

from pipeline.attribution.lexicon import LEXICON
from pipeline.segment import is_hard_wrapped

_CONNECTOR = "|".join(sorted((regex.escape(c) for c in LEXICON.connectors), key=len, reverse=True))
# A capitalised word: dotted abbreviation, initial, or word (hyphens and apostrophes inside).
_CAP = (
    r"(?:(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s*\p{Lu})|(?:Inc|Corp|Co|Ltd|Bros|Jr|Sr)\.(?=\s)"
    r"|\p{Lu}[\p{L}\p{N}]*(?:[-'’][\p{L}\p{N}]+)*)"
)
_WHEN = "|".join(w.capitalize() for w in sorted(LEXICON.weekdays_months)) + r")\b"
_WHEN = "(?:" + _WHEN
# "and the" inside a name, not after a whole organisation's name ("Latin America and the
# Caribbean", not "the Wall Street Journal and the Financial Times": two names)
_AND_NOT_AFTER_ORG = (
    r"and(?<!\b(?i:"
    + "|".join(sorted((regex.escape(w) for w in LEXICON.org_words), key=len, reverse=True))
    + r")\.?\s+and)"
)


def _chain(gap: str) -> regex.Pattern[str]:
    """Capitalised words in a row, "of"/"and"/"and the" between them, with `gap` between
    words."""
    return regex.compile(
        rf"""
        (?=\p{{Lu}})(?<![\p{{L}}\p{{N}}])   # the capital first: scanning skips lower case fast
        {_CAP}
        (?: {gap}
            (?:(?:{_AND_NOT_AFTER_ORG} {gap} the | {_CONNECTOR}) {gap} (?!The\b|{_WHEN}))?
            {_CAP} )+                                       # more words
        (?:['’]s)?                                      # a possessive ending is dropped later
        """,
        regex.VERBOSE,
    )


# In wire copy a name runs on across a line break; elsewhere a line break ends it (a
# headline above its story: "Sony sells 1 million PSPs\nSony Corp. sold ...").
_CHAIN_WRAPPED = _chain(r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)")
_CHAIN = _chain(r"[ \t]+")
# A place no chain runs across: punctuation that no name holds, or a word that starts in
# lower case and is no connector ("Bank of Thailand" runs across "of", not "said"), nor
# the "the" of "and the".
_RESTART = regex.compile(
    rf"""[,;:!?()\[\]"“”] | (?<!\band\s*)\s(?=[\p{{Ll}}\p{{N}}])(?!(?:{_CONNECTOR})\s)""",
    regex.VERBOSE | regex.REVERSE,  # searched from a word backwards: the last one first
)
#: How far back from a word the start of its chain is looked for (characters).
CHAIN_REACH = 200


class ChainIndex:
    """The chains of one text, found on demand."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._chains: list[regex.Match[str]] | None = None
        self._pattern: regex.Pattern[str] | None = None
        self._low: str | None = None

    def chains(self) -> list[regex.Match[str]]:
        """Every chain of capitalised words, in text order (scanned once)."""
        if self._chains is None:
            self._chains = list(self._chain_pattern().finditer(self.text))
        return self._chains

    def chains_in_order(self) -> Iterator[regex.Match[str]]:
        """The chains in text order, scanned only as far as they are read."""
        if self._chains is not None:
            return iter(self._chains)
        found: Iterator[regex.Match[str]] = self._chain_pattern().finditer(self.text)
        return found

    def chains_from_before(self, offset: int) -> Iterable[regex.Match[str]]:
        """The chains in text order from a place no chain runs across before `offset`:
        all those that end after it, and maybe a few before it."""
        if self._chains is not None:
            return iter(self._chains)
        last = _RESTART.search(self.text, max(0, offset - CHAIN_REACH), offset)
        if last is None and offset > CHAIN_REACH:  # no safe start nearby: scan it all
            return iter(self.chains())
        found: Iterator[regex.Match[str]] = self._chain_pattern().finditer(
            self.text, last.end() if last is not None else 0
        )
        return found

    def _chain_pattern(self) -> regex.Pattern[str]:
        """The chain pattern for this text: wire copy runs names across line breaks."""
        if self._pattern is None:
            self._pattern = _CHAIN_WRAPPED if is_hard_wrapped(self.text) else _CHAIN
        return self._pattern

    def _lowered(self) -> str:
        """The text in lower case, offsets kept ("İ" lowers to two characters)."""
        if self._low is None:
            low = self.text.lower()
            if len(low) != len(self.text):
                low = "".join(c if len(c.lower()) != 1 else c.lower() for c in self.text)
            self._low = low
        return self._low

    def _chains_with(self, word: str) -> list[regex.Match[str]]:
        """The chains that contain `word`, in text order, found near each occurrence."""
        if self._chains is not None:
            return [m for m in self._chains if word in m.group()]
        found: list[regex.Match[str]] = []
        at = self.text.find(word)
        while at >= 0:
            reach = max(0, at - CHAIN_REACH)
            last = _RESTART.search(self.text, reach, at)
            if last is None and reach > 0:  # no safe start nearby: scan it all
                return [m for m in self.chains() if word in m.group()]
            pos = last.end() if last is not None else 0
            for m in self._chains_from(pos, at + 1):
                if at + len(word) <= m.end() and (not found or found[-1].start() < m.start()):
                    found.append(m)
            at = self.text.find(word, at + 1)
        return found

    def _word_before(self, surname: str) -> bool:
        """Is `surname` written somewhere after a capitalised word or a connector ("Cyril
        Ramaphosa", "Gerhard de Kock")? Only then can a chain end with it."""
        at = self.text.find(surname)
        while at >= 0:
            before = self.text[max(0, at - 30) : at]
            stripped = before.rstrip()
            if stripped != before and stripped:  # white space before: a word ends there
                word = stripped.rsplit(None, 1)[-1]
                if word[:1].isupper() or word in LEXICON.connectors:
                    return True
            at = self.text.find(surname, at + len(surname))
        return False

    def _chains_between(self, start: int, end: int) -> list[regex.Match[str]]:
        """The chains that start in text[start:end], in text order, each read in full."""
        if self._chains is not None:
            i = bisect_left(self._chains, start, key=lambda m: m.start())
            j = bisect_left(self._chains, end, key=lambda m: m.start())
            return self._chains[i:j]
        if start > 0:  # from a place no chain runs across, so that the first is whole
            last = _RESTART.search(self.text, max(0, start - CHAIN_REACH), start)
            if last is None:
                return [m for m in self.chains() if start <= m.start() < end]
            pos = last.end()
        else:
            pos = 0
        return [m for m in self._chains_from(pos, end) if m.start() >= start]

    def _chains_from(self, pos: int, end: int) -> list[regex.Match[str]]:
        """The chains that start in text[pos:end], `pos` being a place no chain runs across:
        a bounded search finds where each starts, and it is then matched in full."""
        chain = self._chain_pattern()
        bound = min(len(self.text), end + CHAIN_REACH)
        found = []
        for m in chain.finditer(self.text, pos, bound):
            if m.start() >= end:
                break
            if m.end() > bound - CHAIN_REACH // 2 and bound < len(self.text):
                # near the bound, where the search saw less text: match it in full
                full = chain.match(self.text, m.start())
                if full is not None:
                    found.append(full)
                break  # (the rest of the chains start after `end`)
            found.append(m)
        return found

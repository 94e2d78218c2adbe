"""Segment: documents -> sentences, with exact character offsets.

The rule, in order:

1. A blank line always ends a sentence.
2. A single line break ends a sentence unless the document is hard-wrapped
   (most lines 40-80 characters long, as in wire copy), where it is only a space.
3. ``.``, ``!`` or ``?`` (and any closing quotes or brackets after it) followed by
   white space and then a capital letter, a digit or an opening quote ends a sentence,
   unless the word before the full stop is an abbreviation that is followed by a
   name or a number (Mr., Gen., No., Jan., U.S. before a name), or an initial (George W. Bush).

>>> text = 'Gen. Kim met U.S. officials. Prices rose 84.4 percent. "Fine," he said.'
>>> [text[s.start:s.end] for s in sentence_spans(text)]
['Gen. Kim met U.S. officials.', 'Prices rose 84.4 percent.', '"Fine," he said.']
"""

from __future__ import annotations

import re
from itertools import pairwise
from string import ascii_letters as _ASCII_LETTERS

import pandas as pd
import regex

from pipeline.records import Sentence

# Titles and other abbreviations that are (almost) never the last word of a sentence.
_ALWAYS_ABBREV = frozenset(
    """
    mr mrs ms dr prof gen col lt sgt capt cpl pvt maj adm cmdr gov sen rep rev hon pres
    st mt ft no nos vol pp fig art sec jan feb mar apr jun jul aug sep sept oct nov dec
    vs v etc approx est dept univ assn bros messrs mme mlle
    """.split()
)
# Abbreviations that often end a sentence too ("... made in the U.S. The firm ...").
# They end one when the next word is a common sentence opener.
_SOMETIMES_ABBREV = frozenset(
    "u.s u.k u.n e.u h.k n.z u.a.e inc corp co ltd plc jr sr a.m p.m u.s.a d.c".split()
)
_SENTENCE_OPENERS = frozenset(
    """
    the a an he she it they we i you this that these those there in on at but and
    however his her its their our meanwhile after before when while if as for
    """.split()
)

# A sentence-final mark with what may close after it, then space, then what may open
# the next sentence. Group `mark` ends where the sentence ends.
#
# Speed: `re` scans several times faster than `regex`, which is kept only for what `re`
# cannot say (\p{Lu}, \p{L}) or says differently. Of `regex`'s \s, only the characters
# consumed after it matter; `[^\S\x1c-\x1f]` is the same set in `re` (whose \s also takes
# the four ASCII separators). `_BOUNDARY` finds the mark and its white space; what opens the
# next sentence (`_OPENS`) is then checked at the end of each match (`_opens_sentence`).
_BOUNDARY = re.compile(
    r"""
    (?P<mark>[.!?]+ [\"'”’)\]]* )        # terminal punctuation and closers
    (?P<space>(?=[ \t\u00a0\n])[ \t\u00a0]*\n?[ \t\u00a0]*)  # white space, at most one line break
    (?=[^ \t\u00a0\n])                     # then something else
    """,
    re.VERBOSE,
)
# The next sentence opens with a capital or a digit.
_OPENS = regex.compile(r"[\"'“‘(\[]?[\p{Lu}\d]")
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n[^\S\x1c-\x1f]*")
_LINE_BREAK = re.compile(r"\n[^\S\x1c-\x1f]*")
_INDENTED = re.compile(r"\n(?=[ \t]{2,}\S)")
_WORD_BEFORE = regex.compile(r"(?:[\p{L}]\.)*[\p{L}]+$")
_WORD_AFTER = regex.compile(r"[\"'“‘(\[]?([\p{L}]+)")
#: How far back (characters) the word before a full stop is read.
_WORD_REACH = 12


def _opens_sentence(text: str, at: int) -> bool:
    """Does a capital or a digit (after an optional opening quote or bracket) start at `at`?"""
    first = text[at]
    if first.isascii() and first.isalnum():  # the common case, without the regex call
        return first.isupper() or first.isdigit()
    return _OPENS.match(text, at) is not None


def _word_before(text: str, end: int) -> tuple[int, str] | None:
    """Start and text of the word that ends at `end`: letters, or letters joined by full
    stops (U.S), read at most `_WORD_REACH` characters back; None if no letter ends there.

    A word of ASCII letters after a space (most of them) is read with `str` methods; `regex`
    reads the rest (other letters, inner full stops)."""
    window = text[max(0, end - _WORD_REACH) : end]
    letters = len(window) - len(window.rstrip(_ASCII_LETTERS))
    if letters == 0 and window[-1:].isascii():
        return None  # no letter before `end`
    if 0 < letters < len(window):
        before = window[-letters - 1]
        if before.isascii() and before != ".":  # neither a letter nor an inner full stop
            return end - letters, window[-letters:]
    found = _WORD_BEFORE.search(text, max(0, end - _WORD_REACH), end)
    return None if found is None else (found.start(), found.group())


def is_hard_wrapped(text: str) -> bool:
    """True for wire copy whose lines are wrapped at a fixed width.

    >>> is_hard_wrapped("one paragraph per line.\\nAnother paragraph.")
    False
    """
    lines = [line.rstrip() for line in text.split("\n") if line.strip()]
    if len(lines) < 4:
        return False
    wrapped = sum(1 for line in lines if 40 <= len(line) <= 80)
    # one sentence per line is not wire copy: wrapped lines mostly end mid-sentence
    ended = sum(1 for line in lines if line.endswith((".", "!", "?", '"', "”", "’", "'")))
    if wrapped >= 0.6 * len(lines) and ended < 0.5 * len(lines):
        return True
    # a short story of several paragraphs: its last lines are short, so count only the
    # lines that run on into the next one (not blank, not indented: the same paragraph)
    raw = text.split("\n")
    inner = [
        line.rstrip()
        for line, following in pairwise(raw)
        if line.strip() and following.strip() and not following[:1].isspace()
    ]
    if len(inner) < 4:
        return False
    inner_wrapped = sum(1 for line in inner if 40 <= len(line) <= 80)
    inner_ended = sum(1 for line in inner if line.endswith((".", "!", "?")))
    return inner_wrapped >= 0.8 * len(inner) and inner_ended < 0.3 * len(inner)


def _is_abbreviation(text: str, mark_start: int, next_start: int) -> bool:
    """Is the full stop at `mark_start` part of an abbreviation or initial?"""
    if text[mark_start] != ".":
        return False
    before = _word_before(text, mark_start)
    if before is None:
        return False
    start, word = before[0], before[1].lower()
    if len(word) == 1 and word.isalpha():
        # an initial ("W. Bush"), unless it is a capital ending a sentence like "Plan B."
        return text[start].isupper() and (start == 0 or not text[start - 1].isalnum())
    if word in _ALWAYS_ABBREV:
        return True
    if word in _SOMETIMES_ABBREV:
        after = _WORD_AFTER.match(text, next_start)
        return after is None or after.group(1).lower() not in _SENTENCE_OPENERS
    return False


def _cut_points(text: str) -> list[int]:
    """Offsets where one sentence ends and white space up to the next begins."""
    cuts: set[int] = set()
    for m in _BLANK_LINE.finditer(text):
        cuts.add(m.start())
    if not is_hard_wrapped(text):
        for m in _LINE_BREAK.finditer(text):
            cuts.add(m.start())
    elif "\n " in text or "\n\t" in text:
        # wire copy indents every new paragraph: a table row or a paragraph that ends
        # without a full stop ends its sentence there too
        for m in _INDENTED.finditer(text):
            cuts.add(m.start())
    for m in _BOUNDARY.finditer(text):
        if not _opens_sentence(text, m.end()):
            continue
        mark = m.start("mark")
        if "." in m.group("mark")[:1] and _is_abbreviation(text, mark, m.end()):
            continue
        cuts.add(m.end("mark"))
    return sorted(cuts)


def sentence_spans(text: str) -> list[Sentence]:
    """Split `text` into sentences; each span is trimmed of surrounding white space."""
    spans: list[Sentence] = []
    start = 0
    for cut in [*_cut_points(text), len(text)]:
        if cut <= start:
            continue
        chunk = text[start:cut]
        left = len(chunk) - len(chunk.lstrip())
        right = len(chunk.rstrip())
        if right > left:
            spans.append(_sentence(len(spans), start + left, start + right))
        start = cut
    return spans


# `Sentence` is a frozen dataclass: its __init__ sets each field through
# object.__setattr__, three times the cost of setting its slots directly, and a document
# has dozens of sentences. records.py gives it no __post_init__ that this would skip, and
# these three are all its fields (both checked here, when the module loads).
assert not hasattr(Sentence, "__post_init__")
assert Sentence.__slots__ == ("index", "start", "end")
_INDEX, _START, _END = (getattr(Sentence, name).__set__ for name in Sentence.__slots__)


def _sentence(index: int, start: int, end: int) -> Sentence:
    """``Sentence(index=index, start=start, end=end)``, set slot by slot."""
    s: Sentence = object.__new__(Sentence)
    _INDEX(s, index)
    _START(s, start)
    _END(s, end)
    return s


SENTENCE_COLUMNS = ["doc_id", "sentence_idx", "char_start", "char_end", "text"]


def sentences(documents: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence of every accepted document, with offsets into its text."""
    rows: list[tuple[str, int, int, int, str]] = []
    accepted = documents[documents["status"] == "ok"]
    for doc_id, text in zip(accepted["doc_id"], accepted["text"], strict=True):
        for s in sentence_spans(text):
            rows.append((doc_id, s.index, s.start, s.end, text[s.start : s.end]))
    frame = pd.DataFrame(rows, columns=SENTENCE_COLUMNS)
    return frame.astype(
        {
            "doc_id": "string",
            "sentence_idx": "Int64",
            "char_start": "Int64",
            "char_end": "Int64",
            "text": "string",
        }
    )

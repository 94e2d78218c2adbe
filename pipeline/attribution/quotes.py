"""Direct speech: the spans of a document that lie between quotation marks.

Curly quotes pair as opening and closing marks; a straight double quote opens when it
follows white space or an opening bracket and closes otherwise. A quote left open at
the end of a paragraph closes there, since a quote that runs on into the next paragraph
opens again with a fresh mark. A straight quote between two letters (wire copy writes
``Britain"s``) is an apostrophe, not a quote.

>>> text = 'He said: “We sent 500 troops.” Then he left.'
>>> [text[a:b] for a, b in quote_spans(text)]
['We sent 500 troops.']
"""

from __future__ import annotations

import re
from bisect import bisect_right

# Quote marks; a line break ends an open quote only before a blank line or before a line
# that opens a quote (_BREAK), which is looked for only while a quote is open.
_MARK = re.compile(r'[“”"«»]')
_BREAK = re.compile(r'\n[ \t]*(?:\n|(?=[“"«]))')
_AFTER_ALL = 1 << 62


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the inside of each quotation, in text order."""
    if '"' not in text and "“" not in text and "«" not in text:
        return []
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    searched = 0  # where the search for a paragraph break in the open quote goes on from
    n = len(text)
    for m in _MARK.finditer(text):
        at = m.start()
        if opened is not None:
            # a paragraph break since the quote opened, before this mark (wire copy breaks
            # every line: only the open stretches are searched, and the mark itself is seen
            # by the look-ahead of _BREAK)
            brk = _BREAK.search(text, searched, at + 1)
            if brk is not None:
                spans.append((opened, brk.start()))
                opened = None
            searched = at
        mark = text[at]
        before = text[at - 1] if at > 0 else " "
        after = text[at + 1] if at + 1 < n else " "
        if mark == '"' and before.isalpha() and after.isalpha():
            continue
        if mark in "“«" or (
            mark == '"' and opened is None and (before.isspace() or before in "([—-:")
        ):
            if opened is None:
                opened = searched = at + 1
            continue
        if opened is not None:
            spans.append((opened, at))
            opened = None
        elif mark == '"' and not before.isspace():
            continue
    if opened is not None:
        brk = _BREAK.search(text, searched)
        spans.append((opened, brk.start() if brk is not None else n))
    return spans


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does [start, end) lie within one of the quote spans (in text order, disjoint)?

    >>> inside([(3, 9), (20, 30)], 21, 25), inside([(3, 9), (20, 30)], 8, 12)
    (True, False)
    """
    i = bisect_right(spans, (start, _AFTER_ALL))
    return i > 0 and end <= spans[i - 1][1]

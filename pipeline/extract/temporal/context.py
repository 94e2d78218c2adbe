"""What the resolver needs to know about the text around an expression.

* `Context`: the document text and its publication date.
* `Found`: one expression found and (maybe) resolved, before it becomes a `Timex`.
* `tense`: does the clause around an expression talk about the past or the future?
  A bare "Saturday" or "May 7" is the one before the publication date in a past-tense
  clause ("met on Saturday") and the one after it in a future clause ("is to be laid to
  rest on Saturday", "will take effect on May 7").

>>> text = "The funeral will be held on Saturday. He said on Saturday that it rained."
>>> tense(text, 28, 36), tense(text, 51, 59)
('future', 'past')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Final, Literal

import regex

from pipeline.extract.temporal.lexicon import FUTURE_MARKERS, PAST_MARKERS
from pipeline.records import TimexKind

Tense = Literal["past", "future"]


@dataclass(frozen=True, slots=True)
class Context:
    text: str
    published: date | None


@dataclass(frozen=True, slots=True)
class Deferred:
    """A value that depends on the reference time (the period the text last talked about).

    The reference is coerced to `granularity` (None keeps its own), then moved by `amount`
    `unit`s; without a usable reference, `fallback` is the value (resolved against the
    publication date, or None).
    """

    granularity: str | None
    unit: str
    amount: int
    fallback: str | None
    #: Only references of these granularities are used (empty: any).
    accepts: tuple[str, ...] = ()
    #: Look for the reference in this sentence only (else also in the sentences before).
    same_sentence: bool = False
    #: The granularities accepted in the sentences before (None: the same as `accepts`).
    accepts_before: tuple[str, ...] | None = None
    #: Prefix of the value ("FY" for fiscal years).
    prefix: str = ""
    #: The year of the result, where the expression names it ("the 1988 quarter").
    year: int | None = None


@dataclass(slots=True)
class Found:
    """An expression found in the text, with what the resolver made of it."""

    kind: TimexKind
    start: int
    end: int
    value: str | None
    qualifier: str = ""
    #: The value depends on the publication date (or would, had the document one).
    relative: bool = False
    #: The value was computed from the publication date.
    anchored: bool = False
    deferred: Deferred | None = None
    #: The value came from the reference time ("a year earlier"): it is no reference itself.
    derived: bool = False
    #: The date the value was resolved against, when it is not the publication date.
    anchor: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Skip:
    """What a resolver returns for text that looks temporal but is not, and holds nothing
    temporal inside either: an age ("52 years old"), a name ("the Sunday Express")."""

    end: int


# ---------------------------------------------------------------- sentences

_BOUNDARY: Final = regex.compile(
    r"""
    [.!?][\"'”’)]*(?=\s+[\"'“‘(]?[A-Z0-9])   # full stop before a capital or a digit
  | \n[^\S\n]*\n                              # a blank line
  | \n[^\S\n]{2,}                             # an indented new paragraph (wire copy)
    """,
    regex.VERBOSE,
)
#: The same, searched backwards from an expression (the REVERSE flag): the first hit is the
#: boundary nearest before it.
_BOUNDARY_BEFORE: Final = regex.compile(r"(?r)" + _BOUNDARY.pattern, regex.VERBOSE)
# ---------------------------------------------------------------- tense

_WORD: Final = regex.compile(r"[A-Za-z]+(?:'[a-z]+)?")
#: Words ending in -ed that are not past forms of a verb.
_NOT_PAST: Final = frozenset(
    "need speed bed red shed feed seed hundred breed indeed based united limited listed "
    "unchanged advanced reed weed proceed succeed exceed".split()
)
_INFINITIVE_BLOCKERS: Final = frozenset(
    "the a an this that these those his her its their our my your be".split()
)
_DETERMINERS: Final = frozenset("a an the this that its their his her our".split())
#: Words before "to + verb" that make it point ahead ("is to", "plans to", "ready to").
_TO_FUTURE: Final = frozenset(
    "is are am be to was were plans plan planned planning hopes hope intends intend ready set "
    "due scheduled expected going wants want wanted agreed decided likely able aims "
    "urged asked prepared poised".split()
)


def _word_tense(words: list[str], index: int) -> Tense | None:
    word = words[index].lower()
    before = words[index - 1].lower() if index > 0 else ""
    if word in FUTURE_MARKERS:
        if before in ("had", "been") and word.endswith("ed"):
            return "past"  # "had been scheduled to expire"
        return "future"
    if word == "to" and index + 1 < len(words):
        following = words[index + 1].lower()
        # "is to take effect", "planned to leave": an infinitive points ahead
        if (
            following.isalpha()
            and following not in _INFINITIVE_BLOCKERS
            and not (following.endswith("ed") or following.endswith("ing"))
        ):
            return "future" if before in _TO_FUTURE else None
        return None
    if word in PAST_MARKERS or (len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST):
        if before == "be":
            return "future"  # "will be laid", "to be held"
        if before in ("is", "are", "am", "being") or before in _DETERMINERS:
            return None  # a present passive, or an adjective ("a signed declaration")
        return "past"
    return None


#: Words that open a clause: the verbs before them belong to another clause.
_CLAUSE_OPENERS: Final = frozenset(
    "that which who whom whose where while because although though but whereas".split()
)


#: A scheduling verb, then "for"/"until" right before the expression: its target is ahead.
_SCHEDULED_FOR: Final = regex.compile(
    r"""(?r)(?<!\b(?:had|been|was|were)\s)
    (?:\b(?:scheduled|slated|planned|planning|plans|due)\b[^.;!?]{0,40}\b(?:for|on|until|till|to)
      |\b(?:set|fixed|postponed|delayed|adjourned|rescheduled|extended|put\s+off|pushed\s+back)
       \b[^.;!?]{0,40}\b(?:for|until|till|to))
    (?:\s+\S+){0,4}?\s+$""",
    regex.VERBOSE,
)

#: A word `_SCHEDULED_FOR` needs (a cheap `re` search first: most clauses have none).
_SCHEDULED_WORD: Final = re.compile(
    r"sched|slated|plan|due|set|fixed|postponed|delayed|adjourned|extended|put|pushed"
)


#: Words that open a phrase put before its sentence's subject: "On Friday, ...", "In the
#: six months to end-September, ...", "Late last week, ...".
_FRONTING: Final = frozenset("on in at by since until during late early earlier later".split())
#: A reporting clause after a comma: ", they said", ", the firms involved said".
_REPORT_AFTER: Final = re.compile(
    r""",(?!\d)[^\S\n]*
        (?:[\w.'-]+[^\S\n]+){0,4}?          # the source, in up to four words
        (?:said|says|told|added|reported)\b
    """,
    re.VERBOSE,
)


def tense(text: str, start: int, end: int) -> Tense | None:
    """'past' or 'future' by the verbs nearest to text[start:end] in its clause, else None.

    The nearest marker to the left decides; the right side is read only when the left
    has none. Markers: will, would, is to, scheduled, due ... (future); said, was, -ed
    forms, irregular past forms, ago ... (past).
    """
    before = _BOUNDARY_BEFORE.search(text, max(0, start - 120), start)
    sentence_start = before.end() if before else max(0, start - 120)
    near = max(sentence_start, start - 60)
    if _SCHEDULED_WORD.search(text, near, start) and _SCHEDULED_FOR.search(text, near, start):
        return "future"  # "set the funeral for Saturday", "talks scheduled for Monday"
    left = _WORD.findall(text, sentence_start, start)
    for index in range(len(left) - 1, max(-1, len(left) - 13), -1):
        if left[index].lower() in _CLAUSE_OPENERS:
            break
        found = _word_tense(left, index)
        if found:
            return found
    after = _BOUNDARY.search(text, end, min(len(text), end + 80))
    stop = after.start() if after else min(len(text), end + 80)
    if left and not (left[0].lower() in _FRONTING and len(left) <= 6):
        # "shipments in July and August, traders said": the report is not the event (but
        # in "On Friday, the firm said" the expression opens the sentence, and it is)
        report = _REPORT_AFTER.search(text, end, stop)
        if report:
            stop = report.start()
    right = _WORD.findall(text, end, stop)
    for index in range(min(len(right), 6)):
        if right[index].lower() in _CLAUSE_OPENERS:
            break
        found = _word_tense(right, index)
        if found:
            return found
    return None

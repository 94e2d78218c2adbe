"""Organisations: the name an acronym stands for when no parentheses introduce it ("NAO",
"the National Audit Office") and the company of a story ("the company said").

These read the chains of a DocumentNames index (names.py), which uses them.
"""

from __future__ import annotations

import re
from collections import deque
from typing import TYPE_CHECKING

import regex

from pipeline.attribution.lexicon import LEXICON
from pipeline.attribution.tokens import word_pattern
from pipeline.attribution.words import is_org, split_title, strip_function_words

if TYPE_CHECKING:
    from pipeline.attribution.names import DocumentNames

#: Words that end a company's name; _CORPORATE and _SUFFIX_HINT must agree on them.
_SUFFIXES = (
    "Inc|Corp|Corporation|Co|Ltd|Plc|PLC|AG|SA|NV|Group|Holdings|Company|Cos|Bancorp|"
    "Bancorporation|Bancshares|Industries|Enterprises|Airlines|Airways"
)
_CORPORATE = regex.compile(rf"\b(?:{_SUFFIXES})\.?$")
# A suffix word where _CORPORATE can find it: any name it accepts holds one
_SUFFIX_HINT = regex.compile(rf"\b(?:{_SUFFIXES})(?![\p{{L}}\p{{N}}])")
_COMPANY_NOUN = "|".join(sorted(LEXICON.company_nouns, key=len, reverse=True))
_NAME_WORD = r"(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{N}'’-]*)"
_NAME_WORDS = rf"{_NAME_WORD}(?:[ \t]+(?:(?:&|of|and|de)[ \t]+)?{_NAME_WORD})*"
_COMPANY_INTRO = regex.compile(
    rf"""
      \b(?:{_COMPANY_NOUN}),?\s+(?P<after>{_NAME_WORDS})    # insurance broker Marsh & McLennan;
                                                        # the biggest firm, Cadbury Schweppes
    | (?<![\p{{L}}\p{{N}}])(?P<before>{_NAME_WORDS}),\s+        # Ford, the US car company,
      (?:one\s+of\s+)?(?:the|a|an)\s+(?:[\p{{L}}’'-]+\s+){{0,4}}?(?:{_COMPANY_NOUN})s?
      (?=\s*[,.;:)(])                                          # the noun ends the phrase
    """,
    regex.VERBOSE,
)
# What every match of _COMPANY_INTRO holds, looser and for the faster stdlib `re` (its \s
# takes in all that of `regex` does): a company noun before a capital, or a comma, an
# article and a company noun a few words on. Not one alternation, which `re` tries branch by
# branch at every character (17 MB/s): the comma branch skips in C to the next comma, and
# the noun branch is searched in the reversed text, from the capital after the noun (rare)
# rather than at every letter a noun may start with ("maker" is inside "policymaker").
_INTRO_NOUN_BACKWARDS = re.compile(
    r"[^\sa-z0-9]\s+,?(?:" + word_pattern(noun[::-1] for noun in LEXICON.company_nouns) + ")"
)
_INTRO_COMMA = re.compile(
    rf",\s+(?:one\s+of\s+)?(?:the|a|an)\s+(?:\S+\s+){{0,4}}?(?:{_COMPANY_NOUN})s?(?=\s*[,.;:)(])"
)


def _intro_hint(text: str) -> int | None:
    """Where the first possible match of _COMPANY_INTRO starts, or None.

    The first noun branch is the last backwards: those matches cannot overlap (none holds
    the capital another starts at), and each is the longest noun ending there ("carmaker",
    not "maker": the trie is greedy and nothing follows it), so it starts where the forward
    search would find it."""
    starts = []
    last = deque(_INTRO_NOUN_BACKWARDS.finditer(text[::-1]), maxlen=1)
    if last:
        starts.append(len(text) - last[0].end())
    comma = _INTRO_COMMA.search(text)
    if comma is not None:
        starts.append(comma.start())
    return min(starts) if starts else None


def initials_spell(letters: str, words: list[str], loose: bool = False) -> bool:
    """Do the initials of `words` spell the acronym `letters` (case aside)? Every word
    gives its initial; "of", "for", "and" may give theirs or none.

    `loose` also lets a word give its first two letters and one word after the first
    give none.

    >>> initials_spell("MoD", ["Ministry", "of", "Defence"])
    True
    >>> initials_spell("DfES", "Department for Education and Skills".split())
    True
    >>> initials_spell("IRNA", "Iranian National News Agency".split())
    False
    >>> initials_spell("IRNA", "Iranian National News Agency".split(), loose=True)
    True
    """
    target = letters.lower()
    lowered = [w.lower() for w in words]
    if len(lowered) > 3 * len(target) + 3:
        return False  # far more words than letters: no spelling
    if not target or not any(w[:1] == target[0] for w in lowered):
        return False  # no word gives the first letter (most names tried: a quick no)
    memo: dict[tuple[int, int, int], bool] = {}  # (a dict: functools.cache costs a wrapper)

    def fits(i: int, j: int, skips: int) -> bool:
        key = (i, j, skips)
        if key not in memo:
            memo[key] = _fits(i, j, skips)
        return memo[key]

    def _fits(i: int, j: int, skips: int) -> bool:
        if j == len(lowered):
            return i == len(target)
        word = lowered[j]
        optional = word in LEXICON.connectors or word == "&"
        if (optional or (loose and skips and j > 0)) and fits(i, j + 1, skips - (not optional)):
            return True
        if i < len(target) and word[0] == target[i] and fits(i + 1, j + 1, skips):
            return True
        return (
            loose
            and i + 1 < len(target)
            and word[:2] == target[i : i + 2]
            and fits(i + 2, j + 1, skips)
        )

    return fits(0, 0, 1 if loose else 0)


def spelled(names: DocumentNames, letters: str) -> str | None:
    """The first name whose initials spell `letters`; failing that, one that spells it
    loosely (a word giving two letters, one word left out: "IRNA", "Iranian National
    News Agency"), if it names an organisation."""
    if len(letters) < 2 or letters not in names.text:
        return None
    loose: str | None = None
    for m in names.chains():
        words = names.chain_words(m)
        if words is None or len(words) < 2:
            continue
        if split_title(words)[0]:
            continue  # a person's name
        if initials_spell(letters, words):
            return " ".join(words)
        if (
            loose is None
            and len(letters) >= 3
            and is_org(words)
            and initials_spell(letters, words, loose=True)
        ):
            loose = " ".join(words)
    return loose


def is_corporate(name: str) -> bool:
    """Does the name end in a corporate suffix ("Sony Corp.", "Dexo Holdings")?"""
    return _CORPORATE.search(name) is not None


def first_company(names: DocumentNames) -> list[tuple[int, str]]:
    """[(offset, name)] of the company of the story, or []: the first one named (news names
    its main company first; others come in as buyers, advisers or rivals). A company is
    a name with a corporate suffix ("Sony Corp."), or one the text calls a company
    ("insurance broker Marsh & McLennan", "Ford, the US car company,")."""
    text = names.text
    found = []
    suffix = _SUFFIX_HINT.search(text)
    # the first organisation with a corporate suffix: a chain that holds a suffix word, so
    # none before the first one (most texts have none: the chains are then not read at all)
    chains = names.chains_from_before(suffix.start()) if suffix is not None else ()
    for m in chains:
        name = names.org_name(m)
        if name is not None and _CORPORATE.search(name):
            owner = max(name.rfind("'s "), name.rfind("’s "))
            if owner >= 0 and _CORPORATE.search(name[:owner]):
                # "Texas Air Corp's Continental Airlines": the unit is the story's (but
                # "Hudson's Bay Co" is one name)
                found.append((m.start() + owner + 3, name[owner + 3 :]))
            else:
                found.append((m.start(), name))
            break
    hint = _intro_hint(text)
    # the first one called a company: it starts on the line of the first hint at the
    # earliest (a name never runs across a line break), so the slow scan starts there
    start = text.rfind("\n", 0, hint) + 1 if hint is not None else len(text)
    for m in _COMPANY_INTRO.finditer(text, start):
        key = "after" if m.group("after") else "before"
        words = strip_function_words(m.group(key).split())
        # a title makes a person, but not in a shop-style name: "drugmaker Dr Reddy's"
        if words and (not split_title(words)[0] or words[-1].endswith(("'s", "’s"))):
            found.append((m.start(key), " ".join(words)))
            break
    return sorted(found)[:1]


_COLLECTIVE = r"(?:group|number|panel|team|body|coalition|committee|alliance|association)"

#: A name that opens a story as the subject of a report: "Nike has reported", "The Halifax
#: said". Asked for only when the story says "the firm" or "the lender", so about a company.
_OPENING_SUBJECT = regex.compile(
    # (not the members of a collective noun: in "A group of MPs has", the group has; but
    # "the offices of Merrill Lynch has" names the story's company)
    rf"(?<![\p{{L}}\p{{N}}])(?<!\b{_COLLECTIVE}\s+of\s+)(?:The\s+)?(?P<name>{_NAME_WORDS})(?:,\s+\p{{Ll}}+,)?\s+"
    r"(?:has|have|had|said|says|reported|posted|announced|unveiled|warned|saw|made|plans|"
    r"agreed|expects|raised|cut)\b"
)


def opening_subject(names: DocumentNames) -> list[tuple[int, str]]:
    """The company of a story that names it with no suffix or company noun: the first
    name in its opening that reports something, if it is no person's."""
    m = _OPENING_SUBJECT.search(names.text, 0, _OPENING_REACH)
    if m is None:
        return []
    words = strip_function_words(m.group("name").split(), at_start=True)
    if not words or split_title(words)[0] or names.person_for_surname(words[-1]) is not None:
        return []
    if len(words) == 1 and _CORPORATE.search(words[0]):
        return []  # "Corp": a suffix whose name the match missed
    return [(m.start("name"), " ".join(words))]


_OPENING_REACH = 400

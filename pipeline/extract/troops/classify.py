"""Is a number a count of military personnel? And which noun does it count?

A number counts troops when (NEWS-DEV §2):

* a troop noun follows it, maybe after modifiers: "10,000 North Korean troops",
  "3,000 extra African Union (AU) troops", "50 of its soldiers";
* it is the size of a body of troops: "a force of 11,000", "an 11,000-strong
  contingent", "troops numbering 12,000", "troop levels of 130,000";
* its noun is elided but clearly troops: "the bloodiest month for US troops, with at
  least 135 losing their lives" (a bare number before a casualty word, a troop noun
  earlier in the sentence and no other people or verb between them).

"personnel", "officers" and a few others count only where the sentence is about the
military; "police forces", "40 fighter jets" and "five rebel groups" never do.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from pipeline.extract.troops.lexicon import HEDGES, LEXICON, NOUNS, alternation

_CAP_WORD = r"[\p{Lu}][\p{L}\p{N}.'’&-]*"

# After the number: modifiers, then the troop noun. Keep in step with _MODS_WORD in details.py.
_AFTER = regex.compile(
    rf"""
    (?P<strong>-strong\b)?
    (?P<mods>
      (?: \s+ (?: of\s+(?:the|its|their|these|those|his|her)\b            # 50 of its soldiers
                  (?:\s+\d[\d,.]*(?![\p{{L}}-]))?                 # 700 of its 2,400 soldiers
                | of\s+{_CAP_WORD}(?:\s+{_CAP_WORD})*['’]s                  # 50 of Russia's troops
                | \(\s*\p{{Lu}}{{2,6}}\s*\)                                 # (AU)
                | of\b                                                      # hundreds of marines
                | {_CAP_WORD}                                               # North Korean, U.S.
                | (?i:{alternation(LEXICON.modifiers)})(?![\p{{L}}-])       # extra, elite
                | (?P<other>[\p{{Ll}}][\p{{Ll}}-]+)                        # five fugitive soldiers
              )
      ){{0,6}}?
    )
    \s+(?P<noun>(?i:{NOUNS}))
    (?![\p{{L}}\p{{N}}-])
    """,
    regex.VERBOSE,
)
_FORCE_NOUNS = alternation(LEXICON.force_nouns)
_MEASURES = alternation(LEXICON.troop_measures)
_MODIFIERS = alternation(LEXICON.modifiers)
# Before the number: "a force of (about) 11,000", "troops numbering 12,000",
# "troop levels of 130,000". Each ends where the number starts.
_BEFORE = regex.compile(
    rf"""
    (?: (?P<lead>[\p{{L}}-]+)\s+ )?
    (?: (?P<force>(?i:{_FORCE_NOUNS}))\s+(?i:of|has|have|had|with|numbers|totals|comprises)
      | (?P<counted>(?i:{NOUNS}))\s+(?i:{alternation(LEXICON.count_verbs)})
      | (?P<measure>(?i:troops?\s+(?:{_MEASURES})))\s+(?:of|at|to|from|by|around)
      | (?i:toll)\s+(?:for|among|of)\s+                  # the death toll for US forces passed
        (?P<tollmods>(?:[\p{{L}}.'’-]+\s+){{0,3}}?)(?P<toll>(?i:{NOUNS}))\b
        (?:\s+[^.;:\d]{{0,40}}?)?\s+(?i:passed|reached|rose\s+to|hit|climbed\s+to|topped|stood\s+at|to)
    )
    \s+ (?:(?i:{HEDGES})\s+)* $
    """,
    regex.VERBOSE,
)
# The core of each branch of _BEFORE, which every match of it contains: searching a
# window for these alone costs a third of the full search (no optional word to try
# before each position), and in most windows finds nothing, so _BEFORE is not run.
_BEFORE_CORE = regex.compile(
    rf"""
      (?i:{_FORCE_NOUNS})\s+(?i:of|has|have|had|with|numbers|totals|comprises)
    | (?i:{NOUNS})\s+(?i:{alternation(LEXICON.count_verbs)})
    | (?i:troops?\s+(?:{_MEASURES}))\s+(?:of|at|to|from|by|around)
    | (?i:toll)\s+(?:for|among|of)\s
    """,
    regex.VERBOSE,
)
# "-strong", then modifiers, then what is that strong: "an 11,000-strong contingent"
# (or " strong": "the 1.6-mln strong regular army", "a 300,000 strong army")
_STRONG_START = regex.compile(r"[- ]strong\b")
_STRONG = regex.compile(
    rf"""[- ]strong
    (?:\s+(?:{_CAP_WORD}|\(\s*\p{{Lu}}{{2,6}}\s*\)|(?i:{_MODIFIERS})(?![\p{{L}}-]))){{0,4}}?
    \s+(?P<noun>(?i:{_FORCE_NOUNS}|{NOUNS}))(?![\p{{L}}-])""",
    regex.VERBOSE,
)
# "850-troop deployment", "300-soldier contingent", "a 300-man force" (men only before a force)
_COMPOUND = regex.compile(
    rf"-(?P<noun>(?i:troop|soldier|marine)|(?i:man|member)(?=\s+(?i:{_FORCE_NOUNS})\b))\b"
)
# A bare number that is the subject of a casualty: "135 losing their lives", "300 killed".
_CASUALTY = regex.compile(
    r"""\s+(?:others?\s+)?(?:(?:were|have\s+been|had\s+been|are|was)\s+)?  # "two others were"
    (?:killed|dead|died|wounded|injured|hurt|missing|captured|losing|lost|falling|fell|perished|slain)\b
    | \s+(?:of|among)\s+(?:them|whom)\b""",
    regex.VERBOSE,
)
_NEXT_NOUN = regex.compile(rf"\s+(?P<noun>(?i:{NOUNS}))(?![\p{{L}}\p{{N}}-])")
_NOUN_ANYWHERE = regex.compile(rf"(?<![\p{{L}}-])(?i:{NOUNS})(?![\p{{L}}\p{{N}}-])")
# troop nouns proper, for "leaving 220 men killed" (and not "men" itself, which
# _NOUN_ANYWHERE's elided counts must not lean on either: see _elided)
_TROOP_NOUN = regex.compile(
    rf"(?<![\p{{L}}-])(?i:{alternation(LEXICON.nouns)})(?![\p{{L}}\p{{N}}-])"
)
_WORD = regex.compile(r"[\p{L}][\p{L}'’-]*")
_CONTEXT = regex.compile(
    rf"(?<![\p{{L}}-])(?i:{alternation(LEXICON.military_context | LEXICON.nouns)})(?![\p{{L}}-])"
)
# Verbs between a troop noun and a bare number make the number someone else's
# ("troops opened fire, killing 12"): words in -ed/-ing that are not casualty words.
_VERBISH = regex.compile(r"\b(?!including\b|during\b|according\b)[\p{L}]+(?:ed|ing)\b")
_ELIDED_REACH = 160
_OF = regex.compile(r"\bof\b")
_DIGIT_NOT_PARTITIVE = regex.compile(
    r"(?<![\d,.])(?<!\bof\s+(?:the|its|their|these|those|his|her)\s+)\d"
)
_NUMBER = regex.compile(r"\d[\d,.]*")


@dataclass(frozen=True, slots=True)
class Count:
    """Why a number counts troops: the noun as written and where it is."""

    unit: str
    noun_start: int
    noun_end: int
    #: where the modifiers between number and noun are (for the actor), if any
    mods_start: int
    mods_end: int
    #: noun, partitive, force, strong, counted, measure or elided
    how: str


_CONTEXT_AIR = regex.compile(
    rf"(?<![\p{{L}}-])(?i:{alternation(LEXICON.aircraft_context)})(?![\p{{L}}-])"
)
_FUNCTION_WORDS = frozenset(
    "the a an and or but of in on at to for from by with as is are was were be been has have had "
    "who which that these those their its his her our some all both many more most other than "
    "about over under into after before during while when one two three four five six seven eight "
    "nine ten dozen hundred thousand million".split()
)


def _not_a_modifier(word: str) -> bool:
    """A lower-case word that cannot stand between a number and its troop noun."""
    low = word.lower()
    return (
        low in _FUNCTION_WORDS
        or low in LEXICON.people_nouns
        or low in LEXICON.not_military
        or low.endswith(("ing", "ly"))
        or (_is_event_word(low) and low not in LEXICON.modifiers)  # "12 killed soldiers"
    )


#: "men" counts troops only as a force's losses in a fight told in its sentence or the one
#: just before: "Iraq lost 3,000 men killed or wounded", "troops fled, leaving 220 men
#: killed" (but "two men were killed when soldiers opened fire" are people).
_BEFORE_SENTENCE = 300
_WITH_WOMEN = regex.compile(r"\b(?:women|children|civilians)\b", regex.IGNORECASE)
_KILLED_BEFORE = regex.compile(r"\b(?:killed|killing|wounded|wounding|injured|injuring)\s+$")
_LOST_BEFORE = regex.compile(r"\b(?:lost|losing|lose|loses)\s+(?:\S+\s+){0,3}$")
_LEAVING_BEFORE = regex.compile(r"\bleaving\s+(?:\S+\s+){0,2}$")


def _fallen_men(text: str, start: int, noun_end: int, s_start: int, s_end: int) -> bool:
    """Are "N men" a force's losses: lost by it, or left behind killed by its troops?"""
    if _WITH_WOMEN.search(text, s_start, s_end):
        return False  # "12 men, women and children": people
    before = max(s_start, start - 40)
    lost = _LOST_BEFORE.search(text, before, start) is not None
    left = (
        _LEAVING_BEFORE.search(text, before, start) is not None
        and _CASUALTY.match(text, noun_end) is not None
        and _TROOP_NOUN.search(text, s_start, start) is not None
    )
    return (lost or left) and _military(text, max(0, s_start - _BEFORE_SENTENCE), s_end)


def _military(text: str, start: int, end: int) -> bool:
    return _CONTEXT.search(text, start, end) is not None


def _word_before(text: str, at: int) -> str:
    words = _WORD.findall(text, max(0, at - 30), at)
    return words[-1].lower() if words else ""


def _word_after(text: str, at: int) -> str:
    m = _WORD.match(text, at + len(text[at:]) - len(text[at:].lstrip()))
    return m.group().lower() if m else ""


def classify(text: str, start: int, end: int, s_start: int, s_end: int) -> Count | None:
    """The troop noun that the number at text[start:end] counts, or None.

    `s_start` and `s_end` bound its sentence.
    """
    return (
        _noun_after(text, start, end, s_start, s_end)
        or _pattern_before(text, start, end, s_start)
        or _elided(text, start, end, s_start)
    )


def _noun_after(text: str, start: int, end: int, s_start: int, s_end: int) -> Count | None:
    compound = _COMPOUND.match(text, end)
    if compound:  # "an 850-troop deployment", "a 300-man force"
        noun = compound["noun"]
        return Count(noun, compound.start("noun"), compound.end("noun"), end, end, "compound")
    if _STRONG_START.match(text, end):
        m = _STRONG.match(text, end, s_end)
        if m is None:
            return None
        return Count(m["noun"], m.start("noun"), m.end("noun"), end, m.start("noun"), "strong")
    m = _AFTER.match(text, end, s_end)
    if m is None:
        return None
    noun, noun_start, noun_end = m["noun"], m.start("noun"), m.end("noun")
    further = _NEXT_NOUN.match(text, noun_end, s_end)
    if further:  # "32 Taliban fighters": the last noun is counted, the first says whose
        noun, noun_start, noun_end = further["noun"], further.start("noun"), further.end("noun")
    low = " ".join(noun.lower().split())
    before = _word_before(text, noun_start)
    if before in LEXICON.not_military or _word_after(text, noun_end) in LEXICON.compound_heads:
        return None  # police forces; 40 fighter jets; five rebel groups
    if low == "men":
        if not _fallen_men(text, start, noun_end, s_start, s_end):
            return None  # "the two men", "four men accused of fraud": people
    elif low in LEXICON.context_nouns and not _military(text, s_start, s_end):
        return None  # 1,200 medical personnel; 80 personnel at the plant
    elif low in LEXICON.casualty_nouns:
        killed = _KILLED_BEFORE.search(text, max(s_start, start - 30), start) is not None
        if not (killed or _CASUALTY.match(text, noun_end)) or not _military(text, s_start, s_end):
            return None  # "40,000 seamen went on strike": a crew counts only as casualties
    if _DIGIT_NOT_PARTITIVE.search(m["mods"]):
        return None
    others = m.captures("other")
    if len(others) > 2 or any(_not_a_modifier(w) for w in others):
        return None  # "12 civilians and soldiers", "5 were killed and soldiers"
    if others and _OF.search(m["mods"], m.starts("other")[0] - m.start("mods")):
        return None  # "100,000 families of military personnel": the count is of families
    if any(w.lower() in LEXICON.people_nouns for w in _WORD.findall(m["mods"])):
        return None  # "22 Iraqis and one U.S. soldier": the 22 are Iraqis
    if low in ("fighter", "fighters") and _CONTEXT_AIR.search(text, s_start, s_end):
        return None  # 72 Tornado fighters; 20 fighters ordered by Cairo
    how = "partitive" if m["mods"].lstrip().lower().startswith("of") else "noun"
    return Count(noun, noun_start, noun_end, m.start("mods"), noun_start, how)


def _pattern_before(text: str, start: int, end: int, s_start: int) -> Count | None:
    window = max(s_start, start - 80)
    if _BEFORE_CORE.search(text, window, start) is None:
        return None
    m = _BEFORE.search(text, window, start)
    if m is None:
        return None
    if m["force"]:
        lead = (m["lead"] or "").lower()
        following = _word_after(text, end)
        plural_noun = following.endswith("s") and following not in ("was", "is", "has", "as", "its")
        not_troops = following in LEXICON.people_nouns and following != "men"
        if lead in LEXICON.not_military or not_troops:
            return None  # a labour force of 500; a division of 300 employees
        noun = _NEXT_NOUN.match(text, end) if following in LEXICON.context_nouns else None
        if noun is not None:  # "a Libyan force of some 3,000 men": the men are counted
            return Count(noun["noun"], m.start("force"), m.end("force"), end, end, "force")
        if plural_noun:
            return None
        return Count(m["force"], m.start("force"), m.end("force"), end, end, "force")
    if m["counted"]:
        return Count(m["counted"], m.start("counted"), m.end("counted"), end, end, "counted")
    if m["toll"]:  # "the death toll for US forces passed 1,000"
        mods = m.start("tollmods"), m.end("tollmods")
        return Count(m["toll"], m.start("toll"), m.end("toll"), *mods, "toll")
    return Count("troops", m.start("measure"), m.end("measure"), end, end, "measure")


def _elided(text: str, start: int, end: int, s_start: int) -> Count | None:
    if _CASUALTY.match(text, end) is None:
        return None
    nouns = [
        n
        for n in _NOUN_ANYWHERE.finditer(text, max(s_start, start - _ELIDED_REACH), start)
        if n.group().lower() != "men"  # "the men were in the army, and 12 were wounded"
    ]
    if not nouns:
        return None
    noun = nouns[-1]
    between = text[noun.end() : start]
    if any(ch in between for ch in ";:"):
        return None
    for number in _NUMBER.finditer(between):  # only other casualty counts may come between
        if _CASUALTY.match(between, number.end()) is None:
            return None
    words = {w.lower() for w in _WORD.findall(between)}
    if words & LEXICON.people_nouns:
        return None
    for verb in _VERBISH.findall(between):
        if verb.lower() not in LEXICON.casualty_words and not _is_event(verb):
            return None  # "troops opened fire, killing 12": the 12 are not theirs
    return Count(noun.group(), noun.start(), noun.end(), noun.start(), noun.start(), "elided")


def _is_event(word: str) -> bool:
    return _is_event_word(word.lower())


def _is_event_word(low: str) -> bool:
    return any(low in words for words in LEXICON.events.values())

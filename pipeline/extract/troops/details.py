"""Whose troops, what happened to them, and where: the actor, event and location columns.

* actor: the capitalised or group modifiers before the noun ("North Korean", "US-led
  coalition"); else a possessor before the number ("Pyongyang's", "its" -> the name the
  clause is about); else the subject of a deployment verb ("Pyongyang sent ...");
  else "soldiers of Iraq's new army" -> "Iraq's", "troops of Chad" -> "Chad".
* event: the nearest event word, preferring one right after the noun ("were killed",
  ", dead") over one before the number ("killing the nine", "the deployment of").
* location: a preposition and a place name after the count ("to Russia", "in Kursk",
  "from southern Iraq"), else the last one before it in the sentence.
"""

from __future__ import annotations

import regex

from pipeline.extract.quantities.lexicon import lexicon as _quantity_words
from pipeline.extract.troops.classify import Count
from pipeline.extract.troops.lexicon import HEDGES, LEXICON, NOUNS, alternation

# A capitalised word; a full stop inside only (U.S.), never one that ends the sentence.
_CAP = r"[\p{Lu}](?:[\p{L}\p{N}'’&-]|\.(?=[\p{L}\p{N}]))*\.?(?<=(?:\p{Lu}\.\p{Lu}\.|[^.]))"
_CHAIN = rf"{_CAP}(?:\s+(?:of\s+|and\s+)?{_CAP})*"
# Tokens of the modifiers between number and noun. Keep in step with _AFTER in classify.py.
_MODS_WORD = regex.compile(r"\(\s*\p{Lu}{2,6}\s*\)|[\p{L}\p{N}][\p{L}\p{N}.'’&-]*")
_POSSESSOR = regex.compile(
    rf"(?P<who>(?:{_CAP}\s+){{0,3}}{_CAP}['’]s|\b[Ii]ts|\b[Tt]heir)\s+(?:(?i:{HEDGES})\s+)*$"
)
_SUBJECT = regex.compile(
    rf"""(?P<who>{_CHAIN}|(?<=\b[Tt]he\s)(?i:{alternation(LEXICON.group_words)}))\s+
    (?:(?:has|have|had|is|are|was|were|will|would|also|already|now|plans\s+to|agreed\s+to|is\s+to|to|
          wants\s+to|intends\s+to|could|may|might|must|should|can)\s+)*
    (?i:{alternation(LEXICON.owner_verbs)})\s+
    (?:[\p{{L}}\p{{N}},.-]+\s+){{0,3}}?(?:and\s+)?         # "sent 200 medics and 700 soldiers"
    (?:(?i:{HEDGES}|a|an|the|its|their)\s+)*$""",
    regex.VERBOSE,
)
_OF_ARMY = regex.compile(
    rf"\s+of\s+(?:the\s+)?(?P<who>{_CHAIN}['’]s)\s+(?:(?:new|national|regular|own)\s+)?"
    r"(?:army|armed\s+forces|forces|military|navy|militia)\b"
)
# "2,000 troops of Chad", "the army of the Sudan": the name after "of" is whose
_OF_NAME = regex.compile(rf"\s+of\s+(?:the\s+)?(?P<who>{_CHAIN})(?![\p{{L}}'’])")
_TROOP_AFTER = regex.compile(rf"\s+(?:[\p{{L}}-]+\s+){{0,2}}?(?i:{NOUNS})\b")
_FUNCTION = frozenset("the a an but and in on at for with from as while when if".split())
_EVENT_TO = {" ".join(w.split()): event for event, words in LEXICON.events.items() for w in words}
_EVENT = regex.compile(rf"(?<![\p{{L}}-])(?i:{alternation(_EVENT_TO)})(?![\p{{L}}-])")
_LEFT_FOR = regex.compile(rf"\s+left\s+(?:{_CAP}\s+)?(?:on\s+\w+\s+)?for\b")
_WHEN = alternation(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split()
)
_NOT_PLACES = alternation(LEXICON.not_places)
_PLACE_NOUNS = alternation(LEXICON.place_nouns)
_LOCATION = regex.compile(
    rf"""(?<![\p{{L}}-])(?P<prep>(?i:{alternation(LEXICON.location_prepositions)}))\s+
    (?P<place>
      (?:(?i:{alternation(LEXICON.compass)})\s+){{0,2}}
      (?: (?!(?i:{_WHEN}|{_NOT_PLACES})\b){_CHAIN}          # in Kursk, from southern Iraq
          (?:\s+(?:{_PLACE_NOUNS})\b)?                        # near the Malian border
        | (?<=\bthe\s)(?:[\p{{Ll}}-]+\s+)?(?:{_PLACE_NOUNS})\b  # on the border
          (?:\s+of\s+(?:the\s+)?{_CHAIN})?                            # the port of Tartus
      ))""",
    regex.VERBOSE,
)
# What may stand between a count and its predicate: "troops (have all since been) killed"
_PREDICATE = regex.compile(
    r"[\s,]*(?:(?:were|was|are|is|have|has|had|been|being|reportedly|also|all|later|since|"
    r"already|now|who|which|that|had\s+been)\s+)*"
)
_CLAUSE_END = regex.compile(r"[;:]|\s[-—–]\s")
_REACH = 70
_BEFORE_REACH = 50
# After the noun these make the troops the doers, not the dead: "a force to capture the base"
_AGENT_FORMS = frozenset(
    "kill kills killing capture capturing wound wounding injuring injure die seize".split()
)
_VERBISH = regex.compile(r"\b(?!including\b|during\b)[\p{L}]+(?:ed|ing)\b")


def _other_verb(between: str) -> bool:
    """Does a verb other than an event word stand between an event word and the count?"""
    return any(_EVENT_TO.get(v.lower()) is None for v in _VERBISH.findall(between))


def actor(text: str, start: int, end: int, count: Count, s_start: int) -> str:
    """Whose troops: as written ("North Korean", "Pyongyang's", "Italy" for "its")."""
    if count.mods_end > count.mods_start:
        found = _actor_in(text[count.mods_start : count.mods_end])
        if found:
            return (
                found
                if found.lower() not in ("its", "their")
                else _named_before(text, s_start, start, end)
            )
    if count.how in ("elided", "force"):  # "for US troops, ... 135 losing"; "a Libyan force of"
        before = _CHAIN_BEFORE.search(text, max(s_start, count.noun_start - 60), count.noun_start)
        if before:
            # not another count's number: "Three (Iranian) soldiers died and two others"
            words = before.group().split()
            while words and words[0].lower() in _NUMBER_WORDS:
                words.pop(0)
            if words:
                return _clean(" ".join(words))
    of_army = _OF_ARMY.match(text, count.noun_end) or _OF_NAME.match(text, count.noun_end)
    if of_army:
        return _clean(of_army["who"])
    owner = _POSSESSOR.search(text, max(s_start, start - 60), start)
    if owner:
        who = owner["who"]
        return (
            _named_before(text, s_start, owner.start(), end)
            if who.lower() in ("its", "their")
            else _clean(who)
        )
    anchor = min(start, count.noun_start) if count.how in ("force", "measure", "toll") else start
    subject = _SUBJECT.search(text, max(s_start, anchor - 120), anchor)
    if subject:
        return _clean(subject["who"])
    return ""


_CHAIN_BEFORE = regex.compile(
    rf"(?:{_CAP}|(?i:{alternation(LEXICON.group_words)}))(?:\s+(?:{_CAP}|(?i:{alternation(LEXICON.group_words)})))*\s+$"
)
_NAME = regex.compile(_CHAIN)
_NUMBER_WORDS = frozenset(
    [*_quantity_words().units, *_quantity_words().tens, *_quantity_words().scales]
)


def _clean(words: str) -> str:
    """Drop a leading article and parenthesised acronyms, normalise white space."""
    words = regex.sub(r"\(\s*\p{Lu}{2,6}\s*\)", " ", words)
    parts = words.split()
    while parts and parts[0].lower() in _FUNCTION:
        parts = parts[1:]
    return " ".join(parts)


def _actor_in(mods: str) -> str:
    """The capitalised and group words among the modifiers, as written."""
    tokens = list(_MODS_WORD.finditer(mods))
    kept = [
        t
        for t in tokens
        if (
            not t.group().startswith("(")
            and (t.group()[0].isupper() or t.group().lower() in LEXICON.group_words)
        )
        or t.group().lower() in ("its", "their")
    ]
    if not kept:
        return ""
    return _clean(mods[kept[0].start() : kept[-1].end()])


def _named_before(text: str, s_start: int, at: int, after: int) -> str:
    """The last name before `at` in the sentence: what "its" refers to ("Italy ... its");
    failing that, the first one after it ("killed 40 of its soldiers, Addis Ababa said")."""
    names = [
        m
        for m in _NAME.finditer(text, s_start, at)
        if m.group().split()[0].lower() not in _FUNCTION
    ]
    if names:
        return _clean(names[-1].group())
    end = text.find(".", after)
    later = [m for m in _NAME.finditer(text, after, end if end >= 0 else len(text))]
    return _clean(later[0].group()) if later else ""


_CAPTIVES = frozenset({"prisoners of war", "pows"})


def event(text: str, start: int, end: int, count: Count, s_start: int, s_end: int) -> str:
    """What happened to the troops: one of records.TROOP_EVENTS, or ""."""
    if text[count.noun_start : count.noun_end].lower() in _CAPTIVES:
        return "captured"  # "208 prisoners of war": the noun says what happened
    after_from = count.noun_end if count.how in ("noun", "partitive", "strong", "compound") else end
    before_to = min(start, count.noun_start)
    after_end = min(s_end, after_from + _REACH)
    stop = _CLAUSE_END.search(text, after_from, after_end)
    after_end = stop.start() if stop else after_end
    if _LEFT_FOR.match(text, after_from, after_end):
        return "deployed"
    after = next(
        (
            m
            for m in _EVENT.finditer(text, after_from, after_end)
            if (_normal(m) not in LEXICON.event_before_only or count.how == "compound")
            and _normal(m) not in _AGENT_FORMS
        ),
        None,
    )
    before_from = max(s_start, before_to - _BEFORE_REACH)
    stop_before = list(_CLAUSE_END.finditer(text, before_from, before_to))
    before_from = stop_before[-1].end() if stop_before else before_from
    before = [
        m
        for m in _EVENT.finditer(text, before_from, before_to)
        if _normal(m) not in LEXICON.event_after_only
        and not _other_verb(text[m.end() : before_to])  # "killed 1,269 in routing a force"
    ]
    if after is not None and _PREDICATE.fullmatch(text, after_from, after.start()):
        return _EVENT_TO[_normal(after)]  # "soldiers were killed", "soldiers, dead"
    if before:
        return _EVENT_TO[_normal(before[-1])]
    return _EVENT_TO[_normal(after)] if after is not None else ""


def _prep(m: regex.Match[str]) -> str:
    return " ".join(m["prep"].lower().split())


def _normal(m: regex.Match[str]) -> str:
    return " ".join(m.group().lower().split())


def location(
    text: str, start: int, end: int, count: Count, s_start: int, s_end: int, happened: str
) -> str:
    """Where, as written with its preposition: "to Russia", "in Kursk", "from southern Iraq"."""
    after_from = max(end, count.noun_end)
    after_end = min(s_end, after_from + 90)
    stop = _CLAUSE_END.search(text, after_from, after_end)
    found = [
        m
        for m in _LOCATION.finditer(text, after_from, stop.start() if stop else after_end)
        if not _TROOP_AFTER.match(text, m.end())
    ]
    if found:
        wanted = {
            "withdrawn": ("from", "out of"),
            "deployed": ("to", "into", "for", "in", "inside"),
        }
        best = next((m for m in found if _prep(m) in wanted.get(happened, ())), found[0])
        return " ".join(best.group().split())
    before_end = start if count.how in ("elided", "toll") else min(start, count.noun_start)
    before = [
        m
        for m in _LOCATION.finditer(text, s_start, before_end)
        if not _TROOP_AFTER.match(text, m.end())  # "for US troops": whose, not where
    ]
    return " ".join(before[-1].group().split()) if before else ""

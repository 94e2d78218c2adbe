"""From a source phrase as written to the canonical speaker (NEWS-DEV §6).

* names: trailing capitalised chain, titles dropped, acronyms expanded ("MAC" ->
  "Mainland Affairs Council", "MoD" -> "Ministry of Defence"), surnames completed
  ("Ramaphosa" -> "Cyril Ramaphosa"), outlets without "newspaper" or "news agency";
* source nouns: as written minus determiners ("private bankers", "US command", "traders
  in London"), except a bare organisation noun ("the board" -> "Treasury Board"), a role
  ("the governor" -> "Sunil Mendis") that the document names in full, a company ("the
  company", "the world's biggest insurer", "the Swedish firm" -> the company of the
  story), a news agency ("the agency" -> "Iranian news agency IRNA"), a newspaper ("the
  paper" -> the one named before) and a party ("says the party" -> the story's party);
* report nouns: their owner ("The MAC's survey" -> "Mainland Affairs Council"), else the
  speaker an earlier one was given ("the statement"), else the noun as written ("study");
* pronouns: "he"/"she" -> the person named last; "it"/"they" -> the previous speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from pipeline.attribution.lexicon import LEXICON
from pipeline.attribution.names import DocumentNames
from pipeline.attribution.orgs import is_corporate
from pipeline.attribution.phrases import Phrase, head_kind
from pipeline.attribution.subjects import sentence_subject, subject_before
from pipeline.attribution.tokens import Token
from pipeline.attribution.words import is_org, split_title, strip_function_words


@dataclass
class Memory:
    """What earlier sentences of the document said: for pronouns."""

    last_speaker: str = ""
    #: the last speakers that "it" may stand for (not "analysts"), each with whether it is
    #: a person's name (True, False, or the surname that decides it)
    things: list[tuple[str, bool | str]] = field(default_factory=list)
    last_person: str = ""
    last_person_at: int = -1
    #: names seen since the last person, each a person if its surname is a person's: that
    #: is looked up only when a "he" or "she" needs it
    maybe_persons: list[tuple[str, int, str]] = field(default_factory=list)
    #: report noun -> the speaker it was given last ("statement" -> "Chadian government
    #: statement"), for a later "the statement"
    reports: dict[str, str] = field(default_factory=dict)
    #: source noun -> the fullest speaker given with it ("sources" -> "military sources"),
    #: for a later bare "the sources"
    sources: dict[str, str] = field(default_factory=dict)


def is_plural(tokens: Sequence[Token], phrase: Phrase) -> bool:
    """Is the phrase a plural unnamed source ("analysts", "Officials"), which "it" is not?"""
    last = tokens[phrase.end - 1]
    plural = last.lower.endswith("s") and (not last.is_cap or last.lower in LEXICON.source_nouns)
    return phrase.kind == "source" and plural


def _last_thing(memory: Memory) -> str:
    """The speaker "it" stands for: the last one neither plural nor surely a person (a name
    of several words counts as none: the person index takes "Hawkeye Bancorp said" for
    one)."""
    for speaker, person in reversed(memory.things):
        if person is not True:
            return speaker
    return ""


def _last_company(memory: Memory, names: DocumentNames) -> str:
    """The speaker "the firm" may stand for when the document names no company for it: the
    last named one that is no person (not "analysts", not "chairman Hans Jucker")."""
    for speaker, person in reversed(memory.things):
        if person is True or not speaker[:1].isupper():
            continue
        if isinstance(person, str) and names.surely_person(speaker):
            continue
        return speaker
    return ""


def settle(memory: Memory, names: DocumentNames) -> None:
    """Make `memory.last_person` the last person named, deciding the names left open."""
    for name, at, surname in reversed(memory.maybe_persons):
        if names.person_for_surname(surname) is not None:
            memory.last_person, memory.last_person_at = name, at
            break
    memory.maybe_persons.clear()


def _written(text: str, tokens: Sequence[Token], start: int, end: int) -> str:
    """tokens[start:end] as written, white space normalised."""
    return " ".join(text[tokens[start].start : tokens[end - 1].end].split())


def _name(
    text: str, tokens: Sequence[Token], start: int, end: int, names: DocumentNames
) -> tuple[str, bool | str]:
    """(canonical name, whether it is a person's) for the capitalised chain ending the phrase;
    for a name of several words, instead of whether, the surname that decides it."""
    first = end - 1
    while first - 1 >= start and (
        tokens[first - 1].is_cap
        or tokens[first - 1].lower in LEXICON.connectors
        or tokens[first - 1].text in "()<>"
        or _and_the(tokens, first - 1)
    ):
        first -= 1  # "Industrial Equity (Pacific) Ltd", "Latin America and the Caribbean"
    while first < end and not tokens[first].is_cap:
        first += 1
    first = _past_owner(text, tokens, first, end)
    raw = _written(text, tokens, first, end)
    if "<" in raw:  # "Banque Paribas and <Credit Lyonnais>": wire copy's marks are no part
        raw = " ".join(raw.replace("<", " ").replace(">", " ").split())
    if raw.endswith(("'s", "’s")):
        raw = raw[:-2]
    at_start = first == 0 or not (tokens[first - 1].is_word or tokens[first - 1].in_figure)
    words = strip_function_words(raw.split(), at_start)
    while len(words) > 2 and words[-1].lower() in LEXICON.post_nominals:
        words = words[:-1]  # "Tom McCabe MSP": letters after a name are no part of it
    agency = names.agency(" ".join(words))
    if agency is not None:
        return agency, False  # "The Iraqi news agency INA said ... INA said"
    if len(words) == 1 and _acronym_like(words[0]):
        expanded = names.acronym(words[0])
        if expanded is not None:
            return expanded, False
    words = _person_of_org(words)  # "Bill Bolster of Munger Oil Information Services"
    title, rest = split_title(words)
    if title:
        if len(rest) == 1:
            return names.person_for_surname(rest[0]) or rest[0], True
        return " ".join(rest), True
    if is_org(words):  # ("Mercantile Bancorp" after "Mercantile Bancorp Inc": the fullest)
        return names.fuller_company(" ".join(words)) or " ".join(words), False
    if len(words) == 1:
        if words[0].lower().rstrip(".") in LEXICON.titles:
            role = names.person_with_role(words[0].lower(), tokens[start].start)
            return role or words[0], role is not None
        company = names.company_before(tokens[start].start)
        if company == words[0]:
            return company, False  # "Ford, the US car company, ... Ford reported": no Bill Ford
        # (two companies joined, "Kelm Oil Ltd and Kelm Shipping Ltd", are neither's name;
        # "Dun and Bradstreet Corp" is one)
        joined = (
            is_corporate(company.split(" and ")[0]) if company and " and " in company else False
        )
        if company is not None and company.split()[0] == words[0] and not joined:
            return company, False  # "the firm, Cadbury Schweppes, ... Cadbury said"
        full = names.person_for_surname(words[0])
        if full is None:  # "Chronar said" after "Chronar Corp": the fullest name
            return names.fuller_company(words[0]) or words[0], False
        return full, True
    company = names.fuller_company(" ".join(words))
    if company is not None:
        return company, False
    return " ".join(words), words[-1]


def _and_the(tokens: Sequence[Token], k: int) -> bool:
    """Is token k the "the" of an "and the" inside a name (see chains.py)?"""
    return (
        k >= 2
        and tokens[k].text == "the"
        and tokens[k - 1].lower == "and"
        and tokens[k - 2].lower not in LEXICON.org_words
    )


def _past_owner(text: str, tokens: Sequence[Token], first: int, end: int) -> int:
    """Where the name in tokens[first:end] starts past an owner written before it: "the Mail
    on Sunday's Financial Mail", "the United Nations' Economic Commission", "West Germany's
    Deutsche Bank". The owner is a name of several words, or of one the text also writes
    without the possessive; "Moody's Investors Service" and "Standard and Poor's Corp" (no
    name after the possessive, a suffix alone) keep theirs."""
    for k in range(end - 2, first - 1, -1):
        if not tokens[k].is_possessive or not tokens[k].is_cap:
            continue
        rest = [t.lower for t in tokens[k + 1 : end] if t.is_word]
        if len(rest) < 2 or all(w in _SUFFIXES for w in rest):
            return first
        if k > first or _written_bare(text, tokens[k]):
            return k + 1
        return first
    return first


#: Company suffixes: after an owner's possessive they make no name of their own.
_SUFFIXES = frozenset("inc corp co cos ltd plc ag sa nv bv ab spa llc lp group".split())


def _written_bare(text: str, token: Token) -> bool:
    """Does the text write the word of a possessive token elsewhere without it ("Britain"
    for "Britain's")?"""
    word = token.text[:-2] if token.text.endswith(("'s", "’s")) else token.text.rstrip("'’")
    at = text.find(word)
    while at >= 0:
        after = text[at + len(word) : at + len(word) + 1]
        bare = not after.isalnum() and after not in ("'", "’")
        if at != token.start and bare and (at == 0 or not text[at - 1].isalnum()):
            return True
        at = text.find(word, at + 1)
    return False


def _person_of_org(words: list[str]) -> list[str]:
    """ "Bill Bolster of Munger Oil Information Services": the person, whose organisation
    follows "of"; but "Bank of England", "University of Leeds" are one name."""
    if "of" not in words:
        return words
    k = words.index("of")
    person, org = words[:k], words[k + 1 :]
    if not 2 <= len(person) <= 3 or is_org(person) or not org or not org[-1][:1].isupper():
        return words
    if any(w.lower().rstrip(".") in LEXICON.titles for w in person):
        return words  # "Governor of the Bank of England": a title, not a name
    return person


_PUBLISHING = frozenset("released published issued unveiled produced presented".split())


def _publisher(tokens: Sequence[Token], phrase: Phrase) -> Phrase | None:
    """Who put out a report with no owner: the subject of "released", "published" right
    before it ("the bank released figures showing"), if it names a source."""
    k = phrase.start - 1
    if k >= 1 and tokens[k].lower in LEXICON.determiners:
        k -= 1
    if k < 1 or tokens[k].lower not in _PUBLISHING:
        return None
    agent = subject_before(tokens, k)
    return agent if agent is not None and agent.kind in ("name", "source") else None


def _place(tokens: Sequence[Token], phrase: Phrase) -> int:
    """End of "traders in London", "analysts at Nomura": unnamed sources keep the place or
    firm written after them (NEWS-DEV: as given); 0 if there is none."""
    if phrase.kind != "source" or not phrase.attachments:
        return 0
    head = tokens[phrase.end - 1].lower
    if head in LEXICON.titles or head in LEXICON.org_words:
        return 0
    preposition, a, b = phrase.attachments[0]
    if preposition not in ("in", "at") or a > phrase.end + 2:
        return 0
    # "analysts at Nomura", "a source at the Cap Haitien church radio": a name in the place
    if not any(t.is_cap and t.is_word for t in tokens[a:b]):
        return 0
    return b


def _definite_company(tokens: Sequence[Token], start: int, end: int) -> bool:
    """ "the company", "the insurer", "the world's biggest insurer": a company the reader
    knows, not "a British firm" or "Acme's parent company"."""
    if end - start == 1:
        return tokens[start].lower not in LEXICON.source_nouns or tokens[start].lower in (
            "company",
            "firm",
            "group",
            "corporation",
        )
    if end - start > 4 or start == 0 or tokens[start - 1].lower != "the":
        return False
    inner = tokens[start : end - 1]
    # "the world's biggest insurer", "the UK's biggest mortgage lender": a place's owner
    # before a superlative (but "Taiwan's central bank" is no company)
    superlative = len(inner) > 1 and inner[1].lower.endswith(("est", "leading", "top"))
    return all(
        not t.is_cap
        or t.lower == "world"
        or t.lower in LEXICON.nationality_adjectives  # "the Swedish firm"
        or (t.is_possessive and k == 0 and superlative)
        for k, t in enumerate(inner)
    )


def _acronym_like(word: str) -> bool:
    """ "NAO", "MoD", "DfES": capitals, with single lower-case letters between them."""
    if len(word) < 2 or not word[0].isupper() or sum(c.isupper() for c in word) < 2:
        return False
    return all(not (a.islower() and b.islower()) for a, b in pairwise(word))


def _source(
    text: str,
    tokens: Sequence[Token],
    start: int,
    end: int,
    names: DocumentNames,
    memory: Memory | None = None,
) -> str:
    """The canonical speaker of a source noun phrase; `memory` holds the named speaker "the
    lender" stands for when the document names no company for it."""
    head = tokens[end - 1].lower
    if head in LEXICON.outlet_nouns:
        outlet = end - 1  # "the Asahi Shimbun newspaper", "the Xinhua news agency": the name
        while outlet > start and tokens[outlet - 1].lower in LEXICON.outlet_nouns:
            outlet -= 1
        if outlet > start and tokens[outlet - 1].is_cap and not tokens[outlet - 1].is_possessive:
            first = start  # "Japan's Kyodo news agency": the country is no part of the name
            for k in range(start, outlet - 1):
                if tokens[k].is_possessive:
                    first = k + 1
            return _name(text, tokens, first, outlet, names)[0]
    written = _written(text, tokens, start, end)
    words = [t.lower for t in tokens[start:end]]
    if head in LEXICON.company_nouns and _definite_company(tokens, start, end):
        # "Sony Corp. sold ..., the company said", "the world's biggest insurer said"
        at = tokens[start].start
        company = names.company_before(at)
        if company is None and head in _TRADING_NOUNS:
            company = names.opening_company(at)  # "Nike has reported ... the firm said"
        if company is None and head in _TRADING_NOUNS and memory is not None:
            # "The Halifax said ... The UK's biggest lender said"
            company = _last_company(memory, names)
        if not company and end - start == 1:
            company = _described_before(text, head, at)  # "The cross-party group has ..."
        return company or written
    if len(words) == 1 and head in LEXICON.org_words:
        at = tokens[start].start
        # "says the party": the story's party; "the agency added": the news agency named
        named = (
            names.party_before(at)
            if head == "party"
            else names.agency_before(at)
            if head == "agency"
            else None
        )
        return named or names.org_with_head(head, at) or written
    # "the minister", "the first minister" ("first" alone is no title: "the first is due")
    if all(w in LEXICON.titles or (w == "first" and k == 0) for k, w in enumerate(words)):
        at = tokens[start].start
        named = names.person_with_role(head, at)
        if named is None and start >= 1 and tokens[start - 1].lower in _DEFINITE:
            named = names.person_after_lede(head, at)  # not "a spokesman": someone unnamed
        return named or written
    return written


_PAPERS = frozenset(("paper", "newspaper"))
_DEFINITE = frozenset("the its his her their".split())
#: Company nouns that only a business is called ("the firm", not "the bank": a central one)
_TRADING_NOUNS = frozenset(
    "firm company group giant lender retailer maker carmaker drugmaker insurer airline".split()
)


@lru_cache(maxsize=256)
def _mention(head: str) -> re.Pattern[str]:
    """A run of capitalised words, then `head` in any case ("BBC World Service poll")."""
    # (a full stop only inside a word, "U.S": "Mexico. The company" is two sentences)
    word = r"(?:(?:[A-Z]\.){2,}|[A-Z](?:[\w&'’-]|\.(?=\w))*)"  # "U.S." whole
    return re.compile(rf"((?:{word}[ \t]+){{1,5}})(?i:{re.escape(head)})\b")


def _named_before(text: str, head: str, at: int) -> str:
    """The last mention before `at` of `head` after capitalised words ("a BBC World Service
    poll", "Western sources"), as the fullest name of a later "the poll"; "" if none."""
    found = ""
    for m in _mention(head).finditer(text, max(0, at - 3000), at):
        words = strip_function_words(m[1].split(), at_start=True)
        # not "The poll", and not an owner: "Thursday's report", "the Insurers' study"
        if words and not words[-1].endswith(("'s", "’s", "'", "’")):
            found = " ".join([*words, text[m.end(1) : m.end()]])
    return found


@lru_cache(maxsize=64)
def _description(head: str) -> re.Pattern[str]:
    """ "the cross-party group", "The Anglo-Dutch group": `head` after one hyphenated or
    capitalised word that says what it is."""
    modifier = r"(?:[a-z]+-[a-z]+|[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)"
    return re.compile(rf"\b[Tt]he[ \t]+({modifier}[ \t]+{re.escape(head)})\b")


def _described_before(text: str, head: str, at: int) -> str | None:
    """The last description of a "the group" written before `at`, for a later "the group"
    when the story names no company."""
    found = None
    for m in _description(head).finditer(text, max(0, at - 3000), at):
        found = m[1]
    return found


def speaker_of(
    text: str,
    tokens: Sequence[Token],
    phrase: Phrase,
    names: DocumentNames,
    memory: Memory,
) -> str:
    """The canonical speaker of a source phrase; updates `memory` for later pronouns."""
    at = tokens[phrase.start].start
    person: bool | str = False
    if phrase.kind == "pronoun":
        pronoun = tokens[phrase.start].lower
        if pronoun in LEXICON.person_pronouns:
            settle(memory, names)
            offset, who = names.last_person_before(at, pronoun)
            if (
                memory.last_person
                and memory.last_person_at > offset
                and names.fits(memory.last_person, pronoun)
            ):
                who = memory.last_person
            return who or ""
        subject = sentence_subject(tokens, phrase.start)  # "Experts ..., but they said"
        if (
            pronoun == "they"
            and subject is not None
            and subject.kind == "source"
            and subject.start < phrase.start
            and tokens[subject.end - 1].lower.endswith("s")
        ):
            return speaker_of(text, tokens, subject, names, memory)
        return _last_thing(memory) if pronoun == "it" else memory.last_speaker
    if phrase.kind == "quoted":
        speaker = _written(text, tokens, phrase.start, phrase.end)
    elif phrase.kind == "report":
        head = tokens[phrase.end - 1].lower
        earlier = memory.reports.get(head)
        definite = phrase.start >= 1 and tokens[phrase.start - 1].lower == "the"
        if earlier and phrase.owner is None and definite:
            speaker = earlier  # "A study by the Gulf Bank said ... The study said"
        elif phrase.owner is None and (agent := _publisher(tokens, phrase)) is not None:
            # "the central bank released growth figures showing ...": the bank's figures
            return speaker_of(text, tokens, agent, names, memory)
        elif phrase.owner is None:
            speaker = _written(text, tokens, phrase.start, phrase.end)
            if definite and phrase.end - phrase.start == 1:
                named = names.paper_before(at) if head in _PAPERS else None  # "The paper said"
                speaker = named or _named_before(text, head, at) or speaker  # "The poll"
        else:
            a, b = phrase.owner
            kind = head_kind(tokens, a, b) if not tokens[b - 1].is_possessive else None
            if tokens[b - 1].is_cap or kind == "name":
                speaker = _name(text, tokens, a, b, names)[0]
            else:
                speaker = _source(text, tokens, a, b, names)
    elif phrase.kind == "name":
        speaker, person = _name(text, tokens, phrase.start, phrase.end, names)
    else:
        speaker = _source(text, tokens, phrase.start, phrase.end, names, memory)
        where = _place(tokens, phrase)
        if where:
            speaker = _written(text, tokens, phrase.start, where)
        head = tokens[phrase.end - 1].lower
        definite = phrase.start >= 1 and tokens[phrase.start - 1].lower == "the"
        fuller = memory.sources.get(head, "")
        if definite and fuller.lower().endswith(" " + speaker.lower()):
            # "military sources said ... The sources said": the fullest name given them
            speaker = fuller
        elif definite and phrase.end - phrase.start == 1 and speaker.lower() == head:
            speaker = _named_before(text, head, at) or speaker  # "BBC World Service poll"
        elif phrase.kind == "source" and speaker.split()[-1].lower() == head != speaker.lower():
            memory.sources[head] = speaker
        # "a Standard spokesman said. He said ...": a singular person noun can be "he"
        person = (
            phrase.kind == "source"
            and not head.endswith("s")
            and head not in LEXICON.org_words
            # "the firm said. It said": no "he" (but "a broker said. He said")
            and (head not in LEXICON.company_nouns or head in LEXICON.titles)
        )
    if speaker.endswith(("'s", "’s")) and (
        tokens[phrase.end - 1].is_possessive or phrase.kind == "report"
    ):
        speaker = speaker[:-2]  # "Ramaphosa's" (but "the firm" is "Dr Reddy's", as named)
    speaker = speaker.rstrip("'’")  # "The Financial Times' survey"
    if phrase.kind == "report":
        memory.reports[tokens[phrase.end - 1].lower] = speaker
    memory.last_speaker = speaker
    if not is_plural(tokens, phrase):
        memory.things = [*memory.things[-4:], (speaker, person)]
    if isinstance(person, str):
        memory.maybe_persons.append((speaker, at, person))
    elif person:
        memory.last_person, memory.last_person_at = speaker, at
        memory.maybe_persons.clear()
    return speaker

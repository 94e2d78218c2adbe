"""The names a document gives its sources, for resolving short mentions to the fullest one.

NEWS-DEV §6: the speaker is the fullest name the document gives the source. One index
per document, built on first use: capitalised name chains, the people among them (a
title before, a role after, or a "Mr" elsewhere), acronyms ("Mainland Affairs Council
(MAC)", "National Union of Mineworkers, NUM,") and organisations (for "the board").

>>> names = DocumentNames("Bank governor Sunil Mendis spoke. Mr Mendis said more.")
>>> names.person_for_surname("Mendis"), names.last_person_before(40)
('Sunil Mendis', (14, 'Sunil Mendis'))
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Container

import regex

from pipeline.attribution.chains import CHAIN_REACH, ChainIndex
from pipeline.attribution.lexicon import LEXICON
from pipeline.attribution.orgs import first_company, is_corporate, opening_subject, spelled
from pipeline.attribution.words import is_org, split_title, strip_function_words, words_of

__all__ = ["DocumentNames", "is_org", "split_title", "strip_function_words", "words_of"]

# "Mainland Affairs Council (MAC)" and "National Union of Mineworkers, NUM,"
# up to three more capitalised words after a short name: "Chronar| Corp", "TVX| Mining Corp"
_OWNER_CUT = regex.compile(r"['’]s\b.*", regex.DOTALL)
_LONGER = regex.compile(r"(?:[ \t]+\p{Lu}[\p{L}\p{N}&'’-]*\.?){1,3}")
_OPENING = 300  # characters: where a story names its own company
_LEDE_REACH = 400  # characters after a role in the opening where its person is named
_ACRONYM_AFTER = regex.compile(
    r"\s*(?:\(\s*(\p{Lu}[\p{Lu}\p{N}&]{1,7})\s*\)|,\s*(\p{Lu}{2,8})\s*,)"
)
# "..., chief economist at X" after a name: a role in apposition marks a person. The
# whole apposition when it is short (", Libya's oil minister,"), else its first words.
_ROLE = r",\s*(?:the\s+|a\s+|an\s+)?((?:[\p{L}'’-]+\s+){0,3}?[\p{Ll}]+)\b"
_ROLE_AFTER = regex.compile(rf"{_ROLE}(?=\s*[,.;])|{_ROLE}")
# "Leonhard Gleske also told": a short name that speaks is a person's (orgs are caught before)
_SPEAKS = regex.compile(
    r"\s+(?:(?:also|has|had|later|then|further)\s+)?(?:said|says|told|tells|added)\b"
)
_AND = regex.compile(r"\s(?:and|&)\s")
_PART = regex.compile(r"\S+(?:\s+(?!(?:and|&)\s)\S+)*")
_TITLED = regex.compile(r"(Mr|Mrs|Ms|Dr|Miss|Sir|Lord|Lady|Dame)\.?\s+(\p{Lu}[\p{L}'’-]+)")
# The same titles, written just before a word (the word itself is checked apart)
_TITLE_BEFORE = regex.compile(r"(Mr|Mrs|Ms|Dr|Miss|Sir|Lord|Lady|Dame)\.?\s+$")
_TITLED_WORD = regex.compile(r"\p{Lu}[\p{L}'’-]+")
_WORD_GOES_ON = regex.compile(r"[\p{L}'’-]")
# "the Iranian news agency IRNA": the country and the noun are part of its fullest name
_AGENCY = regex.compile(
    r"((?:\p{Lu}[\p{L}-]+\s+){1,3})news\s+agency\s+"
    r"(\p{Lu}[\p{L}&-]*(?:[ \t]+\p{Lu}[\p{L}&-]*){0,3})"
)
# "the army newspaper Quan Doi Nhan Dan", "the Asahi newspaper": what "the paper" is
_PAPER = regex.compile(
    r"\b(?:news)?paper\s+(\p{Lu}[\p{L}&-]*(?:[ \t]+\p{Lu}[\p{L}&-]*){0,4})"
    r"|((?:\p{Lu}[\p{L}&.-]*\s+){1,4})(?:news)?paper\b"
)
_PARTY = regex.compile(
    r"\b(?:"
    + "|".join(regex.escape(p) for p in sorted(LEXICON.party_names, key=len, reverse=True))
    + r")\b"
)
_INITIAL = regex.compile(r"\p{Lu}\.")
_MALE = frozenset("mr sir lord king prince father he his him".split())
_FEMALE = frozenset("mrs ms miss lady dame queen princess she her".split())

_FUNCTION = LEXICON.capitalised_function_words
_NOT_IN_PERSONS = frozenset("of for on and & the".split())
_TITLES = LEXICON.titles
_SPEECH_BEFORE = frozenset("said says added adds explained noted warned".split())
_CLAUSE_END = regex.compile(r"\s*(?:[,.;:]|of\s)")
_ORG = LEXICON.org_words
#: How far back from a pronoun persons are looked for at first (then four times more).
_PERSON_REACH = 600


class DocumentNames(ChainIndex):
    """Names of one document, indexed for resolving mentions."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._acronyms: dict[str, str] = {}
        self._orgs: list[tuple[int, str]] = []
        #: (offset, full name, lower-cased title words)
        self._persons: list[tuple[int, str, frozenset[str]]] = []
        self._surnames: dict[str, str] = {}
        #: surname -> "m" or "f", from the titles the document uses with it
        self._gender: dict[str, str] = {}
        self._person_offsets: list[int] = []
        self._built = False
        self._titled: set[str] | None = None
        self._by_surname: dict[str, str | None] = {}
        self._by_acronym: dict[str, str | None] = {}
        self._fuller: dict[str, str | None] = {}
        self._by_gender: dict[str, str | None] = {}
        self._companies: list[tuple[int, str]] | None = None
        self._org_list: list[tuple[int, str]] | None = None
        self._agency_list: list[tuple[int, str, str]] | None = None
        #: chain start -> the persons that chain names, in index order
        self._chain_persons: dict[int, list[tuple[int, str, frozenset[str]]]] = {}

    def titled(self) -> set[str]:
        """Surnames the document writes with "Mr", "Dr" and the like; genders from them."""
        if self._titled is None:
            self._titled = set()
            for m in _TITLED.finditer(self.text):
                self._titled.add(m.group(2))
                title = m.group(1).lower()
                if title in _MALE or title in _FEMALE:
                    self._gender.setdefault(m.group(2), "m" if title in _MALE else "f")
        return self._titled

    def _titles_of(self, word: str) -> list[str]:
        """The titles written before `word` ("Mr", "Dr"), in text order: what the full scan
        of titles finds for it, looked up from the word's own occurrences."""
        if not _TITLED_WORD.fullmatch(word):
            return []
        found: list[str] = []
        at = self.text.find(word)
        while at >= 0:
            end = at + len(word)
            if end == len(self.text) or not _WORD_GOES_ON.match(self.text, end):
                title = _TITLE_BEFORE.search(self.text, max(0, at - 8), at)
                if title is not None:
                    found.append(title.group(1))
            at = self.text.find(word, at + 1)
        return found

    def _build(self) -> None:
        """Index the document on first use: most speakers ("officials") never need it."""
        self._built = True
        titled = self.titled()
        for m in self.chains():
            self._add(m, titled)
        self._person_offsets = [p[0] for p in self._persons]

    def acronym(self, letters: str) -> str | None:
        """The name an acronym stands for: "MAC" after "Mainland Affairs Council (MAC)",
        else a name anywhere in the document whose initials spell it ("NAO" and "the
        National Audit Office", "MoD" and "the Ministry of Defence")."""
        if letters not in self._by_acronym:
            self._by_acronym[letters] = self._introduced(letters) or spelled(self, letters)
        return self._by_acronym[letters]

    def _introduced(self, letters: str) -> str | None:
        if self._built:
            return self._acronyms.get(letters)
        if self.text.find(letters) == self.text.rfind(letters):
            return None  # written once: never introduced
        for m in self.chains():
            words = self.chain_words(m)
            if words is not None and len(words) > 1:
                found = self._acronym_after(m, words)
                if found == letters:
                    return " ".join(words)
        return None

    @property
    def orgs(self) -> list[tuple[int, str]]:
        """(offset, name) of the organisations, in text order: what the full index finds,
        read from the chains alone (no person needs to be known for it)."""
        if self._built:
            return self._orgs
        if self._org_list is None:
            self._org_list = []
            for m in self.chains():
                name = self.org_name(m)
                if name is not None:
                    self._org_list.append((m.start(), name))
        return self._org_list

    def org_name(self, m: regex.Match[str]) -> str | None:
        """The organisation a chain names, as the full index reads it; None if none."""
        raw = m.group()
        if " " not in raw and "\n" not in raw:
            return raw if raw.lower() in _ORG else None
        words = self.chain_words(m)
        if words is not None and is_org(words) and not split_title(words)[0]:
            return " ".join(words)
        return None

    @property
    def persons(self) -> list[tuple[int, str, frozenset[str]]]:
        if not self._built:
            self._build()
        return self._persons

    @property
    def gender(self) -> dict[str, str]:
        if not self._built:
            self._build()
        return self._gender

    def _add(self, m: regex.Match[str], titled: Container[str]) -> None:
        if _AND.search(m.group()):  # "Mr Tom Reed and Mrs Ann Lee": two people
            for part in _PART.finditer(m.group()):
                self._add_person(m.start() + part.start(), part.group(), titled)
        self._add_chain(m, titled)

    def _add_person(self, at: int, raw: str, titled: Container[str]) -> None:
        words = raw.split()
        title, rest = split_title(words)
        if title and 1 < len(rest) <= 4 and not is_org(rest):
            self._person(at, rest, title, [], titled)

    def chain_words(self, m: regex.Match[str]) -> list[str] | None:
        """The words of a chain of several words, function words dropped; None if none."""
        raw = m.group()
        if " " not in raw and "\n" not in raw:
            return None
        if raw.endswith(("'s", "’s")):
            raw = raw[:-2]
        before = self.text[max(0, m.start() - 3) : m.start()].strip()
        words = strip_function_words(words_of(raw), at_start=not before or before[-1] in '.!?"“:')
        if not words or words[0].lower() in _FUNCTION:
            return None
        return words

    def _acronym_after(self, m: regex.Match[str], words: list[str]) -> str | None:
        """The acronym written right after the chain, if it fits: "Council (MAC)"."""
        acronym = _ACRONYM_AFTER.match(self.text, m.end())
        if acronym is None:
            return None
        letters = acronym.group(1) or acronym.group(2)
        # "Mainland Affairs Council (MAC)"; an institution may keep its own language's
        # initials: "the National Statistics Institute (INSEE)"
        return letters if letters[0] == words[0][0] or is_org(words) else None

    def _add_chain(self, m: regex.Match[str], titled: Container[str]) -> None:
        raw = m.group()
        if " " not in raw and "\n" not in raw:  # one word: an organisation at most ("Government")
            if raw.lower() in _ORG:
                self._orgs.append((m.start(), raw))
            return
        words = self.chain_words(m)
        if words is None:
            return
        name = " ".join(words)
        if len(words) > 1:
            letters = self._acronym_after(m, words)
            if letters is not None:
                self._acronyms.setdefault(letters, name)
        title, rest = split_title(words)
        if is_org(words) and not title:  # "Finance Minister Pedro Alves" is a person
            self._orgs.append((m.start(), name))
            return
        if (
            not 1 < len(rest) <= 4
            or any(w.isupper() and len(w.rstrip(".")) > 1 for w in rest)
            # initials count only beside two full words: "Donald W. Davis", not "C. Czarnikow"
            or sum(not _INITIAL.fullmatch(w) for w in rest) < 2
            or any(w in _NOT_IN_PERSONS for w in rest)  # "Bootle of Lloyds"
        ):
            if title and len(rest) == 1:
                self._surnames.setdefault(rest[0], rest[0])
            return
        words_before = self.text[max(0, m.start() - 30) : m.start()].split()
        role_before = bool(words_before) and words_before[-1].lower() in _TITLES
        # ", said Ed Malmgreen of the Producers Association": a name a speech verb leads
        spoken = (
            bool(words_before)
            and words_before[-1].lower() in _SPEECH_BEFORE
            and _CLAUSE_END.match(self.text, m.end()) is not None  # not "said Texas Courts ruled"
        )
        role_after = _ROLE_AFTER.match(self.text, m.end())
        is_person = (
            bool(title)
            or role_before
            # ", chief economist at X", ", Libya's oil minister,"
            or (
                role_after is not None
                and not _TITLES.isdisjoint((role_after.group(1) or role_after.group(2)).split())
            )
            or rest[-1] in titled
            or (len(rest) <= 3 and _SPEAKS.match(self.text, m.end()) is not None)
            or (len(rest) <= 3 and spoken)
        )
        if is_person:
            self._person(m.start(), rest, title, words_before[-2:], titled)

    def _person(
        self, at: int, rest: list[str], title: list[str], before: list[str], titled: Container[str]
    ) -> None:
        full = " ".join(rest)
        titles = frozenset(w.lower().rstrip(".") for w in title + before)
        for w in titles:
            if w in _MALE or w in _FEMALE:
                self._gender.setdefault(rest[-1], "m" if w in _MALE else "f")
        self._persons.append((at, full, titles))
        self._persons.sort(key=lambda p: p[0])
        known = self._surnames.get(rest[-1])
        if known is None or len(full) > len(known):
            self._surnames[rest[-1]] = full

    def surely_person(self, name: str) -> bool:
        """Is `name` a person by a title or role the document gives it ("chairman Jane Doe",
        "Mr Doe"), not only because it speaks ("Stanley Works said")?"""
        surname = name.split()[-1] if name else ""
        if surname in self.titled():
            return True
        return any(full == name and titles & _TITLES for _, full, titles in self.persons)

    def person_for_surname(self, surname: str) -> str | None:
        """The fullest name of the person called `surname` ("Ramaphosa" -> "Cyril Ramaphosa")."""
        if self._built:
            return self._surnames.get(surname)
        if surname not in self._by_surname:
            self._by_surname[surname] = self._surname_only(surname)
        return self._by_surname[surname]

    def _surname_only(self, surname: str) -> str | None:
        """What the full index would give for `surname`, from the chains that contain it.

        Only those chains can name a person with that surname, and they are read in the
        same order as the full index reads them: the answer is the same, for less work.
        """
        if not self._word_before(surname):
            return None  # never the last of several words of a name: no fuller name
        scratch = DocumentNames(self.text)
        titled = self._titled_lookup()
        for m in self._chains_with(surname):
            scratch._add(m, titled)
        return scratch._surnames.get(surname)

    def _titled_lookup(self) -> Container[str]:
        """The titled surnames: the full set once scanned, else word by word."""
        if self._titled is not None:
            return self._titled
        return _TitledWords(self)

    def last_person_before(self, offset: int, pronoun: str = "") -> tuple[int, str | None]:
        """(offset, name) of the last person named before `offset`; (-1, None) if none.

        A person the document calls "Mrs" is skipped for "he", one it calls "Mr" for "she".
        """
        if not self._built:
            return self._last_person_nearby(offset, pronoun)
        i = bisect_left(self._person_offsets, offset)
        while i:
            at, name, _ = self.persons[i - 1]
            if self.fits(name, pronoun):
                return at, name
            i -= 1
        return -1, None

    def _last_person_nearby(self, offset: int, pronoun: str) -> tuple[int, str | None]:
        """What the full index would give, reading the chains back from `offset` one by one
        until a person fits (the same persons, in the same order)."""
        titled = self._titled_lookup()
        end, reach = offset, _PERSON_REACH
        while end > 0:
            for m in reversed(self._chains_between(max(0, end - reach), end)):
                persons = self._chain_persons.get(m.start())
                if persons is None:
                    scratch = DocumentNames(self.text)
                    scratch._add(m, titled)
                    persons = self._chain_persons[m.start()] = scratch._persons
                for at, name, _ in reversed(persons):
                    if at < offset and self.fits(name, pronoun):
                        return at, name
            end, reach = end - reach, reach * 4
        return -1, None

    def _persons_near(self, word: str) -> list[tuple[int, str, frozenset[str]]]:
        """The persons of the chains that hold `word` (any case) or follow it closely: the
        only ones that can have it among their titles ("chief executive Jane Doe")."""
        chains: dict[int, regex.Match[str]] = {}
        at = self._lowered().find(word)
        while at >= 0:
            for m in self._chains_between(max(0, at - CHAIN_REACH), at + len(word) + 32):
                if m.end() > at:  # holds it, or starts right after it
                    chains[m.start()] = m
            at = self._lowered().find(word, at + 1)
        titled = self._titled_lookup()
        persons = []
        for start in sorted(chains):
            found = self._chain_persons.get(start)
            if found is None:
                scratch = DocumentNames(self.text)
                scratch._add(chains[start], titled)
                found = self._chain_persons[start] = scratch._persons
            persons.extend(found)
        return persons

    def fits(self, name: str, pronoun: str) -> bool:
        """Can `pronoun` ("he", "she") refer to the person `name`, as far as the titles tell?"""
        if not name or pronoun not in ("he", "she"):
            return True
        known = self._gender_of(name.split()[-1])
        if known is None:
            return True
        return known == ("m" if pronoun == "he" else "f")

    def _gender_of(self, surname: str) -> str | None:
        """The gender the titles give `surname`: "Mr", "Mrs" anywhere, or a title before it."""
        if self._built:
            return self._gender.get(surname)
        if surname not in self._by_gender:
            self._by_gender[surname] = self._gender_nearby(surname)
        return self._by_gender[surname]

    def _gender_nearby(self, surname: str) -> str | None:
        if self._titled is not None:
            known = self._gender.get(surname)
        else:
            titles = [t.lower() for t in self._titles_of(surname)]
            gendered = [t for t in titles if t in _MALE or t in _FEMALE]
            known = ("m" if gendered[0] in _MALE else "f") if gendered else None
        if known is None:  # from the chains that hold it, as the full index would find it
            scratch = DocumentNames(self.text)
            titled = self._titled_lookup()
            for m in self._chains_with(surname):
                scratch._add(m, titled)
            known = scratch._gender.get(surname)
        return known

    def person_with_role(self, role: str, offset: int) -> str | None:
        """The person the document names with title `role`, the last before `offset` first."""
        persons = self.persons if self._built else self._persons_near(role)
        matches = [p for p in persons if role in p[2]]
        before = [p for p in matches if p[0] < offset]
        if before:
            return before[-1][1]
        return matches[0][1] if matches else None

    def person_after_lede(self, role: str, offset: int) -> str | None:
        """For a role the story opens with and names no one for ("the first minister has
        told MSPs", "its chief executive has said"): the first person named after it, close
        by, if the document gives that person no other role; else None."""
        if offset >= _OPENING:
            return None
        for at, full, titles in self.persons:
            if offset < at <= offset + _LEDE_REACH:
                roles = titles & _TITLES
                return full if not roles or role in roles else None
        return None

    def fuller_company(self, name: str) -> str | None:
        """The fullest form of a company the document names in short ("Chronar" after
        "Chronar Corp"; "Consolidated TVX" after "Consolidated TVX Mining Corp"). Of two
        different ones ("Costain Ltd" and "Costain Group Plc") only the one the story opens
        with, its own company; else None."""
        if name not in self._fuller:
            forms: dict[str, int] = {}
            text = self.text
            at = text.find(name)
            while at >= 0:  # (a str.find per mention: no pattern compiled per name)
                end = at + len(name)
                longer = _LONGER.match(text, end)
                if longer is not None and (at == 0 or not text[at - 1].isalnum()):
                    # "Chrysler Corp's Chrysler Motors": cut at an owner after the short name
                    # (the short name may hold one itself: "Hudson's Bay", "McDonald's")
                    form = name + _OWNER_CUT.sub("", text[end : longer.end()])
                    if is_corporate(form):
                        forms.setdefault(" ".join(form.split()), at)
                at = text.find(name, end)
            longest = max(forms, key=len, default=None)
            if longest is not None and not all(longest.startswith(f) for f in forms):
                first, at = min(forms.items(), key=lambda item: item[1])
                longest = first if at < _OPENING else None
            self._fuller[name] = longest
        return self._fuller[name]

    def company_before(self, offset: int) -> str | None:
        """The company of the story, for "the company said": the first one named before
        `offset` (see orgs.first_company)."""
        if self._companies is None:
            self._companies = first_company(self)
        first = self._companies[0] if self._companies else None
        return first[1] if first is not None and first[0] < offset else None

    def opening_company(self, offset: int) -> str | None:
        """For "the firm said" in a story that names its company with no suffix: the name
        that opens it as the subject of a report ("Nike has reported"), if before `offset`."""
        found = opening_subject(self)
        return found[0][1] if found and found[0][0] < offset else None

    def _agencies(self) -> list[tuple[int, str, str]]:
        """(end, short name, fullest name) of each news agency the document introduces with
        its country ("the Iranian news agency IRNA"), read once per document."""
        if self._agency_list is None:
            self._agency_list = []
            if "news agency" in self.text:
                for m in _AGENCY.finditer(self.text):
                    country = strip_function_words(m.group(1).split(), at_start=True)
                    if country:
                        full = " ".join([*country, "news agency", m.group(2)])
                        self._agency_list.append((m.end(), m.group(2), full))
        return self._agency_list

    def agency(self, name: str) -> str | None:
        """ "Iranian news agency IRNA" for "IRNA" where the document introduces it so."""
        return next((full for _, short, full in self._agencies() if short == name), None)

    def agency_before(self, offset: int) -> str | None:
        """The last news agency introduced before `offset`, for "the agency said"."""
        before = [full for end, _, full in self._agencies() if end <= offset]
        return before[-1] if before else None

    def party_before(self, offset: int) -> str | None:
        """The first political party the document names before `offset`, for "the party
        said": the story's party, as companies are (see orgs.first_company)."""
        for m in _PARTY.finditer(self.text, 0, offset):
            before = self.text[max(0, m.start() - 30) : m.start()].split()
            last = before[-1] if before else ""
            if last[:1].isupper() and not last.endswith(("'s", "’s", ".", "!", "?", ":", '"')):
                continue  # "the National Democratic Party": another party's name
            return LEXICON.party_names[m.group()]
        return None

    def paper_before(self, offset: int) -> str | None:
        """The newspaper named last before `offset`, for "the paper said"."""
        found = None
        for m in _PAPER.finditer(self.text, 0, offset):
            words = strip_function_words((m.group(1) or m.group(2)).split(), at_start=True)
            if words and not words[-1].endswith(("'s", "’s")):
                found = " ".join(words)
        return found

    def org_with_head(self, head: str, offset: int) -> str | None:
        """The organisation whose name has `head` as a word ("the board" -> "Treasury Board")."""
        matches = [
            (at, name) for at, name in self.orgs if head in (w.lower() for w in name.split())
        ]
        before = [m for m in matches if m[0] < offset]
        if before:
            return before[-1][1]
        return matches[0][1] if matches else None


class _TitledWords:
    """``word in titled`` for one document, answered word by word and remembered."""

    def __init__(self, names: DocumentNames) -> None:
        self.names = names
        self.known: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        found = self.known.get(word)
        if found is None:
            found = self.known[word] = bool(self.names._titles_of(word))
        return found

"""Attribute: figures + sentences -> claims (speaker, verb, quoted or not).

One claim per sentence that carries a figure. Its speaker is found in the same sentence
only (NEWS-DEV §6), in these constructions:

* "X said", "X told reporters", "X has long reported", "X, chief economist at Y, said";
* "..., said X, president of Y" and '"...," said X' (the speaker after the verb);
* "according to X", "according to figures released by X";
* "a survey released by X", "a poll by X found", "X's survey found", "a Harris poll gave";
* "he said" / "she said" -> the person named last; "the ministry said" -> the fullest
  name the document gives it (see resolve.py).

The speaker is copied onto the figures of the sentence, dates included, except the count
of the sources themselves ("all three of the parties have said"), what the source could
not confirm ("could not confirm reports that 40 died") and a main clause before an
attribution in a subordinate one ("Shares fell 3% after it warned that ..."). `verb` is
the lemma ("say", "tell", "find") or "according to". Headlines (a line without a full
stop, mostly capitalised) get no speaker. A figure is not attributed to a phrase that
contains it ("according to results of two polls" gives "two" no speaker). No claim comes
from a negated verb ("did not say"), a participle after a preposition ("under the deal
announced in March") or a result ("the country reported 300 new cases").

The parts: tokens.py (words with offsets), phrases.py and subjects.py (source phrases
after and before a verb), candidates.py (the attributions a stretch holds, and the one
chosen), scope.py (figures the source does not vouch for), chains.py, words.py, names.py
and orgs.py (the names of the document), resolve.py (a phrase to its canonical speaker).
This module finds the stretches to read and puts the claims together.

>>> from pipeline.records import Quantity
>>> from pipeline.segment import sentence_spans
>>> text = "Bank governor Sunil Mendis spoke. The bill is 500 rupees, he said."
>>> q = Quantity(kind="money", start=46, end=57, raw="500 rupees", value=500.0)
>>> figures, claims = attribute(text, sentence_spans(text), [q])
>>> figures[0].speaker, claims[0].speaker_mention, claims[0].verb
('Sunil Mendis', 'he', 'say')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import fields
from operator import attrgetter

from pipeline.attribution.candidates import choose
from pipeline.attribution.lexicon import LEXICON
from pipeline.attribution.names import DocumentNames
from pipeline.attribution.phrases import Phrase
from pipeline.attribution.quotes import inside, quote_spans
from pipeline.attribution.resolve import Memory, is_plural, settle, speaker_of
from pipeline.attribution.scope import NONE, subordinate_start, unattributed
from pipeline.attribution.subjects import sentence_subject
from pipeline.attribution.tokens import Token, tokenize, word_pattern
from pipeline.records import QUANTITY_KINDS, Claim, Figure, Sentence

# (start, end) of a figure: a C-level sort key (a lambda costs twice as much per figure)
_BY_SPAN = attrgetter("start", "end")

__all__ = ["attribute"]

_ARTICLES = frozenset("the a an its their his her".split())
_AGE = re.compile(r",[ \t]*(?:1[0-1]\d|[1-9]?\d),")


def _trigger() -> re.Pattern[str]:
    """Any word that can start an attribution: a cheap test before tokenizing a sentence.

    Verbs only count in lower case (a capitalised "Says" is a headline's); the stdlib `re`
    scans this trie-shaped alternation several times faster than `regex`.
    """
    words = {*LEXICON.reporting_verbs, "according", "According", "by"}
    return re.compile(r"\b(?:" + word_pattern(words) + r")\b")


_TRIGGER = _trigger()
# A reporting word that is a noun ("the report", "its claims") or a passive ("is expected",
# "was reported", "is saying" too: no subject is found past a form of "be"), or that "to"
# or "by" follows ("said to be", "forces reported by"): it never starts an attribution of
# its own; the attribution candidates reject the same (subject_before, _verb_fits).
_NO_VERB_BEFORE = re.compile(
    r"(?<![\w'’.-])(?:the|a|an|its|his|her|their|our|is|are|was|were|be|been|being)\s+$"
)
# ... but "is predicting", "were warning": a finite progressive, whose subject is before it
_PROGRESSIVE = re.compile(r"(?<![\w'’.-])(?:is|are|was|were)\s+$")
_NO_VERB_AFTER = re.compile(r"\s+(?:to|by)\b")
_TAIL = re.compile(r"(?:\s*\S+){0,10}")
_SHORT_TAIL = re.compile(r"(?:\s*\S+){0,3}")
# (a finding verb attributes to a source noun when a "that" clause follows a few words on)
_LONG_TAIL = frozenset(
    "according According by put puts reveal revealed reveals find found finds".split()
)
_INVERSION = re.compile(r"[,\"”’']\s*$")
_HEAD = re.compile(r"(?:\s*\S+){0,14}")
#: How far before its first trigger word a sentence is read: a short stretch, then more.
_LOOK_BACK = (60, 400)
# "by" only starts an attribution after a report noun or a participle: "a poll by X".
_BY_AGENT = re.compile(
    r"\b(?:" + word_pattern(LEXICON.report_nouns | LEXICON.by_participles) + r")\s+$"
)


_CLOSERS = frozenset(".!?\"”'’)")
_FIELDS: dict[type, tuple[str, ...]] = {}


def _with_speaker(figure: Figure, speaker: str) -> Figure:
    """``dataclasses.replace(figure, speaker=speaker)``, without its per-call introspection:
    a copy field by field (the records are frozen and have no checks of their own)."""
    cls = type(figure)
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in fields(figure) if f.name != "speaker")
    new = object.__new__(cls)
    for name in names:
        _SET(new, name, getattr(figure, name))
    _SET(new, "speaker", speaker)
    return new


_SET = object.__setattr__


_CLAIM_FIELDS = ("sentence_index", "start", "end", "speaker", "speaker_mention", "verb", "is_quote")
# the fast path below sets every field; should Claim gain one, the constructor is used
_CLAIM_FAST = tuple(f.name for f in fields(Claim)) == _CLAIM_FIELDS


def _claim(s: Sentence, speaker: str, mention: str, verb: str, is_quote: bool) -> Claim:
    """``Claim(...)`` for sentence `s`, set field by field (faster than a frozen __init__)."""
    if not _CLAIM_FAST:
        return Claim(
            sentence_index=s.index,
            start=s.start,
            end=s.end,
            speaker=speaker,
            speaker_mention=mention,
            verb=verb,
            is_quote=is_quote,
        )
    values = (s.index, s.start, s.end, speaker, mention, verb, is_quote)
    claim = object.__new__(Claim)
    for name, value in zip(_CLAIM_FIELDS, values, strict=True):
        _SET(claim, name, value)
    return claim


def _is_headline(sentence: str) -> bool:
    """A line without a closing full stop whose words are mostly capitalised."""
    stripped = sentence.rstrip()
    if not stripped or stripped[-1] in ".!?\"”'’)":
        return False
    words = [w for w in stripped.split() if w[:1].isalpha()]
    if not words:
        return True
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised >= 0.6 * len(words)


# A clause with a subject of its own after a verb's object: ", while the bank", ", but it"
_NEXT_CLAUSE = re.compile(
    r"""
    ,\s+(?:while|whereas|but)\s+
    (?:the|a|an|[A-Z][\w'’.&-]*)\s
    """,
    re.VERBOSE,
)
_THAT = re.compile(r"\s+that\b")
# An item of a bullet or dash list ("- Pay a $500 fine", "* 40 jobs go"), and how many
# items a list introduced by "... said she must:" may have
_BULLET = re.compile(r"[ \t]*[-–—*•·][ \t]+\S")
_MAX_ITEMS = 15
_OPENING_PREPOSITIONS = frozenset("in on at after before during with for under by".split())
# A sentence that opens with a concession: what it concedes is the story's, not the source's.
_CONCESSIVE = re.compile(r"[\"“‘'(\s]*(?:Despite|Although|Though|Even though|Notwithstanding)\b")


def _opener_length(tokens: Sequence[Token]) -> int:
    """How many tokens a short adverbial opening a sentence takes, -1 if none: one word
    or a phrase after a preposition, up to a comma among the first five tokens
    ("However, the bank ...", "On Monday, the bank ..."), or "As" and one lower-case word
    ("As usual the bank ...", "As expected the firm ...")."""
    if len(tokens) < 3:
        return -1
    first = tokens[0]
    for k, t in enumerate(tokens[:6]):
        if t.text == ",":
            return k + 1 if k == 1 or (k > 1 and first.lower in _OPENING_PREPOSITIONS) else -1
    second = tokens[1]
    if first.lower == "as" and second.is_word and not second.is_cap and not second.in_figure:
        return 2
    return -1


_OPENING = re.compile(r"(?:\s*\S+){0,24}")
#: Words of an apposition that tell who owns the source ("<X>, 65 pct owned by Y, said").
_OWNERSHIP = frozenset("owned owns own holds held stake interest subsidiary unit affiliate".split())


def _opening_phrase(tokens: Sequence[Token]) -> int:
    """How many tokens an adverbial phrase opening a sentence takes, up to its comma among
    the first twelve tokens ("To a packed hall in Leeds, Mr Brown ..."), 0 if none."""
    if not tokens or not (tokens[0].lower in _OPENING_PREPOSITIONS or tokens[0].lower == "to"):
        return 0
    for k, t in enumerate(tokens[:12]):
        if t.text == ",":
            return k + 1
    return 0


def _can_stand_for(
    pronoun: str, tokens: Sequence[Token], subject: Phrase, opened: bool, reported: bool
) -> bool:
    """Can "he"/"she", "it" or "they" stand for a sentence's opening subject? A name only
    when it opens the sentence (not "With these purchases, Japan ..."); for "it" a
    definite body ("the bank", "the ministry"), for "they" a plural source."""
    if pronoun in LEXICON.person_pronouns:
        return subject.kind == "source"
    if subject.kind == "name":
        return not opened
    if subject.kind != "source" or reported:
        return False  # ("the board will be cut to seven, it said": the board is the topic)
    if pronoun == "they":
        return is_plural(tokens, subject)
    head = tokens[subject.end - 1].lower
    definite = subject.start >= 1 and tokens[subject.start - 1].lower == "the"
    return (
        definite
        and not is_plural(tokens, subject)
        and (head in LEXICON.org_words or head in LEXICON.company_nouns)
    )


def attribute(
    text: str, sentences: Sequence[Sentence], figures: Sequence[Figure]
) -> tuple[list[Figure], list[Claim]]:
    """Every figure with its sentence's speaker, and one claim per sentence with a figure."""
    return _Attributor(text, sentences).run(figures)


class _Attributor:
    """One document: its names, quotes and the speakers seen so far, built on first use."""

    def __init__(self, text: str, sentences: Sequence[Sentence]) -> None:
        self.text = text
        self.sentences = sentences
        self.memory = Memory()
        self._names: DocumentNames | None = None
        self._quotes: list[tuple[int, int]] | None = None
        self._triggers: dict[int, list[tuple[int, int]]] = {}
        self._leads: dict[int, tuple[str, str, str, frozenset[int]]] = {}
        self._recalled: dict[int, tuple[list[Token], tuple[int, str, Phrase] | None]] = {}

    @property
    def names(self) -> DocumentNames:
        if self._names is None:
            self._names = DocumentNames(self.text)
        return self._names

    @property
    def quotes(self) -> list[tuple[int, int]]:
        if self._quotes is None:
            self._quotes = quote_spans(self.text)
        return self._quotes

    def run(self, figures: Sequence[Figure]) -> tuple[list[Figure], list[Claim]]:
        ordered = sorted(figures, key=_BY_SPAN)
        out: list[Figure] = []
        claims: list[Claim] = []
        k, n = 0, len(ordered)
        quotes = self.quotes if n else []
        for s in self.sentences:
            if k == n:
                break
            if ordered[k].start >= s.end:
                continue  # no figure in this sentence
            while k < n and ordered[k].start < s.start:
                out.append(ordered[k])  # a figure outside every sentence keeps no speaker
                k += 1
            inside_figures: list[Figure] = []
            while k < n and ordered[k].start < s.end:
                inside_figures.append(ordered[k])
                k += 1
            if not inside_figures:
                continue
            speaker, mention, verb, left_out = self.speaker(s, inside_figures)
            is_quote = bool(quotes) and any(inside(quotes, f.start, f.end) for f in inside_figures)
            claims.append(_claim(s, speaker, mention, verb, is_quote))
            out.extend(
                _with_speaker(f, speaker) if speaker and f.start not in left_out else f
                for f in inside_figures
            )
        out.extend(ordered[k:])
        return out, claims

    def speaker(
        self, s: Sentence, figures: Sequence[Figure]
    ) -> tuple[str, str, str, frozenset[int]]:
        """(speaker, mention as written, verb lemma) of sentence `s`, or three empty strings,
        and the starts of its figures that the speaker does not vouch for."""
        if self.text[s.end - 1] not in _CLOSERS and _is_headline(self.text[s.start : s.end]):
            return "", "", "", NONE
        # only amounts block a phrase: "the latest quarterly survey" has a set in it
        spans = [(f.start, f.end) for f in figures if f.kind in QUANTITY_KINDS]
        tokens, chosen = self._read(s, spans)
        if chosen is None:
            return self._list_lead(s)
        i, verb, phrase = chosen
        if phrase.kind == "pronoun":
            self._recall(s.index, tokens[phrase.start].lower)
        speaker = speaker_of(self.text, tokens, phrase, self.names, self.memory)
        if phrase.kind == "pronoun" and tokens[phrase.start].lower in LEXICON.person_pronouns:
            speaker = self._subject_over_object(s, tokens[phrase.start]) or speaker
        if not speaker:
            return "", "", "", NONE
        a = phrase.start
        if a >= 1 and tokens[a - 1].lower in _ARTICLES:
            a -= 1
        mention = " ".join(self.text[tokens[a].start : tokens[phrase.end - 1].end].split())
        left_out = unattributed(self.text, tokens, i, spans)
        before = subordinate_start(tokens, i, phrase)
        if before >= 0:  # "Shares fell 3% after it warned that ...": the 3% is the story's
            left_out = left_out | {f.start for f in figures if f.end <= before}
        if phrase.end <= i and verb not in LEXICON.speech_verbs:
            # "The government is reiterating a 2.5% target, while the central bank expects
            # ...": the verb takes an object, not a clause, so the next clause is the story's
            left_out = left_out | self._next_clause(s, tokens[i].end, figures)
        if phrase.end <= i:  # "Mr Hague, 43, told": the speaker's age is no claim of his
            left_out = left_out | self._ages(tokens[phrase.end - 1].end, figures)
            # "X, 65 pct owned by Y, said": the rest of an apposition is the story's too
            left_out = left_out | self._apposition(tokens, phrase.end, i, figures)
            if i >= 2 and tokens[i - 1].lower == "and" and tokens[i - 2].text == ",":
                # "Roddick won 121 of his 147 matches ..., and said he had enjoyed it":
                # what the subject did before "and said" is the story's, not a claim
                and_at = tokens[i - 1].start
                left_out = left_out | {f.start for f in figures if f.end <= and_at}
        elif phrase.start > i:  # '"...," said Cowell, 54, of his brother': the age
            left_out = left_out | self._ages(tokens[phrase.end - 1].end, figures)
        if _CONCESSIVE.match(self.text, s.start):
            # "Despite a 44% rise in profit, analysts had expected more": the rise is a fact
            comma = self.text.rfind(",", s.start, tokens[phrase.start].start)
            left_out = left_out | {f.start for f in figures if f.end <= comma}
        return speaker, mention, verb, left_out

    def _list_lead(self, s: Sentence) -> tuple[str, str, str, frozenset[int]]:
        """For an item of a bullet or dash list, the attribution of the sentence that
        introduces the list with a colon ("The judge said she must: - pay a $500 fine"):
        the list is that sentence's end. Three empty strings for any other sentence."""
        if not _BULLET.match(self.text, s.start):
            return "", "", "", NONE
        k = s.index - 1
        while (
            k >= 0
            and s.index - k <= _MAX_ITEMS
            and _BULLET.match(self.text, self.sentences[k].start)
        ):
            k -= 1
        if k < 0 or s.index - k > _MAX_ITEMS:
            return "", "", "", NONE
        lead = self.sentences[k]
        if not self.text[lead.start : lead.end].rstrip().endswith(":"):
            return "", "", "", NONE
        found = self._leads.get(k)
        if found is None:
            found = self._leads[k] = self.speaker(lead, ())
        return found

    def _next_clause(self, s: Sentence, verb_end: int, figures: Sequence[Figure]) -> frozenset[int]:
        """Starts of the figures in a clause of its own after a verb's object (", while the
        bank ...", ", whereas ...", ", but the firm ..."), when no reporting word of that
        clause attributes it."""
        m = _NEXT_CLAUSE.search(self.text, verb_end, s.end)
        if m is None or any(a >= m.end() for a, _ in self.triggers(s)):
            return NONE
        if _THAT.match(self.text, verb_end):
            return NONE  # "forecast that sales would rise 5%, while ...": all reported
        return frozenset(f.start for f in figures if f.start >= m.end())

    def _ages(self, subject_end: int, figures: Sequence[Figure]) -> frozenset[int]:
        """Starts of the figures written as an age right after the subject: ", 43,"."""
        for f in figures:
            if f.start > subject_end and _AGE.fullmatch(self.text, subject_end, f.end + 1):
                return frozenset((f.start,))
        return NONE

    def _apposition(
        self,
        tokens: Sequence[Token],
        subject_end: int,
        verb: int,
        figures: Sequence[Figure],
    ) -> frozenset[int]:
        """Starts of the figures between commas after the subject and before its verb
        ("<X>, 65 pct owned by Y, said"; "A spokesman for X, which holds 20 pct of Z, said"):
        the reporter's description of the source, unless a reporting word of its own
        attributes it ("<X>, earlier reporting a 19 pct rise, said")."""
        if verb < 1 or tokens[verb - 1].text != ",":
            return NONE
        opening = next((k for k in range(subject_end, verb - 1) if tokens[k].text == ","), None)
        if opening is None:
            return NONE
        inside = tokens[opening + 1 : verb - 1]
        if any(t.lower in LEXICON.reporting_verbs or t.lower == "according" for t in inside):
            return NONE
        if not any(t.lower in _OWNERSHIP for t in inside):
            return NONE  # "The union, which represents 20,000 nurses, said": its own claim
        a, b = tokens[opening].end, tokens[verb - 1].start
        return frozenset(f.start for f in figures if a <= f.start and f.end <= b)

    def triggers(self, s: Sentence) -> list[tuple[int, int]]:
        """Spans of the words that can start an attribution in sentence `s`.

        Only sentences with a figure (and a few before a pronoun) are ever read: they
        are scanned one by one, not the whole text.
        """
        found = self._triggers.get(s.index)
        if found is None:
            text = self.text
            found = self._triggers[s.index] = []
            for m in _TRIGGER.finditer(text, s.start, s.end):
                a, b = m.span()
                if m.group() == "by":
                    if not _BY_AGENT.search(text, max(0, a - 25), a):
                        continue
                elif (
                    m.group() not in ("according", "According")
                    and (
                        _NO_VERB_BEFORE.search(text, max(0, a - 12), a)
                        or _NO_VERB_AFTER.match(text, b)
                    )
                    and not (
                        m.group().endswith("ing") and _PROGRESSIVE.search(text, max(0, a - 8), a)
                    )
                ):
                    continue  # "the report", "is expected", "said to be": never a source's verb
                found.append((a, b))
        return found

    def _read(
        self, s: Sentence, spans: Sequence[tuple[int, int]]
    ) -> tuple[list[Token], tuple[int, str, Phrase] | None]:
        """The tokens near the trigger words of sentence `s`, and its attribution if any."""
        triggers = self.triggers(s)
        if not triggers:
            return [], None
        # every attribution lies within a few words of its trigger words; a verb with its
        # subject before it needs only the next few ("said to be", "figures show 80,000")
        last_start, last_end = triggers[-1]
        word = self.text[last_start:last_end]
        before = self.text[max(s.start, last_start - 3) : last_start]
        short = word not in _LONG_TAIL and not _INVERSION.search(before)
        cut = (_SHORT_TAIL if short else _TAIL).match(self.text, last_end, s.end)
        end = cut.end() if cut else s.end
        tokens: list[Token] = []
        chosen = None
        read_from = end
        for look_back in _LOOK_BACK:
            # most subjects are a few words long: read a short stretch first, all if needed
            begin = max(s.start, triggers[0][0] - look_back)
            if begin > s.start:
                begin = self.text.find(" ", begin, triggers[0][0]) + 1 or begin
            # (a word starts at `read_from`: the tokens before it are read and put in front)
            tokens = tokenize(self.text, begin, end, spans, stop=read_from) + tokens
            read_from = tokens[0].start if tokens else begin
            chosen = choose(tokens, self.quotes, spans)
            if begin == s.start or (chosen is not None and chosen[2].start > 2):
                break
        return tokens, chosen

    def _opening_subject(
        self, s: Sentence, pronoun: str, reported: bool
    ) -> tuple[list[Token], Phrase | None]:
        """The subject that opens sentence `s` if `pronoun` can stand for it: a person noun
        for "he" ("A company spokesman declined to comment. He said"), a name for "it" and
        "they", a singular body for "it" ("As usual the bank did not detail ... But it
        said") and a plural source for "they" ("The tobacco firms deny ... They also say").
        A short opening adverbial is passed over ("As usual", "On Monday,"). A sentence
        `reported` by a pronoun of its own ("Under the deal the board shrinks, it said")
        offers only a name that opens it: its other subjects are what the source spoke of."""
        head = _HEAD.match(self.text, s.start, s.end)
        tokens = tokenize(self.text, s.start, head.end() if head else s.end, [])
        for skip in (0, -1 if reported else _opener_length(tokens)):
            if skip < 0:
                break
            rest = tokens[skip:]
            subject = sentence_subject(rest, len(rest))
            if subject is not None and _can_stand_for(pronoun, rest, subject, skip > 0, reported):
                return rest, subject
            if skip == 0 and subject is not None:
                break  # the sentence has a subject of its own: no adverbial before it
        return tokens, None

    def _subject_over_object(self, s: Sentence, pronoun: Token) -> str | None:
        """For "he said", the person who is the subject of the sentence before when the
        person named last is named after that subject there, as an object: "Mr Brown
        accused Mr Jones of ... . He said" is Mr Brown. None if there is no such subject."""
        if s.index == 0:
            return None
        before = self.sentences[s.index - 1]
        at, last = self.names.last_person_before(pronoun.start, pronoun.lower)
        if last is None or not before.start <= at < before.end:
            return None
        head = _OPENING.match(self.text, before.start, before.end)
        tokens = tokenize(self.text, before.start, head.end() if head else before.end, [])
        skip = _opening_phrase(tokens)
        rest = tokens[skip:]
        subject = sentence_subject(rest, len(rest))
        if subject is None or subject.kind != "name" or rest[subject.end - 1].end >= at:
            return None
        name = speaker_of(self.text, rest, subject, self.names, Memory())
        person = self.names.person_for_surname(name.split()[-1]) if name else None
        if person is None or person == last or not self.names.fits(person, pronoun.lower):
            return None
        return person

    def _recall(self, index: int, pronoun: str) -> None:
        """For "it said"/"they said": the speaker of the nearest earlier sentence, figures or
        not (for "it", not "analysts"); for "he said", that sentence's speaker if it is a
        person ("a spokesman said"); failing that, the subject of the sentence just before
        ("Consolidated-Bathurst firmed 1/8. It said ...", "A company spokesman declined to
        comment. He said ...")."""
        person = pronoun in LEXICON.person_pronouns
        for s in reversed(self.sentences[max(0, index - (2 if person else 3)) : index]):
            if s.index not in self._recalled:  # (the same sentence serves several pronouns)
                self._recalled[s.index] = self._read(s, [])
            tokens, chosen = self._recalled[s.index]
            phrase = chosen[2] if chosen is not None and chosen[2].kind != "pronoun" else None
            if phrase is None and s.index == index - 1:
                tokens, phrase = self._opening_subject(s, pronoun, chosen is not None)
            if phrase is not None and pronoun == "it" and is_plural(tokens, phrase):
                continue  # "Analysts said ... It said": "it" is someone named before them
            if phrase is not None:
                settle(self.memory, self.names)
                if not person or tokens[phrase.start].start > self.memory.last_person_at:
                    speaker_of(self.text, tokens, phrase, self.names, self.memory)
                return

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
stop, mostly capitalised) get no speaker. A figure is not attributed to a phrase that contains it
("according to results of two polls" gives "two" no speaker). No claim comes from a
negated verb ("did not say"), a participle after a preposition ("under the deal
announced in March") or a result ("the country reported 300 new cases").

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

from pipeline.attribution.lexicon import LEXICON
from pipeline.attribution.names import DocumentNames
from pipeline.attribution.phrases import Phrase, phrase_after
from pipeline.attribution.quotes import inside, quote_spans
from pipeline.attribution.resolve import Memory, is_plural, settle, speaker_of
from pipeline.attribution.subjects import few, sentence_subject, subject_before
from pipeline.attribution.tokens import Token, is_quote_mark, tokenize, word_pattern
from pipeline.records import QUANTITY_KINDS, Claim, Figure, Sentence

__all__ = ["attribute"]

_BE = frozenset("was were been is are be being".split())
_ARTICLES = frozenset("the a an its their his her".split())
_NOUN_FOLLOWERS = frozenset("of on by from for in into as at with to".split())
_PRONOUNS = LEXICON.person_pronouns | LEXICON.other_pronouns | {"you"}
# Verb forms that are nouns as often (the notes, the claims): never with an "other" subject.
_AMBIGUOUS = frozenset(
    "notes claims claim finds shows show states projects calculates cites warns".split()
)
# Verbs that put the speaker after them: '"...," said X' (not "told X": X is the listener).
_INVERTING = frozenset("say add write report note continue explain argue".split())
_RESULT_VERBS = frozenset("report announce confirm".split())
_NEGATIONS = frozenset("not never cannot".split())
_PREPOSITIONS_BEFORE = frozenset(
    "under in into on at for from with without despite during through against via over".split()
)
_HEDGES = frozenset("a an another some about nearly almost around over more than".split())


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
_NO_VERB_AFTER = re.compile(r"\s+(?:to|by)\b")
_TAIL = re.compile(r"(?:\s*\S+){0,10}")
_SHORT_TAIL = re.compile(r"(?:\s*\S+){0,3}")
_LONG_TAIL = frozenset("according According by put puts".split())
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


def _candidates(tokens: Sequence[Token]) -> list[tuple[int, str, Phrase]]:
    """(verb index, verb lemma, source phrase) for every attribution the tokens offer."""
    found: list[tuple[int, str, Phrase]] = []
    n = len(tokens)
    for i, t in enumerate(tokens):
        if not t.is_word or t.in_figure:
            continue
        low = t.lower
        phrase: Phrase | None = None
        if low == "according" and i + 1 < n and tokens[i + 1].lower == "to":
            phrase, lemma = phrase_after(tokens, i + 2), "according to"
        elif low == "by" and i >= 1 and _by_source(tokens, i):
            phrase = phrase_after(tokens, i + 1)
            previous = tokens[i - 1].lower
            lemma = LEXICON.reporting_verbs.get(previous, "by")
        elif low in LEXICON.reporting_verbs and not t.is_cap and not _noun_before_verb(tokens, i):
            lemma = LEXICON.reporting_verbs[low]
            phrase = None
            if (
                lemma in _INVERTING
                and i >= 1
                and (tokens[i - 1].text == "," or is_quote_mark(tokens[i - 1]))
            ):
                phrase = _inverted(tokens, i)  # '"...," said Jane Doe, president of Y'
            if phrase is None:
                phrase = subject_before(tokens, i)
            if phrase is not None and (
                _noun_reading(tokens, i, phrase)
                or not _verb_fits(tokens, i, lemma, phrase)
                or _negated(tokens, i, phrase)
                or _reduced_relative(tokens, i, phrase)
            ):
                phrase = None
        if phrase is not None:
            found.append((i, lemma, phrase))
    return found


_NONE: frozenset[int] = frozenset()
# A denial before a figure: "could not confirm reports that 40 died" (the end of the span
# searched is the figure's start)
_DOUBT = re.compile(
    r"""
    \b(?:not|never|cannot|unable\s+to|n't)\s+(?:\w+\s+){0,2}?
    (?:confirm|verify|corroborate|substantiate)
    """,
    re.VERBOSE,
)


# Where a denial's reach ends: a new clause ("..., but 12 were hurt")
_SCOPE_END = re.compile(r"[;:]|,?\s+(?:but|while|although|whereas)\b")


_SUBORDINATORS = frozenset(
    "after as when while because since before although though whereas until".split()
)


def _subordinate_start(tokens: Sequence[Token], verb: int, phrase: Phrase) -> int:
    """Where the clause of the attribution starts when it follows the main clause as a
    subordinate one and says something of its own ("..., as the minister said over 3,000
    had died"): the figures before it are the story's. -1 otherwise ("Sales rose 5%, as
    analysts had expected": the clause ends at the verb)."""
    if phrase.start > verb or phrase.start == 0:
        return -1
    k = phrase.start - 1
    if tokens[k].lower in LEXICON.determiners and k >= 1:
        k -= 1
    if tokens[k].lower not in _SUBORDINATORS or tokens[k].is_cap or k == 0:
        return -1
    rest = tokens[verb + 1 : verb + 3]
    if not rest or not (rest[0].is_word or rest[0].in_figure or is_quote_mark(rest[0])):
        return -1
    return tokens[k].start


def _counted_subjects(tokens: Sequence[Token]) -> list[int]:
    """Token indices of counts of a reporting verb's subject when that subject is a source
    ("all three of the parties have said", "two officials said"): their count is no claim.
    Counts of others stay ("40% of respondents said ..., the survey found")."""
    found = []
    for v, t in enumerate(tokens):
        if not t.is_word or t.is_cap or t.lower not in LEXICON.reporting_verbs:
            continue
        if LEXICON.reporting_verbs[t.lower] not in LEXICON.speech_verbs or (
            v + 1 < len(tokens) and tokens[v + 1].lower in ("to", "by")
        ):
            continue  # "the four companies are expected to have": no source speaks
        k = v - 1
        while k >= 0 and tokens[k].is_word and tokens[k].lower in LEXICON.skip_before_verb:
            k -= 1
        if k < 1 or tokens[k].lower not in LEXICON.source_nouns or tokens[k].is_cap:
            continue
        k -= 1
        modifiers = 0  # back over: adjectives, a determiner, "of", a determiner, the count
        while k >= 0 and modifiers < 2 and _is_modifier_word(tokens[k]):
            modifiers += 1
            k -= 1
        for words in (_SUBJECT_DETERMINERS, ("of",), _SUBJECT_DETERMINERS):
            if k >= 0 and tokens[k].lower in words and not tokens[k].in_figure:
                k -= 1
        if k >= 0 and tokens[k].in_figure and few(tokens[k]):
            found.append(k)  # (a handful: "50 pct of the managers reported" are respondents)
    return found


_SUBJECT_DETERMINERS = ("the", "their", "its", "our", "all")


def _is_modifier_word(t: Token) -> bool:
    return (
        t.is_word
        and not t.is_cap
        and not t.in_figure
        and t.lower not in LEXICON.stop_words
        and t.lower not in LEXICON.determiners
    )


def _noun_before_verb(tokens: Sequence[Token], i: int) -> bool:
    """ "forecasts said", "reports say": the first word is a noun, the second the verb."""
    return i + 1 < len(tokens) and tokens[i + 1].lower in LEXICON.reporting_verbs


def _inverted(tokens: Sequence[Token], i: int) -> Phrase | None:
    """The speaker after the verb, when it ends the sentence or a clause: ", said Mr Straw." """
    phrase = phrase_after(tokens, i + 1)
    if phrase is None or phrase.kind == "other":
        return None
    after = phrase.end
    while after < len(tokens) and (
        tokens[after].lower in ("on", "in", "at")
        or tokens[after].lower in LEXICON.weekdays_months
        or tokens[after].lower in ("today", "yesterday", "here", "late", "earlier")
    ):
        after += 1  # ", said the ministry on Tuesday."
    if after == len(tokens) or tokens[after].text in ",.;:!?(-—" or is_quote_mark(tokens[after]):
        return phrase
    return None


def _negated(tokens: Sequence[Token], i: int, phrase: Phrase) -> bool:
    """ "Police could not confirm", "he did not say": a denial or a silence, no claim."""
    if phrase.start > i:
        return False
    k = i - 1  # the auxiliaries and adverbs right before the verb
    while k >= phrase.end and tokens[k].is_word:
        low = tokens[k].lower
        if low in _NEGATIONS or low.endswith("n't"):
            return True
        if low not in LEXICON.skip_before_verb and not low.endswith("ly"):
            return False
        k -= 1
    return False


def _reduced_relative(tokens: Sequence[Token], i: int, phrase: Phrase) -> bool:
    """ "Under the settlement announced in January, ...": the -ed word is a participle
    after a preposition's object, not the verb of a subject."""
    if phrase.end != i or not tokens[i].lower.endswith("ed") or phrase.start == 0:
        return False  # (an auxiliary before it, "had confirmed", makes it a verb)
    if phrase.kind == "name":
        return False  # "In 1986 Diamond Shamrock reported"
    k = phrase.start - 1
    if tokens[k].lower in LEXICON.determiners and k >= 1:
        k -= 1
    return tokens[k].lower in _PREPOSITIONS_BEFORE


def _noun_reading(tokens: Sequence[Token], i: int, phrase: Phrase) -> bool:
    """ "a three-monthly report on", "the claims of": a word that is a noun here, not a verb."""
    t = tokens[i]
    if t.lower not in LEXICON.report_nouns and t.lower not in _AMBIGUOUS:
        return phrase.kind == "other" and t.lower.endswith("ing")  # "the ground saying"
    if phrase.kind == "other":
        return True
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if following is None:
        return True
    if following.in_figure or following.text[0].isdigit() or is_quote_mark(following):
        return False  # "figures show 80,000 jobs were lost"
    if t.lower == "reports" and not following.is_cap and following.lower.endswith("ing"):
        return True  # "media reports linking him to": a noun and a participle
    return not following.is_word or following.lower in _NOUN_FOLLOWERS


def _by_source(tokens: Sequence[Token], i: int) -> bool:
    """Is this "by" the agent of a report ("a poll by X", "figures released by X")?"""
    previous = tokens[i - 1].lower
    if previous in LEXICON.report_nouns:
        return True
    if previous in LEXICON.by_participles and i >= 2:
        before = tokens[i - 2].lower
        return before in LEXICON.report_nouns or (
            before in _BE and previous in LEXICON.reporting_verbs
        )
    return False


def _verb_fits(tokens: Sequence[Token], i: int, lemma: str, phrase: Phrase) -> bool:
    """Verb-specific checks: "police found 20 bodies" and "Labour added 5 seats" are no claims."""
    if i + 1 < len(tokens) and tokens[i + 1].lower in ("to", "by"):
        return False  # "is said to be", "expected to rise", "forces announced by X"
    if phrase.kind == "other" and phrase.start >= 1 and tokens[phrase.start - 1].lower in _PRONOUNS:
        return False  # "companies he controls said"
    if phrase.kind == "other" and (lemma not in LEXICON.speech_verbs or phrase.attachments):
        return False
    if (
        lemma == "show"
        and phrase.kind == "pronoun"
        and tokens[phrase.start].lower in ("it", "they")
    ):
        return True  # "it showed", of a survey
    if lemma in LEXICON.report_only_verbs and phrase.kind != "report":
        following = {t.lower for t in tokens[i + 1 : i + 12]}
        return lemma == "put" and "at" in following and phrase.kind != "name"
    if lemma in LEXICON.finding_verbs and phrase.kind not in ("report", "name", "quoted"):
        return phrase.kind == "pronoun" and tokens[phrase.start].lower == "it"
    if lemma in LEXICON.object_verbs or (phrase.kind == "other" and lemma in _RESULT_VERBS):
        # "Labour claimed 40 seats"; "the country reported 300 new cases": a result, not
        # a source (a source noun may report it: "the ministry reported 300 cases")
        k = i + 1
        while k < len(tokens) and tokens[k].lower in _HEDGES:
            k += 1
        if k < len(tokens) and tokens[k].in_figure:
            return False
    return True


def _span(tokens: Sequence[Token], verb: int, lemma: str, phrase: Phrase) -> tuple[int, int]:
    """Token range of the source: the phrase with its attachments; "according to ..." runs
    to the next punctuation mark."""
    start = min([phrase.start, *(a for _, a, _ in phrase.attachments)])
    end = max([phrase.end, *(b for _, _, b in phrase.attachments)])
    if lemma == "according to":
        start = verb
        while end < len(tokens) and (tokens[end].is_word or tokens[end].in_figure):
            end += 1
    return start, end


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
        ordered = sorted(figures, key=lambda f: (f.start, f.end))
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
            speaker, mention, verb, unattributed = self.speaker(s, inside_figures)
            is_quote = bool(quotes) and any(inside(quotes, f.start, f.end) for f in inside_figures)
            claims.append(_claim(s, speaker, mention, verb, is_quote))
            out.extend(
                _with_speaker(f, speaker) if speaker and f.start not in unattributed else f
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
            return "", "", "", _NONE
        # only amounts block a phrase: "the latest quarterly survey" has a set in it
        spans = [(f.start, f.end) for f in figures if f.kind in QUANTITY_KINDS]
        tokens, chosen = self._read(s, spans)
        if chosen is None:
            return "", "", "", _NONE
        i, verb, phrase = chosen
        if phrase.kind == "pronoun":
            self._recall(s.index, tokens[phrase.start].lower)
        speaker = speaker_of(self.text, tokens, phrase, self.names, self.memory)
        if not speaker:
            return "", "", "", _NONE
        a = phrase.start
        if a >= 1 and tokens[a - 1].lower in _ARTICLES:
            a -= 1
        mention = " ".join(self.text[tokens[a].start : tokens[phrase.end - 1].end].split())
        unattributed = self._unattributed(tokens, i, spans)
        before = _subordinate_start(tokens, i, phrase)
        if before >= 0:  # "Shares fell 3% after it warned that ...": the 3% is the story's
            unattributed = unattributed | {f.start for f in figures if f.end <= before}
        return speaker, mention, verb, unattributed

    def _unattributed(
        self, tokens: Sequence[Token], verb: int, spans: Sequence[tuple[int, int]]
    ) -> frozenset[int]:
        """Figures of an attributed sentence that its source does not put forward: the
        count of a source ("all three of the parties have said") and what the source
        could not confirm ("could not confirm reports that 40 died")."""
        if not spans:
            return _NONE
        out: set[int] = set()
        for k in _counted_subjects(tokens):
            out.update(a for a, b in spans if a <= tokens[k].start < b)
        verb_end = tokens[verb].end
        doubt = _DOUBT.search(self.text, verb_end, spans[-1][0])
        if doubt is not None:
            scope = _SCOPE_END.search(self.text, doubt.end(), spans[-1][0])
            limit = scope.start() if scope else spans[-1][0]
            out.update(a for a, _ in spans if doubt.end() <= a <= limit)
        return frozenset(out) if out else _NONE

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
                elif m.group() not in ("according", "According") and (
                    _NO_VERB_BEFORE.search(text, max(0, a - 12), a) or _NO_VERB_AFTER.match(text, b)
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
            chosen = _choose(tokens, self.quotes, spans)
            if begin == s.start or (chosen is not None and chosen[2].start > 2):
                break
        return tokens, chosen

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
                head = _HEAD.match(self.text, s.start, s.end)
                tokens = tokenize(self.text, s.start, head.end() if head else s.end, [])
                subject = sentence_subject(tokens, len(tokens))
                if subject is not None and subject.kind == ("source" if person else "name"):
                    phrase = subject
            if phrase is not None and pronoun == "it" and is_plural(tokens, phrase):
                continue  # "Analysts said ... It said": "it" is someone named before them
            if phrase is not None:
                settle(self.memory, self.names)
                if not person or tokens[phrase.start].start > self.memory.last_person_at:
                    speaker_of(self.text, tokens, phrase, self.names, self.memory)
                return


def _choose(
    tokens: Sequence[Token],
    quotes: list[tuple[int, int]],
    figures: Sequence[tuple[int, int]] = (),
) -> tuple[int, str, Phrase] | None:
    """The attribution of the sentence: the first outside quotation marks, else the first.

    A source phrase that holds every amount of the sentence (`figures`) is none: "according
    to results of two opinion polls" attributes nothing.
    """
    valid = []
    spans = []
    for i, lemma, phrase in _candidates(tokens):
        a, b = _span(tokens, i, lemma, phrase)
        low, high = tokens[a].start, tokens[b - 1].end
        if figures and all(low <= start and end <= high for start, end in figures):
            continue
        valid.append((i, lemma, phrase))
        spans.append((a, b))
    if len(valid) > 1:
        # "A poll by Ipsos found": the "by" phrase is the owner of the subject of "found",
        # which is the attribution
        valid = [
            c
            for c, (a, b) in zip(valid, spans, strict=True)
            if tokens[c[0]].lower != "by"
            or not any(
                a2 < a and b <= b2 and c2[0] > c[0] and c2[2].owner is not None
                for c2, (a2, b2) in zip(valid, spans, strict=True)
            )
        ]
    for i, lemma, phrase in valid:
        if not inside(quotes, tokens[i].start, tokens[i].end):
            return i, lemma, phrase
    return valid[0] if valid else None

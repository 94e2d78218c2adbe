"""What the words before a figure say it is: the subject of the verb that changed it
("exports rose 14.6 pct"), the object of a verb that changed it ("revised its profit
figure up to 842 mln"), the noun before "of" or "worth" ("a deficit of 29.3 billion dlrs",
"a deal worth 1bn euros"), the people of a casualty verb ("30 hurt").

Each function takes the tokens of the clause before the figure (phrases.clause_tokens).
"""

from __future__ import annotations

from pipeline.extract.quantities.lexicon import lexicon
from pipeline.extract.quantities.numerals import Found
from pipeline.extract.quantities.phrases import (
    PREPOSITIONS,
    VERBISH,
    amount_word,
    chunk,
    np_before,
    plural,
    tidy,
    tokens_after,
)

_LEX = lexicon()
# between a subject and its verb: "was far lower than", "is much higher than"
_SUBJECT_SKIP = _LEX.subject_skip | {"far", "much", "even"}
# the words of hedges that may stand between a verb and its figure ("will stay above",
# "be in excess of"); not those that also head other phrases ("the region", "on")
_HEDGE_WORDS = frozenset(
    w for phrase in _LEX.hedges_before for w in phrase.split() if len(phrase.split()) > 1
) - {"the", "a", "an", "on", "at", "like", "region", "something", "average", "minimum", "maximum"}
_HEDGE_WORDS |= frozenset(w for w in _LEX.hedges_before if " " not in w and w.isalpha())
_HEDGE_WORDS -= {"in"}  # only in "in excess of" (see verb_before)
_BE_FORMS = frozenset({"be", "been", "being", "is", "are", "was", "were"})
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "who", "which", "that"})
_BACK_SKIP = _LEX.back_skip


def casualty(text: str, f: Found) -> str:
    before = text[max(0, f.start - 20) : f.start].split()
    after = tokens_after(text, f.end, 3)
    words = [w.lower() for w in before[-1:]] + [w.lower() for w in after[:2]]
    if after and after[0].lower() in ("had", "have", "were", "was", "are", "been"):
        words.append(after[1].lower() if len(after) > 1 else "")
    return "people" if any(w in _LEX.casualty_verbs for w in words) else ""


def of_before(tokens: list[str], f: Found) -> str:
    """ "a deficit of 29.3 billion dlrs", "annual sales of $32bn": the noun before "of"."""
    i = len(tokens) - 1 - hedge_length(tokens)
    if i < 1 or tokens[i].lower() != "of":
        return ""
    i -= 1
    np: list[str] = []
    while i >= 0 and len(np) < 5:
        low = tokens[i].lower()
        # "an extraordinary gain of $59m": a sum's noun, though "gain" is also a verb
        sum_noun = f.kind == "money" and not np and low in _LEX.money_nouns
        if low in _LEX.stop_words or low in PREPOSITIONS or (low in VERBISH and not sum_noun):
            break
        if not tokens[i][0].isalnum() or amount_word(tokens[i]):
            break
        if len(np) >= 2 and plural(tokens[i]) and np[0].islower() and not plural(np[0]):
            break  # "It targets annual savings of": a verb (or a subject before its verb)
        np.insert(0, tokens[i])
        i -= 1
    if i >= 0 and tokens[i].lower() in PRONOUNS and len(np) >= 2 and np[0].islower():
        np = np[1:]  # "It targets annual savings of": a verb after a pronoun
    if len(np) >= 3 and np[0].islower() and np[0].endswith("ing"):
        np = np[1:]  # "enjoying spectacular growth of 10%": a verb, then its object
    return tidy(np, [], f.kind)


def worth_before(tokens: list[str], f: Found) -> str:
    """ "signed a deal worth 1bn euros": the noun before "worth"."""
    i = len(tokens) - 1 - hedge_length(tokens)
    if i < 1 or tokens[i].lower() != "worth":
        return ""
    _, words = chunk(tokens, i - 1)
    words = words[-3:]  # "the new facility replaces old advances worth": the last words
    if len(words) > 1 and words[0].islower() and words[0].endswith("ing"):
        words = words[1:]  # "selling new stocks worth"
    if words and words[-1].lower().split("'")[0].split("’")[0] in PRONOUNS:
        return ""  # "it's worth 150 dlrs"
    return tidy(words, [], f.kind)


_HEDGE_PHRASE_WORDS = frozenset(w for phrase in _LEX.hedges_before for w in phrase.split())
_PARTICLES = ("to", "up", "down", "at", "by")


def ends_plainly(word: str) -> bool:
    """Do `of_before` and `subject` find nothing in any clause that ends with `word`
    (lower case)? Both walk back from the last word only over hedges, particles, change
    verbs and the words `skippable` takes, so a clause that ends otherwise names no
    unit, and the caller need not cut the whole clause into tokens."""
    return not (
        word in _LEX.change_verbs
        or word in _PARTICLES
        or word in _HEDGE_PHRASE_WORDS
        or skippable(word)
    )


# The word counts (4 at most) of the hedges that end in a word, longest first: a clause
# whose last token ends no hedge (most of them) is done after one look-up.
_HEDGE_ENDING = {
    last: tuple(sorted({len(h.split()) for h in _LEX.hedges_before if h.split()[-1] == last})[::-1])
    for last in {h.split()[-1] for h in _LEX.hedges_before}
}


def hedge_length(tokens: list[str]) -> int:
    """How many of the last tokens make a hedge ("of more than", "about")."""
    for k in _HEDGE_ENDING.get(tokens[-1].lower(), ()) if tokens else ():
        if k <= 4 and len(tokens) > k and " ".join(tokens[-k:]).lower() in _LEX.hedges_before:
            return k - 1 if tokens[-k].lower() == "of" else k  # "charge of about"
    return 0


def subject(tokens: list[str], f: Found) -> str:
    """The subject of the change verb before the figure ("exports rose 14.6 pct"), or the
    object of a verb that changes it ("revised its profit figure up to 842 mln")."""
    i = verb_before(tokens, len(tokens) - 1)
    if i >= 1 and _amount_before(tokens[i - 1]):
        return ""  # "its nine pct rise to 49.55 cts": a noun, whose amount is another figure
    if i < 0:
        i = _verb_of_clause_before(tokens)  # "call money was softer today, at around 3.70 pct"
    if i < 0 and len(tokens) >= 3 and tokens[-1] == "at" and tokens[-2] in _DASHES:
        phrase, after_of = np_before(tokens, len(tokens) - 3)  # "consumer prices - at 2.4% -"
        return tidy(phrase, after_of, f.kind)
    if i < 0:
        return (
            object_before(tokens, len(tokens) - 1, f)
            or shares_moved(tokens, f)
            or _moved(tokens, f)
        )
    if tokens[i].lower().endswith("ing") and i > 0 and tokens[i - 1] == ",":
        # "the stock tumbled in Paris, shedding 15% to 22 cents": the main clause's verb
        j = i - 2
        while j >= 0 and tokens[j].lower() not in _LEX.change_verbs and tokens[j] not in ",;":
            j -= 1
        if j >= 0 and tokens[j].lower() in _LEX.change_verbs:
            i = j
    elif participle_after_noun(tokens, i):
        # "forged transactions amounting to": the noun right before, not its head noun
        return tidy(chunk(tokens, i - 1)[1], [], f.kind)
    i -= 1
    while i >= 0 and (
        tokens[i].lower() in _SUBJECT_SKIP or adverb(tokens[i]) or passive(tokens, i)
    ):
        i -= 1
    if f.kind == "money" and i >= 0 and tokens[i].lower() in _LEX.currency_words:
        return "per " + tokens[i].lower()  # the dollar fell to 108.40 yen
    if (
        i >= 2
        and tokens[i].lower() in _RELATIVES
        and (tokens[i - 1] == "," or tokens[i - 1] in _DASHES)
    ):
        i -= 2  # "the index of leading indicators, which rose 0.6 pct"
    elif i >= 1 and tokens[i].lower() in _RELATIVES:  # "on sales which fell 8%": the sales
        return tidy(chunk(tokens, i - 1)[1], [], f.kind)
    i = _before_relative(tokens, i)
    if f.kind == "number" and _toll_before(tokens, i):
        return "people"  # "the death toll (in Angur Adar) rose to 23": the dead
    phrase, after_of = np_before(tokens, i)
    if f.kind == "percent" and [w.lower() for w in phrase] == ["growth"] and not after_of:
        return "growth"  # "Growth for the quarter was 0.7%": growth, of the economy named before
    return tidy(phrase, after_of, f.kind)


def _toll_before(tokens: list[str], i: int) -> bool:
    """Does the subject ending at tokens[i] have "toll" as its head, perhaps followed by
    places ("the toll in Teri Mangal in Kurram Agency")?"""
    for j in range(i, max(-1, i - 10), -1):
        low = tokens[j].lower()
        if low == "toll":  # (but "the toll road's traffic rose to" is no death toll)
            return j == i or tokens[j + 1].lower() in ("in", "of", "at", "from", "for")
        if not tokens[j][:1].isalpha():
            return False
    return False


def _amount_before(word: str) -> bool:
    """A number or a percent sign ("the dollar slips", a currency, is a subject)."""
    low = word.lower()
    return low in ("pct", "percent", "%") or (amount_word(word) and low not in _LEX.currency_words)


_DASHES = frozenset(("-", "–", "—"))


def _has_clause(words: list[str]) -> bool:
    """Do the words hold a verb ("the target of efforts to impose curbs", "which rose")?"""
    low = [w.lower() for w in words]
    return any(
        w in _RELATIVES
        or w == "to"
        or w in _LEX.change_verbs
        # "which measured", but not "the hiring index", "the revised figure"
        or (w.endswith(("ed", "ing")) and (k == 0 or low[k - 1] not in _ARTICLE_WORDS))
        for k, w in enumerate(low)
    )


_ARTICLE_WORDS = frozenset("the a an its their his her".split())
_RELATIVES = frozenset(("which", "who", "whose", "that"))
_ASIDE_OPENERS = _RELATIVES | {"such", "including", "like", "notably", "especially"}


def _before_relative(tokens: list[str], i: int) -> int:
    """Skip a relative clause between subject and verb: "the ratio, which measures loans
    as a percentage of deposits, fell to 86.6 pct" -> the index of "ratio"; and an aside
    between dashes: "industrial output - the main target of curbs - was 11.5%"."""
    if i >= 1 and tokens[i] in _DASHES:
        for j in range(i - 1, max(-1, i - 30), -1):
            if tokens[j] in _DASHES:
                # an aside with a verb or a description ("the focus of the bank") is
                # skipped; a plain noun phrase ("the survey - the employment index -
                # eased") names the subject better
                aside = tokens[j + 1 : i]
                described = "of" in aside or "for" in aside
                return j - 1 if described or _has_clause(aside) else i - 1
            if tokens[j] in ",;:":
                break
        return i
    if i < 1 or tokens[i] != ",":
        return i
    for j in range(i - 1, max(-1, i - 30), -1):
        if tokens[j] in ",;:":
            if j + 1 < i and tokens[j + 1].lower() in _ASIDE_OPENERS:
                return j - 1  # ", which ...", ", such as ...", ", including ..."
            return i
    return i


def _verb_of_clause_before(tokens: list[str]) -> int:
    """ "was slightly softer today, at around 3.70 pct", "slowed sharply in the fourth
    quarter to 5.6%": a time phrase or a comma between the change verb and the particle
    before its figure; the index of that verb, else -1."""
    i = len(tokens) - 1
    while i >= 0 and tokens[i].lower() in _HEDGE_PHRASE_WORDS and tokens[i] not in ("at", "to"):
        i -= 1
    if i < 1 or (tokens[i], tokens[i - 1] == ",") not in (("at", True), ("to", False)):
        return -1
    for j in range(i - 1 if tokens[i] == "to" else i - 2, max(-1, i - 10), -1):
        low = tokens[j].lower()
        if low in _LEX.object_verbs and j + 1 < i and tokens[j + 1].lower() not in _TIME_WORDS:
            return -1  # "raised its rate on Monday to 7 pct": the rate, not the bank
        if low in _LEX.change_verbs:
            # a past form only: "a half-point cut in base rates to", "a 42 pct jump in
            # earnings to" are nouns
            return j if low.endswith("ed") or low in _PAST_FORMS else -1
        if not tokens[j][0].isalpha() or amount_word(low) or low in ("pct", "percent"):
            return -1  # "rose two cts a pound to 69 cents": another figure's verb
    return -1


_TIME_WORDS = frozenset("in on at during for over since by".split())
_PAST_FORMS = frozenset("rose fell grew was were stood sank slid shrank hit remained".split())


def _moved(tokens: list[str], f: Found) -> str:
    """ "It leaves GDP up 2.3%": a noun then up or down by the figure, with no verb."""
    i = len(tokens) - 1
    while i >= 0 and tokens[i].lower() not in ("up", "down") and skippable(tokens[i].lower()):
        i -= 1
    if f.kind == "number" or i < 1 or tokens[i].lower() not in ("up", "down"):
        return ""
    word = tokens[i - 1].lower()
    if word in _LEX.change_verbs or word.endswith(("ed", "ing")) or word in _MOVE_VERBS:
        return ""  # "having shot up more than 7%": a verb's particle, no noun before it
    if word == ",":
        # "house price inflation is still strong, up 13.8%": the subject of the clause
        for j in range(i - 2, max(0, i - 6), -1):
            if tokens[j].lower() in _STATE_VERBS:
                if any(_amount_before(t) or t[0].isdigit() for t in tokens[j + 1 : i - 1]):
                    return ""  # "the index was 113.1, up 2.6 pct": a level's change
                phrase, after_of = np_before(tokens, j - 1)
                return tidy(phrase, after_of, f.kind)
        return ""
    phrase, after_of = np_before(tokens, i - 1)
    return tidy(phrase, after_of, f.kind)


_STATE_VERBS = frozenset("is are was were remains remained stays stayed".split())


_MOVE_VERBS = frozenset("shot went came go goes come comes moved crept".split())


def participle_after_noun(tokens: list[str], i: int) -> bool:
    before = tokens[i - 1] if i > 0 else ""
    return (
        tokens[i].lower().endswith("ing")
        and before[:1].isalpha()
        and before.lower() not in _LEX.subject_skip
    )


def passive(tokens: list[str], i: int) -> bool:
    """ "should be allowed to rise": a participle after "be" stands between subject and verb."""
    t = tokens[i]
    return t.islower() and t.endswith("ed") and i > 0 and tokens[i - 1].lower() in _BE_FORMS


def adverb(t: str) -> bool:
    return t.endswith("ly") and len(t) > 4 and t.islower()


# The words `skippable` takes as they are, in one set: the test runs for every token
# that the verb, object and share-price searches walk back over.
_SKIPPABLE = frozenset(
    [
        *_BACK_SKIP,
        *_LEX.magnitude_words,
        *_LEX.currency_words,
        *("pct", "percent", "%", "$", "£", "€", "per", "cent", "last", "this", "far"),
        *("point", "points", "percentage"),
        *_HEDGE_WORDS,  # "will stay above four pct", "be in excess of"
    ]
)


def skippable(t: str) -> bool:
    """A word between a change verb and its figure: "rose a record 14.6 pct to", "was far
    less than last year's"."""
    return (
        t in _SKIPPABLE
        or t[0].isdigit()
        or (t.endswith("ly") and len(t) > 4)
        or (t.endswith(("'s", "’s")) and t[:-2] in _LEX.time_units)
    )


def verb_before(tokens: list[str], i: int) -> int:
    """The index of the change verb before the figure, over words that may stand between."""
    skipped = 0
    if i >= 2 and tokens[i].islower() and tokens[i - 1].lower() in ("a", "an"):
        i -= 1  # "grew by a breakneck 9.5%", "rose by a record 5%": an adjective of the size
    elif (
        i >= 3 and tokens[i].islower() and tokens[i - 1].islower() and tokens[i - 2] in ("a", "an")
    ):
        i -= 2  # "fell by a whopping near 30%"
    while i >= 0 and skipped < 12:
        t = tokens[i].lower()
        if t in _LEX.change_verbs:
            return i
        after = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        # "in excess of", "by an average of about 4%" (but "to an average 4.59 dlrs a
        # gallon from 6.76 dlrs" leaves the second sum to the rate said once)
        excess = (t == "in" and after == "excess") or (t == "average" and after == "of")
        # "sales came in at $43.7bn"
        came_in = t == "in" and i > 0 and tokens[i - 1].lower() in ("came", "come", "comes")
        if not skippable(t) and not excess and not came_in:
            return -1
        i -= 1
        skipped += 1
    return -1


def shares_moved(tokens: list[str], f: Found) -> str:
    """ "sent Fiat shares down 1.2%": shares up or down by a figure move the share price."""
    i = len(tokens) - 1
    while i >= 0 and skippable(tokens[i].lower()):
        i -= 1
    moved = any(t.lower() in ("up", "down") for t in tokens[i + 1 :])
    if f.kind != "number" and moved and i >= 0 and tokens[i].lower() in _LEX.share_words:
        return "share price"
    return ""


def object_before(tokens: list[str], i: int, f: Found) -> str:
    """ "revised its 1986 net profit figure up to 842 mln": the noun phrase that a change
    verb governs, when only a particle stands between it and the figure."""
    while i >= 0 and (tokens[i].lower() in _PARTICLES or skippable(tokens[i].lower())):
        i -= 1  # "cut its discount rate by 1-1/4 point to 3-1/2 pct"
    if i == len(tokens) - 1 or f.kind == "number":
        return ""
    # the verb is a token of the chunk or the one before it, and a chunk has at most 8
    # words: without such a verb among the last 9 tokens, the chunk is not worth cutting
    if not any(t.lower() in _LEX.object_verbs for t in tokens[max(0, i - 8) : i + 1]):
        return ""
    j, words = chunk(tokens, i)
    after_of: list[str] = []
    prep = tokens[j].lower() if j >= 2 else ""
    if words and prep in ("to", "for", "on", "in") and tokens[j - 1][0].isalnum():
        # "cut their lending rates to small borrowers by one point to 14 pct": the
        # object before a prepositional phrase; "raised its stake in Acme Corp to": the
        # stake, of the company it is in
        k, earlier = chunk(tokens, j - 1)
        verb = k >= 0 and tokens[k].lower() in _LEX.object_verbs
        amount = any(_amount_before(w) for w in earlier)  # "increased 10.8 pct on a basis to"
        if earlier and not amount and (verb or earlier[0].lower() in _LEX.object_verbs):
            after_of = words if prep == "in" else []
            j, words = k, earlier
    if j >= 1 and tokens[j].lower() in ("of", "per") and words:
        # "put the cost of the scheme at", "estimated per capita GNP at": the phrase before
        j, before = chunk(tokens, j - 1)
        if tokens[j + 1 + len(before)].lower() == "per":
            words = [*before, "per", *words]
        else:
            words, after_of = before, words
    # the verb ends the chunk, or opens it when it is no known verb form: "was halving its
    # dividend payment" (the chunk drops all up to its determiner)
    verb = j >= 0 and tokens[j].lower() in _LEX.object_verbs
    if words and words[0].lower() in _LEX.object_verbs:
        words, verb = words[1:], True  # "to boost government income by 6.1% to"
    elif words and words[0] != tokens[j + 1] and tokens[j + 1].lower() in _LEX.object_verbs:
        verb = True
    if not words or not verb:
        return ""
    return tidy(words, after_of, f.kind)

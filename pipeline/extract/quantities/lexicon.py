"""The word lists of the quantity extractor, loaded once from pipeline/data/quantities_*.json.

Everything that is a list of words (number words, magnitudes, currencies, hedges, unit
nouns) lives in those files, not in code; this module turns them into the frozen sets,
dicts and regex alternations the scanner needs.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any


def load(name: str) -> dict[str, Any]:
    """One data file of the quantity extractor, parsed (``name`` without prefix and suffix)."""
    path = resources.files("pipeline") / "data" / f"quantities_{name}.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


# a space in a phrase may be a wire line break: "a\nbarrel", "per \ncent"
_GAP = r"(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)"


def alternation(words: Any, *, capitalised: bool = False) -> str:
    """A regex alternation of words, longest first, so that "per cent" beats "per".

    It is shaped as a trie (`trie_alternation`), which ``re`` rejects at the first
    letter that fits no word instead of trying every word: the match is the same, as
    the words that fit one text are prefixes of each other and the trie tries the
    longer first. Words that fit only case-insensitively ("M", "million" in a ``(?i:)``
    group) could break that order, so they keep the flat form.

    >>> alternation(["mln", "m", "million"])
    'm(?:illion|ln)?'
    >>> alternation(["M", "million"])
    'million|M'
    >>> bool(re.fullmatch(alternation(["a barrel"]), "a\\nbarrel"))
    True
    """
    forms = set(words)
    if capitalised:
        forms |= {w[:1].upper() + w[1:] for w in words}
    if _trie_safe(forms):
        return trie_alternation(forms, gap=_GAP)
    ordered = sorted(forms, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", _GAP) for w in ordered)


def _trie_safe(forms: set[str]) -> bool:
    """Does a trie of `forms` match what the longest-first alternation matches, also in
    a case-insensitive group? (When one word fits the start of another only when case
    is ignored, the trie could try the shorter one first.)"""
    lower = sorted((w.lower(), w) for w in forms)
    for k, (low, word) in enumerate(lower):
        if "  " in word:
            return False  # two gaps in a row could split one run of white space
        for other_low, other in lower[k + 1 :]:
            if not other_low.startswith(low):
                break  # sorted: no later word starts with `low` either
            if not other.startswith(word):
                return False
    return True


@dataclass(frozen=True)
class Family:
    """A currency word whose ISO code depends on the country (dollar, franc, rupee...)."""

    default: str
    adjectives: dict[str, str]
    #: ISO code -> words that point to that country in the article.
    cues: dict[str, tuple[str, ...]]
    #: Words that point to the default country (they outvote the cues).
    home_cues: tuple[str, ...]
    #: A currency of international trade (the US dollar): a country cue is not enough,
    #: only `strong_cues` (its government, central bank, statistics office) or the name
    #: of a domestic aggregate ("Canada's money supply") make a bare amount local.
    international: bool = False
    strong_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: Exchange suffix of a wire ticker ("<SWPC.HKG>") -> the currency of that market: the
    #: story's company, ticked first, is listed there.
    exchanges: dict[str, str] = field(default_factory=dict)

    @property
    def codes(self) -> frozenset[str]:
        """Every ISO code of the family."""
        return frozenset([self.default, *self.adjectives.values(), *self.cues])


@dataclass(frozen=True)
class Lexicon:
    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    multipliers: dict[str, int]
    fractions: dict[str, int]
    vague: dict[str, int]
    vague_modifiers: tuple[str, ...]
    one_next: frozenset[str]
    one_prev: frozenset[str]
    idioms: tuple[str, ...]
    magnitude_words: dict[str, float]
    magnitude_attached: dict[str, float]
    metre_context: frozenset[str]
    symbols: dict[str, str]
    codes: tuple[str, ...]
    currency_words: dict[str, dict[str, Any]]
    prefix_words: tuple[str, ...]
    domestic_nouns: tuple[str, ...]
    families: dict[str, Family]
    us_cues: tuple[str, ...]
    hedges_before: dict[str, str]
    hedges_after: dict[str, str]
    soft_hedges: frozenset[str]
    particle_up: frozenset[str]
    approx_margin: float
    stop_words: frozenset[str]
    invariant_plurals: frozenset[str]
    measures: dict[str, str]
    time_units: frozenset[str]
    time_adjectives: frozenset[str]
    count_labels: frozenset[str]
    money_labels: frozenset[str]
    money_nouns: frozenset[str]
    verb_sums: dict[str, str]
    object_verbs: frozenset[str]
    passive_sums: dict[str, str]
    share_words: frozenset[str]
    purpose_nouns: frozenset[str]
    year_counts: frozenset[str]
    compound_skip: frozenset[str]
    compound_percent: frozenset[str]
    row_label_words: dict[str, str]
    pay_rates: dict[str, str]
    pay_nouns: frozenset[str]
    rate_nouns: frozenset[str]
    count_nominals: dict[str, str]
    point_lead: frozenset[str]
    rate_point_lead: frozenset[str]
    casualty_verbs: frozenset[str]
    change_verbs: frozenset[str]
    subject_skip: frozenset[str]
    count_heads: frozenset[str]
    uninformative_heads: frozenset[str]
    change_nouns: frozenset[str]
    change_from_nouns: frozenset[str]
    change_in_nouns: frozenset[str]
    whole_heads: frozenset[str]
    bond_terms: dict[str, str]
    respondent_verbs: frozenset[str]
    rate_words: dict[str, str]
    id_before: frozenset[str]
    id_after: frozenset[str]
    aircraft_models: frozenset[float]
    aircraft_words: frozenset[str]
    aircraft_cues: tuple[str, ...]
    score_words: frozenset[str]
    year_before: frozenset[str]
    months: frozenset[str]
    determiners: frozenset[str]
    np_skip: frozenset[str]
    prepositions: frozenset[str]
    back_skip: frozenset[str]
    chunk_inner: frozenset[str]
    nominal_gerunds: frozenset[str]

    @property
    def all_adjectives(self) -> dict[str, str]:
        """Every currency adjective of every family ("Canadian" -> CAD)."""
        out: dict[str, str] = {}
        for family in self.families.values():
            out.update(family.adjectives)
        return out


@cache
def lexicon() -> Lexicon:
    """The word lists, read once per process."""
    numbers, mags, cur = load("numbers"), load("magnitudes"), load("currencies")
    hedges, units = load("hedges"), load("units")
    families = {
        name: Family(
            default=f["default"],
            adjectives=dict(f["adjectives"]),
            cues={code: tuple(words) for code, words in f.get("cues", {}).items()},
            home_cues=tuple(f.get("home_cues", ())),
            international=bool(f.get("international", False)),
            strong_cues={code: tuple(words) for code, words in f.get("strong_cues", {}).items()},
            exchanges=dict(f.get("exchanges", {})),
        )
        for name, f in cur["families"].items()
    }
    return Lexicon(
        units=numbers["units"],
        tens=numbers["tens"],
        scales={**numbers["hundred"], **numbers["scales"]},
        multipliers=numbers["multipliers"],
        fractions=numbers["fractions"],
        vague=numbers["vague"],
        vague_modifiers=tuple(numbers["vague_modifiers"]),
        one_next=frozenset(numbers["pronoun_one_next"]),
        one_prev=frozenset(numbers["pronoun_one_prev"]),
        idioms=tuple(numbers["idioms"]),
        magnitude_words={k: float(v) for k, v in mags["words"].items()},
        magnitude_attached={k: float(v) for k, v in mags["attached"].items()},
        metre_context=frozenset(mags["metre_context"]),
        symbols=cur["symbols"],
        codes=tuple(cur["codes"]),
        currency_words=cur["words"],
        prefix_words=tuple(cur["prefix_words"]),
        domestic_nouns=tuple(cur["domestic_nouns"]),
        families=families,
        us_cues=tuple(cur["families"]["dollar"]["us_cues"]),
        hedges_before=hedges["before"],
        hedges_after=hedges["after"],
        soft_hedges=frozenset(hedges["soft"]),
        particle_up=frozenset(hedges["particle_up"]),
        approx_margin=float(hedges["approx_margin"]),
        stop_words=frozenset(units["stop_words"]),
        invariant_plurals=frozenset(units["invariant_plurals"]),
        measures=units["measures"],
        time_units=frozenset(units["time_units"]),
        time_adjectives=frozenset(units["time_adjectives"]),
        count_labels=frozenset(units["count_labels"]),
        money_labels=frozenset(units["money_labels"]),
        money_nouns=frozenset(units["money_nouns"]),
        verb_sums=units["verb_sums"],
        object_verbs=frozenset(units["object_verbs"]),
        passive_sums=units["passive_sums"],
        share_words=frozenset(units["share_words"]),
        purpose_nouns=frozenset(units["purpose_nouns"]),
        year_counts=frozenset(units["year_counts"]),
        compound_skip=frozenset(units["compound_skip"]),
        compound_percent=frozenset(units["compound_percent"]),
        row_label_words=units["row_label_words"],
        pay_rates=units["pay_rates"],
        pay_nouns=frozenset(units["pay_nouns"]),
        rate_nouns=frozenset(units["rate_nouns"]),
        count_nominals=units["count_nominals"],
        point_lead=frozenset(units["percent_point_lead"]),
        rate_point_lead=frozenset(units["rate_point_lead"]),
        casualty_verbs=frozenset(units["casualty_verbs"]),
        change_verbs=frozenset(units["change_verbs"]),
        subject_skip=frozenset(units["subject_skip_verbs"]),
        count_heads=frozenset(units["count_heads"]),
        uninformative_heads=frozenset(units["uninformative_heads"]),
        change_nouns=frozenset(units["change_nouns"]),
        change_from_nouns=frozenset(units["change_from_nouns"]),
        change_in_nouns=frozenset(units["change_in_nouns"]),
        whole_heads=frozenset(units["whole_heads"]),
        bond_terms=units["bond_terms"],
        respondent_verbs=frozenset(units["respondent_verbs"]),
        rate_words=units["rate_words"],
        id_before=frozenset(units["id_before"]),
        id_after=frozenset(units["id_after"]),
        aircraft_models=frozenset(float(v) for v in units["aircraft_models"]),
        aircraft_words=frozenset(units["aircraft_words"]),
        aircraft_cues=tuple(units["aircraft_cues"]),
        score_words=frozenset(units["score_words"]),
        year_before=frozenset(units["year_before"]),
        months=frozenset(units["months"]),
        determiners=frozenset(units["determiners"]),
        np_skip=frozenset(units["np_skip"]),
        prepositions=frozenset(units["prepositions"]),
        back_skip=frozenset(units["back_skip"]),
        chunk_inner=frozenset(units["chunk_inner"]),
        nominal_gerunds=frozenset(units["nominal_gerunds"]),
    )


def trie_alternation(words: Any, *, gap: str = "") -> str:
    """A regex that matches exactly `words`, factored as a trie so that the scan is fast.

    ``re`` tries the branches of a plain alternation one by one at every position; a
    trie shares their prefixes, which makes the document scan several times faster.
    With `gap`, a space in a word matches that pattern instead of a space.

    >>> trie_alternation(["ten", "tens", "two"])
    't(?:en(?:s)?|wo)'
    """
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [
            (gap if gap and ch == " " else re.escape(ch)) + build(sub)
            for ch, sub in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        if "" not in node:
            return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + "|".join(branches) + ")?"

    return build(root)

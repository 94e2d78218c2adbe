"""The troop word lists (pipeline/data/troops_lexicon.json), loaded once, and the
alternations built from them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

import regex


@dataclass(frozen=True)
class Lexicon:
    """Word lists, lower-case; see the JSON file for what each one is for."""

    nouns: frozenset[str]
    context_nouns: frozenset[str]
    casualty_nouns: frozenset[str]
    military_context: frozenset[str]
    not_military: frozenset[str]
    modifiers: frozenset[str]
    force_nouns: frozenset[str]
    count_verbs: frozenset[str]
    troop_measures: frozenset[str]
    casualty_words: frozenset[str]
    people_nouns: frozenset[str]
    location_prepositions: tuple[str, ...]
    compass: frozenset[str]
    hedges: frozenset[str]
    compound_heads: frozenset[str]
    aircraft_context: frozenset[str]
    not_places: frozenset[str]
    owner_verbs: frozenset[str]
    place_nouns: frozenset[str]
    event_before_only: frozenset[str]
    event_after_only: frozenset[str]
    group_words: frozenset[str]
    #: event -> its words as written
    events: dict[str, tuple[str, ...]]
    #: vague amount -> (lower, upper)
    vague: dict[str, tuple[int, int]]


def _load() -> Lexicon:
    raw: dict[str, Any] = json.loads(
        resources.files("pipeline").joinpath("data/troops_lexicon.json").read_text("utf-8")
    )
    lists = {
        k: frozenset(v)
        for k, v in raw.items()
        if not k.startswith("_") and isinstance(v, list) and k != "location_prepositions"
    }
    return Lexicon(
        location_prepositions=tuple(raw["location_prepositions"]),
        events={event: tuple(words) for event, words in raw["events"].items()},
        vague={words: (bounds[0], bounds[1]) for words, bounds in raw["vague"].items()},
        **lists,
    )


LEXICON = _load()


def alternation(words: Any) -> str:
    """Longest first, spaces as any white space (wire copy wraps lines): for a verbose regex."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(regex.escape(w).replace("\\ ", r"\s+") for w in ordered)


#: A troop noun (or a noun that is one in military context), as a regex alternation.
NOUNS = alternation(LEXICON.nouns | LEXICON.context_nouns | LEXICON.casualty_nouns)
#: Hedge words between a pattern and its number: "a force of about 11,000".
HEDGES = alternation(LEXICON.hedges)

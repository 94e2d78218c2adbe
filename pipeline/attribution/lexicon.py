"""The attribution word lists (pipeline/data/attribute_lexicon.json), loaded once."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Lexicon:
    """Word lists, all lower-case; see the JSON file for what each one is for."""

    reporting_verbs: dict[str, str]
    report_only_verbs: frozenset[str]
    finding_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    honorifics: frozenset[str]
    post_nominals: frozenset[str]
    object_verbs: frozenset[str]
    source_nouns: frozenset[str]
    report_nouns: frozenset[str]
    titles: frozenset[str]
    org_words: frozenset[str]
    determiners: frozenset[str]
    skip_before_verb: frozenset[str]
    stop_words: frozenset[str]
    person_pronouns: frozenset[str]
    other_pronouns: frozenset[str]
    capitalised_function_words: frozenset[str]
    sentence_initial_words: frozenset[str]
    connectors: frozenset[str]
    by_participles: frozenset[str]
    weekdays_months: frozenset[str]
    weekday_titles: frozenset[str]
    company_nouns: frozenset[str]
    outlet_nouns: frozenset[str]
    nationality_adjectives: frozenset[str]
    party_names: dict[str, str]


def _load() -> Lexicon:
    raw: dict[str, Any] = json.loads(
        resources.files("pipeline").joinpath("data/attribute_lexicon.json").read_text("utf-8")
    )
    lists = {
        key: frozenset(value)
        for key, value in raw.items()
        if not key.startswith("_") and isinstance(value, list)
    }
    return Lexicon(
        reporting_verbs=dict(raw["reporting_verbs"]), party_names=dict(raw["party_names"]), **lists
    )


LEXICON = _load()

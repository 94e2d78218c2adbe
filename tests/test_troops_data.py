"""The word lists of troop counts and attribution (pipeline/data/troops_*.json and
attribute_*.json) have the shape the code expects: a hand-broken file fails here."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest

from pipeline.records import TROOP_EVENTS

FILES = ("troops_lexicon", "attribute_lexicon")


def load(name: str) -> dict[str, Any]:
    text = resources.files("pipeline").joinpath(f"data/{name}.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@pytest.mark.parametrize("name", FILES)
def test_every_list_is_documented_lower_case_and_unique(name: str) -> None:
    data = load(name)
    assert isinstance(data["_about"], str) and len(data["_about"]) > 40
    for key, value in data.items():
        if key.startswith("_") or not isinstance(value, list):
            continue
        assert f"_{key}" in data or key in _DOCUMENTED_TOGETHER, f"{name}.{key} lacks its _note"
        assert value and len(value) == len(set(value)), f"{name}.{key} is empty or repeats"
        assert all(isinstance(w, str) and w == w.strip().lower() and w for w in value), key


_DOCUMENTED_TOGETHER: set[str] = set()


def test_troop_events_are_the_records_events() -> None:
    events = load("troops_lexicon")["events"]
    assert set(events) == set(TROOP_EVENTS)
    words = [w for ws in events.values() for w in ws]
    assert len(words) == len(set(words)), "an event word marks two events"
    only = load("troops_lexicon")
    assert set(only["event_before_only"]) <= set(words)
    assert set(only["event_after_only"]) <= set(words)


def test_vague_bounds_are_ordered() -> None:
    for words, (lower, upper) in load("troops_lexicon")["vague"].items():
        assert words == words.lower() and 0 < lower < upper, words


def test_context_nouns_are_not_plain_nouns() -> None:
    data = load("troops_lexicon")
    assert not set(data["nouns"]) & set(data["context_nouns"])


def test_reporting_verbs_map_to_lemmas_that_the_other_lists_use() -> None:
    data = load("attribute_lexicon")
    lemmas = set(data["reporting_verbs"].values())
    for key in ("report_only_verbs", "finding_verbs", "speech_verbs", "object_verbs"):
        assert set(data[key]) <= lemmas, key
    assert all(w == w.lower() and " " not in w for w in data["reporting_verbs"])

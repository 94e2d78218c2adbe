"""The word lists of the quantity extractor (pipeline/data/quantities_*.json) have the shape
the code expects: a stale or hand-broken file fails here, not deep inside a scan."""

from __future__ import annotations

import re

import pytest

from pipeline.extract.quantities.lexicon import lexicon, load

ISO = re.compile(r"^[A-Z]{3}$")
FILES = ("numbers", "magnitudes", "currencies", "hedges", "units")


@pytest.mark.parametrize("name", FILES)
def test_every_file_documents_itself(name: str) -> None:
    data = load(name)
    assert isinstance(data["_about"], str) and len(data["_about"]) > 40


@pytest.mark.parametrize("name", FILES)
def test_lists_have_no_duplicates_and_no_blank_words(name: str) -> None:
    for key, value in load(name).items():
        if isinstance(value, list):
            assert len(value) == len(set(value)), f"{name}.{key} has duplicates"
            assert all(isinstance(w, str) and w.strip() == w and w for w in value), key


def test_number_words() -> None:
    numbers = load("numbers")
    assert numbers["units"]["nineteen"] == 19 and len(numbers["units"]) == 20
    assert sorted(numbers["tens"].values()) == list(range(20, 100, 10))
    assert all(isinstance(v, int) and v > 1 for v in numbers["fractions"].values())
    assert all(w == w.lower() for part in ("units", "tens", "fractions") for w in numbers[part])


def test_magnitudes_are_powers_of_ten() -> None:
    mags = load("magnitudes")
    for table in ("words", "attached"):
        for word, value in mags[table].items():
            assert value >= 1000 and str(int(value)).rstrip("0") == "1", (word, value)
    assert mags["words"]["bn"] == 1e9 and mags["attached"]["m"] == 1e6


def test_currencies_map_to_iso_codes_or_families() -> None:
    cur = load("currencies")
    families = set(cur["families"])
    for marker, target in cur["symbols"].items():
        assert ISO.match(target) or target in families, marker
    for word, entry in cur["words"].items():
        assert word == word.lower(), word
        assert ISO.match(entry["currency"]) or entry["currency"] in families, word
        assert set(entry) <= {"currency", "factor", "needs", "magnitude_only"}, word
    assert all(ISO.match(code) for code in cur["codes"])
    for name, family in cur["families"].items():
        assert ISO.match(family["default"]), name
        assert all(ISO.match(code) for code in family["adjectives"].values()), name
        assert all(ISO.match(code) and words for code, words in family.get("cues", {}).items())
        strong = family.get("strong_cues", {})
        assert all(ISO.match(code) and words for code, words in strong.items()), name
        assert isinstance(family.get("international", False), bool), name
    # only the dollar is a currency of international trade, and it needs strong cues
    assert [n for n, f in cur["families"].items() if f.get("international")] == ["dollar"]
    dollar = cur["families"]["dollar"]
    for code, strong in dollar["strong_cues"].items():  # context.py skips unnamed countries
        assert all(any(cue in s for cue in dollar["cues"][code]) for s in strong), code
    assert cur["domestic_nouns"] and all(w.strip() == w for w in cur["domestic_nouns"])


def test_hedges_name_known_qualifiers() -> None:
    from pipeline.records import QUALIFIERS

    hedges = load("hedges")
    assert set(hedges["before"].values()) <= set(QUALIFIERS)
    assert set(hedges["after"].values()) <= set(QUALIFIERS)
    assert set(hedges["soft"]) <= set(hedges["before"])
    assert 0 < hedges["approx_margin"] < 0.5


def test_unit_lists_are_lower_case_where_matched_lower_case() -> None:
    units = load("units")
    for key in (
        "stop_words",
        "time_units",
        "casualty_verbs",
        "change_verbs",
        "respondent_verbs",
        "change_in_nouns",
        "whole_heads",
    ):
        assert all(w == w.lower() for w in units[key]), key
    assert all(w[:1].isupper() for w in units["id_after"]), "id_after is matched as written"
    assert all(w[:1].isupper() for w in units["months"])
    # a change "in" something passes its unit on only if it is a change at all
    assert set(units["change_in_nouns"]) <= set(units["change_nouns"])


def test_lexicon_loads_once() -> None:
    assert lexicon() is lexicon()
    assert lexicon().families["dollar"].default == "USD"


def test_unit_word_lists_for_sums_models_and_verbs() -> None:
    units, hedges = load("units"), load("hedges")
    verbs = set(units["change_verbs"])
    assert all(w == w.lower() for w in units["object_verbs"]) and set(units["object_verbs"])
    for table in ("verb_sums", "passive_sums"):
        assert all(k == k.lower() and v == v.lower() and v for k, v in units[table].items())
    assert set(units["passive_sums"]) <= set(units["verb_sums"]) | verbs | {"spent"}
    assert all(w.isdigit() and len(w) == 3 for w in units["aircraft_models"])
    assert all(w == w.lower() for w in units["aircraft_words"] + units["money_nouns"])
    assert set(units["share_words"]) <= {"shares", "stock", "stocks", "share", "equity"}
    assert all(w == w.lower() for w in units["purpose_nouns"] + hedges["particle_up"])

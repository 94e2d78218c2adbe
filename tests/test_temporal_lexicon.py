"""The word lists of the temporal extractor (pipeline/data/temporal_lexicon.json) have the
shape the code expects: a stale or hand-broken file fails here, not deep inside a scan."""

from __future__ import annotations

import json
import re
from datetime import date
from importlib import resources
from typing import Any

import pytest

from pipeline.extract.temporal import lexicon
from pipeline.extract.temporal.calendar import duration_granularity

DATA: dict[str, Any] = json.loads(
    resources.files("pipeline").joinpath("data", "temporal_lexicon.json").read_text("utf-8")
)
LISTS = [key for key, value in DATA.items() if not key.startswith("_")]


def test_the_file_documents_itself_and_every_list() -> None:
    assert isinstance(DATA["_about"], str) and len(DATA["_about"]) > 40
    assert set(DATA["_notes"]) == set(LISTS)
    assert all(isinstance(note, str) and len(note) > 15 for note in DATA["_notes"].values())


@pytest.mark.parametrize("key", LISTS)
def test_keys_are_lower_case_words_without_duplicates(key: str) -> None:
    words = list(DATA[key])
    assert len(words) == len(set(words)), key
    assert all(isinstance(w, str) and w == w.strip() and w == w.lower() and w for w in words), key


def test_months_and_weekdays_cover_the_calendar() -> None:
    assert sorted(set(lexicon.MONTHS.values())) == list(range(1, 13))
    assert sorted(lexicon.WEEKDAYS.values()) == list(range(1, 8))
    assert lexicon.MONTHS["sept"] == lexicon.MONTHS["september"] == 9


def test_number_words() -> None:
    assert lexicon.CARDINALS["nineteen"] == 19 and lexicon.CARDINALS["ninety"] == 90
    assert lexicon.ORDINALS["third"] == 3 and lexicon.ORDINALS["thirtieth"] == 30
    assert lexicon.number_word("twenty-first") == 21 and lexicon.number_word("forty two") == 42
    assert set(lexicon.MULTIPLIERS.values()) == {12, 100, 1000}


def test_units_have_codes_and_every_plural_a_singular() -> None:
    assert set(lexicon.UNITS) == {
        "second", "minute", "hour", "day", "week", "fortnight", "month", "quarter", "year",
        "decade", "century", "millennium",
    }  # fmt: skip
    assert set(lexicon.UNIT_PLURALS.values()) <= set(lexicon.UNITS)
    assert lexicon.unit_of("Centuries") == "century" and lexicon.unit_of("week") == "week"


def test_seasons_parts_of_day_sets_and_references_are_timex3() -> None:
    assert set(lexicon.SEASONS.values()) == {"SP", "SU", "FA", "WI"}
    assert set(lexicon.PARTS_OF_DAY.values()) <= {"MO", "AF", "EV", "NI", "MI", "MN"}
    for word, value in lexicon.SETS.items():
        assert re.fullmatch(r"P(?:T?\d+[A-Z])+", value), word
        assert duration_granularity(value) != "unknown", word
    assert set(lexicon.REFERENCES.values()) == {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}


def test_holidays_are_days_of_the_year() -> None:
    for name, day in lexicon.HOLIDAYS.items():
        month, dom = map(int, day.split("-"))
        date(2024, month, dom)  # a leap year: every day exists
        assert re.fullmatch(r"\d\d-\d\d", day), name


def test_tense_markers_do_not_overlap() -> None:
    assert not lexicon.FUTURE_MARKERS & lexicon.PAST_MARKERS
    assert {"will", "would", "scheduled"} <= lexicon.FUTURE_MARKERS
    assert {"said", "was", "ago"} <= lexicon.PAST_MARKERS

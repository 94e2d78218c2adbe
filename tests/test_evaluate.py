"""The scorer behind `factrack eval`: matching, values, keys, and the gold reader."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.evalrun import evaluate_file
from pipeline.evaluate import (
    GoldDoc,
    GoldFormatError,
    read_gold,
    score,
    score_document,
    span_of,
    units_match,
    values_equal,
)
from pipeline.records import Quantity, Timex


def span(start: int, end: int, kind: str = "number", **keys: Any) -> dict[str, Any]:
    return {"start": start, "end": end, "type": kind, "value": 1.0, **keys}


def test_strict_and_relaxed_matching() -> None:
    gold = [span(0, 6, value=10.0), span(10, 14, value=5.0), span(20, 22, value=1.0)]
    pred = [span(0, 6, value=10.0), span(9, 14, value=6.0), span(30, 32, value=1.0)]
    s = score_document(gold, pred, ["number"])["number"]
    assert (s.gold, s.pred, s.strict, s.relaxed, s.value_ok) == (3, 3, 1, 2, 1)
    assert s.prf(s.relaxed) == pytest.approx((2 / 3, 2 / 3, 2 / 3))


def test_vague_amounts_without_a_value_are_not_scored() -> None:
    gold = [span(0, 6, "troops", value=10.0)]
    pred = [span(0, 6, "troops", value=10.0), span(10, 18, "troops", value=None)]
    assert score_document(gold, pred, ["troops"])["troops"].pred == 1


def test_types_must_agree_and_matches_are_one_to_one() -> None:
    gold = [span(0, 10, "money", value="USD 5")]
    pred = [
        span(0, 10, "number", value=5.0),
        span(0, 4, "money", value="USD 5"),
        span(5, 10, "money", value="USD 5"),
    ]
    s = score_document(gold, pred, ["money", "number"])
    assert s["money"].relaxed == 1 and s["money"].pred == 2
    assert s["number"].pred == 1 and s["number"].relaxed == 0


def test_key_accuracies_count_only_where_gold_sets_the_key() -> None:
    gold = [
        span(0, 2, qualifier="more_than", unit="business events", speaker="The Agency"),
        span(5, 7, qualifier="exact"),
    ]
    pred = [
        span(0, 2, qualifier="more_than", unit="events", speaker="agency officials"),
        span(5, 7, qualifier="approx", speaker="someone"),
    ]
    s = score_document(gold, pred, ["number"])["number"]
    assert s.accuracy("qualifier") == 0.5
    assert s.accuracy("unit") == 1.0 and s.accuracy("unit=") == 0.0
    assert s.accuracy("speaker") == 0.0  # a longer name is another speaker
    assert s.accuracy("no_speaker") == 0.0  # a speaker where the gold has none


@pytest.mark.parametrize(
    ("gold", "pred", "equal"),
    [
        (10000.0, 10000, True),
        (66.67, 66.6667, True),
        (84.4, 84.5, False),
        ("USD 3580000000", "USD 3580000000.0", True),
        ("USD 5", "CAD 5", False),
        ("2025-04-28", "2025-04-28", True),
        ("XXXX-05-07", "2025-05-07", False),
        (None, "2025", False),
        (None, None, True),
    ],
)
def test_values_equal(gold: Any, pred: Any, equal: bool) -> None:
    assert values_equal(gold, pred) is equal


@pytest.mark.parametrize(
    ("gold", "pred", "match"),
    [
        ("respondents", "respondents", True),
        ("A320 short-haul jets", "jets", True),
        ("Taiwan's exports", "exports", True),
        ("percentage points", "points", True),
        ("troops", "soldiers", False),
        ("", "", True),
        ("jobs", "", False),
    ],
)
def test_units_match(gold: str, pred: str, match: bool) -> None:
    assert units_match(gold, pred) is match


def test_span_of_formats_money_ranges_and_dates() -> None:
    money = Quantity(
        kind="money",
        start=0,
        end=16,
        raw="$2-$3.8 trillion",
        value=2e12,
        value_max=3.8e12,
        qualifier="range",
        currency="USD",
        speaker="analysts",
    )
    assert span_of(money) == {
        "start": 0,
        "end": 16,
        "raw": "$2-$3.8 trillion",
        "type": "money",
        "value": "USD 2000000000000",
        "value_max": "USD 3800000000000",
        "qualifier": "range",
        "speaker": "analysts",
    }
    date_ = Timex(kind="date", start=3, end=12, raw="yesterday", value="2025-04-28")
    assert span_of(date_)["value"] == "2025-04-28"


def test_read_gold_reports_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text('{"id": "a", "text": "x", "published": null, "spans": []}\n{"id": 2}\n')
    with pytest.raises(GoldFormatError, match=r"g.jsonl:2"):
        list(read_gold(path))


def test_documents_without_spans_are_predicted_not_scored(tmp_path: Path) -> None:
    gold = tmp_path / "news.jsonl"
    out = tmp_path / "pred.jsonl"
    docs = [
        {"id": "n1", "published": "2025-04-29", "text": "Sales rose 5 percent yesterday."},
        {
            "id": "n2",
            "published": None,
            "text": "It cost $5m.",
            "spans": [
                {"start": 8, "end": 11, "raw": "$5m", "type": "money", "value": "USD 5000000"}
            ],
        },
    ]
    gold.write_text("".join(json.dumps(d) + "\n" for d in docs))
    report = evaluate_file(gold, out)
    assert (report.documents, report.scored_documents) == (2, 1)
    assert list(report.by_type) == ["money"]
    written = [json.loads(line) for line in out.read_text().splitlines()]
    assert [d["id"] for d in written] == ["n1", "n2"]
    text = written[0]["text"]
    assert all(
        text[s["start"] : s["end"]] == s["raw"]
        for d in written
        for s in d["spans"]
        if d["id"] == "n1"
    )
    assert {s["type"] for s in written[0]["spans"]} >= {"percent", "date"}


def test_score_counts_only_gold_types() -> None:
    doc = GoldDoc(
        id="d", text="2025 and 3", published=None, spans=[span(0, 4, "date", value="2025")]
    )
    report = score([doc], [[span(0, 4, "date", value="2025"), span(6, 8, value=3.0)]])
    assert list(report.by_type) == ["date"]
    assert report.overall.relaxed == 1 and report.overall.pred == 1


def test_speaker_match_ignores_case_and_determiners() -> None:
    gold = [span(0, 2, speaker="The Sunday Express")]
    pred = [span(0, 2, speaker="sunday express")]
    assert score_document(gold, pred, ["number"])["number"].accuracy("speaker") == 1.0


@pytest.mark.parametrize(
    ("spans", "message"),
    [
        ('[{"start": 0}]', "span 0 has no valid start/end"),
        ('{"x": 1}', "spans is not a list"),
        ('[{"start": 0, "end": 1, "type": "money2"}]', "type 'money2'"),
        ('[{"start": 0, "end": 99, "type": "date"}]', "within the text"),
    ],
)
def test_malformed_gold_spans_name_the_line(tmp_path: Path, spans: str, message: str) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text('{"id": "a", "text": "x yz", "spans": ' + spans + "}\n")
    with pytest.raises(GoldFormatError, match=rf"g.jsonl:1: .*{message}"):
        list(read_gold(path))


def test_a_file_without_annotations_prints_no_scores(tmp_path: Path) -> None:
    from pipeline.evaluate import format_report

    path = tmp_path / "news.jsonl"
    path.write_text('{"id": "a", "text": "It rose 5 percent."}\n')
    text = format_report(evaluate_file(path))
    assert "predicted only, not scored" in text and "1.000" not in text

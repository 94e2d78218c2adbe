"""Assemble: figures are routed to their table, with context, dates and stable ids."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from pipeline import assemble, ingest, segment
from pipeline.figures import CLAIM_COLUMNS, FIGURE_COLUMNS
from pipeline.schema import TABLES

TEXT = "Troops arrived. It cost $5m and rose 3 percent yesterday."


def _figure(kind: str, start: int, end: int, **extra: object) -> dict[str, object]:
    row: dict[str, object] = dict.fromkeys(FIGURE_COLUMNS)
    row.update(
        doc_id="d1",
        sentence_idx=1 if start > 15 else 0,
        kind=kind,
        start=start,
        end=end,
        raw=TEXT[start:end],
        qualifier="exact",
        speaker="",
        unit="",
    )
    row.update(extra)
    return row


@pytest.fixture
def tables() -> dict[str, pd.DataFrame]:
    docs = ingest.documents(
        ingest.read_file("d1.txt", ("---\npublished: 2025-04-29\n---\n" + TEXT).encode())
    )
    sents = segment.sentences(docs)
    figs = pd.DataFrame(
        [
            _figure("money", 24, 27, value_num=5e6, currency="USD"),
            _figure("percent", 37, 46, value_num=3.0, is_points=False),
            _figure("date", 47, 56, value_str="2025-04-28", is_relative=True),
            _figure("troops", 0, 6, value_num=None, unit="Troops"),
        ],
        columns=FIGURE_COLUMNS,
    )
    claims = pd.DataFrame(
        [["d1", 1, 16, 58, "", "", "", False, 3, "date,money,percent"]], columns=CLAIM_COLUMNS
    )
    return assemble.tables(docs, sents, figs, claims)


def test_each_kind_goes_to_its_table(tables: dict[str, pd.DataFrame]) -> None:
    assert tables["numbers"][["raw", "kind", "currency"]].values.tolist() == [
        ["$5m", "money", "USD"]
    ]
    assert tables["percentages"]["raw"].tolist() == ["3 percent"]
    assert tables["dates"][["raw", "type", "value"]].values.tolist() == [
        ["yesterday", "date", "2025-04-28"]
    ]
    assert tables["troop_counts"]["value"].isna().tolist() == [True]


def test_tables_follow_the_schema(tables: dict[str, pd.DataFrame]) -> None:
    for name, frame in tables.items():
        assert list(frame.columns) == TABLES[name].names
        for column in TABLES[name].columns:
            expected = "datetime64[s]" if column.dtype == "date" else column.dtype
            assert str(frame[column.name].dtype) == expected, (name, column.name)


def test_rows_carry_context_publication_date_and_nulls_for_empty(
    tables: dict[str, pd.DataFrame],
) -> None:
    row = tables["numbers"].iloc[0]
    assert row["context"] == "It cost $5m and rose 3 percent yesterday."
    assert row["published"].date() == date(2025, 4, 29)
    assert pd.isna(row["speaker"]) and pd.isna(row["unit"])


def test_documents_count_sentences_and_figures(tables: dict[str, pd.DataFrame]) -> None:
    doc = tables["documents"].iloc[0]
    assert (doc["n_sentences"], doc["n_figures"], doc["n_chars"]) == (2, 4, len(TEXT))


def test_ids_are_stable_and_distinct(tables: dict[str, pd.DataFrame]) -> None:
    ids = pd.concat([tables[n]["figure_id"] for n in ("numbers", "percentages", "dates")])
    assert ids.is_unique
    assert tables["numbers"]["figure_id"].iloc[0] == assemble.stable_id("d1", "money", 24, 27)

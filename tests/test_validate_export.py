"""Validation tiers, quarantine, and what export writes (CSV with BOM, Parquet types)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import assemble, export, ingest, segment
from pipeline.figures import figures
from pipeline.schema import TABLES
from pipeline.validate import validate

TEXT = (
    "Officials said 1,200 soldiers arrived on Monday. "
    "A poll found 84.4 percent of respondents agreed. "
    "Spokesman Guo Jiakun (郭嘉昆) said it cost $5m."
)


@pytest.fixture(scope="module")
def built() -> tuple[dict[str, pd.DataFrame], dict[str, str]]:
    articles = ingest.read_file("2025-04-29-x.txt", TEXT.encode())
    docs = ingest.documents(articles)
    sents = segment.sentences(docs)
    figs, claims, _ = figures(docs, sents)
    return assemble.tables(docs, sents, figs, claims), {"2025-04-29-x": TEXT}


def test_clean_tables_pass(built: tuple[dict[str, pd.DataFrame], dict[str, str]]) -> None:
    tables, texts = built
    outcome = validate(tables, texts, inputs=1)
    assert outcome.success, outcome.blocking
    assert outcome.quarantine == {}
    assert {n: len(t) for n, t in outcome.tables.items()} == {n: len(t) for n, t in tables.items()}


def test_bad_rows_are_quarantined_with_reasons(
    built: tuple[dict[str, pd.DataFrame], dict[str, str]],
) -> None:
    tables, texts = built
    broken = dict(tables)
    pct = tables["percentages"].copy()
    pct.loc[0, "value"] = 1e6  # a percentage of a million
    broken["percentages"] = pct
    nums = tables["numbers"].copy()
    nums.loc[0, "char_start"] = nums.loc[0, "char_start"] + 1  # span no longer the raw text
    broken["numbers"] = nums
    outcome = validate(broken, texts, inputs=1)
    assert outcome.success
    assert outcome.quarantine["percentages"]["quarantine_reason"].tolist() == [
        "expect_column_values_to_be_between(value)"
    ]
    assert (
        "expect_column_values_to_be_in_set(span_matches_text)"
        in (outcome.quarantine["numbers"]["quarantine_reason"].iloc[0])
    )
    assert len(outcome.tables["percentages"]) == len(pct) - 1


@pytest.mark.parametrize(
    ("table", "breakage", "expected"),
    [
        (
            "numbers",
            lambda t: t.drop(columns=["unit"]),
            "numbers: expect_table_columns_to_match_ordered_list",
        ),
        (
            "claims",
            lambda t: t.assign(claim_id=None),
            "claims: expect_column_values_to_not_be_null(claim_id)",
        ),
        ("dates", lambda t: t.astype({"sentence_idx": "float64"}), "dates: dtype"),
        ("documents", lambda t: t.head(0), "documents: expect_table_row_count_to_be_between"),
    ],
)
def test_broken_tables_block_with_the_named_expectation(
    built: tuple[dict[str, pd.DataFrame], dict[str, str]],
    table: str,
    breakage: object,
    expected: str,
) -> None:
    tables, texts = built
    broken = dict(tables)
    broken[table] = breakage(tables[table])  # type: ignore[operator]
    outcome = validate(broken, texts, inputs=1)
    assert not outcome.success
    assert expected in [f"{r.table}: {r.check.name}" for r in outcome.blocking]


def test_csv_has_a_byte_order_mark_and_keeps_cjk(
    built: tuple[dict[str, pd.DataFrame], dict[str, str]], tmp_path: Path
) -> None:
    tables, _ = built
    path = tmp_path / "claims.csv"
    export.write_csv(tables["claims"], TABLES["claims"], path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "郭嘉昆" in data.decode("utf-8-sig")
    assert not list(tmp_path.glob(".*.tmp"))  # the temporary file was renamed away


def test_workbook_has_a_sheet_per_table(
    built: tuple[dict[str, pd.DataFrame], dict[str, str]], tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    tables, _ = built
    export.write_workbook(tables, tmp_path / "f.xlsx")
    book = load_workbook(tmp_path / "f.xlsx", read_only=True)
    assert book.sheetnames == list(tables)


def test_parquet_round_trip_of_real_tables(
    built: tuple[dict[str, pd.DataFrame], dict[str, str]], tmp_path: Path
) -> None:
    tables, _ = built
    for name, frame in tables.items():
        export.write_parquet(frame, TABLES[name], tmp_path / f"{name}.parquet")
        back = export.read_parquet(tmp_path / f"{name}.parquet", TABLES[name])
        pd.testing.assert_frame_equal(back, frame)


_numbers_rows = st.lists(
    st.fixed_dictionaries(
        {
            "raw": st.text(min_size=1, max_size=12),
            "value": st.none() | st.floats(allow_nan=False, allow_infinity=False),
            "char_start": st.integers(0, 10**6),
            "published": st.none() | st.dates(date(1900, 1, 1), date(2100, 1, 1)),
            "unit": st.none() | st.text(max_size=20),
            "currency": st.none() | st.sampled_from(["USD", "TWD", "GBP"]),
        }
    ),
    max_size=8,
)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=_numbers_rows)
def test_parquet_round_trip_property(rows: list[dict[str, object]], tmp_path: Path) -> None:
    frame = pd.DataFrame(
        rows, columns=["raw", "value", "char_start", "published", "unit", "currency"]
    )
    frame["figure_id"] = [f"{i:016x}" for i in range(len(frame))]
    frame["char_end"] = frame["char_start"] + 1
    frame["kind"] = "number"
    frame["qualifier"] = "exact"
    frame["doc_id"] = "doc"
    frame["sentence_idx"] = 0
    frame["context"] = frame["raw"]
    table = assemble.conform(frame, TABLES["numbers"])
    path = tmp_path / "n.parquet"
    export.write_parquet(table, TABLES["numbers"], path)
    pd.testing.assert_frame_equal(export.read_parquet(path, TABLES["numbers"]), table)


def test_workbook_keeps_formula_like_text_as_text(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    frame = pd.DataFrame({"doc_id": ['=HYPERLINK("http://x")', "== 5 troops =="]})
    export.write_workbook({"documents": frame}, tmp_path / "f.xlsx")
    sheet = load_workbook(tmp_path / "f.xlsx")["documents"]
    assert [c.data_type for c in sheet["A"][1:]] == ["s", "s"]
    assert sheet["A2"].value == '=HYPERLINK("http://x")'


def test_names_with_digits_do_not_demand_claims(
    built: tuple[dict[str, pd.DataFrame], dict[str, str]],
) -> None:
    tables, _ = built
    empty = {name: frame.head(0) for name, frame in tables.items()}
    empty["documents"] = tables["documents"]
    names_only = {"2025-04-29-x": "The G7 met on COVID-19 and the A320."}
    assert validate(empty, names_only, inputs=1).success
    with_number = {"2025-04-29-x": "The G7 sent 40 planes."}
    outcome = validate(empty, with_number, inputs=1)
    assert [f"{r.table}: {r.check.name}" for r in outcome.blocking] == [
        "claims: expect_table_row_count_to_be_between"
    ]


def test_a_date_outside_the_calendar_is_quarantined_not_a_crash(
    built: tuple[dict[str, pd.DataFrame], dict[str, str]], tmp_path: Path
) -> None:
    tables, texts = built
    dates = tables["dates"].copy()
    # "the 1st century" once resolved to a year 0 that Python dates cannot hold
    dates["start_date"] = pd.Series(
        [pd.Timestamp("0000-01-01").as_unit("s")] + [pd.NaT] * (len(dates) - 1),
        dtype="datetime64[s]",
    )
    broken = {**tables, "dates": dates}
    outcome = validate(broken, texts, inputs=1)
    assert outcome.success
    assert outcome.quarantine["dates"]["quarantine_reason"].tolist() == [
        "expect_column_values_to_be_in_set(dates_in_calendar)"
    ]
    export.write_parquet(dates, TABLES["dates"], tmp_path / "d.parquet")  # never raises

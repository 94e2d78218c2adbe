"""End to end: `factrack run` on a copy of the bundled samples, then the stages one by one."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.schema import TABLES

Run = tuple[Path, Path]


@pytest.fixture(scope="module")
def processed(tmp_path_factory: pytest.TempPathFactory) -> Run:
    base = tmp_path_factory.mktemp("e2e")
    raw, out = base / "raw", base / "processed"
    shutil.copytree(Path(__file__).resolve().parents[1] / "data" / "raw", raw)
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    return raw, out


def test_every_table_is_exported_with_the_report(processed: Run) -> None:
    _, out = processed
    for name in TABLES:
        assert (out / f"{name}.csv").is_file()
        assert (out / f"{name}.parquet").is_file()
    assert (out / "factrack.xlsx").is_file()
    assert (out / "validation" / "docs" / "index.html").is_file()
    summary = json.loads((out / "validation" / "summary.json").read_text())
    assert summary["success"] is True and summary["blocked_by"] == []
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["validation"] == "passed"
    assert manifest["counts"]["documents"] == 5


def test_documents_have_their_dates(processed: Run) -> None:
    docs = pd.read_csv(processed[1] / "documents.csv", encoding="utf-8-sig")
    assert docs.set_index("doc_id")["published"].to_dict() == {
        "2025-04-23-carrot-and-stick": "2025-04-23",
        "2025-04-23-pope-francis": "2025-04-23",
        "2025-04-26-cross-strait": "2025-04-26",
        "2025-04-26-trade": "2025-04-26",
        "2025-04-29-kcna-troops": "2025-04-29",
    }
    assert (docs["status"] == "ok").all()


def test_the_north_korean_troops_appear_with_their_sentence(processed: Run) -> None:
    troops = pd.read_parquet(processed[1] / "troop_counts.parquet")
    row = troops[troops["raw"] == "10,000"].iloc[0]
    assert row["value"] == 10000 and row["qualifier"] == "more_than"
    assert "Pyongyang sent more than 10,000 troops to help in Kursk" in row["context"]
    # the row the README shows
    assert (row["unit"], row["actor"], row["event"], row["location"]) == (
        "troops",
        "Pyongyang",
        "deployed",
        "in Kursk",
    )
    assert row["speaker"] == "South Korean and Western intelligence agencies"
    assert str(row["published"]) == "2025-04-29"


def test_the_survey_percentage_appears_with_its_sentence(processed: Run) -> None:
    pct = pd.read_csv(processed[1] / "percentages.csv", encoding="utf-8-sig")
    row = pct[pct["raw"] == "84.4 percent"].iloc[0]
    assert row["value"] == 84.4
    assert "84.4 percent of respondents opposed" in row["context"]


def test_spans_point_at_their_raw_text(processed: Run) -> None:
    raw, out = processed
    texts = {}
    for path in raw.glob("*.txt"):
        body = path.read_text(encoding="utf-8").split("---\n", 2)[2].strip("\n")
        texts[path.stem] = body
    for name in ("numbers", "percentages", "dates", "troop_counts"):
        table = pd.read_parquet(out / f"{name}.parquet")
        for doc, start, end, text in table[["doc_id", "char_start", "char_end", "raw"]].values:
            assert texts[doc][start:end] == text


def test_a_second_run_gives_the_same_ids(processed: Run, tmp_path: Path) -> None:
    raw, out = processed
    again = tmp_path / "again"
    assert main(["run", "--raw", str(raw), "--out", str(again)]) == 0
    for name in ("numbers", "dates", "claims"):
        first = pd.read_csv(out / f"{name}.csv", encoding="utf-8-sig")
        second = pd.read_csv(again / f"{name}.csv", encoding="utf-8-sig")
        pd.testing.assert_frame_equal(first, second)


def test_a_broken_table_blocks_export_and_keeps_the_previous_one(processed: Run) -> None:
    raw, out = processed
    args = ["--raw", str(raw), "--out", str(out)]
    before = (out / "numbers.csv").read_bytes()
    tables = out.parent / "interim" / "tables"
    if not tables.exists():
        tables = out / ".interim" / "tables"
    numbers = pd.read_parquet(tables / "numbers.parquet")
    pd.concat([numbers, numbers.head(1)]).to_parquet(tables / "numbers.parquet")  # a duplicate id

    assert main(["validate", *args]) == 1
    summary = json.loads((out / "validation" / "summary.json").read_text())
    assert summary["blocked_by"] == ["numbers: expect_column_values_to_be_unique(figure_id)"]
    assert main(["export", *args]) == 1
    assert (out / "numbers.csv").read_bytes() == before

    # the stages one by one repair it: assemble rebuilds the table from the figures
    assert main(["assemble", *args]) == 0
    assert main(["validate", *args]) == 0
    assert main(["export", *args]) == 0
    assert (out / "numbers.csv").read_bytes() == before


def test_rejected_inputs_are_recorded_and_the_rest_still_runs(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "2024-05-01-good.txt").write_text("Officials said 1,200 soldiers arrived on Monday.")
    (raw / "empty.txt").write_text("")
    (raw / "broken.jsonl").write_text('{"text": "Prices rose 4 percent."}\n{oops\n')
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    docs = pd.read_csv(out / "documents.csv", encoding="utf-8-sig").set_index("doc_id")
    assert docs.loc["empty", "status"] == "rejected"
    assert docs.loc["empty", "reject_reason"] == "empty file"
    assert docs.loc["broken#2", "reject_reason"].startswith("line 2: malformed JSON")
    assert docs.loc["broken#1", "status"] == "ok"
    pct = pd.read_csv(out / "percentages.csv", encoding="utf-8-sig")
    assert pct["value"].tolist() == [4.0]


def test_missing_raw_folder_is_a_clear_error(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    assert main(["run", "--raw", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]) == 2
    assert "raw folder not found" in caplog.text


def _tiny_raw(tmp_path: Path) -> tuple[Path, Path]:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "2024-05-01-a.txt").write_text("Officials said 1,200 soldiers arrived on Monday.")
    return raw, out


def test_an_empty_raw_folder_never_empties_the_tables(tmp_path: Path) -> None:
    raw, out = _tiny_raw(tmp_path)
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    before = (out / "troop_counts.csv").read_bytes()
    (raw / "2024-05-01-a.txt").unlink()
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 2
    assert (out / "troop_counts.csv").read_bytes() == before
    assert main(["run", "--raw", str(raw), "--out", str(out), "--allow-empty"]) == 0
    assert len(pd.read_csv(out / "troop_counts.csv", encoding="utf-8-sig")) == 0


def test_a_second_run_on_the_same_output_is_refused(tmp_path: Path) -> None:
    from pipeline.config import Paths
    from pipeline.run import locked

    raw, out = _tiny_raw(tmp_path)
    with locked(Paths(raw=raw, out=out)):
        assert main(["run", "--raw", str(raw), "--out", str(out)]) == 2
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0


def test_a_blocked_run_exits_1_and_keeps_the_export_and_manifest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline import assemble

    raw, out = _tiny_raw(tmp_path)
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    manifest = (out / "manifest.json").read_bytes()
    table = (out / "troop_counts.csv").read_bytes()
    real = assemble.tables

    def duplicated(*args: object, **kwargs: object) -> dict[str, pd.DataFrame]:
        built = real(*args, **kwargs)  # type: ignore[arg-type]
        built["troop_counts"] = pd.concat([built["troop_counts"]] * 2, ignore_index=True)
        return built

    monkeypatch.setattr(assemble, "tables", duplicated)
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 1
    assert (out / "manifest.json").read_bytes() == manifest
    assert (out / "troop_counts.csv").read_bytes() == table
    blocked = json.loads((out / "validation" / "last_blocked_run.json").read_text())
    assert blocked["validation"] == "blocked"


def test_a_failed_export_leaves_the_previous_one_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline import export

    raw, out = _tiny_raw(tmp_path)
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    (raw / "2024-05-02-b.txt").write_text("Prices rose 4 percent.")
    calls = {"n": 0}
    real = export.write_parquet

    def disk_full(*args: object) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(28, "No space left on device")
        real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(export, "write_parquet", disk_full)
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 2
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert after.keys() == before.keys()
    for name in before:
        if name not in (".inputs", ".factrack.lock"):
            assert after[name] == before[name], name
    assert not list(out.glob(".staging-*"))


def test_quarantined_rows_reach_the_quarantine_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline import assemble

    raw, out = _tiny_raw(tmp_path)
    (raw / "2024-05-02-b.txt").write_text("Prices rose 4 percent.")
    real = assemble.tables

    def inflated(*args: object, **kwargs: object) -> dict[str, pd.DataFrame]:
        built = real(*args, **kwargs)  # type: ignore[arg-type]
        built["percentages"]["value"] = built["percentages"]["value"] * 1_000_000
        return built

    monkeypatch.setattr(assemble, "tables", inflated)
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    quarantined = pd.read_csv(out / "quarantine" / "percentages.csv", encoding="utf-8-sig")
    assert quarantined["quarantine_reason"].tolist() == [
        "expect_column_values_to_be_between(value)"
    ]
    assert len(pd.read_csv(out / "percentages.csv", encoding="utf-8-sig")) == 0


def test_an_output_path_that_is_a_file_is_a_clear_error(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    raw, _ = _tiny_raw(tmp_path)
    (tmp_path / "file").write_text("not a folder")
    assert main(["run", "--raw", str(raw), "--out", str(tmp_path / "file")]) == 2
    assert "cannot read or write files" in caplog.text


def test_no_workbook_removes_a_stale_one(tmp_path: Path) -> None:
    raw, out = _tiny_raw(tmp_path)
    assert main(["run", "--raw", str(raw), "--out", str(out)]) == 0
    assert (out / "factrack.xlsx").exists()
    assert main(["run", "--raw", str(raw), "--out", str(out), "--no-workbook"]) == 0
    assert not (out / "factrack.xlsx").exists()
    assert (out / "troop_counts.csv").exists()

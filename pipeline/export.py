"""Export: validated tables -> CSV, Parquet and an XLSX workbook, written atomically.

* CSV is UTF-8 with a byte order mark, so spreadsheets show 郭嘉昆 correctly; dates are
  ``YYYY-MM-DD``, empty cells are nulls.
* Parquet keeps real types: nullable integers, booleans, ``date32`` dates.
* ``factrack.xlsx`` holds one sheet per table.

Every file is written to a temporary name in the same folder and renamed into place,
so a reader never sees half a file and a failed run leaves the previous export intact.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schema import TABLES, Table, cast

_ARROW_TYPES = {
    "string": pa.string(),
    "Int64": pa.int64(),
    "Float64": pa.float64(),
    "boolean": pa.bool_(),
    "date": pa.date32(),
}
WORKBOOK = "factrack.xlsx"
#: Rows of an Excel sheet, the header included.
EXCEL_ROWS = 1_048_576
log = logging.getLogger(__name__)


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside `path`, renamed onto it when the block succeeds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def arrow_schema(table: Table, extra: list[str] | None = None) -> pa.Schema:
    fields = [pa.field(c.name, _ARROW_TYPES[c.dtype], nullable=c.nullable) for c in table.columns]
    fields += [pa.field(name, pa.string()) for name in extra or []]
    return pa.schema(fields)


def to_arrow(frame: pd.DataFrame, table: Table) -> pa.Table:
    extra = [c for c in frame.columns if c not in table.names]
    columns: dict[str, Any] = {}
    for c in table.columns:
        series = frame[c.name]
        if c.dtype == "date":
            # days since 1970 straight to date32: no detour through Python dates, which
            # stop at year 1 and year 9999
            days = pd.to_datetime(series, errors="coerce").astype("datetime64[s]")
            columns[c.name] = pa.array(
                days.to_numpy().astype("datetime64[D]"), pa.date32(), mask=days.isna().to_numpy()
            )
        else:
            columns[c.name] = [None if pd.isna(v) else v for v in series]
    for name in extra:
        columns[name] = [None if pd.isna(v) else str(v) for v in frame[name]]
    return pa.Table.from_pydict(columns, schema=arrow_schema(table, extra))


def read_parquet(path: Path, table: Table) -> pd.DataFrame:
    """A table exported by `write_parquet`, back in the schema's pandas dtypes."""
    frame: pd.DataFrame = pq.read_table(path).to_pandas()
    for c in table.columns:
        frame[c.name] = cast(frame[c.name], c)
    return frame


def write_parquet(frame: pd.DataFrame, table: Table, path: Path) -> None:
    with atomic_path(path) as tmp:
        pq.write_table(to_arrow(frame, table), tmp)


def _csv_frame(frame: pd.DataFrame, table: Table) -> pd.DataFrame:
    out = frame.copy()
    for c in table.columns:
        if c.dtype == "date":
            out[c.name] = out[c.name].dt.strftime("%Y-%m-%d")
        elif c.dtype == "boolean":
            out[c.name] = out[c.name].map({True: "true", False: "false"}, na_action="ignore")
    return out


def write_csv(frame: pd.DataFrame, table: Table, path: Path) -> None:
    with atomic_path(path) as tmp:
        _csv_frame(frame, table).to_csv(tmp, index=False, encoding="utf-8-sig")


_ILLEGAL_XLSX = dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32)])


def _cell(value: Any) -> Any:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, str):
        # XLSX cannot hold control characters, and a cell holds at most 32,767
        return value.translate(_ILLEGAL_XLSX)[:32767]
    if isinstance(value, pd.Timestamp):
        return value.date()
    return value


def write_workbook(frames: dict[str, pd.DataFrame], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    for name, frame in frames.items():
        sheet = book.create_sheet(title=name[:31])
        sheet.append(list(frame.columns))
        for row in frame.itertuples(index=False, name=None):
            cells: list[Any] = []
            for value in map(_cell, row):
                if isinstance(value, str) and value.startswith("="):
                    # news text is data, never a formula: "=HYPERLINK(...)" stays text
                    cell = WriteOnlyCell(sheet, value=value)
                    cell.data_type = "s"
                    value = cell
                cells.append(value)
            sheet.append(cells)
    with atomic_path(path) as tmp:
        book.save(tmp)


def write_json(data: dict[str, Any], path: Path) -> None:
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps(data, indent=2, default=str, ensure_ascii=False) + "\n")


def export_all(
    frames: dict[str, pd.DataFrame],
    quarantine: dict[str, pd.DataFrame],
    out_dir: Path,
    quarantine_dir: Path,
    workbook: bool = True,
) -> list[Path]:
    """Write every table (CSV, Parquet, the workbook) and the quarantined rows, as one set.

    Everything is first written to a staging folder inside `out_dir`; only when every
    file is complete are they renamed into place. A failure while writing (a full disk)
    leaves the previous export exactly as it was, never half old and half new.
    Quarantine files of tables with no quarantined rows are removed.
    """
    staging = out_dir / f".staging-{os.getpid()}"
    if staging.exists():
        shutil.rmtree(staging)
    (staging / "quarantine").mkdir(parents=True)
    moves: list[tuple[Path, Path]] = []
    try:
        for name, frame in frames.items():
            table = TABLES[name]
            for suffix, writer in (("csv", write_csv), ("parquet", write_parquet)):
                staged = staging / f"{name}.{suffix}"
                writer(frame, table, staged)
                moves.append((staged, out_dir / staged.name))
        too_long = [n for n, f in frames.items() if len(f) >= EXCEL_ROWS]
        if workbook and too_long:
            log.warning(
                "workbook not written: %s has more rows than a sheet holds (%d); use the "
                "CSV or Parquet files",
                ", ".join(too_long),
                EXCEL_ROWS - 1,
            )
        elif workbook:
            write_workbook(frames, staging / WORKBOOK)
            moves.append((staging / WORKBOOK, out_dir / WORKBOOK))
        for name, rows in quarantine.items():
            if len(rows):
                staged = staging / "quarantine" / f"{name}.csv"
                write_csv(rows, TABLES[name], staged)
                moves.append((staged, quarantine_dir / staged.name))
        quarantine_dir.mkdir(parents=True, exist_ok=True)
        for staged, final in moves:
            os.replace(staged, final)
        stale_book = out_dir / WORKBOOK
        if stale_book.exists() and (staging / WORKBOOK, stale_book) not in moves:
            stale_book.unlink()  # an old workbook would disagree with the new tables
        for name in TABLES:
            stale = quarantine_dir / f"{name}.csv"
            if stale.exists() and not len(quarantine.get(name, ())):
                stale.unlink()
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return [final for _, final in moves]


def replace_dir(staged: Path, target: Path) -> None:
    """Put a freshly built folder (the Data Docs) in place of the old one."""
    old = target.with_name(f".{target.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        target.rename(old)
    staged.rename(target)
    if old.exists():
        shutil.rmtree(old)

"""The stages wired to the disk: each reads the previous stage's interim file and writes its own.

`run_all` does every stage in one process and writes the same interim files, so any
stage can be re-run alone afterwards (`factrack extract`, `factrack validate`, ...).
"""

from __future__ import annotations

import fcntl
import logging
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline import __version__, assemble, export, ingest, segment, store
from pipeline.config import Paths
from pipeline.figures import figures as extract_figures
from pipeline.progress import Progress
from pipeline.schema import TABLES

log = logging.getLogger("factrack")


class Blocked(RuntimeError):
    """Validation found a broken table; nothing was exported."""


class Busy(RuntimeError):
    """Another run holds the lock on this output folder."""


class NoInput(RuntimeError):
    """The raw folder has no input files (a failed mount must not empty the tables)."""


@dataclass
class RunLog:
    """Counts and timings of one run, for the manifest."""

    started: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    timings: dict[str, float] = field(default_factory=dict)
    counts: dict[str, Any] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        t0 = time.perf_counter()
        yield
        self.timings[name] = round(time.perf_counter() - t0, 3)


def _interim(paths: Paths, name: str) -> Path:
    return paths.interim / f"{name}.parquet"


@contextmanager
def locked(paths: Paths) -> Iterator[None]:
    """One run at a time per output folder: a second one fails fast instead of racing."""
    paths.out.mkdir(parents=True, exist_ok=True)
    with (paths.out / ".factrack.lock").open("w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            raise Busy(f"another factrack run is using {paths.out}") from error
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def do_ingest(
    paths: Paths, fields: ingest.FieldMap | None = None, allow_empty: bool = False
) -> pd.DataFrame:
    files = store.raw_files(paths.raw, skip=paths.out)
    if not files and not allow_empty:
        raise NoInput(
            f"no input files in {paths.raw}: nothing was changed "
            "(use --allow-empty to export empty tables on purpose)"
        )
    articles = store.read_raw(paths.raw, fields, skip=paths.out)
    documents = ingest.documents(articles)
    store.write_frame(documents, _interim(paths, "documents"))
    rejected = int((documents["status"] == "rejected").sum())
    log.info(
        "ingest: read %d files from %s: %d documents, %d rejected",
        len(files),
        paths.raw,
        len(documents) - rejected,
        rejected,
    )
    return documents


def do_segment(paths: Paths, documents: pd.DataFrame | None = None) -> pd.DataFrame:
    if documents is None:
        documents = store.read_frame(_interim(paths, "documents"))
    sentences = segment.sentences(documents)
    store.write_frame(sentences, _interim(paths, "sentences"))
    log.info(
        "segment: %d documents -> %d sentences", (documents["status"] == "ok").sum(), len(sentences)
    )
    return sentences


def do_extract(
    paths: Paths,
    documents: pd.DataFrame | None = None,
    sentences: pd.DataFrame | None = None,
    workers: int = 1,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    if documents is None:
        documents = store.read_frame(_interim(paths, "documents"))
    if sentences is None:
        sentences = store.read_frame(_interim(paths, "sentences"))
    accepted = int((documents["status"] == "ok").sum())
    progress = Progress("extract", total=accepted)
    figures, claims, failures = extract_figures(documents, sentences, workers, progress.advance)
    progress.close()
    store.write_frame(figures, _interim(paths, "figures"))
    store.write_frame(claims, _interim(paths, "claims"))
    store.write_frame(failures, _interim(paths, "extract_failures"))
    for doc_id, reason in zip(failures["doc_id"], failures["reason"], strict=True):
        log.error("rejected %s: %s", doc_id, reason)
    by_kind = figures["kind"].value_counts().to_dict()
    log.info(
        "extract: %d documents -> %d figures %s, %d claims",
        accepted,
        len(figures),
        dict(sorted(by_kind.items())),
        len(claims),
    )
    return figures, claims


def do_assemble(paths: Paths) -> dict[str, pd.DataFrame]:
    frames = {
        n: store.read_frame(_interim(paths, n))
        for n in ("documents", "sentences", "figures", "claims", "extract_failures")
    }
    tables = assemble.tables(
        frames["documents"],
        frames["sentences"],
        frames["figures"],
        frames["claims"],
        frames["extract_failures"],
    )
    for name, frame in tables.items():
        store.write_frame(frame, paths.interim / "tables" / f"{name}.parquet")
    log.info("assemble: %s", ", ".join(f"{n} {len(t)} rows" for n, t in tables.items()))
    return tables


def _read_tables(folder: Path) -> dict[str, pd.DataFrame]:
    return {
        name: export.read_parquet(folder / f"{name}.parquet", table)
        for name, table in TABLES.items()
    }


def do_validate(paths: Paths, tables: dict[str, pd.DataFrame] | None = None) -> bool:
    """Validate the assembled tables; write the report; stage clean tables for export."""
    from pipeline.validate import validate

    if tables is None:
        tables = {
            n: assemble.restore_dtypes(
                store.read_frame(paths.interim / "tables" / f"{n}.parquet"), TABLES[n]
            )
            for n in TABLES
        }
    documents = store.read_frame(_interim(paths, "documents"))
    texts = dict(zip(documents["doc_id"].astype(str), documents["text"].astype(str), strict=True))
    inputs = documents["source_file"].nunique()
    log.info("validate: checking %d tables with Great Expectations", len(tables))
    paths.out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".docs-", dir=paths.out))
    try:
        outcome = validate(tables, texts, docs_dir=staging, inputs=inputs)
        summary = outcome.summary()
        summary["validated_at"] = datetime.now(UTC).isoformat(timespec="seconds")
        paths.report_dir.mkdir(parents=True, exist_ok=True)
        export.write_json(summary, paths.report_dir / "summary.json")
        export.replace_dir(staging, paths.report_dir / "docs")
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    validated = paths.interim / "validated"
    for stale in validated.glob("*.parquet"):
        stale.unlink()
    if not outcome.success:
        return False
    for name, frame in outcome.tables.items():
        export.write_parquet(frame, TABLES[name], validated / f"{name}.parquet")
    for name, frame in outcome.quarantine.items():
        store.write_frame(frame, validated / f"{name}.quarantine.parquet")
    quarantined = sum(len(q) for q in outcome.quarantine.values())
    log.info(
        "validate: %d expectations, all table checks passed, %d rows quarantined; report in %s",
        len(outcome.results),
        quarantined,
        paths.report_dir,
    )
    return True


def do_export(paths: Paths, workbook: bool = True) -> list[Path]:
    validated = paths.interim / "validated"
    if not (validated / "documents.parquet").exists():
        raise Blocked(
            "nothing validated to export: the last validation failed or did not run "
            f"(see {paths.report_dir / 'summary.json'})"
        )
    tables = _read_tables(validated)
    quarantine = {}
    for name in TABLES:
        q = validated / f"{name}.quarantine.parquet"
        if q.exists():
            quarantine[name] = pd.read_parquet(q)
    written = export.export_all(tables, quarantine, paths.out, paths.quarantine, workbook)
    log.info(
        "export: wrote %d files to %s (%s)",
        len(written),
        paths.out,
        ", ".join(f"{n} {len(t)}" for n, t in tables.items()),
    )
    return written


def run_all(
    paths: Paths,
    fields: ingest.FieldMap | None = None,
    workers: int = 1,
    allow_empty: bool = False,
    workbook: bool = True,
) -> RunLog:
    """Every stage, in order; raises Blocked when validation stops the export.

    The caller holds the lock (`locked(paths)`): the CLI takes it for every command.
    """
    run = RunLog()
    with run.stage("ingest"):
        documents = do_ingest(paths, fields, allow_empty)
    with run.stage("segment"):
        sentences = do_segment(paths, documents)
    with run.stage("extract"):
        do_extract(paths, documents, sentences, workers)
    with run.stage("assemble"):
        tables = do_assemble(paths)
    with run.stage("validate"):
        ok = do_validate(paths, tables)
    run.counts = {name: len(t) for name, t in tables.items()}
    run.counts["rejected_documents"] = int((documents["status"] == "rejected").sum())
    manifest = {
        "factrack": __version__,
        "started": run.started,
        "finished": None,
        "raw": str(paths.raw),
        "inputs": sorted(documents["source_file"].astype(str).unique().tolist()),
        "counts": run.counts,
        "validation": "passed" if ok else "blocked",
        "timings_s": run.timings,
    }
    if not ok:
        export.write_json(manifest, paths.report_dir / "last_blocked_run.json")
        raise Blocked(
            f"validation failed; the previous export in {paths.out} is kept "
            f"(see {paths.report_dir / 'summary.json'})"
        )
    with run.stage("export"):
        do_export(paths, workbook)
    manifest["finished"] = datetime.now(UTC).isoformat(timespec="seconds")
    manifest["timings_s"] = run.timings
    export.write_json(manifest, paths.out / "manifest.json")
    return run

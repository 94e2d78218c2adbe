"""The store: reading the raw folder and keeping per-stage frames in the interim folder.

With `export`, this is the only module that touches the disk.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pandas as pd

from pipeline.ingest import Article, FieldMap, dedupe_ids, read_file

log = logging.getLogger(__name__)


def raw_files(raw_dir: Path, skip: Path | None = None) -> list[Path]:
    """Every regular input file under `raw_dir`, sorted.

    Hidden files and folders (.gitkeep, .DS_Store) are skipped, and so is `skip` (the
    output folder, should it lie inside the raw one). Links are followed to regular
    files only: a link to a pipe or a device would hang the run. A folder that cannot
    be read is logged, not silently passed over.
    """
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder not found: {raw_dir}")
    skip_dir = skip.resolve() if skip is not None else None
    files = []

    def unreadable(error: OSError) -> None:
        log.warning("cannot read folder %s: %s", error.filename, error.strerror)

    for folder, dirs, names in os.walk(raw_dir, onerror=unreadable, followlinks=False):
        here = Path(folder)
        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and (here / d).resolve() != skip_dir
        )
        for name in names:
            path = here / name
            if name.startswith("."):
                continue
            if path.is_file():  # follows links; false for pipes, devices, dangling links
                files.append(path)
            else:
                log.warning("skipped %s: not a regular file", path)
    return sorted(files)


def read_raw(
    raw_dir: Path, fields: FieldMap | None = None, skip: Path | None = None
) -> list[Article]:
    """Every article of every file in the raw folder, rejections included."""
    articles: list[Article] = []
    for path in raw_files(raw_dir, skip):
        name = path.relative_to(raw_dir).as_posix()
        try:
            data = path.read_bytes()
        except OSError as error:
            stem = path.name.rsplit(".", 1)[0]
            reason = f"unreadable: {error.strerror or error}"
            articles.append(Article(doc_id=stem, source_file=name, reject_reason=reason))
            continue
        found = read_file(name, data, fields)
        for article in found:
            for warning in article.warnings:
                log.warning("%s (%s): %s", name, article.doc_id, warning)
            if not article.ok:
                log.warning("rejected %s (%s): %s", name, article.doc_id, article.reject_reason)
        articles.extend(found)
    return dedupe_ids(articles)


def write_frame(frame: pd.DataFrame, path: Path) -> None:
    """Write a frame as Parquet, atomically (temporary file, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    frame.to_parquet(tmp, index=False)
    tmp.replace(path)


def read_frame(path: Path) -> pd.DataFrame:
    if not path.exists():
        raise FileNotFoundError(
            f"{path} not found: run the earlier stage first (or `factrack run`)"
        )
    return pd.read_parquet(path)

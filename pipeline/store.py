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


def raw_files(raw_dir: Path) -> list[Path]:
    """Every input file under `raw_dir`, sorted; hidden files (.gitkeep, .DS_Store) are skipped."""
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder not found: {raw_dir}")
    files = []
    for path in raw_dir.rglob("*"):
        relative = path.relative_to(raw_dir)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_file() or path.is_symlink():
            files.append(path)
    return sorted(files)


def read_raw(raw_dir: Path, fields: FieldMap | None = None) -> list[Article]:
    """Every article of every file in the raw folder, rejections included."""
    articles: list[Article] = []
    for path in raw_files(raw_dir):
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

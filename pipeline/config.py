"""Every path and default the pipeline uses, in one place.

Only the CLI, the store and the export touch the disk, and they take their paths from here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

#: The project root: the folder holding pyproject.toml (the working directory by default).
ROOT = Path(os.environ.get("FACTRACK_ROOT", ".")).resolve()

RAW_DIR = ROOT / "data" / "raw"
INTERIM_DIR = ROOT / "data" / "interim"
PROCESSED_DIR = ROOT / "data" / "processed"

#: Package data (word lists, reference tables) ships inside the package.
PACKAGE_DATA = Path(__file__).parent / "data"

#: Research corpora live beside the repository and are never copied into it.
SHARED_DIR = ROOT.parent / "shared"

#: Extensions ingest reads; anything else in the raw folder is rejected with a reason.
INPUT_SUFFIXES = (".txt", ".jsonl", ".json", ".csv")


@dataclass(frozen=True)
class Paths:
    """The folders of one collection: `--raw DIR` and `--out DIR` make one of these."""

    raw: Path = RAW_DIR
    out: Path = PROCESSED_DIR

    @property
    def interim(self) -> Path:
        """Per-stage files of this collection, beside (not inside) its outputs."""
        return self.out.parent / "interim" if self.out == PROCESSED_DIR else self.out / ".interim"

    @property
    def quarantine(self) -> Path:
        return self.out / "quarantine"

    @property
    def report_dir(self) -> Path:
        return self.out / "validation"

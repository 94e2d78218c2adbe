"""Shared fixtures: sample articles written by us (never the research corpora)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "raw"


@pytest.fixture
def sample_raw(tmp_path: Path) -> Path:
    """A temporary copy of the bundled sample articles."""
    raw = tmp_path / "raw"
    shutil.copytree(SAMPLES, raw)
    return raw

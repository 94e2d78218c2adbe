"""Progress for long work: a live line on a terminal, silence under cron.

It writes to stderr only when stderr is a terminal (or when told to), so a nightly
job's mail holds the log lines, not a thousand carriage returns.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

_enabled = True


def enable(on: bool) -> None:
    """Turn live progress lines on or off for this process (`-q` turns them off)."""
    global _enabled
    _enabled = on


class Progress:
    def __init__(self, label: str, total: int | None = None, stream: TextIO | None = None) -> None:
        self.label = label
        self.total = total
        self.done = 0
        if stream is None and _enabled and sys.stderr.isatty():
            stream = sys.stderr
        self.stream = stream
        self._last = 0.0
        self._started = time.monotonic()

    def advance(self, n: int = 1) -> None:
        self.done += n
        if self.stream is None:
            return
        now = time.monotonic()
        if now - self._last >= 0.2 or self.done == self.total:
            self._last = now
            of = f"/{self.total}" if self.total else ""
            self.stream.write(f"\r{self.label}: {self.done}{of}")
            self.stream.flush()

    def close(self) -> None:
        if self.stream is not None and self.done:
            elapsed = time.monotonic() - self._started
            self.stream.write(f"\r{self.label}: {self.done} done in {elapsed:.1f}s\n")
            self.stream.flush()

"""Attribute: figures + sentences -> claims. The implementation is pipeline.attribution."""

from __future__ import annotations

from pipeline.attribution import attribute

__all__ = ["attribute"]

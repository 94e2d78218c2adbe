"""Extract: one document's text -> its figures and claims.

Each extractor is a pure function of the text (and the publication date, which
relative dates are resolved against). They run in a fixed order because they share
the text: dates and durations first, so that "2025" or "three days" never become
plain numbers; then quantities (numbers, money, percentages) outside those spans;
then troop counts, which are quantities whose counted noun is a member of armed
forces; then attribution, which adds who said it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pipeline.attribute import attribute
from pipeline.extract.quantities import quantities
from pipeline.extract.temporal import timexes
from pipeline.extract.troops import troop_counts
from pipeline.records import Claim, Figure, Sentence
from pipeline.segment import sentence_spans


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document, figures in text order."""

    sentences: list[Sentence]
    figures: list[Figure]
    claims: list[Claim]


def extract_document(
    text: str, published: date | None, sentences: list[Sentence] | None = None
) -> Extraction:
    """All figures of one document, attributed, with one claim per sentence that has one."""
    spans = sentences if sentences is not None else sentence_spans(text)
    temporal = timexes(text, published)
    taken = [(t.start, t.end) for t in temporal]
    amounts = troop_counts(text, spans, quantities(text, taken=taken))
    figures: list[Figure] = sorted([*temporal, *amounts], key=lambda f: (f.start, f.end))
    attributed, claims = attribute(text, spans, figures)
    return Extraction(sentences=spans, figures=attributed, claims=claims)

"""Run the extractors over a gold file and score them: the body of `factrack eval`."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from pipeline.evaluate import GoldDoc, Report, read_gold, score, span_of
from pipeline.extract import extract_document
from pipeline.progress import Progress


def predict(doc: GoldDoc) -> list[dict[str, Any]]:
    """The predicted spans of one document, in the gold format."""
    extraction = extract_document(doc.text, doc.published)
    return [span_of(f) for f in extraction.figures]


def evaluate_file(
    gold_path: Path,
    predictions_path: Path | None = None,
    types: Sequence[str] | None = None,
    progress_stream: TextIO | None = None,
) -> Report:
    docs = list(read_gold(gold_path))
    predictions: list[list[dict[str, Any]]] = []
    progress = Progress(f"eval {gold_path.name}", total=len(docs), stream=progress_stream)
    for doc in docs:
        predictions.append(predict(doc))
        progress.advance()
    progress.close()
    if predictions_path is not None:
        write_predictions(predictions_path, docs, predictions)
    return score(docs, predictions, types)


def write_predictions(
    path: Path, docs: Sequence[GoldDoc], predictions: Sequence[Sequence[dict[str, Any]]]
) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        for doc, spans in zip(docs, predictions, strict=True):
            record = {
                "id": doc.id,
                "source": doc.source,
                "published": doc.published.isoformat() if doc.published else None,
                "text": doc.text,
                "spans": list(spans),
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    tmp.replace(path)

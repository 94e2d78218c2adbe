"""The extract and attribute stages over frames: documents + sentences -> figures, claims.

Documents are independent, so `workers > 1` spreads them over processes; the result
is the same rows in the same order whatever the number of workers.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, fields
from datetime import date
from typing import Any, NamedTuple

import pandas as pd

from pipeline.extract import Extraction, extract_document, extract_documents
from pipeline.records import Claim, Figure, Quantity, Sentence, Timex

#: One column per field of any figure record; `value` splits into a float and a string.
FIGURE_COLUMNS: list[str] = [
    "doc_id",
    "sentence_idx",
    "kind",
    "start",
    "end",
    "raw",
    "value_num",
    "value_str",
    *[
        f.name
        for f in (*fields(Quantity), *fields(Timex))
        if f.name not in {"kind", "start", "end", "raw", "value"}
    ],
]
FIGURE_COLUMNS = list(dict.fromkeys(FIGURE_COLUMNS))
CLAIM_COLUMNS = ["doc_id", *[f.name for f in fields(Claim)], "n_figures", "kinds"]

_FIGURE_DTYPES = {
    "doc_id": "string",
    "sentence_idx": "Int64",
    "kind": "string",
    "start": "Int64",
    "end": "Int64",
    "raw": "string",
    "value_num": "Float64",
    "value_str": "string",
    "value_max": "Float64",
    "lower": "Float64",
    "upper": "Float64",
    "is_points": "boolean",
    "is_relative": "boolean",
}

log = logging.getLogger(__name__)

Job = tuple[str, str, date | None, list[tuple[int, int, int]]]


def _sentence_of(spans: list[Sentence], start: int) -> int:
    # sentences are sorted and cover every non-space character; bisect by hand
    lo, hi = 0, len(spans) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if spans[mid].start <= start:
            lo = mid
        else:
            hi = mid - 1
    return spans[lo].index if spans else 0


def _figure_row(doc_id: str, spans: list[Sentence], figure: Figure) -> dict[str, Any]:
    row = asdict(figure)
    value = row.pop("value", None)
    row["value_num"] = value if isinstance(figure, Quantity) else None
    row["value_str"] = value if isinstance(figure, Timex) else None
    row["doc_id"] = doc_id
    row["sentence_idx"] = _sentence_of(spans, figure.start)
    return row


Rows = list[dict[str, Any]]


class Extracted(NamedTuple):
    """The extract stage's output: figures, claims, and the documents it failed on."""

    figures: pd.DataFrame
    claims: pd.DataFrame
    #: doc_id and reason of every document whose extraction raised
    failures: pd.DataFrame


Result = tuple[Rows, Rows, str]
#: Documents extracted together: each stage runs over the batch in turn, which keeps its
#: regexes in the processor's caches (10-15% faster; see extract_documents).
BATCH = 50


def extract_batch(batch: list[Job]) -> list[Result]:
    """`extract_job` of each job, the stages run batch-wise; if the batch raises, each
    document is extracted alone, so that only the article at fault is rejected."""
    spans = [_spans(job) for job in batch]
    try:
        extractions = extract_documents(
            [(text, published, s) for (_, text, published, _), s in zip(batch, spans, strict=True)]
        )
    except Exception:  # one odd article: find it by extracting each alone (below, so that
        extractions = None  # its log is not chained to the batch's traceback)
    if extractions is None:
        return [extract_job(job) for job in batch]
    return [
        _rows(job[0], s, extraction)
        for job, s, extraction in zip(batch, spans, extractions, strict=True)
    ]


def _spans(job: Job) -> list[Sentence]:
    return [Sentence(index=i, start=s, end=e) for i, s, e in job[3]]


def extract_job(job: Job) -> Result:
    """Figures and claims of one document, as rows; or why extraction failed on it.

    A bug that one odd article triggers must not stop the other articles: the error is
    returned as the third item and the document is reported as rejected.
    """
    doc_id, text, published, _ = job
    spans = _spans(job)
    try:
        extraction = extract_document(text, published, spans)
    except Exception as error:  # one article's failure is recorded, never fatal
        log.exception("extraction failed on %s", doc_id)
        return [], [], f"extraction failed: {type(error).__name__}: {error}"
    return _rows(doc_id, spans, extraction)


def _rows(doc_id: str, spans: list[Sentence], extraction: Extraction) -> Result:
    figure_rows = [_figure_row(doc_id, spans, f) for f in extraction.figures]
    by_sentence: dict[int, list[str]] = {}
    for row in figure_rows:
        by_sentence.setdefault(row["sentence_idx"], []).append(row["kind"])
    claim_rows = []
    for claim in extraction.claims:
        kinds = by_sentence.get(claim.sentence_index, [])
        claim_rows.append(
            {
                "doc_id": doc_id,
                **asdict(claim),
                "n_figures": len(kinds),
                "kinds": ",".join(sorted(set(kinds))),
            }
        )
    return figure_rows, claim_rows, ""


def jobs(documents: pd.DataFrame, sentences: pd.DataFrame) -> Iterator[Job]:
    """One job per accepted document: its id, text, date and sentence spans."""
    grouped: dict[str, list[tuple[int, int, int]]] = {}
    for doc_id, idx, start, end in zip(
        sentences["doc_id"],
        sentences["sentence_idx"],
        sentences["char_start"],
        sentences["char_end"],
        strict=True,
    ):
        grouped.setdefault(str(doc_id), []).append((int(idx), int(start), int(end)))
    accepted = documents[documents["status"] == "ok"]
    for doc_id, text, published in zip(
        accepted["doc_id"], accepted["text"], accepted["published"], strict=True
    ):
        day = None if pd.isna(published) else pd.Timestamp(published).date()
        yield str(doc_id), str(text), day, grouped.get(str(doc_id), [])


def _map(
    func: Callable[[list[Job]], list[Result]], items: list[Job], workers: int
) -> Iterator[Result]:
    """func over batches of `items`, in order, one result per item."""
    # (few documents: smaller batches, so that every worker gets some)
    size = max(1, min(BATCH, -(-len(items) // max(workers, 1))))
    batches = [items[k : k + size] for k in range(0, len(items), size)]
    if workers <= 1:
        for batch in batches:
            yield from func(batch)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for results in pool.map(func, batches):
            yield from results


def figures(
    documents: pd.DataFrame,
    sentences: pd.DataFrame,
    workers: int = 1,
    on_document: Callable[[], None] | None = None,
) -> Extracted:
    """Every figure of every accepted document, and the claims (sentences that carry one)."""
    figure_rows: Rows = []
    claim_rows: Rows = []
    failures: list[tuple[str, str]] = []
    todo = list(jobs(documents, sentences))
    results = _map(extract_batch, todo, workers)
    for job, (f_rows, c_rows, error) in zip(todo, results, strict=True):
        figure_rows.extend(f_rows)
        claim_rows.extend(c_rows)
        if error:
            failures.append((job[0], error))
        if on_document is not None:
            on_document()
    figure_frame = pd.DataFrame(figure_rows, columns=FIGURE_COLUMNS)
    figure_frame = figure_frame.astype({c: _FIGURE_DTYPES.get(c, "string") for c in FIGURE_COLUMNS})
    claim_frame = pd.DataFrame(claim_rows, columns=CLAIM_COLUMNS).astype(
        {
            "doc_id": "string",
            "sentence_index": "Int64",
            "start": "Int64",
            "end": "Int64",
            "speaker": "string",
            "speaker_mention": "string",
            "verb": "string",
            "is_quote": "boolean",
            "n_figures": "Int64",
            "kinds": "string",
        }
    )
    failure_frame = pd.DataFrame(failures, columns=["doc_id", "reason"], dtype="string")
    return Extracted(figure_frame, claim_frame, failure_frame)

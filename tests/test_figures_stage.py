"""The extract stage over frames: same rows whatever the number of workers; quiet progress."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from pipeline import assemble, ingest, segment
from pipeline import figures as figures_module
from pipeline.figures import figures
from pipeline.progress import Progress

TEXTS = {
    f"2025-0{i}-0{i}-doc{i}.txt": (
        f"Officials said {i},200 soldiers arrived on Monday. Prices rose {i} percent last year. "
        f"The deal was worth ${i}.5bn, the ministry said."
    )
    for i in range(1, 7)
}


def _frames() -> tuple[pd.DataFrame, pd.DataFrame]:
    articles = [a for name, text in TEXTS.items() for a in ingest.read_file(name, text.encode())]
    docs = ingest.documents(articles)
    return docs, segment.sentences(docs)


def test_workers_give_the_same_rows_in_the_same_order() -> None:
    docs, sents = _frames()
    one_figures, one_claims, _ = figures(docs, sents, workers=1)
    two_figures, two_claims, _ = figures(docs, sents, workers=2)
    assert len(one_figures) > 0
    pd.testing.assert_frame_equal(one_figures, two_figures)
    pd.testing.assert_frame_equal(one_claims, two_claims)


def test_every_figure_lies_in_the_sentence_it_is_assigned_to() -> None:
    docs, sents = _frames()
    figs, _, _ = figures(docs, sents)
    bounds = sents.set_index(["doc_id", "sentence_idx"])
    for doc, idx, start, end in figs[["doc_id", "sentence_idx", "start", "end"]].values:
        s_start, s_end = bounds.loc[(doc, idx), ["char_start", "char_end"]]
        assert s_start <= start < end <= s_end


def test_progress_is_silent_without_a_terminal() -> None:
    quiet = Progress("extract", total=3)  # pytest's stderr is not a terminal
    quiet.advance(3)
    quiet.close()
    assert quiet.stream is None
    shown = io.StringIO()
    loud = Progress("extract", total=2, stream=shown)
    loud.advance(2)
    loud.close()
    assert "extract: 2/2" in shown.getvalue() and "done in" in shown.getvalue()


def test_an_extractor_bug_rejects_only_that_document(monkeypatch: pytest.MonkeyPatch) -> None:
    real = figures_module.extract_document

    def flaky(text: str, *args: object, **kwargs: object) -> object:
        if "3,200" in text:
            raise IndexError("list index out of range")
        return real(text, *args, **kwargs)  # type: ignore[arg-type]

    real_batch = figures_module.extract_documents

    def flaky_batch(documents: list[tuple[str, object, object]]) -> object:
        if any("3,200" in text for text, _, _ in documents):
            raise IndexError("list index out of range")  # the batch fails ...
        return real_batch(documents)  # type: ignore[arg-type]

    # ... and each of its documents is then extracted alone: only the culprit is rejected
    monkeypatch.setattr(figures_module, "extract_document", flaky)
    monkeypatch.setattr(figures_module, "extract_documents", flaky_batch)
    docs, sents = _frames()
    figs, claims, failures = figures(docs, sents)
    assert failures.values.tolist() == [
        ["2025-03-03-doc3", "extraction failed: IndexError: list index out of range"]
    ]
    assert "2025-03-03-doc3" not in set(figs["doc_id"])
    assert figs["doc_id"].nunique() == len(TEXTS) - 1
    tables = assemble.tables(docs, sents, figs, claims, failures)
    row = tables["documents"].set_index("doc_id").loc["2025-03-03-doc3"]
    assert row["status"] == "rejected" and row["reject_reason"].startswith("extraction failed")

"""The orchestrator: a batch of documents, stage by stage, gives what one call each gives."""

from __future__ import annotations

from datetime import date

from pipeline.extract import extract_document, extract_documents
from pipeline.extract.quantities import quantities, quantities_of
from pipeline.segment import sentence_spans

DOCUMENTS = [
    ("Sales rose 12 percent to $4.5 billion in the third quarter, the company said.", None),
    (
        "About 300 soldiers were sent north on Tuesday. The ministry said 40 of them were "
        "wounded last week.",
        date(2024, 3, 14),
    ),
    ("No figures here at all.", date(2001, 1, 1)),
    ("", None),
]


def test_batch_equals_one_call_per_document() -> None:
    batch = extract_documents([(text, published, None) for text, published in DOCUMENTS])
    assert batch == [extract_document(text, published) for text, published in DOCUMENTS]
    assert [len(e.figures) > 0 for e in batch] == [True, True, False, False]


def test_batch_keeps_given_sentences() -> None:
    text, published = DOCUMENTS[1]
    spans = sentence_spans(text)[:1]  # a caller's own segmentation is used as it is
    (extraction,) = extract_documents([(text, published, spans)])
    assert extraction.sentences == spans
    assert extraction == extract_document(text, published, spans)


def test_quantities_batch_equals_one_call_per_document() -> None:
    # the first article settles "dlrs" as Canadian; the next one must not inherit that
    texts = [
        ("Profit was 20 mln Canadian dlrs, against 18 mln dlrs a year before.", [(53, 66)]),
        ("Revenue rose to 7.5 mln dlrs from 6.1 mln.", []),
        ("", []),
    ]
    batch = quantities_of(texts)
    assert batch == [quantities(text, taken) for text, taken in texts]
    assert [q.currency for q in batch[1]] == ["USD", "USD"]

"""Assemble: documents, sentences, figures and claims -> the tidy tables of schema.py.

Every figure row gets a `figure_id` that is a hash of (doc_id, kind, char_start,
char_end): the same input gives the same ids every night.
"""

from __future__ import annotations

import hashlib

import pandas as pd

from pipeline.schema import TABLES, Table, cast


def stable_id(*parts: object) -> str:
    """A 16-hex-digit id from the parts: stable across runs, machines and Python versions.

    >>> stable_id("doc-1", "number", 4, 10)
    'f05ed3a9dc96b008'
    """
    key = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def conform(frame: pd.DataFrame, table: Table) -> pd.DataFrame:
    """The frame with exactly the table's columns, in order, in the schema's dtypes.

    Empty strings become nulls, so that "not said" looks the same in every column.
    """
    out = pd.DataFrame(index=frame.index)
    for column in table.columns:
        values = (
            frame[column.name]
            if column.name in frame
            else pd.Series([None] * len(frame), index=frame.index, dtype="object")
        )
        series = cast(values, column)
        if column.dtype == "string":
            series = series.mask(series.str.len() == 0)
        out[column.name] = series
    return out.reset_index(drop=True)


def restore_dtypes(frame: pd.DataFrame, table: Table) -> pd.DataFrame:
    """Schema dtypes for the table's columns that are present (Parquet reads dates as ms).

    Unlike `conform`, it neither adds missing columns nor drops extra ones, so that a
    broken table read back from disk stays broken for validation to see.
    """
    out = frame.reset_index(drop=True)
    for column in table.columns:
        if column.name in out:
            out[column.name] = cast(out[column.name], column)
    return out


def _with_context(
    figures: pd.DataFrame, documents: pd.DataFrame, sentences: pd.DataFrame
) -> pd.DataFrame:
    sentence_text = sentences[["doc_id", "sentence_idx", "text"]].rename(
        columns={"text": "context"}
    )
    published = documents[["doc_id", "published"]]
    merged = figures.merge(sentence_text, on=["doc_id", "sentence_idx"], how="left")
    merged = merged.merge(published, on="doc_id", how="left")
    merged["char_start"] = merged["start"]
    merged["char_end"] = merged["end"]
    merged["figure_id"] = [
        stable_id(d, k, s, e)
        for d, k, s, e in zip(
            merged["doc_id"], merged["kind"], merged["start"], merged["end"], strict=True
        )
    ]
    return merged


def tables(
    documents: pd.DataFrame,
    sentences: pd.DataFrame,
    figures: pd.DataFrame,
    claims: pd.DataFrame,
    failures: pd.DataFrame | None = None,
) -> dict[str, pd.DataFrame]:
    """The six output tables, each conformed to its schema.

    Documents the extractors failed on (`failures`: doc_id, reason) are reported in
    `documents` as rejected, with the reason.
    """
    rows = _with_context(figures, documents, sentences)
    quantity = rows.assign(value=rows["value_num"])
    numbers = quantity[quantity["kind"].isin(["number", "money"])]
    percentages = quantity[quantity["kind"] == "percent"]
    troops = quantity[quantity["kind"] == "troops"]
    timex = rows[rows["kind"].isin(["date", "time", "duration", "set"])]
    dates = timex.assign(value=timex["value_str"], type=timex["kind"])

    claim_rows = claims.rename(
        columns={"sentence_index": "sentence_idx", "start": "char_start", "end": "char_end"}
    )
    claim_rows = claim_rows.merge(
        sentences[["doc_id", "sentence_idx", "text"]].rename(columns={"text": "context"}),
        on=["doc_id", "sentence_idx"],
        how="left",
    ).merge(documents[["doc_id", "published"]], on="doc_id", how="left")
    claim_rows["claim_id"] = [
        stable_id(d, "claim", i)
        for d, i in zip(claim_rows["doc_id"], claim_rows["sentence_idx"], strict=True)
    ]

    counts_s = sentences.groupby("doc_id").size()
    counts_f = figures.groupby("doc_id").size()
    docs = documents.assign(
        n_chars=documents["text"].str.len().fillna(0),
        n_sentences=documents["doc_id"].map(counts_s).fillna(0),
        n_figures=documents["doc_id"].map(counts_f).fillna(0),
    )
    if failures is not None and len(failures):
        reason = docs["doc_id"].map(dict(zip(failures["doc_id"], failures["reason"], strict=True)))
        failed = reason.notna()
        docs.loc[failed, "status"] = "rejected"
        docs.loc[failed, "reject_reason"] = reason[failed]
    built = {
        "documents": docs,
        "claims": claim_rows,
        "numbers": numbers,
        "percentages": percentages,
        "dates": dates,
        "troop_counts": troops,
    }
    return {name: conform(frame, TABLES[name]) for name, frame in built.items()}

"""Score the extractors against gold files in the JSONL format of shared/corpus/FORMAT.md.

Matching, per document and per type:

* strict: a predicted span with the same start, end and type as a gold span;
* relaxed: a predicted span that overlaps a gold span of the same type, one to one,
  the largest overlap first.

On relaxed matches it reports value accuracy (numbers within 0.01 or 0.01 %, money
with the same currency, TIMEX3 strings equal, and ``value_max`` too where the gold has
one), and the accuracy of the optional keys where the gold sets them: qualifier, unit,
speaker and event. A unit matches when, lower-cased and without determiners, it is the
same phrase or has the same head word ("business events" ~ "events"); `unit=` in the
table counts exact phrase matches only, for comparison.

Predicted numbers, percentages, money and troops without a value (vague amounts such as
"hundreds of troops", which the gold leaves out) are not scored.

Only the types that the gold file annotates are scored: TimeBank has no numbers, so
numbers found in it are not counted as false positives.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from pipeline.records import KINDS, QUANTITY_KINDS, Figure, Quantity, Timex


class GoldFormatError(ValueError):
    """A gold file line that is not a document in the expected format."""


@dataclass(frozen=True)
class GoldDoc:
    id: str
    text: str
    published: date | None
    spans: list[dict[str, Any]] | None
    source: str = ""


def read_gold(path: Path) -> Iterator[GoldDoc]:
    """Documents of a gold (or unannotated) JSONL file; a bad line raises with its number."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                text = record["text"]
                if not isinstance(text, str):
                    raise TypeError("text is not a string")
                published = record.get("published")
                yield GoldDoc(
                    id=str(record.get("id", f"line-{number}")),
                    text=text,
                    published=date.fromisoformat(published[:10]) if published else None,
                    spans=_checked_spans(record.get("spans"), len(text)),
                    source=str(record.get("source") or ""),
                )
            except (ValueError, KeyError, TypeError) as error:
                raise GoldFormatError(f"{path}:{number}: {error}") from error


def _checked_spans(spans: Any, length: int) -> list[dict[str, Any]] | None:
    """The spans of a gold record, or a TypeError/ValueError that says what is wrong."""
    if spans is None:
        return None
    if not isinstance(spans, list):
        raise TypeError("spans is not a list")
    for i, span in enumerate(spans):
        if not isinstance(span, dict):
            raise TypeError(f"span {i} is not an object")
        start, end, kind = span.get("start"), span.get("end"), span.get("type")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length):
            raise ValueError(f"span {i} has no valid start/end within the text")
        if kind not in KINDS:
            raise ValueError(f"span {i} has type {kind!r}, not one of {', '.join(KINDS)}")
    return spans


def money_string(currency: str, amount: float) -> str:
    """The gold format of a sum of money: amount in full, no exponent, no trailing .0.

    >>> money_string("USD", 3.58e9)
    'USD 3580000000'
    >>> money_string("GBP", 1.5)
    'GBP 1.5'
    """
    text = format(Decimal(repr(float(amount))).normalize(), "f")
    return f"{currency or 'XXX'} {text}"


def span_of(figure: Figure) -> dict[str, Any]:
    """A figure as a span of the gold format, with the optional keys where known."""
    span: dict[str, Any] = {
        "start": figure.start,
        "end": figure.end,
        "raw": figure.raw,
        "type": figure.kind,
    }
    if isinstance(figure, Quantity):
        if figure.kind == "money":
            span["value"] = (
                None if figure.value is None else money_string(figure.currency, figure.value)
            )
            if figure.value_max is not None:
                span["value_max"] = money_string(figure.currency, figure.value_max)
        else:
            span["value"] = figure.value
            if figure.value_max is not None:
                span["value_max"] = figure.value_max
        span["qualifier"] = figure.qualifier
        if figure.unit:
            span["unit"] = figure.unit
        if figure.event:
            span["event"] = figure.event
    elif isinstance(figure, Timex):
        span["value"] = figure.value
        if figure.qualifier:
            span["qualifier"] = figure.qualifier
    if figure.speaker:
        span["speaker"] = figure.speaker
    return span


# ---------------------------------------------------------------- comparison of values


def _as_money(value: Any) -> tuple[str, float] | None:
    if isinstance(value, str):
        parts = value.split()
        if len(parts) == 2:
            try:
                return parts[0], float(parts[1])
            except ValueError:
                return None
    return None


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-4, abs_tol=0.01)


def values_equal(gold: Any, pred: Any) -> bool:
    """Do two span values agree? (floats within tolerance, money by currency and amount)

    >>> values_equal(66.67, 200 / 3), values_equal("USD 5000000000", "USD 5e9")
    (True, True)
    >>> values_equal("2025-04-28", "2025-04"), values_equal(None, None)
    (False, True)
    """
    if gold is None or pred is None:
        return gold is None and pred is None
    if isinstance(gold, (int, float)) and not isinstance(gold, bool):
        return isinstance(pred, (int, float)) and _close(float(gold), float(pred))
    gold_money, pred_money = _as_money(gold), _as_money(pred)
    if gold_money and pred_money:
        return gold_money[0] == pred_money[0] and _close(gold_money[1], pred_money[1])
    return str(gold) == str(pred)


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "of", "those"})


def _normal_tokens(phrase: str) -> list[str]:
    tokens = phrase.lower().replace("-", " ").replace("’", "'").split()
    return [t.removesuffix("'s") for t in tokens if t not in _DETERMINERS]


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def units_match(gold: str, pred: str) -> bool:
    """Same phrase, or the same head word, ignoring case, determiners and plurals.

    >>> units_match("business events", "events"), units_match("respondents", "Respondent")
    (True, True)
    >>> units_match("troops", "soldiers")
    False
    """
    g, p = _normal_tokens(gold), _normal_tokens(pred)
    if not g or not p:
        return not g and not p
    return [_singular(t) for t in g] == [_singular(t) for t in p] or _singular(g[-1]) == _singular(
        p[-1]
    )


def speakers_match(gold: str, pred: str) -> bool:
    """Same name, ignoring case, a leading determiner and surrounding punctuation.

    >>> speakers_match("The Sunday Express", "Sunday Express")
    True
    """
    return _normal_tokens(gold) == _normal_tokens(pred)


# ---------------------------------------------------------------- matching and scores


@dataclass
class TypeScore:
    gold: int = 0
    pred: int = 0
    strict: int = 0
    relaxed: int = 0
    value_ok: int = 0
    checked: Counter[str] = field(default_factory=Counter)
    correct: Counter[str] = field(default_factory=Counter)

    def add(self, other: TypeScore) -> None:
        self.gold += other.gold
        self.pred += other.pred
        self.strict += other.strict
        self.relaxed += other.relaxed
        self.value_ok += other.value_ok
        self.checked.update(other.checked)
        self.correct.update(other.correct)

    def prf(self, hits: int) -> tuple[float, float, float]:
        precision = hits / self.pred if self.pred else (1.0 if not self.gold else 0.0)
        recall = hits / self.gold if self.gold else (1.0 if not self.pred else 0.0)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def accuracy(self, key: str) -> float | None:
        n = self.checked[key]
        return self.correct[key] / n if n else None


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> int:
    return int(min(a["end"], b["end"]) - max(a["start"], b["start"]))


def match_spans(
    gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """One-to-one relaxed matches of one type: overlapping spans, largest overlap first."""
    candidates = [
        (_overlap(g, p), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if _overlap(g, p) > 0
    ]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gold[gi], pred[pi]))
    return pairs


def score_document(
    gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]], types: Iterable[str]
) -> dict[str, TypeScore]:
    scores: dict[str, TypeScore] = {}
    # vague amounts ("hundreds of troops") have no value and no gold span: not scored
    pred = [s for s in pred if not (s["type"] in QUANTITY_KINDS and s.get("value") is None)]
    for kind in types:
        g = [s for s in gold if s["type"] == kind]
        p = [s for s in pred if s["type"] == kind]
        score = TypeScore(gold=len(g), pred=len(p))
        exact = {(s["start"], s["end"]) for s in p}
        score.strict = sum(1 for s in g if (s["start"], s["end"]) in exact)
        for gs, ps in match_spans(g, p):
            score.relaxed += 1
            value_ok = values_equal(gs.get("value"), ps.get("value"))
            if "value_max" in gs:
                value_ok = value_ok and values_equal(gs["value_max"], ps.get("value_max"))
            score.value_ok += value_ok
            for key in ("qualifier", "unit", "speaker", "event"):
                if gs.get(key):
                    score.checked[key] += 1
                    expected, got = str(gs[key]), str(ps.get(key) or "")
                    if key == "unit":
                        ok = units_match(expected, got)
                        score.checked["unit="] += 1
                        score.correct["unit="] += _normal_tokens(expected) == _normal_tokens(got)
                    elif key == "speaker":
                        ok = speakers_match(expected, got)
                    else:
                        ok = expected == got
                    score.correct[key] += ok
            if not gs.get("speaker") and kind in ("number", "percent", "money", "troops"):
                # a speaker where the gold has none is a wrong attribution too
                score.checked["no_speaker"] += 1
                score.correct["no_speaker"] += not ps.get("speaker")
        scores[kind] = score
    return scores


@dataclass
class Report:
    by_type: dict[str, TypeScore]
    documents: int
    scored_documents: int

    @property
    def overall(self) -> TypeScore:
        total = TypeScore()
        for score in self.by_type.values():
            total.add(score)
        return total


def gold_types(docs: Iterable[GoldDoc]) -> list[str]:
    """The types a gold file annotates, in the canonical order."""
    seen = {s["type"] for d in docs for s in (d.spans or [])}
    return [k for k in KINDS if k in seen]


def score(
    docs: Sequence[GoldDoc],
    predictions: Sequence[Sequence[dict[str, Any]]],
    types: Sequence[str] | None = None,
) -> Report:
    kinds = list(types) if types is not None else gold_types(docs)
    by_type = {k: TypeScore() for k in kinds}
    scored = 0
    for doc, pred in zip(docs, predictions, strict=True):
        if doc.spans is None:
            continue
        scored += 1
        for kind, s in score_document(doc.spans, pred, kinds).items():
            by_type[kind].add(s)
    return Report(by_type=by_type, documents=len(docs), scored_documents=scored)


def _pct(x: float | None) -> str:
    return "    -" if x is None else f"{x:5.3f}"


def format_report(report: Report, title: str = "") -> str:
    """The eval table: P/R/F1 strict and relaxed, then accuracies on relaxed matches."""
    header = (
        f"{'type':<9}{'gold':>6}{'pred':>6} | {'strict P':>8}{'R':>6}{'F1':>6} | "
        f"{'relax P':>7}{'R':>6}{'F1':>6} | {'value':>5}{'qual':>6}{'unit':>6}{'unit=':>6}"
        f"{'spkr':>6}{'event':>6}{'nospk':>6}"
    )
    lines = []
    if title:
        lines.append(title)
    if not report.scored_documents:
        lines.append(
            f"{report.documents} documents, none with gold spans: predicted only, not scored."
        )
        return "\n".join(lines)
    lines.append(header)
    lines.append("-" * len(header))
    rows = [*report.by_type.items(), ("overall", report.overall)]
    for name, s in rows:
        if name == "overall":
            lines.append("-" * len(header))
        sp, sr, sf = s.prf(s.strict)
        rp, rr, rf = s.prf(s.relaxed)
        value = s.value_ok / s.relaxed if s.relaxed else None
        lines.append(
            f"{name:<9}{s.gold:>6}{s.pred:>6} | {sp:8.3f}{sr:6.3f}{sf:6.3f} | "
            f"{rp:7.3f}{rr:6.3f}{rf:6.3f} | {_pct(value)} {_pct(s.accuracy('qualifier'))}"
            f" {_pct(s.accuracy('unit'))} {_pct(s.accuracy('unit='))}"
            f" {_pct(s.accuracy('speaker'))} {_pct(s.accuracy('event'))}"
            f" {_pct(s.accuracy('no_speaker'))}"
        )
    lines.append(
        f"{report.scored_documents} of {report.documents} documents scored; accuracies are on "
        "relaxed matches where the gold sets the key (nospk: no speaker where gold has none)."
    )
    return "\n".join(lines)

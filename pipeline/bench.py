"""`make bench`: extraction throughput (MB/s of article text) and peak memory.

Runs segmentation and every extractor over the articles of a corpus folder of JSONL
files (../shared/corpus/news), several times, and reports the median; each extractor is
also timed alone. As a reference side by side, dateparser's `search_dates` runs over a
sample of the same text. Results go to stdout and to `<out>/bench.json`.

Machines here are shared and noisy: compare medians and ratios, not single runs.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from pipeline.attribute import attribute
from pipeline.evaluate import read_gold
from pipeline.extract import extract_document, extract_documents
from pipeline.extract.quantities import quantities
from pipeline.extract.temporal import timexes
from pipeline.extract.troops import troop_counts
from pipeline.figures import BATCH
from pipeline.segment import sentence_spans

Doc = tuple[str, date | None]


def load(corpus: Path, limit_mb: float) -> list[Doc]:
    docs: list[Doc] = []
    size = 0
    for path in sorted(corpus.glob("*.jsonl")):
        for doc in read_gold(path):
            docs.append((doc.text, doc.published))
            size += len(doc.text.encode("utf-8"))
            if size >= limit_mb * 1e6:
                return docs
    return docs


def _timed(func: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        func()
        times.append(time.perf_counter() - t0)
    return times


def run(docs: list[Doc], repeat: int, reference_docs: int) -> dict[str, Any]:
    megabytes = sum(len(t.encode("utf-8")) for t, _ in docs) / 1e6
    prepared = [(t, p, sentence_spans(t)) for t, p in docs]
    found = [
        (t, s, quantities(t, [(x.start, x.end) for x in timexes(t, p)])) for t, p, s in prepared
    ]
    figures = [(t, s, extract_document(t, p, s).figures) for t, p, s in prepared]

    batches = [[(t, p, None) for t, p in docs[k : k + BATCH]] for k in range(0, len(docs), BATCH)]
    stages: dict[str, Callable[[], object]] = {
        # as `factrack extract` runs it: the stages over a batch of documents in turn
        "whole extraction (segment + all extractors + attribution)": lambda: [
            extract_documents(batch) for batch in batches
        ],
        "whole extraction, one document at a time": lambda: [
            extract_document(t, p) for t, p in docs
        ],
        "segment": lambda: [sentence_spans(t) for t, _ in docs],
        "dates (temporal)": lambda: [timexes(t, p) for t, p, _ in prepared],
        "numbers, money, percentages": lambda: [quantities(t) for t, _, _ in prepared],
        "troops": lambda: [troop_counts(t, s, q) for t, s, q in found],
        "attribution": lambda: [attribute(t, s, f) for t, s, f in figures],
    }
    results: dict[str, Any] = {"megabytes": round(megabytes, 3), "documents": len(docs)}
    rows = {}
    for name, func in stages.items():
        times = _timed(func, repeat)
        median = statistics.median(times)
        rows[name] = {
            "median_s": round(median, 3),
            "runs_s": [round(x, 3) for x in times],
            "mb_per_s": round(megabytes / median, 2),
        }
    results["stages"] = rows

    sample = docs[:reference_docs]
    sample_mb = sum(len(t.encode("utf-8")) for t, _ in sample) / 1e6
    if sample:
        from dateparser.search import search_dates

        t0 = time.perf_counter()
        for text, _ in sample:
            search_dates(text, languages=["en"])
        ref = time.perf_counter() - t0
        t0 = time.perf_counter()
        for text, published in sample:
            timexes(text, published)
        ours = time.perf_counter() - t0
        results["reference"] = {
            "library": "dateparser.search.search_dates",
            "documents": len(sample),
            "megabytes": round(sample_mb, 4),
            "reference_mb_per_s": round(sample_mb / ref, 4),
            "ours_dates_mb_per_s": round(sample_mb / ours, 2),
            "speedup": round(ref / ours, 1),
        }
    # ru_maxrss is in KiB on Linux
    results["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    results["machine"] = f"{platform.machine()}, Python {platform.python_version()}"
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.bench",
        description="Measure extraction throughput and peak memory on a corpus of JSONL files.",
        epilog="example:\n  python -m pipeline.bench --corpus ../shared/corpus/news --repeat 3",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--corpus", type=Path, required=True, help="folder of *.jsonl files")
    parser.add_argument("--out", type=Path, default=Path("bench"), help="where bench.json goes")
    parser.add_argument("--repeat", type=int, default=3, help="runs per stage (median reported)")
    parser.add_argument("--limit-mb", type=float, default=1e9, help="read at most this much text")
    parser.add_argument(
        "--reference-docs",
        type=int,
        default=200,
        help="documents for the dateparser side-by-side run",
    )
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"bench: corpus folder not found: {args.corpus}", file=sys.stderr)
        return 2
    docs = load(args.corpus, args.limit_mb)
    results = run(docs, args.repeat, args.reference_docs)
    print(
        f"corpus: {results['documents']} documents, {results['megabytes']} MB of text; "
        f"median of {args.repeat} runs, one process"
    )
    for name, row in results["stages"].items():
        print(f"  {name:<60} {row['mb_per_s']:>7.2f} MB/s  ({row['median_s']:.2f}s)")
    if "reference" in results:
        ref = results["reference"]
        print(
            f"  reference: {ref['library']} {ref['reference_mb_per_s']} MB/s vs our dates "
            f"{ref['ours_dates_mb_per_s']} MB/s on {ref['documents']} documents "
            f"({ref['speedup']}x)"
        )
    print(f"  peak memory (RSS): {results['peak_rss_mib']} MiB")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "bench.json").write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

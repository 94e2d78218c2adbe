"""The `factrack` command line: one subcommand per stage, `run` for all of them."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from pipeline import __version__

log = logging.getLogger("factrack")

Handler = Callable[[argparse.Namespace], int]


def _cmd_eval(args: argparse.Namespace) -> int:
    from pipeline.evalrun import evaluate_file
    from pipeline.evaluate import GoldFormatError, format_report

    status = 0
    for gold in args.gold:
        if not gold.is_file():
            print(f"factrack eval: no such gold file: {gold}", file=sys.stderr)
            status = 2
            continue
        predictions = args.predictions
        if predictions is not None and len(args.gold) > 1:
            predictions = predictions.with_name(f"{gold.stem}.{predictions.name}")
        try:
            report = evaluate_file(gold, predictions, types=args.types)
        except GoldFormatError as error:
            print(f"factrack eval: {error}", file=sys.stderr)
            status = 2
            continue
        print(format_report(report, title=f"== {gold}"))
        if predictions is not None:
            print(f"predictions written to {predictions}")
        print()
    return status


EPILOG = {
    "eval": """example:
  factrack eval ../shared/corpus/news_figures_dev.jsonl --predictions out/pred.jsonl""",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factrack",
        description="Extract every figure in news articles, validate and export it as tables.",
        epilog="example:\n  factrack run            # data/raw -> data/processed",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"factrack {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug detail")
    parser.add_argument("-q", "--quiet", action="store_true", help="log warnings only")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "eval",
        help="score the extractors against gold JSONL files",
        description="Run the extractors on every document of gold files (FORMAT.md) and "
        "print precision, recall and F1 (strict and relaxed) and value accuracy per type.",
        epilog=EPILOG["eval"],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("gold", nargs="+", type=Path, metavar="GOLD.jsonl")
    p.add_argument(
        "--predictions", type=Path, metavar="OUT.jsonl", help="also write predicted spans here"
    )
    p.add_argument(
        "--types",
        type=lambda s: [t.strip() for t in s.split(",") if t.strip()],
        help="comma-separated types to score (default: the types the gold annotates)",
    )
    p.set_defaults(handler=_cmd_eval)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    level = logging.DEBUG if args.verbose else logging.WARNING if args.quiet else logging.INFO
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    return handler(args)

"""The `factrack` command line: one subcommand per stage, `run` for all of them."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from pipeline import __version__, progress
from pipeline.config import PROCESSED_DIR, RAW_DIR, Paths
from pipeline.ingest import DEFAULT_ALIASES, FieldMap

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


def _paths(args: argparse.Namespace) -> Paths:
    return Paths(raw=args.raw.resolve(), out=args.out.resolve())


def _field_item(item: str) -> tuple[str, str]:
    """One --field NAME=COLUMN; argparse turns the error into a usage message (exit 2)."""
    name, _, column = item.partition("=")
    if name not in DEFAULT_ALIASES or not column:
        raise argparse.ArgumentTypeError(
            f"takes NAME=COLUMN with NAME one of {', '.join(DEFAULT_ALIASES)}; got {item!r}"
        )
    return name, column


def _fields(args: argparse.Namespace) -> FieldMap:
    return FieldMap(dict(args.field or []))


def _stage(func: Callable[[argparse.Namespace], object]) -> Handler:
    """Run a stage, turning expected failures into a message and an exit code."""

    def handler(args: argparse.Namespace) -> int:
        from pipeline.run import Blocked, Busy, NoInput, locked

        try:
            with locked(_paths(args)):
                result = func(args)
        except Blocked as error:
            log.error("%s", error)
            return 1
        except (Busy, NoInput, FileNotFoundError) as error:
            log.error("%s", error)
            return 2
        except OSError as error:  # a full disk, a permission, --out naming a file
            where = f" ({error.filename})" if error.filename else ""
            log.error("cannot read or write files: %s%s", error.strerror or error, where)
            return 2
        return 1 if result is False else 0

    return handler


def _cmd_run(args: argparse.Namespace) -> object:
    from pipeline.run import run_all

    run = run_all(
        _paths(args),
        _fields(args),
        workers=args.workers,
        allow_empty=args.allow_empty,
        workbook=not args.no_workbook,
    )
    log.info(
        "done in %.1fs: %s",
        sum(run.timings.values()),
        ", ".join(f"{k} {v}" for k, v in run.counts.items()),
    )
    return True


def _cmd_ingest(args: argparse.Namespace) -> object:
    from pipeline.run import do_ingest

    return do_ingest(_paths(args), _fields(args), args.allow_empty) is not None


def _cmd_segment(args: argparse.Namespace) -> object:
    from pipeline.run import do_segment

    return do_segment(_paths(args)) is not None


def _cmd_extract(args: argparse.Namespace) -> object:
    from pipeline.run import do_extract

    return do_extract(_paths(args), workers=args.workers) is not None


def _cmd_assemble(args: argparse.Namespace) -> object:
    from pipeline.run import do_assemble

    return do_assemble(_paths(args)) is not None


def _cmd_validate(args: argparse.Namespace) -> object:
    from pipeline.run import do_validate

    ok = do_validate(_paths(args))
    if not ok:
        log.error("validation failed: see %s", _paths(args).report_dir / "summary.json")
    return ok


def _cmd_export(args: argparse.Namespace) -> object:
    from pipeline.run import do_export

    return bool(do_export(_paths(args), workbook=not args.no_workbook))


def _cmd_schema(args: argparse.Namespace) -> int:
    from pipeline.schema import TABLES

    for table in TABLES.values():
        if args.table and table.name != args.table:
            continue
        print(f"### `{table.name}`: {table.description}\n")
        print("| column | type | meaning |\n| --- | --- | --- |")
        for c in table.columns:
            print(f"| `{c.name}` | {c.dtype} | {c.description} |")
        print()
    return 0


#: (name, handler, one-line help, longer description, example)
COMMANDS: list[tuple[str, Handler, str, str, str]] = [
    (
        "run",
        _stage(_cmd_run),
        "every stage: raw articles -> validated tables",
        "Ingest, segment, extract, assemble, validate and export, in order. A validation "
        "failure exits 1 and keeps the previous export.",
        "factrack run --raw data/raw --out data/processed --workers 2",
    ),
    (
        "ingest",
        _stage(_cmd_ingest),
        "read the raw folder into documents",
        "Read every .txt, .jsonl, .json and .csv file; unreadable inputs become rejected "
        "documents with a reason.",
        "factrack ingest --raw ~/news --field text=body --field published=date",
    ),
    (
        "segment",
        _stage(_cmd_segment),
        "split documents into sentences",
        "Split every accepted document into sentences with exact character offsets.",
        "factrack segment",
    ),
    (
        "extract",
        _stage(_cmd_extract),
        "find figures and who said them",
        "Run the extractors (dates, numbers, money, percentages, troop counts) and "
        "attribution on every document.",
        "factrack extract --workers 2",
    ),
    (
        "assemble",
        _stage(_cmd_assemble),
        "build the tidy tables",
        "Build documents, claims, numbers, percentages, dates and troop_counts with stable ids.",
        "factrack assemble",
    ),
    (
        "validate",
        _stage(_cmd_validate),
        "check the tables with Great Expectations",
        "Quarantine rows that break a row check; fail (exit 1) on a broken table. Writes "
        "validation/summary.json and the Data Docs HTML under the output folder.",
        "factrack validate && open data/processed/validation/docs/index.html",
    ),
    (
        "export",
        _stage(_cmd_export),
        "write CSV, Parquet and the workbook",
        "Write the validated tables as CSV (UTF-8 with BOM), Parquet and factrack.xlsx, "
        "atomically, and the quarantined rows under quarantine/.",
        "factrack export --out data/processed",
    ),
]


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
    # the same flags after the command (`factrack run -q`); SUPPRESS keeps a flag given
    # before the command from being reset by the subcommand's default
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help="log debug detail"
    )
    common.add_argument(
        "-q", "--quiet", action="store_true", default=argparse.SUPPRESS, help="log warnings only"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    for name, handler, help_text, description, example in COMMANDS:
        p = sub.add_parser(
            name,
            parents=[common],
            help=help_text,
            description=description,
            epilog=f"example:\n  {example}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        p.add_argument(
            "--raw",
            type=Path,
            default=RAW_DIR,
            metavar="DIR",
            help="input folder (default: data/raw)",
        )
        p.add_argument(
            "--out",
            type=Path,
            default=PROCESSED_DIR,
            metavar="DIR",
            help="output folder (default: data/processed)",
        )
        if name in ("run", "ingest"):
            p.add_argument(
                "--field",
                action="append",
                type=_field_item,
                metavar="NAME=COLUMN",
                help="record field holding NAME (text, id, title, published, "
                "source, url); repeatable",
            )
            p.add_argument(
                "--allow-empty",
                action="store_true",
                help="accept a raw folder with no files (exports empty tables); by default "
                "that is an error, so that a failed mount never empties the tables",
            )
        if name in ("run", "export"):
            p.add_argument(
                "--no-workbook",
                action="store_true",
                help="skip factrack.xlsx (the slowest output: about a minute per 300,000 rows)",
            )
        if name in ("run", "extract"):
            p.add_argument(
                "--workers",
                type=int,
                default=1,
                metavar="N",
                help="worker processes for extraction (default: 1)",
            )
        p.set_defaults(handler=handler)

    p = sub.add_parser(
        "schema",
        parents=[common],
        help="print the tables' columns (markdown)",
        description="Print every table's columns, dtypes and meaning, as in the README.",
        epilog="example:\n  factrack schema --table troop_counts",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--table", help="only this table")
    p.set_defaults(handler=_cmd_schema)

    p = sub.add_parser(
        "eval",
        parents=[common],
        help="score the extractors against gold JSONL files",
        description="Run the extractors on every document of gold files (FORMAT.md) and "
        "print precision, recall and F1 (strict and relaxed) and value accuracy per type.",
        epilog="example:\n  factrack eval ../shared/corpus/news_figures_dev.jsonl "
        "--predictions out/pred.jsonl",
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


def _not_gx_chatter(record: logging.LogRecord) -> bool:
    return record.levelno >= logging.WARNING or not record.name.startswith("great_expectations")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    level = logging.DEBUG if args.verbose else logging.WARNING if args.quiet else logging.INFO
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger().setLevel(level)
    progress.enable(not args.quiet)
    # GX logs its own internals at INFO (and sets its loggers' levels itself): only its
    # warnings concern our users
    for handler_ in logging.getLogger().handlers:
        handler_.addFilter(_not_gx_chatter)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    return handler(args)

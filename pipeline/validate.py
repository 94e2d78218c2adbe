"""Validate: Great Expectations suites, built in code from schema.py, in two tiers.

* Row checks (a value out of range, a value not in the allowed set, a span that is not
  the text it claims to be): the failing rows go to quarantine with the reason, the rest
  go on to export.
* Table checks (a missing or extra column, a wrong dtype, duplicate or null ids, no
  output from non-empty input): the run is blocked, the previous export stays in place.

GX cannot see pandas nullable dtypes, so dtypes are checked here in our own code and
reported as a table check named ``dtype``.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.schema import FIGURE_TABLES, TABLES, Table

log = logging.getLogger(__name__)

ROW, TABLE = "row", "table"
_STANDALONE_NUMBER = re.compile(r"(?<![\w.-])\d+(?:[.,]\d+)*(?![\w-])")
#: Computed columns the row checks look at; they are dropped before export.
SPAN_CHECK = "span_matches_text"
DATE_CHECK = "dates_in_calendar"
#: The calendar Python, CSV readers and spreadsheets share: year 1 to year 9999.
_FIRST_DAY, _LAST_DAY = pd.Timestamp("0001-01-01"), pd.Timestamp("9999-12-31")
DOCS_SITE = "factrack_validation"


@dataclass(frozen=True)
class Check:
    """One expectation: what GX calls it, on which column, which tier."""

    expectation: str
    column: str | None
    tier: str
    kwargs: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return f"{self.expectation}({self.column})" if self.column else self.expectation


@dataclass
class CheckResult:
    table: str
    check: Check
    success: bool
    unexpected_count: int = 0
    #: keys of the rows that failed (row checks)
    failed_keys: list[str] = field(default_factory=list)
    detail: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "expectation": self.check.expectation,
            "column": self.check.column,
            "tier": self.check.tier,
            "success": self.success,
            "unexpected_count": self.unexpected_count,
            "detail": self.detail,
        }


@dataclass
class Outcome:
    """What validation decided: clean tables, quarantined rows, blocking failures."""

    tables: dict[str, pd.DataFrame]
    quarantine: dict[str, pd.DataFrame]
    results: list[CheckResult]

    @property
    def blocking(self) -> list[CheckResult]:
        return [r for r in self.results if r.check.tier == TABLE and not r.success]

    @property
    def success(self) -> bool:
        return not self.blocking

    def summary(self) -> dict[str, Any]:
        return {
            "success": self.success,
            "blocked_by": [f"{r.table}: {r.check.name}" for r in self.blocking],
            "tables": {
                name: {
                    "rows": len(frame),
                    "quarantined": len(self.quarantine.get(name, ())),
                }
                for name, frame in self.tables.items()
            },
            "expectations": [r.as_dict() for r in self.results],
        }


def checks_for(table: Table, expect_rows: bool = False) -> list[Check]:
    """The suite of one table, from its schema."""
    checks = [
        Check(
            "expect_table_columns_to_match_ordered_list", None, TABLE, {"column_list": table.names}
        ),
        Check("expect_column_values_to_not_be_null", table.key, TABLE),
        Check("expect_column_values_to_be_unique", table.key, TABLE),
    ]
    if expect_rows:
        checks.append(Check("expect_table_row_count_to_be_between", None, TABLE, {"min_value": 1}))
    for c in table.columns:
        if c.name == table.key:
            continue
        if not c.nullable:
            checks.append(Check("expect_column_values_to_not_be_null", c.name, ROW))
        if c.allowed is not None:
            checks.append(
                Check(
                    "expect_column_values_to_be_in_set", c.name, ROW, {"value_set": list(c.allowed)}
                )
            )
        if c.min is not None or c.max is not None:
            checks.append(
                Check(
                    "expect_column_values_to_be_between",
                    c.name,
                    ROW,
                    {"min_value": c.min, "max_value": c.max},
                )
            )
        if c.pattern is not None:
            checks.append(
                Check(
                    "expect_column_values_to_match_regex",
                    c.name,
                    ROW,
                    {"regex": f"^(?:{c.pattern})$"},
                )
            )
    if any(c.dtype == "date" for c in table.columns):
        checks.append(
            Check("expect_column_values_to_be_in_set", DATE_CHECK, ROW, {"value_set": [True]})
        )
    if table.name in FIGURE_TABLES:
        checks.append(
            Check("expect_column_values_to_be_in_set", SPAN_CHECK, ROW, {"value_set": [True]})
        )
        checks.append(
            Check(
                "expect_column_pair_values_a_to_be_greater_than_b",
                None,
                ROW,
                {"column_A": "char_end", "column_B": "char_start"},
            )
        )
    return checks


def _pandas_dtype_name(column_dtype: str) -> str:
    return "datetime64[s]" if column_dtype == "date" else column_dtype


def dtype_results(name: str, frame: pd.DataFrame, table: Table) -> list[CheckResult]:
    """Our own dtype check: GX cannot tell Int64 from int64 or string from object."""
    wrong = [
        f"{c.name} is {frame[c.name].dtype}, expected {_pandas_dtype_name(c.dtype)}"
        for c in table.columns
        if c.name in frame and str(frame[c.name].dtype) != _pandas_dtype_name(c.dtype)
    ]
    check = Check("dtype", None, TABLE)
    return [CheckResult(name, check, not wrong, len(wrong), detail="; ".join(wrong))]


def span_matches(frame: pd.DataFrame, texts: dict[str, str]) -> pd.Series:
    """For each figure row: is text[char_start:char_end] the raw it claims?"""
    ok = [
        isinstance(raw, str) and texts.get(str(doc), "")[int(s) : int(e)] == raw
        if not (pd.isna(s) or pd.isna(e))
        else False
        for doc, s, e, raw in zip(
            frame["doc_id"], frame["char_start"], frame["char_end"], frame["raw"], strict=True
        )
    ]
    return pd.Series(ok, index=frame.index, dtype="bool")


def dates_in_calendar(frame: pd.DataFrame, columns: list[str]) -> pd.Series:
    """For each row: is every date in it a real calendar day (year 1 to 9999)?

    "The 1st century" can resolve to a year 0 that no spreadsheet or Python date holds.
    """
    ok = pd.Series(True, index=frame.index, dtype="bool")
    for name in columns:
        values = frame[name]
        inside = values.isna() | ((values >= _FIRST_DAY) & (values <= _LAST_DAY))
        ok &= inside.fillna(False).astype(bool)
    return ok


def _context(docs_dir: Path | None) -> Any:
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    if docs_dir is not None:
        context.add_data_docs_site(
            site_name=DOCS_SITE,
            site_config={
                "class_name": "SiteBuilder",
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
                "store_backend": {
                    "class_name": "TupleFilesystemStoreBackend",
                    "base_directory": str(docs_dir),
                },
            },
        )
    return context


def _expectation(check: Check, number: int) -> Any:
    import great_expectations as gx

    class_name = "".join(part.title() for part in check.expectation.split("_"))
    kwargs = dict(check.kwargs)
    if check.column is not None:
        kwargs["column"] = check.column
    # GX does not keep the order expectations were added in: `check` finds ours again
    meta = {"tier": check.tier, "check": number}
    return getattr(gx.expectations, class_name)(**kwargs, meta=meta)


def _run_gx(
    frames: dict[str, pd.DataFrame],
    suites: dict[str, list[Check]],
    keys: dict[str, str],
    docs_dir: Path | None,
) -> list[CheckResult]:
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    import great_expectations as gx
    from great_expectations.checkpoint.actions import UpdateDataDocsAction, ValidationAction

    context = _context(docs_dir)
    source = context.data_sources.add_pandas("factrack")
    definitions = []
    for name in frames:
        asset = source.add_dataframe_asset(name=name)
        batch = asset.add_batch_definition_whole_dataframe(f"{name}_batch")
        suite = context.suites.add(gx.ExpectationSuite(name=name))
        for number, check in enumerate(suites[name]):
            suite.add_expectation(_expectation(check, number))
        definition = gx.ValidationDefinition(name=name, data=batch, suite=suite)
        definitions.append(context.validation_definitions.add(definition))
    results: list[CheckResult] = []
    for definition in definitions:
        name = definition.name
        actions: list[ValidationAction] = (
            [UpdateDataDocsAction(name="docs", site_names=[DOCS_SITE])] if docs_dir else []
        )
        checkpoint = context.checkpoints.add(
            gx.Checkpoint(
                name=f"{name}_checkpoint",
                validation_definitions=[definition],
                actions=actions,
                result_format={
                    "result_format": "COMPLETE",
                    "unexpected_index_column_names": [keys[name]],
                },
            )
        )
        run = checkpoint.run(batch_parameters={"dataframe": frames[name]})
        for suite_result in run.run_results.values():
            for r in suite_result.results:
                check = suites[name][int(r.expectation_config.meta["check"])]
                found = r.result or {}
                failed = [
                    str(item[keys[name]])
                    for item in found.get("unexpected_index_list") or []
                    if isinstance(item, dict) and keys[name] in item
                ]
                detail = ""
                if r.exception_info and r.exception_info.get("raised_exception"):
                    detail = str(r.exception_info.get("exception_message", ""))
                elif not r.success:
                    sample = found.get("partial_unexpected_list") or found.get("observed_value")
                    detail = f"unexpected: {sample!r}"[:300]
                results.append(
                    CheckResult(
                        name,
                        check,
                        bool(r.success),
                        int(found.get("unexpected_count") or 0),
                        failed,
                        detail,
                    )
                )
    return results


def validate(
    tables: dict[str, pd.DataFrame],
    texts: dict[str, str],
    docs_dir: Path | None = None,
    inputs: int = 0,
) -> Outcome:
    """Check every table; quarantine failing rows, report blocking failures.

    `texts` maps doc_id to article text (for the span check); `inputs` is the number
    of input files read (a non-empty input must give a non-empty `documents` table).
    """
    frames: dict[str, pd.DataFrame] = {}
    suites: dict[str, list[Check]] = {}
    results: list[CheckResult] = []
    # a number standing on its own (not the 19 of COVID-19 or the 320 of A320)
    any_digits = any(_STANDALONE_NUMBER.search(t) for t in texts.values())
    for name, frame in tables.items():
        table = TABLES[name]
        expect_rows = (name == "documents" and inputs > 0) or (name == "claims" and any_digits)
        suites[name] = checks_for(table, expect_rows)
        results.extend(dtype_results(name, frame, table))
        frame = tables[name] = frame.reset_index(drop=True)
        check_frame = frame.copy()
        computed = []
        date_columns = [c.name for c in table.columns if c.dtype == "date" and c.name in frame]
        if any(c.dtype == "date" for c in table.columns):
            check_frame[DATE_CHECK] = dates_in_calendar(frame, date_columns)
            computed.append(DATE_CHECK)
        if name in FIGURE_TABLES:
            if "raw" in frame:
                check_frame[SPAN_CHECK] = span_matches(frame, texts)
            computed.append(SPAN_CHECK)
        suites[name][0] = Check(
            "expect_table_columns_to_match_ordered_list",
            None,
            TABLE,
            {"column_list": [*table.names, *computed]},
        )
        # GX's pandas engine does not understand nullable extension dtypes everywhere
        frames[name] = check_frame.astype(object).where(check_frame.notna(), None)
    results.extend(_run_gx(frames, suites, {n: TABLES[n].key for n in frames}, docs_dir))

    clean: dict[str, pd.DataFrame] = {}
    quarantine: dict[str, pd.DataFrame] = {}
    for name, frame in tables.items():
        key = TABLES[name].key
        reasons: dict[str, list[str]] = {}
        for r in results:
            if r.table == name and r.check.tier == ROW and not r.success:
                for k in r.failed_keys:
                    reasons.setdefault(k, []).append(r.check.name)
        if key in frame and frame[key].astype(str).isin(reasons).any():
            bad = frame[key].astype(str).isin(reasons)
            quarantined = frame[bad].copy()
            quarantined["quarantine_reason"] = [
                "; ".join(reasons[str(k)]) for k in quarantined[key]
            ]
            quarantine[name] = quarantined.reset_index(drop=True)
            clean[name] = frame[~bad].reset_index(drop=True)
            log.warning("%s: %d rows quarantined", name, len(quarantined))
        else:
            clean[name] = frame
    outcome = Outcome(clean, quarantine, results)
    for r in outcome.blocking:
        log.error("validation failed: %s: %s %s", r.table, r.check.name, r.detail)
    return outcome

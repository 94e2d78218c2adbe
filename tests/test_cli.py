"""The command line: every command has help with an example, and the README names it."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import build_parser, main
from pipeline.schema import TABLES

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


@pytest.mark.parametrize("name", sorted(_commands()))
def test_every_command_has_help_with_an_example(name: str) -> None:
    sub = _commands()[name]
    text = sub.format_help()
    assert sub.description, f"{name} has no description"
    assert "example:" in text and f"factrack {name}" in text


@pytest.mark.parametrize("name", sorted(_commands()))
def test_readme_documents_every_command(name: str) -> None:
    assert f"factrack {name}" in README


@pytest.mark.parametrize("table", sorted(TABLES))
def test_readme_documents_every_table_and_column(table: str) -> None:
    assert f"`{table}`" in README
    for column in TABLES[table].names:
        assert f"`{column}`" in README, f"{table}.{column} missing from README"


def test_python_dash_m_is_the_same_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert "usage: factrack" in result.stdout


def test_no_command_prints_help_and_fails(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "COMMAND" in capsys.readouterr().out


def test_bad_field_mapping_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["ingest", "--raw", str(tmp_path), "--out", str(tmp_path), "--field", "body"])
    assert exit_.value.code == 2
    assert "takes NAME=COLUMN" in capsys.readouterr().err


def test_eval_on_a_missing_file_fails_clearly(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "no/such/gold.jsonl"]) == 2
    assert "no such gold file" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["-q", "schema"], ["schema", "-q"], ["schema", "--verbose"]])
def test_log_flags_work_before_and_after_the_command(argv: list[str]) -> None:
    args = build_parser().parse_args(argv)
    assert args.quiet is ("-q" in argv)
    assert args.verbose is ("--verbose" in argv)


def test_readme_table_reference_is_the_current_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    generated = capsys.readouterr().out.replace("### ", "#### ")
    assert generated.strip() in README, "README is stale: paste `factrack schema` output"

"""The research corpora in ../shared/corpus are read from there and never copied into the
repository: no test sentence, docstring or word list holds a run of their text.

Test sentences may paraphrase a phenomenon met in the corpus, with other names and
numbers; a literal that starts or ends with 50 characters of corpus text is a copy. The
sample articles (../shared/samples) ship as the demo input and may be quoted.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SAMPLES = ROOT.parent / "shared" / "samples"
#: Characters of a literal's start or end that make it a copy when the corpus holds them.
RUN = 50


def _flat(text: str) -> str:
    return " ".join(text.split())


def _corpus_text() -> str:
    texts: list[str] = []
    for path in sorted(CORPUS.glob("*.jsonl")) + sorted((CORPUS / "news").glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            texts.extend(_flat(json.loads(line).get("text", "")) for line in lines)
    return "\n".join(texts)


def _literals() -> Iterator[tuple[str, int, str]]:
    """(file, line, string) of every string literal of the package and the tests."""
    for path in sorted([*ROOT.glob("pipeline/**/*.py"), *ROOT.glob("tests/*.py")]):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                yield str(path.relative_to(ROOT)), node.lineno, node.value


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the repository")
def test_no_literal_copies_corpus_text() -> None:
    corpus = _corpus_text()
    samples = "\n".join(_flat(p.read_text(encoding="utf-8")) for p in SAMPLES.glob("*.txt"))
    copies = []
    for name, line, value in _literals():
        flat = _flat(value)
        if len(flat) < RUN:
            continue
        for run in (flat[:RUN], flat[-RUN:]):
            if run in corpus and run not in samples:
                copies.append(f"{name}:{line}: {flat[:70]!r}")
                break
    assert not copies, "corpus text copied into the repository:\n" + "\n".join(copies)


def test_the_check_finds_a_copy() -> None:
    """The check itself: a run of text is found inside a flattened corpus text."""
    corpus = _flat("A long wire story\nwhose   lines were wrapped by the agency's own system.")
    literal = "whose lines were wrapped by the agency's own system."
    assert _flat(literal)[:RUN] in corpus

"""Ingest: every input becomes an article or a rejection with a reason."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pipeline.ingest import FieldMap, dedupe_ids, documents, parse_published, read_file
from pipeline.store import read_raw

FRONT = "---\ntitle: Budget day\npublished: 2025-03-01\nsource: Example Times\n---\n"


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        # .txt: front matter, file-name date, several articles in one file
        (
            "a.txt",
            (FRONT + "The budget rose 3 percent.\n").encode(),
            [("a", "The budget rose 3 percent.", date(2025, 3, 1), "Budget day")],
        ),
        (
            "2025-04-29-kcna.txt",
            b"Troops left on Monday.\n",
            [("2025-04-29-kcna", "Troops left on Monday.", date(2025, 4, 29), "")],
        ),
        ("plain.txt", b"No date anywhere.", [("plain", "No date anywhere.", None, "")]),
        (
            "dump.txt",
            (
                FRONT + "First story.\n" + FRONT.replace("Budget day", "Second") + "Second story.\n"
            ).encode(),
            [
                ("dump#1", "First story.", date(2025, 3, 1), "Budget day"),
                ("dump#2", "Second story.", date(2025, 3, 1), "Second"),
            ],
        ),
        (
            "bom.txt",
            "\ufeffWith a byte order mark.\r\nAnd CRLF.".encode(),
            [("bom", "With a byte order mark.\nAnd CRLF.", None, "")],
        ),
        (
            "hr.txt",
            b"Text with a rule\n---\nbelow it.",
            [("hr", "Text with a rule\n---\nbelow it.", None, "")],
        ),
        # records
        (
            "feed.jsonl",
            b'{"id": "x1", "text": "Ten ships.", "published": "2024-01-02T10:00:00Z"}\n\n'
            b'{"text": "Two planes.", "title": "T"}\n',
            [("x1", "Ten ships.", date(2024, 1, 2), ""), ("feed#3", "Two planes.", None, "T")],
        ),
        (
            "one.json",
            b'{"text": "One record.", "date": "March 3, 2021"}',
            [("one", "One record.", date(2021, 3, 3), "")],
        ),
        (
            "list.json",
            b'{"articles": [{"text": "A."}, {"body": "B."}]}',
            [("list#1", "A.", None, ""), ("list#2", "B.", None, "")],
        ),
        (
            "sheet.csv",
            b'headline,body,date\nH1,Text one.,2023-05-06\nH2,"Two, with comma.",\n',
            [
                ("sheet#1", "Text one.", date(2023, 5, 6), "H1"),
                ("sheet#2", "Two, with comma.", None, "H2"),
            ],
        ),
        (
            "caps.csv",
            b"Title,Text,Date\nT,Upper-case header.,2020-01-02\n",
            [("caps#1", "Upper-case header.", date(2020, 1, 2), "T")],
        ),
        (
            "utf16.txt",
            "Line one.\r\nLine two.".encode("utf-16"),
            [("utf16", "Line one.\nLine two.", None, "")],
        ),
        (
            "crlf.txt",
            b"---\r\ntitle: CRLF\r\npublished: 2022-02-02\r\n---\r\nBody.\r\n",
            [("crlf", "Body.", date(2022, 2, 2), "CRLF")],
        ),
        # a body line that looks like metadata between two rules stays in the article
        (
            "2025-01-01-rule.txt",
            b"---\ntitle: A\n---\nFirst part.\n---\nUpdate: the ministry said 7 more.\n---\nEnd.\n",
            [
                (
                    "2025-01-01-rule",
                    "First part.\n---\nUpdate: the ministry said 7 more.\n---\nEnd.",
                    date(2025, 1, 1),
                    "A",
                )
            ],
        ),
        (
            "dated.json",
            b'{"text": "x.", "Date": "2021-06-07"}',
            [("dated", "x.", date(2021, 6, 7), "")],
        ),
    ],
)
def test_accepted_inputs(
    name: str, data: bytes, expected: list[tuple[str, str, date | None, str]]
) -> None:
    articles = read_file(name, data)
    assert [(a.doc_id, a.text, a.published, a.title) for a in articles] == expected
    assert all(a.ok for a in articles)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        ("latin1.txt", "café".encode("latin-1"), "not UTF-8"),
        ("doc.pdf", b"%PDF-1.4", "unsupported file type .pdf"),
        ("bad.json", b"{not json", "malformed JSON"),
        ("notext.json", b'{"title": "no body"}', "no text"),
        ("number.json", b'{"text": 42}', "text is int"),
        ("nocol.csv", b"a,b\n1,2\n", "CSV has no text column"),
        ("emptyfront.txt", (FRONT + "\n").encode(), "empty text"),
        ("utf32.txt", "Looks like UTF-16.".encode("utf-32")[:-1], "not UTF-32"),
        ("nul.txt", b"text" * 5000 + b"\x00" + b"more", "binary file"),
        ("deep.json", b"[" * 100000 + b"]" * 100000, "nested too deeply"),
        ("surrogate.jsonl", b'{"text": "Prices rose 4 percent \\ud800 today."}', "invalid Unicode"),
    ],
)
def test_rejected_inputs(name: str, data: bytes, reason: str) -> None:
    articles = read_file(name, data)
    assert len(articles) == 1
    assert not articles[0].ok
    assert reason in articles[0].reject_reason


def test_one_bad_line_rejects_only_that_record() -> None:
    data = b'{"text": "Good one."}\n{"text": \n["a list"]\n{"text": ""}\n{"text": "Good two."}\n'
    articles = read_file("mixed.jsonl", data)
    assert [a.ok for a in articles] == [True, False, False, False, True]
    assert "line 2: malformed JSON" in articles[1].reject_reason
    assert "line 3: not an object" in articles[2].reject_reason
    assert "line 4: empty text" in articles[3].reject_reason


def test_csv_row_with_extra_cells_is_rejected() -> None:
    articles = read_file("rows.csv", b"text,title\nfine,T\nbad,T,extra\n")
    assert [a.ok for a in articles] == [True, False]
    assert "record 2 (line 3): 3 cells for 2 columns" in articles[1].reject_reason


def test_field_map_overrides_names() -> None:
    record = json.dumps({"story_body": "Mapped text.", "when": "2020-02-02"}).encode()
    fields = FieldMap({"text": "story_body", "published": "when"})
    [article] = read_file("mapped.json", record, fields)
    assert (article.text, article.published) == ("Mapped text.", date(2020, 2, 2))


def test_unreadable_published_is_a_warning_not_a_rejection() -> None:
    [article] = read_file("x.json", b'{"text": "Fine.", "published": "someday"}')
    assert article.ok and article.published is None
    assert article.warnings == ("unreadable published date 'someday'",)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-04-29", date(2025, 4, 29)),
        ("2025-04-29 08:00:00", date(2025, 4, 29)),
        ("29 April 2025", date(2025, 4, 29)),
        ("2025-13-45", None),
        (None, None),
    ],
)
def test_parse_published(value: str | None, expected: date | None) -> None:
    assert parse_published(value)[0] == expected


def test_read_raw_reads_folders_skips_hidden_and_dedupes_ids(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("One.")
    (tmp_path / "sub" / "a.txt").write_text("Two.")
    (tmp_path / ".gitkeep").write_text("")
    (tmp_path / "b.bin").write_bytes(b"\x00\x01")
    articles = read_raw(tmp_path)
    assert [(a.doc_id, a.source_file, a.ok) for a in articles] == [
        ("a", "a.txt", True),
        ("b", "b.bin", False),
        ("sub/a", "sub/a.txt", True),
    ]


def test_duplicate_ids_never_collide_with_suffixed_ones() -> None:
    data = b'{"id": "a", "text": "1."}\n{"id": "a", "text": "2."}\n{"id": "a~2", "text": "3."}\n'
    ids = [a.doc_id for a in dedupe_ids(read_file("f.jsonl", data))]
    assert len(set(ids)) == 3 and ids[0] == "a" and ids[2] == "a~2"


def test_csv_long_field_and_bad_row_reject_only_themselves() -> None:
    long_text = "word " * 60000  # beyond the csv module's default field limit
    data = f'text\n"{long_text}"\nshort one\n'.encode()
    articles = read_file("big.csv", data)
    assert [a.ok for a in articles] == [True, True]
    assert len(articles[0].text) == len(long_text)


def test_relative_published_is_never_resolved_against_today() -> None:
    [article] = read_file("r.json", b'{"text": "x.", "published": "yesterday"}')
    assert article.published is None
    assert article.warnings == ("unreadable published date 'yesterday'",)


def test_unknown_front_matter_warns_and_keeps_the_file_date() -> None:
    data = b"---\nPublished Date: 2020-01-01\n---\nBody text.\n"
    [article] = read_file("2021-03-04-x.txt", data)
    assert article.published == date(2021, 3, 4)
    assert any("front matter not understood" in w for w in article.warnings)
    assert article.text.startswith("---")


def test_documents_frame_keeps_rejections_with_reasons() -> None:
    articles = read_file("a.txt", b"Text.") + read_file("b.txt", b"")
    frame = documents(articles)
    assert frame["status"].tolist() == ["ok", "rejected"]
    assert frame["reject_reason"].isna().tolist() == [True, False]
    assert str(frame["published"].dtype) == "datetime64[s]"

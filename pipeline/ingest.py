"""Ingest: files -> documents, one row per article or per rejected input.

Readers are pure functions from a file's name and bytes to records, so that the
store (which reads the disk) and the tests share them.

* ``.txt``: one article per file, with an optional front matter block::

      ---
      title: North Korea confirms troops in Kursk
      published: 2025-04-29
      source: Taipei Times
      ---
      Article text ...

  A date at the start of the file name (``2025-04-29-kcna.txt``) is the fallback for
  ``published``. **Several articles in one file**: each front matter block starts a new
  article, and the text up to the next block belongs to it.
* ``.jsonl``: one JSON object per line; ``.json``: one object, a list of objects, or an
  object with an ``articles`` list; ``.csv``: one row per article with a header.
  Each record has ``text`` and optional ``id``, ``title``, ``published``, ``source``,
  ``url``; other field names are mapped with `FieldMap` (``body`` -> text, ...).

Anything unreadable (binary, not UTF-8, empty, malformed record, no text) becomes a
rejected document with a reason: never a crash, never dropped silently.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

import pandas as pd
import regex

from pipeline.config import INPUT_SUFFIXES

# a long article is one CSV field: let it be as long as memory allows
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))

#: Accepted names for each field, first match wins; extend with `--field NAME=COLUMN`.
DEFAULT_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "story"),
    "id": ("id", "doc_id", "article_id", "guid"),
    "title": ("title", "headline", "heading"),
    "published": ("published", "date", "pubdate", "published_at", "publish_date", "dct"),
    "source": ("source", "publisher", "outlet"),
    "url": ("url", "link", "href"),
}


@dataclass(frozen=True)
class FieldMap:
    """Which record field holds text, id, title, published, source and url."""

    overrides: Mapping[str, str] = field(default_factory=dict)

    def get(self, record: Mapping[str, Any], name: str) -> Any:
        """The value of field `name` in `record`; names match whatever their case."""
        lowered = {str(k).lower(): v for k, v in record.items()}
        if name in self.overrides:
            return lowered.get(self.overrides[name].lower())
        for key in DEFAULT_ALIASES[name]:
            if key in lowered:
                return lowered[key]
        return None


@dataclass(frozen=True)
class Article:
    """One input record: an article to process, or a rejection with its reason."""

    doc_id: str
    source_file: str
    text: str = ""
    title: str = ""
    published: date | None = None
    source: str = ""
    url: str = ""
    reject_reason: str = ""
    #: What was odd but not fatal (an unparseable date), for the log.
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.reject_reason

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


_FILE_DATE = regex.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_ISO_DATE = regex.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?\s*$")
#: Keys a front matter block may hold; a block with any other key is article text
#: (a body line like "Update: ..." between two rules must not be taken for metadata).
FRONT_MATTER_KEYS = frozenset(
    {k for aliases in DEFAULT_ALIASES.values() for k in aliases}
    | {"author", "byline", "section", "tags", "language", "lang"}
)
# A front matter block: a line of three dashes, `key: value` lines, three dashes.
_FRONT_MATTER = regex.compile(
    r"""
    (?:\A|(?<=\n))              # at the start of the file or of a line
    ---[ \t]*\r?\n
    (?P<body>(?:[A-Za-z_][\w-]*[ \t]*:[^\n]*\r?\n)+)   # key: value lines
    ---[ \t]*(?:\r?\n|\Z)
    """,
    regex.VERBOSE,
)


def _stem(name: str) -> str:
    """The path without its extension: the default document id (`sub/a.txt` -> `sub/a`).

    Keeping the folder keeps ids stable when a file of the same name appears elsewhere.
    """
    folder, _, base = name.rpartition("/")
    base = base.rsplit(".", 1)[0] if "." in base else base
    return f"{folder}/{base}" if folder else base


def parse_published(value: Any) -> tuple[date | None, str]:
    """A publication date from a record, and a warning when it cannot be read.

    >>> parse_published("2025-04-29T08:00:00Z")
    (datetime.date(2025, 4, 29), '')
    >>> parse_published("April 29, 2025")
    (datetime.date(2025, 4, 29), '')
    >>> parse_published("soon")
    (None, "unreadable published date 'soon'")
    """
    if value is None or value == "":
        return None, ""
    if isinstance(value, datetime):
        return value.date(), ""
    if isinstance(value, date):
        return value, ""
    text = str(value)
    m = _ISO_DATE.match(text)
    try:
        if m:
            return date(int(m[1]), int(m[2]), int(m[3])), ""
    except ValueError:
        return None, f"unreadable published date {text!r}"
    import dateparser  # slow to import; only needed for non-ISO dates

    # absolute forms only: "yesterday" must never be resolved against the run date
    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={
            "STRICT_PARSING": True,
            "REQUIRE_PARTS": ["year"],
            "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
        },
    )
    if parsed is None:
        return None, f"unreadable published date {text!r}"
    return parsed.date(), ""


def decode(data: bytes) -> tuple[str | None, str]:
    """Text of a file's bytes, or None and why not (binary, not UTF-8, empty)."""
    if not data.strip():
        return None, "empty file"
    encoding = "utf-8-sig"
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        encoding = "utf-32"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif b"\x00" in data:
        return None, "binary file (contains NUL bytes)"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        name = "UTF-8" if encoding == "utf-8-sig" else encoding.upper()
        return None, f"not {name}: {error.reason} at byte {error.start}"
    if "\x00" in text:
        return None, "binary file (contains NUL characters)"
    if not text.strip():
        return None, "empty file"
    return text.replace("\r\n", "\n").replace("\r", "\n"), ""


def _article(
    doc_id: str, source_file: str, fields: Mapping[str, Any], text: Any, fallback: date | None
) -> Article:
    published, warning = parse_published(fields.get("published"))
    if published is None and fallback is not None:
        published = fallback
    if not isinstance(text, str) or not text.strip():
        reason = "no text" if text is None else "empty text"
        if text is not None and not isinstance(text, str):
            reason = f"text is {type(text).__name__}, not a string"
        return Article(doc_id=doc_id, source_file=source_file, reject_reason=reason)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:  # a lone surrogate from a JSON escape
        reason = f"invalid Unicode in text: {error.reason} at character {error.start}"
        return Article(doc_id=doc_id, source_file=source_file, reject_reason=reason)
    return Article(
        doc_id=doc_id,
        source_file=source_file,
        text=text,
        title=_clean(fields.get("title")),
        published=published,
        source=_clean(fields.get("source")),
        url=_clean(fields.get("url")),
        warnings=(warning,) if warning else (),
    )


def _clean(value: Any) -> str:
    """A metadata string, stripped, with any invalid Unicode replaced."""
    text = str(value or "").strip()
    return text.encode("utf-8", "replace").decode("utf-8")


def _front_matter(body: str) -> dict[str, str] | None:
    """The fields of a front matter block, or None if a key is not a metadata key."""
    raw = {}
    for line in body.splitlines():
        key, _, value = line.partition(":")
        key = key.strip().lower()
        if key not in FRONT_MATTER_KEYS:
            return None
        raw[key] = value.strip().strip("\"'")
    fields = FieldMap()
    return {k: str(v) for k in DEFAULT_ALIASES if (v := fields.get(raw, k)) is not None}


def read_txt(name: str, text: str) -> Iterator[Article]:
    """Articles of a .txt file: one, or one per front matter block."""
    stem = _stem(name)
    m = _FILE_DATE.match(stem.rsplit("/", 1)[-1])
    fallback = None
    if m:
        try:
            fallback = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            fallback = None
    blocks = [b for b in _FRONT_MATTER.finditer(text) if _front_matter(b["body"]) is not None]
    warnings: tuple[str, ...] = ()
    if text.startswith("---") and not (blocks and blocks[0].start() == 0):
        warnings = (
            "front matter not understood: keys must be one per line, as "
            "`title:`, `published:`, `source:`, `url:`; kept as article text",
        )
    if not blocks or (blocks[0].start() != 0 and text[: blocks[0].start()].strip()):
        # text before the first block is an article without front matter
        end = blocks[0].start() if blocks else len(text)
        blocks_text: list[tuple[dict[str, str], str]] = [({}, text[:end])]
    else:
        blocks_text = []
    for i, block in enumerate(blocks):
        end = blocks[i + 1].start() if i + 1 < len(blocks) else len(text)
        blocks_text.append((_front_matter(block["body"]) or {}, text[block.end() : end]))
    many = len(blocks_text) > 1
    for i, (fields, body) in enumerate(blocks_text, start=1):
        doc_id = f"{stem}#{i}" if many else stem
        if fields.get("id"):
            doc_id = fields["id"]
        article = _article(doc_id, name, fields, body.strip("\n"), fallback)
        yield replace(article, warnings=article.warnings + warnings) if i == 1 else article


def _records_from(name: str, stem: str, records: list[Any], fields: FieldMap) -> Iterator[Article]:
    for i, record in enumerate(records, start=1):
        yield _record(name, f"{stem}#{i}", record, fields, where=f"record {i}")


def _record(name: str, default_id: str, record: Any, fields: FieldMap, where: str) -> Article:
    if not isinstance(record, Mapping):
        return Article(
            doc_id=default_id,
            source_file=name,
            reject_reason=f"{where}: not an object but {type(record).__name__}",
        )
    values = {k: fields.get(record, k) for k in DEFAULT_ALIASES}
    doc_id = str(values["id"]) if values["id"] not in (None, "") else default_id
    article = _article(doc_id, name, values, values["text"], None)
    if not article.ok:
        return Article(
            doc_id=doc_id, source_file=name, reject_reason=f"{where}: {article.reject_reason}"
        )
    return article


def read_jsonl(name: str, text: str, fields: FieldMap) -> Iterator[Article]:
    stem = _stem(name)
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        default_id = f"{stem}#{number}"
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as error:
            yield Article(
                doc_id=default_id,
                source_file=name,
                reject_reason=f"line {number}: malformed JSON: {_json_error(error)}",
            )
            continue
        yield _record(name, default_id, record, fields, where=f"line {number}")


def _json_error(error: Exception) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"{error.msg} at line {error.lineno} column {error.colno}"
    if isinstance(error, RecursionError):
        return "nested too deeply"
    return str(error)


def read_json(name: str, text: str, fields: FieldMap) -> Iterator[Article]:
    stem = _stem(name)
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as error:
        yield Article(
            doc_id=stem, source_file=name, reject_reason=f"malformed JSON: {_json_error(error)}"
        )
        return
    if isinstance(data, Mapping) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, list):
        yield from _records_from(name, stem, data, fields)
    else:
        yield _record(name, stem, data, fields, where="document")


def read_csv(name: str, text: str, fields: FieldMap) -> Iterator[Article]:
    stem = _stem(name)
    reader = csv.DictReader(io.StringIO(text))
    try:
        header = reader.fieldnames or []
    except csv.Error as error:
        yield Article(doc_id=stem, source_file=name, reject_reason=f"malformed CSV: {error}")
        return
    if fields.get(dict.fromkeys(header, ""), "text") is None:
        yield Article(
            doc_id=stem,
            source_file=name,
            reject_reason=f"CSV has no text column (columns: {', '.join(header) or 'none'})",
        )
        return
    number = 0
    while True:
        number += 1
        where = f"record {number}"
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:  # one bad row; the reader goes on with the next line
            yield Article(
                doc_id=f"{stem}#{number}",
                source_file=name,
                reject_reason=f"{where} (line {reader.line_num}): malformed CSV: {error}",
            )
            continue
        where = f"{where} (line {reader.line_num})"
        if None in row:  # more cells than header columns
            yield Article(
                doc_id=f"{stem}#{number}",
                source_file=name,
                reject_reason=f"{where}: {len(header) + len(row[None])} cells for "
                f"{len(header)} columns",
            )
            continue
        yield _record(name, f"{stem}#{number}", row, fields, where=where)


def read_file(name: str, data: bytes, fields: FieldMap | None = None) -> list[Article]:
    """Every article of one input file; `name` is its path relative to the raw folder."""
    fields = fields or FieldMap()
    stem = _stem(name)
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if suffix not in INPUT_SUFFIXES:
        return [
            Article(
                doc_id=stem,
                source_file=name,
                reject_reason=f"unsupported file type {suffix or '(none)'}; "
                f"expected one of {', '.join(INPUT_SUFFIXES)}",
            )
        ]
    text, reason = decode(data)
    if text is None:
        return [Article(doc_id=stem, source_file=name, reject_reason=reason)]
    if suffix == ".txt":
        articles = list(read_txt(name, text))
    elif suffix == ".jsonl":
        articles = list(read_jsonl(name, text, fields))
    elif suffix == ".json":
        articles = list(read_json(name, text, fields))
    else:
        articles = list(read_csv(name, text, fields))
    if not articles:
        return [Article(doc_id=stem, source_file=name, reject_reason="no records in file")]
    return articles


def dedupe_ids(articles: list[Article]) -> list[Article]:
    """Make doc ids unique: a second `x` becomes `x~2` (or `x~3`... if that is taken too)."""
    taken = {a.doc_id for a in articles}
    seen: set[str] = set()
    out = []
    for a in articles:
        if a.doc_id in seen:
            n = 2
            while f"{a.doc_id}~{n}" in taken:
                n += 1
            taken.add(f"{a.doc_id}~{n}")
            a = replace(a, doc_id=f"{a.doc_id}~{n}")
        seen.add(a.doc_id)
        out.append(a)
    return out


ARTICLE_COLUMNS = [
    "doc_id",
    "source_file",
    "title",
    "published",
    "source",
    "url",
    "status",
    "reject_reason",
    "text",
    "content_hash",
]


def documents(articles: list[Article]) -> pd.DataFrame:
    """The articles as a frame: accepted ones with their text, rejected ones with a reason."""
    rows = [
        {
            "doc_id": a.doc_id,
            "source_file": a.source_file,
            "title": a.title or None,
            "published": pd.Timestamp(a.published) if a.published else pd.NaT,
            "source": a.source or None,
            "url": a.url or None,
            "status": "ok" if a.ok else "rejected",
            "reject_reason": a.reject_reason or None,
            "text": a.text if a.ok else "",
            "content_hash": a.content_hash if a.ok else None,
        }
        for a in articles
    ]
    frame = pd.DataFrame(rows, columns=ARTICLE_COLUMNS)
    frame["published"] = pd.to_datetime(frame["published"]).astype("datetime64[s]")
    string_columns = [c for c in ARTICLE_COLUMNS if c != "published"]
    return frame.astype(dict.fromkeys(string_columns, "string"))

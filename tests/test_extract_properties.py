"""Properties every extractor keeps on any text: it never raises, and spans are honest."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract import extract_document
from pipeline.records import QUALIFIERS, Quantity

# Text built from the pieces figures are made of, so that the extractors get exercised.
_PIECES = st.sampled_from(
    [
        "10,000",
        "1.5",
        "84.4",
        "-3",
        "2,225",
        "$",
        "US$",
        "NT$",
        "£",
        "€",
        "¥",
        "bn",
        "m",
        " million",
        " billion",
        " percent",
        "%",
        " pct",
        " per cent",
        " points",
        "troops",
        " soldiers",
        "more than ",
        "about ",
        "nearly ",
        "up to ",
        "between ",
        " and ",
        " to ",
        "-",
        "–",
        "three",
        "twenty-one",
        "a dozen",
        "half",
        "two-thirds",
        "eight out of 10",
        "yesterday",
        "Saturday",
        "May 7",
        "April 2025",
        "2025",
        "1990s",
        "last year",
        "10am",
        " days",
        "90-day",
        "daily",
        "said",
        "according to ",
        "Kim",
        "“",
        "”",
        '"',
        ". ",
        ", ",
        "\n",
        " ",
        "of ",
        "the ",
        "killed",
        "wounded",
        "deployed",
        "COVID-19",
        "A320",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=40).map("".join) | st.text(max_size=200)


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS, published=st.none() | st.dates(date(1980, 1, 1), date(2030, 12, 31)))
def test_every_figure_is_the_text_it_claims(text: str, published: date | None) -> None:
    extraction = extract_document(text, published)
    for f in extraction.figures:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.raw
        if isinstance(f, Quantity):
            assert f.qualifier in QUALIFIERS
    for claim in extraction.claims:
        assert 0 <= claim.start < claim.end <= len(text)

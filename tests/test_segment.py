"""Segment: sentences with exact offsets, right around abbreviations, decimals and quotes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.segment import is_hard_wrapped, sentence_spans


def split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # abbreviations that never end a sentence
        ("Gen. Lee arrived. He spoke.", ["Gen. Lee arrived.", "He spoke."]),
        (
            "Mr. Smith met Dr. Jones on Jan. 5. They talked.",
            ["Mr. Smith met Dr. Jones on Jan. 5.", "They talked."],
        ),
        ("It was No. 1 in sales. Prices fell.", ["It was No. 1 in sales.", "Prices fell."]),
        # U.S. before a name, and at the end of a sentence
        ("The U.S. Army left. Others stayed.", ["The U.S. Army left.", "Others stayed."]),
        (
            "It was made in the U.S. The firm said so.",
            ["It was made in the U.S.", "The firm said so."],
        ),
        # dotted currency adjectives in wire copy
        (
            "It had a 2.1 billion H.K. Dlr surplus, the office said. Exports fell.",
            ["It had a 2.1 billion H.K. Dlr surplus, the office said.", "Exports fell."],
        ),
        # decimals and initials
        (
            "Support rose to 84.4 percent. It was 2.5 points up.",
            ["Support rose to 84.4 percent.", "It was 2.5 points up."],
        ),
        (
            "President George W. Bush spoke. Then J. K. Rowling read.",
            ["President George W. Bush spoke.", "Then J. K. Rowling read."],
        ),
        # quotes and brackets
        (
            '"We won," she said. "It was hard." The end.',
            ['"We won," she said.', '"It was hard."', "The end."],
        ),
        (
            "“We appreciate it,” Kim said. Others agreed.",
            ["“We appreciate it,” Kim said.", "Others agreed."],
        ),
        ("Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
        ("He left (for good.) Then rain.", ["He left (for good.)", "Then rain."]),
        # line breaks: one paragraph per line, headlines without a full stop
        ("Photo: AP\nTroops moved north.", ["Photo: AP", "Troops moved north."]),
        ("Headline here\n\nBody text.", ["Headline here", "Body text."]),
        # a lowercase word after a full stop does not start a sentence
        ("It grew 5 pct. in the year to March.", ["It grew 5 pct. in the year to March."]),
        ("It was 5. 6 more came.", ["It was 5.", "6 more came."]),
        # letters beyond ASCII, which the regex reads (str methods read ASCII ones)
        ("Prices rose. Émile left.", ["Prices rose.", "Émile left."]),
        ("It rose 3 pct. über alles.", ["It rose 3 pct. über alles."]),
        ("They met in Zürich. Talks began.", ["They met in Zürich.", "Talks began."]),
        ("Then É. Zola wrote.", ["Then É. Zola wrote."]),
        ("Made in the U.S. Ñandú farms grew.", ["Made in the U.S. Ñandú farms grew."]),
        ("A rise of 4 pct. (Ügur said.) Next.", ["A rise of 4 pct.", "(Ügur said.)", "Next."]),
        ("He met Sr. Ruiz. Then lunch.", ["He met Sr. Ruiz.", "Then lunch."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_hard_wrapped_wire_copy_joins_lines() -> None:
    text = (
        "The central bank said on Tuesday that the\n"
        "economy grew 2.1 pct in the third quarter from\n"
        "the second, when it rose a revised 1.8 pct.\n"
        "    Analysts had expected growth of about\n"
        "1.9 pct, the bank added in its report.\n"
    )
    assert is_hard_wrapped(text)
    assert [s.replace("\n", " ") for s in split(text)] == [
        "The central bank said on Tuesday that the economy grew 2.1 pct in the third quarter "
        "from the second, when it rose a revised 1.8 pct.",
        "Analysts had expected growth of about 1.9 pct, the bank added in its report.",
    ]


def test_a_short_wire_story_with_short_paragraph_ends_is_wire_copy() -> None:
    """Its paragraphs end in short lines, so only the lines that run on are counted."""
    text = (
        "Major freight operator Harlow Shipping Ltd\n"
        "<HRLW.L> said it will raise four billion yen by issuing 21.5\n"
        "mln shares at 190 yen each to help reduce its debt and restore\n"
        "profitability within three years.\n"
        "    Half of the sum raised will be returned to the creditor banks\n"
        "which in January were asked to waive part of their monthly\n"
        "repayments, it said.\n"
        "    The other half will go to operations hit by the strong\n"
        "yen, the company added.\n"
    )
    assert is_hard_wrapped(text)
    assert (
        split(text)[0]
        .replace("\n", " ")
        .startswith("Major freight operator Harlow Shipping Ltd <HRLW.L> said")
    )
    assert len(split(text)) == 3


def test_an_indented_line_starts_a_sentence_in_wire_copy() -> None:
    """A new paragraph (indented) ends the one before even without a full stop: table rows."""
    text = (
        "Shr profit 41 cts vs 36 cts\n"
        "    Net 8,310,000 vs 7,240,000\n"
        "    Revs 96.2 mln vs 88.7 mln\n"
        "    NOTE: Per share figures are adjusted for a three-for-two stock split\n"
        "paid in the fourth quarter of last year to holders of record on the\n"
        "first business day of December, and for the sale of the plastics unit\n"
        "to a group of its managers in a deal that closed on the last day of\n"
        "the quarter, the company said in a statement issued with the results.\n"
    )
    assert is_hard_wrapped(text)
    assert [s.split("\n")[0] for s in split(text)][:3] == [
        "Shr profit 41 cts vs 36 cts",
        "Net 8,310,000 vs 7,240,000",
        "Revs 96.2 mln vs 88.7 mln",
    ]


def test_one_sentence_per_line_is_not_wire_copy() -> None:
    text = (
        "Troops return home after a long tour\n"
        "By a staff reporter in the capital city today\n"
        "Some 1,200 soldiers landed at the air base on Monday.\n"
        "Their families waited for hours in the cold and the rain.\n"
        "The defence ministry said more would follow next month.\n"
    )
    assert not is_hard_wrapped(text)
    assert split(text)[:2] == [
        "Troops return home after a long tour",
        "By a staff reporter in the capital city today",
    ]


def test_empty_and_blank_text() -> None:
    assert sentence_spans("") == []
    assert sentence_spans("  \n ") == []


@given(st.text(alphabet=st.sampled_from(list("ab .!?\n\"“”'U.S12")), max_size=80))
def test_spans_are_ordered_trimmed_and_cover_every_word(text: str) -> None:
    spans = sentence_spans(text)
    last = 0
    for s in spans:
        assert last <= s.start < s.end <= len(text)
        chunk = text[s.start : s.end]
        assert chunk == chunk.strip() and chunk
        last = s.end
    covered = "".join(text[s.start : s.end] for s in spans)
    assert covered.replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")

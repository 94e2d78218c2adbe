"""The words of a name: titles before a person's name, function words before any name,
organisation words that make a name an organisation's (word lists in attribute_lexicon)."""

from __future__ import annotations

from pipeline.attribution.lexicon import LEXICON

_FUNCTION = LEXICON.capitalised_function_words
_TITLES = LEXICON.titles
_ORG = LEXICON.org_words


def words_of(name: str) -> list[str]:
    return name.split()


def strip_function_words(words: list[str], at_start: bool = False) -> list[str]:
    """Drop capitalised function words at the start ("The", "But"; "Past" at a sentence start)."""
    i = 0
    if at_start and words and words[0].lower() in LEXICON.sentence_initial_words:
        i = 1
    while i < len(words) and words[i].lower() in _FUNCTION:
        i += 1
    return words[i:]


def is_org(words: list[str]) -> bool:
    return any(w.lower().rstrip(".") in _ORG for w in words)


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """(title words, name words): "NUM General Secretary Cyril Ramaphosa" -> Secretary | Cyril ...

    The split is made only when what is left reads as a person's name.
    """
    last = -1
    for i, w in enumerate(words[:-1]):
        if w.lower().rstrip(".") in _TITLES:
            last = i
    if last < 0:
        return [], words
    rest = words[last + 1 :]
    if is_org(rest) or not all(w[0].isupper() for w in rest):
        return [], words
    if len(rest) == 1 and words[last].lower().rstrip(".") not in LEXICON.honorifics:
        return [], words  # "Fairford Coach Action" is no Mr Action
    return words[: last + 1], rest

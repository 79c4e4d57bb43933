"""The speaker beside a tag, on hand-built token sequences (no model needed)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire.model import Span
from eventwire.quotes.speaker import subject_beside


def _doc(words: list[str], pos: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(Vocab(), words=words, pos=pos, heads=heads, deps=deps)


def _quoted(doc: Doc, first: int, last: int) -> list[Span]:
    return [Span(doc[first].idx, doc[last].idx + len(doc[last].text))]


def test_the_name_after_an_inverted_tag_is_the_speaker() -> None:
    words = ["“", "Yes", ",", "”", "said", "Dana", "Lee", ",", "a", "clerk", "."]
    pos = [
        "PUNCT",
        "INTJ",
        "PUNCT",
        "PUNCT",
        "VERB",
        "PROPN",
        "PROPN",
        "PUNCT",
        "DET",
        "NOUN",
        "PUNCT",
    ]
    heads = [4, 4, 4, 4, 4, 6, 4, 6, 9, 6, 4]
    deps = [
        "punct",
        "intj",
        "punct",
        "punct",
        "ROOT",
        "compound",
        "ccomp",
        "punct",
        "det",
        "appos",
        "punct",
    ]
    doc = _doc(words, pos, heads, deps)
    got = subject_beside(doc[4], _quoted(doc, 0, 3))
    assert got is not None and got.text == "Lee"


def test_the_noun_before_the_tag_comes_first() -> None:
    words = ["“", "No", "”", "Lee", "notes", "."]
    pos = ["PUNCT", "INTJ", "PUNCT", "PROPN", "VERB", "PUNCT"]
    heads = [4, 4, 4, 4, 4, 4]
    deps = ["punct", "intj", "punct", "dep", "ROOT", "punct"]
    doc = _doc(words, pos, heads, deps)
    got = subject_beside(doc[4], _quoted(doc, 0, 2))
    assert got is not None and got.text == "Lee"


def test_no_noun_beside_the_tag_gives_no_speaker() -> None:
    words = ["He", "was", "asked", ",", "“", "Why", "?", "”"]
    pos = ["PRON", "AUX", "VERB", "PUNCT", "PUNCT", "ADV", "PUNCT", "PUNCT"]
    heads = [2, 2, 2, 2, 5, 2, 5, 5]
    deps = ["nsubjpass", "auxpass", "ROOT", "punct", "punct", "ccomp", "punct", "punct"]
    doc = _doc(words, pos, heads, deps)
    assert subject_beside(doc[2], _quoted(doc, 4, 7)) is None

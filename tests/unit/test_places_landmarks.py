"""Validation of ``data/places/landmarks.tsv`` (and the town heads of ``cues.tsv``)."""

from __future__ import annotations

from importlib import resources

from eventwire.places.attach import landmark_words
from eventwire.places.recognise import load_lexicon


def _rows() -> list[str]:
    text = (resources.files("eventwire") / "data" / "places" / "landmarks.tsv").read_text("utf-8")
    return [w for w in text.splitlines() if w.strip() and not w.startswith("#")]


def test_landmark_words_are_single_lower_case_words_listed_once() -> None:
    rows = _rows()
    assert len(rows) == len(set(rows)) >= 30
    for word in rows:
        assert word == word.strip().lower() and word.isalpha(), word
    assert landmark_words() == frozenset(rows)


def test_no_kind_word_is_a_landmark() -> None:
    # "X district", "X town": the place itself, never a landmark named after it
    kinds = set(load_lexicon().kind_words)
    assert not kinds & landmark_words()
    assert {"square", "bridge", "university"} <= landmark_words()


def test_town_heads_are_single_lower_case_words_and_no_kind_words() -> None:
    lex = load_lexicon()
    assert {"police", "mayor"} <= lex.town_heads
    for word in lex.town_heads:
        assert word == word.lower() and " " not in word
        assert word not in lex.kind_words  # a kind word already says what the name is

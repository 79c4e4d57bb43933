from __future__ import annotations

import pytest

from eventwire.counts.notes import CodingNote, NoteWords, find_notes
from eventwire.model import Span


def _notes(*sentences: str) -> list[CodingNote]:
    text = " ".join(sentences)
    spans, at = [], 0
    for s in sentences:
        spans.append(Span(at, at + len(s)))
        at += len(s) + 1
    return find_notes(text, spans, NoteWords.load())


def test_bundled_words_load_with_both_roles() -> None:
    w = NoteWords.load()
    assert {"fatalities", "casualties"} <= w.tally
    assert {"events", "locations"} <= w.part
    assert not w.tally & w.part


def test_a_row_with_an_unknown_role_is_an_error() -> None:
    with pytest.raises(ValueError, match="line 2"):
        NoteWords.parse("# header\ndeaths\tvictims\n")


def test_coded_as_fixes_the_figure() -> None:
    got = _notes("Militiamen raided a hamlet at dawn.", "Fatalities coded as 4.")
    assert [(n.coded, n.parts, n.coded_share) for n in got] == [(4, None, False)]
    assert got[0].span == Span(36, 58)


def test_a_spelled_out_figure_is_read() -> None:
    got = _notes("Unspecified casualties coded as ten.")
    assert [(n.coded, n.parts) for n in got] == [(10, None)]


def test_a_split_names_its_parts() -> None:
    got = _notes("21 total fatalities split between 3 events.")
    assert [(n.coded, n.parts, n.coded_share) for n in got] == [(None, 3, False)]


def test_coded_after_a_split_is_already_the_share() -> None:
    got = _notes("30 fatalities split across 6 events coded as 5.")
    assert [(n.coded, n.parts, n.coded_share) for n in got] == [(5, 6, True)]


def test_coded_before_a_split_is_the_total() -> None:
    got = _notes("Fatalities coded as 12 and split between 4 locations.")
    assert [(n.coded, n.parts, n.coded_share) for n in got] == [(12, 4, False)]


def test_a_sentence_without_a_toll_word_is_no_note() -> None:
    assert _notes("The damage was coded as 3 on the local scale.") == []
    assert _notes("Fatalities split between 1 event.") == []


def test_empty_words_find_nothing() -> None:
    text = "Fatalities coded as 2."
    assert find_notes(text, [Span(0, len(text))], NoteWords(frozenset(), frozenset())) == []

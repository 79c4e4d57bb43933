from __future__ import annotations

from eventwire.counts.notes import CodingNote
from eventwire.counts.settle import Attached, settle
from eventwire.model import Count, Span


def _c(kind: str, value: int, at: int = 0) -> Count:
    return Count(kind, value, Span(at, at + 1))


def _values(counts: list[Count]) -> list[tuple[str, int]]:
    return [(c.kind, c.value) for c in counts]


def test_narrative_figures_add_up_without_a_tally() -> None:
    got = settle([Attached(_c("killed", 2), False), Attached(_c("killed", 3, 5), False)], [])
    assert _values(got) == [("killed", 2), ("killed", 3)]


def test_a_tally_replaces_the_narrative_figures_it_sums_up() -> None:
    got = settle([Attached(_c("killed", 6), False), Attached(_c("killed", 6, 9), True)], [])
    assert _values(got) == [("killed", 6)]


def test_a_tally_leaves_other_kinds_alone() -> None:
    got = settle(
        [
            Attached(_c("injured", 4), False),
            Attached(_c("killed", 1, 3), False),
            Attached(_c("killed", 1, 9), True),
        ],
        [],
    )
    assert _values(got) == [("injured", 4), ("killed", 1)]


def test_repeated_tallies_count_once() -> None:
    got = settle([Attached(_c("killed", 5), True), Attached(_c("killed", 5, 7), True)], [])
    assert _values(got) == [("killed", 5)]


def test_a_tally_that_is_the_total_of_the_others_stands_alone() -> None:
    parts = [Attached(_c("killed", v, i), True) for i, v in enumerate((2, 3, 5))]
    assert _values(settle(parts, [])) == [("killed", 5)]


def test_distinct_tallies_add_up() -> None:
    parts = [Attached(_c("killed", 2), True), Attached(_c("killed", 4, 3), True)]
    assert _values(settle(parts, [])) == [("killed", 2), ("killed", 4)]


def test_a_coded_note_fixes_the_toll() -> None:
    note = CodingNote(Span(20, 40), 3, None, False)
    got = settle([Attached(_c("killed", 7), False), Attached(_c("injured", 2), False)], [note])
    assert _values(got) == [("injured", 2), ("killed", 3)]
    assert got[-1].qualifier == "coded"


def test_a_split_divides_the_total_rounding_up() -> None:
    note = CodingNote(Span(20, 40), None, 2, False)
    got = settle([Attached(_c("killed", 13), True)], [note])
    assert _values(got) == [("killed", 7)]
    assert got[0].qualifier == "share of 2"


def test_a_coded_share_is_not_split_again() -> None:
    note = CodingNote(Span(20, 40), 3, 6, True)
    assert _values(settle([], [note])) == [("killed", 3)]


def test_a_coded_total_is_split() -> None:
    note = CodingNote(Span(20, 40), 10, 4, False)
    assert _values(settle([], [note])) == [("killed", 3)]


def test_a_split_with_no_figure_changes_nothing() -> None:
    note = CodingNote(Span(20, 40), None, 2, False)
    assert settle([], [note]) == []

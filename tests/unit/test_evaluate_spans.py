"""One-to-one span matching and mapping spans back onto the gold text."""

from __future__ import annotations

from eventwire.evaluate.spans import SpanMapper, match_spans, overlap_len
from eventwire.model import Span


def test_overlap_len() -> None:
    assert overlap_len(Span(0, 10), Span(5, 15)) == 5
    assert overlap_len(Span(0, 5), Span(5, 10)) == 0


def test_a_prediction_overlapping_two_gold_spans_counts_once() -> None:
    gold = [Span(0, 10), Span(12, 20)]
    assert match_spans(gold, [Span(5, 15)]) == [(0, 0)]


def test_each_gold_span_is_matched_at_most_once() -> None:
    gold = [Span(0, 10)]
    pred = [Span(0, 4), Span(5, 9)]
    assert len(match_spans(gold, pred)) == 1


def test_the_prediction_with_the_largest_overlap_is_taken() -> None:
    assert match_spans([Span(0, 10)], [Span(0, 2), Span(2, 10)]) == [(0, 1)]


def test_gold_spans_are_taken_in_text_order_whatever_the_list_order() -> None:
    gold = [Span(12, 20), Span(0, 10)]
    assert match_spans(gold, [Span(5, 15)]) == [(1, 0)]


def test_duplicate_gold_spans_need_two_predictions() -> None:
    gold = [Span(0, 5), Span(0, 5)]
    assert match_spans(gold, [Span(0, 5)]) == [(0, 0)]
    assert match_spans(gold, [Span(0, 5), Span(0, 5)]) == [(0, 0), (1, 1)]


def test_strict_needs_identical_spans() -> None:
    gold = [Span(0, 5), Span(10, 15)]
    pred = [Span(0, 6), Span(10, 15)]
    assert match_spans(gold, pred) == [(0, 0), (1, 1)]
    assert match_spans(gold, pred, strict=True) == [(1, 1)]


def test_touching_spans_do_not_overlap() -> None:
    assert match_spans([Span(0, 5)], [Span(5, 9)]) == []


def test_compatible_condition_filters_pairs_before_matching() -> None:
    gold = [Span(0, 10)]
    pred = [Span(0, 10), Span(2, 8)]
    values = {0: "x", 1: "y"}
    pairs = match_spans(gold, pred, compatible=lambda g, p: values[p] == "y")
    assert pairs == [(0, 1)]


def test_mapper_is_identity_when_text_is_kept() -> None:
    mapper = SpanMapper("same text", "same text")
    assert mapper(Span(0, 4)) == Span(0, 4)
    assert mapper(None) is None


def test_mapper_shifts_spans_when_the_coder_kept_a_piece_of_the_text() -> None:
    source = "Storms hit the coast. Storms hit the hills."
    mapper = SpanMapper(source, "Storms hit the hills.")
    assert mapper(Span(0, 6)) == Span(22, 28)
    assert mapper(Span(15, 20)) == Span(37, 42)


def test_mapper_finds_words_near_their_proportional_position() -> None:
    source = "A storm came. Ads here. A storm went."
    coded = "A storm came. A storm went."
    mapper = SpanMapper(source, coded)
    assert mapper(Span(16, 21)) == Span(26, 31)
    assert mapper(Span(2, 7)) == Span(2, 7)


def test_mapper_drops_words_the_original_lacks() -> None:
    mapper = SpanMapper("plain words", "Headline\nplain words")
    assert mapper(Span(0, 8)) is None
    assert mapper(Span(9, 14)) == Span(0, 5)

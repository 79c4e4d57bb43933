"""Scoring arithmetic: P/R/F1 conventions, per-label F1s worked out by hand, distances."""

from __future__ import annotations

import math

import pytest

from eventwire.evaluate.metrics import (
    EARTH_RADIUS_KM,
    LabelTally,
    bag_of_words_prf,
    haversine_km,
    median_or_none,
    prf,
    ratio,
)


def test_prf_from_counts() -> None:
    result = prf(2, 1, 1)
    assert result.precision == pytest.approx(2 / 3)
    assert result.recall == pytest.approx(2 / 3)
    assert result.f1 == pytest.approx(2 / 3)


def test_prf_nothing_to_find_and_nothing_found_is_perfect() -> None:
    assert prf(0, 0, 0) == prf(5, 0, 0)
    assert prf(0, 0, 0).f1 == 1.0


def test_prf_other_zero_denominators_are_zero() -> None:
    assert prf(0, 0, 3).f1 == 0.0
    assert prf(0, 2, 0).precision == 0.0
    assert prf(0, 2, 0).recall == 0.0


def test_ratio_is_none_when_nothing_was_scored() -> None:
    assert ratio(0, 0) is None
    assert ratio(1, 4) == 0.25


def single_label_tally() -> LabelTally:
    # gold A A B C, predicted A B B (none)
    tally = LabelTally()
    for gold, pred in [("A", "A"), ("A", "B"), ("B", "B"), ("C", None)]:
        tally.add_single(gold, pred)
    return tally


def test_single_label_per_label_scores() -> None:
    tally = single_label_tally()
    assert tally.of("A").f1 == pytest.approx(2 / 3)  # p 1, r 1/2
    assert tally.of("B").precision == pytest.approx(1 / 2)
    assert tally.of("B").recall == 1.0
    assert tally.of("C").f1 == 0.0
    assert tally.labels() == ["A", "B", "C"]


def test_single_label_macro_weighted_and_micro() -> None:
    tally = single_label_tally()
    assert tally.macro_f1() == pytest.approx((2 / 3 + 2 / 3 + 0) / 3)
    # supports A=2, B=1, C=1
    assert tally.weighted_f1() == pytest.approx((2 * 2 / 3 + 1 * 2 / 3 + 0) / 4)
    micro = tally.micro()  # tp 2, fp 1, fn 2
    assert micro.precision == pytest.approx(2 / 3)
    assert micro.recall == pytest.approx(1 / 2)
    assert micro.f1 == pytest.approx(4 / 7)


def test_weighted_f1_gives_predicted_only_labels_no_weight() -> None:
    tally = LabelTally()
    tally.add_single("A", "A")
    tally.add_single("A", "Z")
    # A: p 1, r 1/2, f 2/3 with support 2; Z has support 0
    assert tally.weighted_f1() == pytest.approx(2 / 3)
    assert tally.macro_f1() == pytest.approx(1 / 3)


def test_set_valued_records() -> None:
    tally = LabelTally()
    tally.add_sets({"X", "Y"}, {"X"})
    tally.add_sets(set(), {"Z"})
    tally.add_sets(set(), set())  # a true negative changes nothing
    assert tally.micro().f1 == pytest.approx(0.5)
    assert tally.macro_f1() == pytest.approx(1 / 3)


def test_empty_tally_is_perfect() -> None:
    assert LabelTally().macro_f1() == 1.0
    assert LabelTally().weighted_f1() == 1.0


def test_haversine_one_degree_of_latitude() -> None:
    assert haversine_km(10.0, 20.0, 11.0, 20.0) == pytest.approx(
        math.pi * EARTH_RADIUS_KM / 180, rel=1e-9
    )


def test_haversine_known_city_pairs() -> None:
    paris, london = (48.8566, 2.3522), (51.5074, -0.1278)
    new_york, los_angeles = (40.7128, -74.0060), (34.0522, -118.2437)
    assert haversine_km(*paris, *london) == pytest.approx(343.5, abs=1.0)
    assert haversine_km(*new_york, *los_angeles) == pytest.approx(3936.0, abs=2.0)
    assert haversine_km(*london, *paris) == pytest.approx(haversine_km(*paris, *london))


def test_haversine_same_point_and_antipodes() -> None:
    assert haversine_km(5.0, 5.0, 5.0, 5.0) == 0.0
    assert haversine_km(0.0, 0.0, 0.0, 180.0) == pytest.approx(math.pi * EARTH_RADIUS_KM)


def test_median_or_none() -> None:
    assert median_or_none([]) is None
    assert median_or_none([3.0, 1.0, 2.0]) == 2.0
    assert median_or_none([1.0, 4.0]) == 2.5


def test_bag_of_words_is_a_lowercased_multiset_overlap() -> None:
    result = bag_of_words_prf("the cat the dog", "The  the\ncat bird")
    assert result.precision == pytest.approx(3 / 4)
    assert result.recall == pytest.approx(3 / 4)
    assert bag_of_words_prf("", "").f1 == 1.0
    assert bag_of_words_prf("", "some words").f1 == 0.0

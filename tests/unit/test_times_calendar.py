"""Calendar arithmetic behind the temporal normaliser."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.times import calendar as cal


def test_iso_week_values_are_zero_padded_and_use_the_iso_year() -> None:
    assert cal.week(dt.date(2014, 7, 20)) == "2014-W29"
    assert cal.week(dt.date(2020, 2, 12)) == "2020-W07"
    assert cal.week(dt.date(2021, 1, 2)) == "2020-W53"


def test_months_and_quarters_roll_over_year_ends() -> None:
    assert cal.add_months(2014, 1, -1) == (2013, 12)
    assert cal.add_months(2014, 11, 3) == (2015, 2)
    assert cal.add_quarters(2014, 1, -1) == (2013, 4)
    assert cal.quarter_of(dt.date(2014, 7, 20)) == 3


def test_nth_weekday_of_a_month() -> None:
    assert cal.nth_weekday(2021, 11, 4, 3) == dt.date(2021, 11, 25)  # US Thanksgiving
    assert cal.nth_weekday(2014, 5, -1, 0) == dt.date(2014, 5, 26)  # last Monday of May


def test_safe_date_rejects_impossible_days() -> None:
    assert cal.safe_date(1999, 2, 29) is None
    assert cal.safe_date(2000, 2, 29) == dt.date(2000, 2, 29)
    assert cal.safe_date(2014, 4, 31) is None


def test_winter_belongs_to_the_year_of_its_december() -> None:
    assert cal.season_of(dt.date(2015, 1, 10)) == (2014, 3)
    assert cal.season_of(dt.date(2014, 7, 20)) == (2014, 1)


@pytest.mark.parametrize(
    ("tense", "strict", "expected"),
    [
        ("past", False, 18),
        ("future", False, 21),
        (None, False, 21),
        ("past", True, 18),
    ],
)
def test_choose_follows_the_tense(tense: str | None, strict: bool, expected: int) -> None:
    # ordinal-like keys around a reference of 20: a Friday 2 back, a Monday 1 ahead
    assert cal.choose([18, 21], 20, tense, strict=strict) == expected  # type: ignore[arg-type]


def test_choose_prefers_the_much_closer_side_over_a_distant_tense_match() -> None:
    # a deadline eight days ahead, read as past, would be almost a year back
    assert cal.choose([10, 370], 362, "past") == 370
    assert cal.choose([10, 370], 362, "past", reach=1000.0) == 10
    # strict ("last ...") never crosses to the other side
    assert cal.choose([10, 370], 362, "past", strict=True) == 10


def test_choose_on_the_reference_itself() -> None:
    assert cal.choose([13, 20, 27], 20, "past") == 20
    assert cal.choose([13, 20, 27], 20, "past", strict=True) == 13
    assert cal.choose([13, 20, 27], 20, "future", strict=True) == 27
    with pytest.raises(ValueError):
        cal.choose([], 20, None)

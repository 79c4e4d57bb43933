"""TIMEX3 values for text written for these tests, without a parser.

Without spaCy there is no verb tense: a test that needs one passes it in, as the
parser would, through ``Context.tense_at``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.model import When
from eventwire.times import TimesStage
from eventwire.times.context import Context
from eventwire.times.normalise import normalise, precision_of
from eventwire.times.patterns import find_candidates
from eventwire.times.tense import Tense

SUNDAY = dt.date(2014, 7, 20)  # the report's publication date in most tests


@pytest.fixture(scope="module")
def stage() -> TimesStage:
    return TimesStage.load()


def values(stage: TimesStage, text: str, dct: dt.date | None = SUNDAY,
           tense: Tense | None = None) -> list[tuple[str, str]]:
    """(covered words, value) for every expression, with ``tense`` for every verb."""
    ctx = Context(stage.lexicon, dct, text, tense_at=lambda start, end: tense)
    found = [normalise(c, ctx) for c in find_candidates(text, stage.rules, stage.anchors)]
    return [(w.span.of(text), w.value) for w in found if w is not None and w.span is not None]


def one(stage: TimesStage, text: str, dct: dt.date | None = SUNDAY,
        tense: Tense | None = None) -> str:
    found = values(stage, text, dct, tense)
    assert len(found) == 1, found
    return found[0][1]


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("The envoy will travel to the capital on Monday.", "future", "2014-07-21"),
        ("The vote was held on Friday.", "past", "2014-07-18"),
        ("Rebels attacked the town on Sunday.", "past", "2014-07-20"),
        ("The court sits on Sunday.", None, "2014-07-20"),
        ("Talks begin on Tuesday.", None, "2014-07-22"),
        ("Police said last Sunday that the road was open.", "past", "2014-07-13"),
        ("The summit opens next Friday.", None, "2014-07-25"),
    ],
)
def test_weekdays_follow_tense_and_modifiers(stage: TimesStage, text: str, tense: Tense | None,
                                             value: str) -> None:
    assert one(stage, text, tense=tense) == value


def test_parts_of_a_day_are_timeml_times(stage: TimesStage) -> None:
    text = "Shelling resumed on Sunday night, and again this morning and last night."
    assert values(stage, text, tense="past") == [
        ("Sunday night", "2014-07-20TNI"), ("this morning", "2014-07-20TMO"),
        ("last night", "2014-07-19TNI")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("yesterday", "2014-07-19"), ("today", "2014-07-20"), ("tomorrow", "2014-07-21"),
        ("last week", "2014-W29"), ("this week", "2014-W29"), ("next week", "2014-W30"),
        ("next month", "2014-08"), ("last month", "2014-06"), ("last year", "2013"),
        ("this year", "2014"), ("earlier this year", "2014"), ("next year", "2015"),
        ("two weeks ago", "2014-W27"), ("three days ago", "2014-07-17"),
        ("two months ago", "2014-05"), ("five years ago", "2009"), ("the past", "PAST_REF"),
        ("recently", "PAST_REF"), ("now", "PRESENT_REF"), ("currently", "PRESENT_REF"),
        ("the future", "FUTURE_REF"), ("a few years ago", "PAST_REF"),
        ("last quarter", "2014-Q2"), ("this weekend", "2014-W29-WE"), ("tonight", "2014-07-20TNI"),
    ],
)
def test_expressions_relative_to_the_publication_date(stage: TimesStage, text: str,
                                                      value: str) -> None:
    assert one(stage, f"They met {text}, officials said.") == value


def test_last_week_on_a_weekday_is_the_previous_iso_week(stage: TimesStage) -> None:
    assert one(stage, "They met last week.", dct=dt.date(2014, 7, 16)) == "2014-W28"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3 March 2022", "2022-03-03"), ("March 3, 2022", "2022-03-03"),
        ("2022-03-03", "2022-03-03"), ("the 3rd of March 2022", "2022-03-03"),
        ("November of 2012", "2012-11"), ("November 2012", "2012-11"), ("1995", "1995"),
        ("mid-2015", "2015"), ("the 1990s", "199"), ("the '80s", "198"),
        ("the 20th century", "19"), ("the summer of 2003", "2003-SU"),
        ("the third quarter of 2011", "2011-Q3"), ("the first half of 2012", "2012-H1"),
        ("nineteen ninety-four", "1994"), ("Christmas Day 2013", "2013-12-25"),
        ("Thanksgiving Day 2021", "2021-11-25"),
    ],
)
def test_explicit_dates(stage: TimesStage, text: str, value: str) -> None:
    assert one(stage, f"It happened in {text}.") == value


def test_the_ceasefire_of_a_month_keeps_the_month(stage: TimesStage) -> None:
    assert values(stage, "They broke the November 2012 ceasefire.") == [
        ("November 2012", "2012-11")]


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("Aug. 7", None, "2014-08-07"),
        ("March 3", "past", "2014-03-03"),
        ("March 3", "future", "2015-03-03"),
        ("Feb. 11", "past", "2014-02-11"),
        ("December", "past", "2013-12"),
        ("December", "future", "2014-12"),
        ("September", None, "2014-09"),
    ],
)
def test_a_date_without_its_year_is_placed_by_tense(stage: TimesStage, text: str,
                                                    tense: Tense | None, value: str) -> None:
    assert one(stage, f"The vote is on {text}.", tense=tense) == value


def test_a_past_verb_does_not_push_a_near_deadline_a_year_back(stage: TimesStage) -> None:
    # six days ahead beats eleven months back: the report is about the near future
    assert one(stage, "The boy had to be returned by July 26.", tense="past") == "2014-07-26"


def test_a_weekday_next_to_a_date_picks_the_year(stage: TimesStage) -> None:
    # 20 July was a Sunday in 2014 and a Saturday in 2013
    assert one(stage, "It ended on Saturday, July 20.", tense="past") == "2013-07-20"


def test_since_points_back_whatever_the_verb(stage: TimesStage) -> None:
    assert one(stage, "Inspectors will stay, as they have since Aug. 7.",
               tense="future") == "2013-08-07"


@pytest.mark.parametrize(
    ("text", "value", "type_"),
    [
        ("in three days", "P3D", "DURATION"), ("for the past five years", "P5Y", "DURATION"),
        ("for a day", "P1D", "DURATION"), ("for 24 hours", "PT24H", "DURATION"),
        ("for 2 1/2 years", "P2Y6M", "DURATION"), ("for two and a half hours", "PT2H30M",
                                                     "DURATION"),
        ("after a 16-hour flight", "PT16H", "DURATION"), ("for a fortnight", "P2W", "DURATION"),
        ("for several weeks", "PXW", "DURATION"), ("for three decades", "P3DE", "DURATION"),
        ("half an hour", "PT30M", "DURATION"), ("every week", "P1W", "SET"),
        ("daily", "P1D", "SET"), ("twice a year", "P1Y", "SET"), ("every Monday", "XXXX-WXX-1",
                                                                  "SET"),
    ],
)
def test_durations_and_sets(stage: TimesStage, text: str, value: str, type_: str) -> None:
    found = stage.find(f"They waited {text}.", SUNDAY)
    assert [(w.value, w.type) for w in found] == [(value, type_)]


def test_ages_and_rates_are_not_durations(stage: TimesStage) -> None:
    text = "A 6-year-old and a man, 52 years old, saw 15 million instructions per second."
    assert stage.find(text, SUNDAY) == ()


def test_may_in_lower_case_is_a_verb(stage: TimesStage) -> None:
    assert stage.find("Talks may resume; the march may go ahead.", SUNDAY) == ()
    assert [w.value for w in stage.find("Talks resume in May.", SUNDAY)] == ["2014-05"]


def test_anaphors_resolve_against_the_last_named_date(stage: TimesStage) -> None:
    text = ("The pact was sealed on June 9, 2003. The following year it lapsed. "
            "That same day, talks failed, and the next morning troops moved.")
    assert values(stage, text, tense="past") == [
        ("June 9, 2003", "2003-06-09"), ("The following year", "2004"),
        ("That same day", "2003-06-09"), ("the next morning", "2003-06-10TMO")]


def test_an_anaphor_with_nothing_before_it_is_dropped(stage: TimesStage) -> None:
    assert values(stage, "That day, the following year.") == []


def test_earnings_quarters_and_the_year_before(stage: TimesStage) -> None:
    dct = dt.date(2021, 11, 3)
    text = ("The bakery chain earned more in the third quarter than a year earlier. Its "
            "bread sales in the latest quarter doubled; its fourth-quarter forecast is "
            "cautious. Over the nine months, costs were flat from a year earlier.")
    assert values(stage, text, dct=dct) == [
        ("the third quarter", "2021-Q3"), ("a year earlier", "2020-Q3"),
        ("the latest quarter", "2021-Q3"), ("fourth-quarter", "2021-Q4"),
        ("the nine months", "P9M"), ("a year earlier", "2020")]


def test_a_quarter_not_yet_reached_is_last_years(stage: TimesStage) -> None:
    assert one(stage, "Profit fell in the fourth quarter.", dct=dt.date(2022, 1, 27)) == "2021-Q4"


def test_clock_times_take_their_day(stage: TimesStage) -> None:
    text = "The ferry left at 9:30 p.m. Tuesday and docked at midnight Wednesday."
    assert values(stage, text, dct=dt.date(2021, 6, 11), tense="past") == [
        ("9:30 p.m. Tuesday", "2021-06-08T21:30"), ("midnight Wednesday", "2021-06-09T24:00")]


def test_without_a_publication_date_only_self_contained_values_remain(stage: TimesStage) -> None:
    text = "On 3 March 2022, after three days and on Aug. 7 and last week, talks ended."
    assert values(stage, text, dct=None) == [
        ("3 March 2022", "2022-03-03"), ("three days", "P3D"), ("Aug. 7", "XXXX-08-07")]


def test_when_fields(stage: TimesStage) -> None:
    text = "On 3 March 2022 and yesterday, for two weeks, officials said so now."
    found = stage.find(text, SUNDAY)
    assert [(w.type, w.precision, w.method) for w in found] == [
        ("DATE", "day", "explicit"), ("DATE", "day", "relative"),
        ("DURATION", None, "explicit"), ("DATE", None, "relative")]
    assert all(isinstance(w, When) for w in found)


@pytest.mark.parametrize(
    ("value", "precision"),
    [("2014-07-21", "day"), ("2014-07-20TNI", "day"), ("2012-11", "month"), ("2003", "year"),
     ("2014-W29", "week"), ("199", "decade"), ("19", "century"), ("2014-Q3", None),
     ("PRESENT_REF", None)],
)
def test_precision_of_values(value: str, precision: str | None) -> None:
    assert precision_of(value) == precision


def test_spans_leave_out_prepositions_and_possessive_s(stage: TimesStage) -> None:
    text = "On Friday's vote, the two-week truce and over the past 20 years."
    assert [w.span.of(text) for w in stage.find(text, SUNDAY) if w.span] == [
        "Friday", "two-week", "the past 20 years"]

"""Counts on sentences written for the tests, with the real model and the bundled KB."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.model import Doc, RawArticle
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline.default()


def counts(pipe: Pipeline, text: str) -> tuple[Doc, list[tuple[str, int, str | None, str]]]:
    doc = pipe.code(RawArticle(text=text, locator="t", published=dt.date(2023, 5, 2)))
    return doc, [(c.kind, c.value, c.qualifier, c.span.of(doc.article.text)) for c in doc.counts]


def test_two_victim_groups_in_one_sentence(pipe: Pipeline) -> None:
    doc, got = counts(
        pipe,
        "Officials said at least 12 Sudanese civilians and two Egyptian "
        "soldiers were killed when gunmen attacked the convoy.",
    )
    assert got == [
        ("killed", 12, "at least", "at least 12 Sudanese civilians"),
        ("killed", 2, "exact", "two Egyptian soldiers"),
    ]
    victims = {doc.actor(c.victim).country for c in doc.counts if c.victim}  # type: ignore[union-attr]
    assert victims == {"SDN", "EGY"}
    assault = [e for e in doc.events if e.type == "ASSAULT"]
    assert assault and sorted(c.value for c in assault[0].counts) == [2, 12]


def test_active_verbs_injuries_and_arrests(pipe: Pipeline) -> None:
    _, got = counts(pipe, "The blast wounded 30 people. Police arrested more than 40 students.")
    assert ("injured", 30, "exact", "30 people") in got
    assert ("arrested", 40, "more than", "more than 40 students") in got


def test_vague_crowds_and_acled_size_notes(pipe: Pipeline) -> None:
    _, got = counts(pipe, "Thousands of protesters marched through the capital on Sunday.")
    assert ("crowd", 1000, "thousands", "Thousands of protesters") in got
    _, got = counts(pipe, "Teachers staged a protest in the town. [size=around 200]")
    assert ("crowd", 200, "about", "[size=around 200]") in got


def test_no_number_no_count(pipe: Pipeline) -> None:
    _, got = counts(pipe, "Soldiers were killed in the attack, the army said.")
    assert got == []


def test_number_after_its_noun_gives_a_forward_span(pipe: Pipeline) -> None:
    doc, _ = counts(pipe, "Police arrested students, 25 of them, near the hall on Monday.")
    for c in doc.counts:
        assert c.span.start < c.span.end  # never an inverted span, whatever the order


def test_a_figure_in_its_own_sentence_joins_the_act_before_it(pipe: Pipeline) -> None:
    doc, _ = counts(pipe, "On 3 May 2022, gunmen attacked a bus near the town. Four people died.")
    assault = [e for e in doc.events if e.type == "ASSAULT"]
    assert assault and [(c.kind, c.value) for c in assault[0].counts] == [("killed", 4)]


def test_a_date_is_no_figure_of_victims(pipe: Pipeline) -> None:
    _, got = counts(pipe, "Soldiers killed around 16 January a fisherman.")
    assert all(value != 16 for _, value, *_ in got)


def test_a_tally_counts_the_victims_once(pipe: Pipeline) -> None:
    doc, _ = counts(
        pipe, "On 4 June 2021, rebels attacked a market and killed 5 traders. 5 fatalities."
    )
    assault = [e for e in doc.events if e.type == "ASSAULT"]
    assert assault and sum(c.value for c in assault[0].counts if c.kind == "killed") == 5


def test_a_coding_note_sets_the_toll(pipe: Pipeline) -> None:
    doc, _ = counts(
        pipe,
        "On 9 March 2020, militiamen attacked two villages and killed many residents. "
        "Fatalities coded as 3.",
    )
    assault = [e for e in doc.events if e.type == "ASSAULT"]
    assert assault and [(c.kind, c.value) for c in assault[0].counts] == [("killed", 3)]

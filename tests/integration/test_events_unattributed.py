"""Parties found through the places layer: an attack whose doer is named only by its weapon
is coded to the country where it happened, unnamed victims to the place of their event, a
place the tagger took for a person to its country (real model, shipped KB and gazetteer;
sentences written for the tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors import ActorsStage
from eventwire.events import EventsStage
from eventwire.kb import KnowledgeBase
from eventwire.model import Doc, Event, RawArticle
from eventwire.nlp import NlpStage, load_nlp
from eventwire.pipeline import Pipeline
from eventwire.places import Gazetteer, PlacesStage


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    kb = KnowledgeBase.load()
    return Pipeline(
        [
            NlpStage(load_nlp()),
            ActorsStage(kb),
            PlacesStage(Gazetteer.load(min_population=1000, use_cache=False)),
            EventsStage.load(kb),
        ]
    )


def code(pipe: Pipeline, text: str) -> Doc:
    return pipe.code_verbatim(RawArticle(text=text, locator="t", published=dt.date(2022, 6, 1)))


def assault(doc: Doc) -> Event:
    return next(e for e in doc.events if e.type == "ASSAULT")


def countries(doc: Doc, ids: tuple[str, ...]) -> set[str | None]:
    return {a.country for a in doc.actors if a.id in ids}


@pytest.mark.parametrize(
    ("text", "means"),
    [
        ("Two Tanzanian soldiers were killed by a roadside bomb in Mombasa.", "a roadside bomb"),
        ("A grenade blast in Mombasa wounded two Tanzanian traders.", "A grenade blast"),
        (
            "Two Tanzanian traders were killed in a car bomb explosion in Mombasa.",
            "a car bomb explosion",
        ),
    ],
)
def test_the_means_of_an_unclaimed_attack_is_a_party_of_the_place(
    pipe: Pipeline, text: str, means: str
) -> None:
    doc = code(pipe, text)
    ev = assault(doc)
    assert countries(doc, ev.source) == {"KEN"} and countries(doc, ev.target) == {"TZA"}
    doer = next(a for a in doc.actors if a.id in ev.source)
    assert [m.text for m in doer.mentions] == [means]  # the words it came from


def test_a_named_doer_is_kept(pipe: Pipeline) -> None:
    doc = code(pipe, "Ugandan rebels killed two Tanzanian traders with a bomb in Mombasa.")
    assert countries(doc, assault(doc).source) == {"UGA"}


def test_an_attack_with_no_means_named_gets_no_doer(pipe: Pipeline) -> None:
    doc = code(pipe, "Two Tanzanian traders were killed in Mombasa on Sunday.")
    assert assault(doc).source == ()


def test_unnamed_victims_are_of_the_place_not_of_the_document_s_home(pipe: Pipeline) -> None:
    doc = code(
        pipe, "In Mombasa, two Ugandan bombers killed 23 people on Sunday, Ugandan police said."
    )
    ev = assault(doc)
    assert countries(doc, ev.source) == {"UGA"} and countries(doc, ev.target) == {"KEN"}
    police = next(a for a in doc.actors if a.name == "Ugandan police")
    assert police.country == "UGA"


def test_a_means_that_names_its_doer_gives_that_doer(pipe: Pipeline) -> None:
    doc = code(pipe, "Two Tanzanian traders were killed in an air strike by Ugandan forces.")
    assert countries(doc, assault(doc).source) == {"UGA"}


def test_a_place_outside_the_attack_s_clause_gives_no_doer(pipe: Pipeline) -> None:
    doc = code(
        pipe, "A group in Mombasa said two Tanzanian traders were killed by a roadside bomb."
    )
    assert assault(doc).source == ()


def test_a_place_the_tagger_took_for_a_person_is_its_country(pipe: Pipeline) -> None:
    doc = code(pipe, "Russian troops withdrew from Kherson.")
    ev = next(e for e in doc.events if e.type == "RETREAT")
    assert countries(doc, ev.source) == {"RUS"} and countries(doc, ev.target) == {"UKR"}

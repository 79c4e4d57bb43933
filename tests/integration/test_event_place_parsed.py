"""Choosing an event's place on parsed text written for the tests (pinned spaCy model)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.model import Doc, RawArticle, Span
from eventwire.pipeline import Pipeline
from eventwire.places.attach import event_place


@pytest.fixture(scope="module")
def pipe(places_pipe: Pipeline) -> Pipeline:
    return places_pipe


def code(pipe: Pipeline, text: str) -> Doc:
    return pipe.code_verbatim(RawArticle(text=text, locator="t", published=dt.date(2022, 6, 1)))


def word(doc: Doc, w: str) -> Span:
    start = doc.article.text.index(w)
    return Span(start, start + len(w))


def test_the_clause_s_place_beats_the_object_of_a_noun_under_the_trigger(pipe: Pipeline) -> None:
    doc = code(pipe, "On 3 June 2022, a demonstration against the invasion of Ukraine "
                     "was held in Tampere.")
    chosen = event_place(doc, doc.sentences[0].span, word(doc, "demonstration"))
    assert chosen is not None and chosen.name == "Tampere"


def test_a_note_with_no_place_on_the_map_takes_its_actors_country(pipe: Pipeline) -> None:
    doc = code(pipe, "On 3 June 2022, Taliban fighters raided Qzyxvar hamlet and detained "
                     "two Taliban critics.")
    assert not any(p.lat is not None for p in doc.places if p.span is not None)
    chosen = event_place(doc, doc.sentences[0].span)
    assert chosen is not None
    assert (chosen.country, chosen.precision, chosen.span) == ("AFG", "country", None)

"""Two ways a country name in an actor phrase does not say its country as written: a
possessive mark after the name, and a stance prefix (real model, shipped KB)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors import ActorsStage
from eventwire.kb import KnowledgeBase
from eventwire.model import Actor, Doc, RawArticle
from eventwire.nlp import NlpStage, load_nlp
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline([NlpStage(load_nlp()), ActorsStage(KnowledgeBase.load())])


def actor_at(doc: Doc, words: str) -> Actor:
    at = doc.article.text.index(words)
    found = [a for a in doc.actors if any(m.span.start <= at < m.span.end for m in a.mentions)]
    assert found, (words, [(a.name, [m.text for m in a.mentions]) for a in doc.actors])
    return found[0]


def code(pipe: Pipeline, text: str) -> Doc:
    return pipe.code(RawArticle(text=text, locator="t", published=dt.date(2022, 3, 3)))


def test_a_name_with_a_bare_possessive_mark_resolves(pipe: Pipeline) -> None:
    doc = code(pipe, "Students marched against the United States' trade policies.")
    us = actor_at(doc, "United States")
    assert us.country == "USA"
    assert [m.text for m in us.mentions] == ["United States"]


@pytest.mark.parametrize(
    ("text", "words", "not_country"),
    [
        ("A prominent anti-Kenya blogger was arrested in Kampala.", "blogger", "KEN"),
        ("Pro-Russian militiamen seized a building in Kharkiv.", "militiamen", "RUS"),
    ],
)
def test_a_country_after_a_stance_prefix_is_not_the_party_s_country(
    pipe: Pipeline, text: str, words: str, not_country: str
) -> None:
    assert actor_at(code(pipe, text), words).country != not_country

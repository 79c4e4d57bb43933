"""Event dates read from the parse: the trigger's own clause, a framing clause, an
earlier sentence of the paragraph (notes written for the tests, real spaCy model)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.model import Doc, RawArticle
from eventwire.pipeline import Pipeline

PUBLISHED = dt.date(2023, 4, 28)


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline.default(["actors", "times", "events"])


def code(pipe: Pipeline, text: str) -> Doc:
    return pipe.code_verbatim(RawArticle(text=text, locator="t", published=PUBLISHED))


def date_of(doc: Doc, trigger: str) -> tuple[str, str]:
    for event in doc.events:
        if event.trigger is not None and event.trigger.of(doc.article.text) == trigger:
            assert event.when is not None
            return event.when.value, event.when.method
    raise AssertionError(f"no event on {trigger!r}: {[e.type for e in doc.events]}")


def test_a_date_in_a_relative_clause_is_not_the_main_acts_date(pipe: Pipeline) -> None:
    doc = code(
        pipe,
        "On 9 April 2023, farmers angry at the tax that took effect on 1 March blocked a "
        "highway near Tarvo.",
    )
    assert date_of(doc, "blocked") == ("2023-04-09", "explicit")


def test_a_date_of_an_earlier_event_named_as_a_modifier_yields(pipe: Pipeline) -> None:
    doc = code(
        pipe,
        "On 12 April 2023, students angry after the 3 April 2023 shooting marched in Oresk.",
    )
    assert date_of(doc, "marched") == ("2023-04-12", "explicit")


def test_a_later_sentence_of_the_note_keeps_the_notes_date(pipe: Pipeline) -> None:
    doc = code(
        pipe,
        "On 20 April 2023, gunmen attacked a convoy near Belo Kray. The drivers fled. "
        "Police arrested two suspects.",
    )
    assert date_of(doc, "arrested") == ("2023-04-20", "explicit")


def test_a_new_paragraph_without_a_date_falls_back_to_publication(pipe: Pipeline) -> None:
    doc = code(pipe, "On 20 April 2023, gunmen attacked a convoy.\n\nPolice arrested two men.")
    assert date_of(doc, "arrested") == (PUBLISHED.isoformat(), "publication")

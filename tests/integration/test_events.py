"""The events layer on sentences written for the tests (real model, fixture KB)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.actors import ActorsStage
from eventwire.events import EventsStage
from eventwire.kb import KnowledgeBase
from eventwire.kb.base import _read_jsonl, load_role_nouns
from eventwire.model import Doc, Event, RawArticle
from eventwire.nlp import NlpStage, load_nlp
from eventwire.pipeline import Pipeline

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "kb_small.jsonl"


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    kb = KnowledgeBase(list(_read_jsonl(FIXTURE, "fixture")), load_role_nouns())
    return Pipeline([NlpStage(load_nlp()), ActorsStage(kb), EventsStage.load(kb)])


def code(pipe: Pipeline, text: str) -> Doc:
    return pipe.code(RawArticle(text=text, locator="t", published=dt.date(2022, 3, 3)))


def countries(doc: Doc, ids: tuple[str, ...]) -> set[str | None]:
    return {a.country for a in doc.actors if a.id in ids}


def only(doc: Doc) -> Event:
    assert len(doc.events) == 1, [(e.type, e.trigger) for e in doc.events]
    return doc.events[0]


def test_active_voice_source_and_target(pipe: Pipeline) -> None:
    doc = code(pipe, "Kenya condemned Tanzania on Monday.")
    ev = only(doc)
    assert (ev.type, ev.mode, ev.cameo, ev.quad_class) == ("ACCUSE", "disapprove", "111", 3)
    assert countries(doc, ev.source) == {"KEN"} and countries(doc, ev.target) == {"TZA"}
    assert ev.modality == "asserted"
    assert ev.trigger is not None and ev.trigger.of(doc.article.text) == "condemned"


def test_passive_voice_swaps_roles(pipe: Pipeline) -> None:
    doc = code(pipe, "Tanzanian soldiers were attacked by Kenyan police on Monday.")
    ev = only(doc)
    assert ev.type == "ASSAULT"
    assert countries(doc, ev.source) == {"KEN"} and countries(doc, ev.target) == {"TZA"}


def test_nominal_event_with_by_and_on(pipe: Pipeline) -> None:
    doc = code(pipe, "Paul Marchand denounced attacks by the Northern Liberation Front on Kenya.")
    ev = only(doc)
    assert ev.type == "ACCUSE"
    assert {a.name for a in doc.actors if a.id in ev.target} == {"Northern Liberation Front"}


def test_negated_cooperation_is_a_rejection(pipe: Pipeline) -> None:
    ev = only(code(pipe, "Kenya said it would not accept any more refugees from Tanzania."))
    assert ev.type == "REJECT"


def test_future_visit_is_planned_and_threat_is_threat(pipe: Pipeline) -> None:
    ev = only(code(pipe, "Amina Odera will visit Tanzania on Friday."))
    assert (ev.type, ev.mode, ev.modality) == ("CONSULT", "visit", "future")
    ev = only(code(pipe, "Kenya threatened to impose sanctions on Tanzania."))
    assert ev.type == "THREATEN"  # the sanctions are the content of the threat


def test_reported_event_names_its_reporter(pipe: Pipeline) -> None:
    doc = code(pipe, "Tanzania said Kenyan police arrested two of its citizens.")
    ev = only(doc)
    assert (ev.type, ev.modality) == ("COERCE", "reported")
    assert ev.reported_by is not None and countries(doc, (ev.reported_by,)) == {"TZA"}


def test_mutual_act_mentioned_twice_is_one_event(pipe: Pipeline) -> None:
    doc = code(
        pipe,
        "Amina Odera spoke by telephone with Paul Marchand on Monday. "
        "Odera and Marchand discussed trade.",
    )
    consult = [e for e in doc.events if e.type == "CONSULT"]
    assert len(consult) == 1 and len(consult[0].mentions) == 2
    assert consult[0].mode == "phone"


def test_no_actor_no_event_and_time_phrases_are_background(pipe: Pipeline) -> None:
    assert code(pipe, "There was an attack.").events == ()
    doc = code(pipe, "During the summit, Kenya praised Tanzania.")
    assert [e.type for e in doc.events] == ["SUPPORT"]


def test_an_attack_told_over_two_sentences_in_a_row_is_one_attack(pipe: Pipeline) -> None:
    doc = code(pipe, "Tanzanian gunmen opened fire on a market. Two Kenyan traders were shot dead.")
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(attacks) == 1 and len(attacks[0].mentions) == 2
    countries = {a.id: a.country for a in doc.actors}
    assert {countries[i] for i in attacks[0].source} == {"TZA"}
    assert {countries[i] for i in attacks[0].target} == {"KEN"}


def test_attacks_told_apart_stay_apart(pipe: Pipeline) -> None:
    text = (
        "Tanzanian gunmen opened fire on a market. Kenya condemned the violence. "
        "Two Kenyan traders were shot dead."
    )
    attacks = [e for e in code(pipe, text).events if e.type == "ASSAULT"]
    assert len(attacks) == 2

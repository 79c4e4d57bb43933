"""Who did it to whom, and which word carries the act: sentences written for the tests."""

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


def test_every_member_of_a_list_is_a_party(pipe: Pipeline) -> None:
    doc = code(pipe, "Kenya, Tanzania, and France met on Monday.")
    ev = only(doc)
    assert ev.type == "CONSULT" and countries(doc, ev.source) == {"KEN", "TZA", "FRA"}


def test_coordinated_nationality_adjectives_are_both_sources(pipe: Pipeline) -> None:
    doc = code(pipe, "The Kenyan and Tanzanian delegations agreed to share information.")
    ev = only(doc)
    assert ev.type == "AGREE" and countries(doc, ev.source) == {"KEN", "TZA"}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Kenya threatened to break off relations with Tanzania.", "THREATEN"),
        ("Kenya demanded that Tanzania release the prisoners.", "REQUEST"),
        ("Kenya offered its troops to Tanzania.", "AGREE"),
        ("Kenya rejected a fresh offer from Tanzania.", "REJECT"),
        ("Kenya presented evidence against Tanzania.", "ACCUSE"),
    ],
)
def test_target_from_complement_recipient_or_object_phrase(
    pipe: Pipeline, text: str, etype: str
) -> None:
    doc = code(pipe, text)
    ev = only(doc)
    assert ev.type == etype
    assert countries(doc, ev.source) == {"KEN"} and countries(doc, ev.target) == {"TZA"}


def test_event_noun_in_a_phrase_of_a_state_verb(pipe: Pipeline) -> None:
    doc = code(pipe, "Kenyan troops remained on alert near the border.")
    ev = only(doc)
    assert ev.type == "MOBILIZE" and countries(doc, ev.source) == {"KEN"}
    doc = code(pipe, "A Tanzanian journalist was put under investigation in Kenya.")
    ev = only(doc)
    assert ev.type == "ACCUSE" and countries(doc, ev.target) == {"TZA"}


def test_a_noun_named_with_its_verb_carries_the_act_once(pipe: Pipeline) -> None:
    doc = code(pipe, "Kenya and Tanzania signed a treaty of friendship.")
    ev = only(doc)
    assert ev.type == "SUPPORT" and countries(doc, ev.source) == {"KEN", "TZA"}


def test_conditions_and_demanded_acts_belong_to_the_main_act(pipe: Pipeline) -> None:
    doc = code(pipe, "Kenya threatened to impose sanctions unless Tanzania accepted its terms.")
    assert [e.type for e in doc.events] == ["THREATEN"]
    doc = code(pipe, "Kenya rejected Tanzania's demand to sever ties with France.")
    assert [e.type for e in doc.events] == ["REJECT"]

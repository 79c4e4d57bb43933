"""The ACLED stage after the real NLP, actors and events stages, on notes written for the tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.actors import ActorsStage
from eventwire.classify import AcledStage
from eventwire.evaluate.incidents import main_event
from eventwire.events import EventsStage
from eventwire.kb import KnowledgeBase
from eventwire.kb.base import _read_jsonl, load_role_nouns
from eventwire.model import Doc, RawArticle
from eventwire.nlp import NlpStage, load_nlp
from eventwire.pipeline import Pipeline

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "kb_small.jsonl"


@pytest.fixture(scope="module")
def stage() -> AcledStage:
    return AcledStage.load()


@pytest.fixture(scope="module")
def pipe(stage: AcledStage) -> Pipeline:
    kb = KnowledgeBase(list(_read_jsonl(FIXTURE, "fixture")), load_role_nouns())
    return Pipeline([NlpStage(load_nlp()), ActorsStage(kb), EventsStage.load(kb), stage])


def code(pipe: Pipeline, text: str) -> Doc:
    return pipe.code_verbatim(RawArticle(text=text, locator="t", published=dt.date(2022, 3, 3)))


@pytest.mark.parametrize("text, subtype", [
    ("On 2 March 2022, a suicide bomber blew himself up at a checkpoint in Gao (Gao), "
     "killing four soldiers.", "Suicide bomb"),
    ("On 1 March 2022, around 300 nurses held a sit-in in front of the health ministry in "
     "Nairobi to demand their allowances. [size=around 300]", "Peaceful protest"),
    ("On 1 March 2022, police fired tear gas to disperse students protesting against higher "
     "fees in Kampala (Central). [size=hundreds]", "Protest with intervention"),
    ("On 28 February 2022, a roadside IED exploded under a military truck near Djibo (Sahel). "
     "Casualties unknown.", "Remote explosive/landmine/IED"),
])
def test_notes_get_their_acled_type(pipe: Pipeline, text: str, subtype: str) -> None:
    event = main_event(code(pipe, text))
    assert event is not None and event.acled_subtype == subtype


def test_a_note_without_an_event_gets_one(pipe: Pipeline, stage: AcledStage) -> None:
    doc = code(pipe, "Heavy artillery fire on the northern suburbs overnight.")
    event = main_event(doc)
    assert event is not None
    assert event.acled_subtype == "Shelling/artillery/missile attack"
    assert stage.label_of(doc) == "ART_MISS_ATTACK"


def test_a_flood_is_no_acled_event(pipe: Pipeline, stage: AcledStage) -> None:
    doc = code(pipe, "Flash floods swept through the valley after three days of heavy rain, "
                     "killing at least twelve people, officials said.")
    assert all(e.acled_type is None for e in doc.events)
    assert stage.label_of(doc) == "NATURAL_DISASTER"


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("On 2 March 2022, Kenyan soldiers recaptured a village near the border after heavy "
         "clashes.", "Kenyan soldiers"),
        ("On 2 March 2022, residents of Nairobi took to the streets over fuel prices, officials "
         "said.", "residents of Nairobi"),  # the reported clause's subject, not the reporter
    ],
)
def test_an_added_event_takes_the_main_clause_s_subject_as_source(
    pipe: Pipeline, text: str, doer: str
) -> None:
    doc = code(pipe, text)
    added = [e for e in doc.events if e.trigger is None]
    assert len(added) == 1
    assert [a.name for a in doc.actors if a.id in added[0].source] == [doer]
    assert {a.country for a in doc.actors if a.id in added[0].source} == {"KEN"}


def test_a_reported_clause_read_as_a_noun_and_participle_still_names_the_doer(
    pipe: Pipeline,
) -> None:
    # the parser hangs "youths" on "said" beside its subject, "resorted" on "youths"
    text = ("Tanzanian youths took to hurling rocks at marches in Arusha, "
            "officials said on Thursday.")
    doc = code(pipe, text)
    added = [e for e in doc.events if e.trigger is None]
    assert [e.type for e in added] == ["PROTEST"]
    assert [a.name for a in doc.actors if a.id in added[0].source] == ["Tanzanian youths"]


def test_in_an_added_protest_the_forces_that_broke_it_up_are_the_target(pipe: Pipeline) -> None:
    text = "On 2 March 2022, Kenyan police used tear gas to disperse students in Nairobi."
    doc = code(pipe, text)
    added = [e for e in doc.events if e.trigger is None]
    assert [e.type for e in added] == ["PROTEST"]
    names = {a.id: a.name for a in doc.actors}
    assert [names[i] for i in added[0].source] == ["students in Nairobi"]
    assert [names[i] for i in added[0].target] == ["Kenyan police"]

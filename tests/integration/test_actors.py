"""The actors layer on text written for the tests, with the real model and a fixture KB."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.actors import ActorsStage
from eventwire.kb import KnowledgeBase
from eventwire.kb.base import _read_jsonl, load_role_nouns
from eventwire.model import Actor, Doc, RawArticle
from eventwire.nlp import NlpStage, load_nlp
from eventwire.pipeline import Pipeline

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "kb_small.jsonl"

TEXT = """Kenya and Tanzania Agree to Joint Border Patrols

NAIROBI, March 3 (Eventwire) - Kenyan President Amina Odera met French Foreign Minister \
Paul Marchand in Nairobi on Monday, the presidency said.

Odera told reporters that she wanted closer ties with Paris. Later she received Jean Dupuis \
and Paul Marchand, who said he would return in May.

The Kenyan Interior Ministry said 12 Tanzanian soldiers had crossed the border. The ministry \
added that it had protested to Tanzania.

Gunmen from the Northern Liberation Front attacked a police station in the north, and \
several Kenyan police officers were wounded."""


@pytest.fixture(scope="module")
def doc() -> Doc:
    kb = KnowledgeBase(list(_read_jsonl(FIXTURE, "fixture")), load_role_nouns())
    pipe = Pipeline([NlpStage(load_nlp()), ActorsStage(kb)])
    return pipe.code(RawArticle(text=TEXT, locator="t", published=dt.date(2022, 3, 3)))


def actor_with(doc: Doc, mention: str) -> Actor:
    found = [a for a in doc.actors if any(m.text == mention for m in a.mentions)]
    assert len(found) == 1, (mention, [(a.name, [m.text for m in a.mentions]) for a in doc.actors])
    return found[0]


def test_person_chain_links_title_surname_and_pronouns(doc: Doc) -> None:
    odera = actor_with(doc, "Kenyan President Amina Odera")
    texts = [m.text for m in odera.mentions]
    assert "Odera" in texts and "she" in texts
    assert (odera.country, odera.sectors, odera.kb_id) == ("KEN", ("GOV",), "person:amina-odera")
    titled = actor_with(doc, "French Foreign Minister Paul Marchand")
    # the report gives him the office, so the text's title wins over a stale KB end date
    assert titled.sectors == ("GOV",) and titled.country == "FRA"
    assert "Paul Marchand" in [m.text for m in titled.mentions]
    assert "he" in [m.text for m in titled.mentions]


def test_former_office_holder_is_elite_without_a_title() -> None:
    kb = KnowledgeBase(list(_read_jsonl(FIXTURE, "fixture")), load_role_nouns())
    res = kb.resolve("Paul Marchand", dt.date(2022, 3, 3))
    assert res is not None and res.sectors == ("ELI",)


def test_role_noun_and_it_join_the_organisation(doc: Doc) -> None:
    ministry = actor_with(doc, "Kenyan Interior Ministry")
    texts = [m.text for m in ministry.mentions]
    assert "ministry" in texts and "it" in texts
    assert ministry.country == "KEN" and "GOV" in ministry.sectors


def test_descriptive_groups_get_country_and_sector(doc: Doc) -> None:
    soldiers = actor_with(doc, "12 Tanzanian soldiers")
    assert (soldiers.country, soldiers.sectors) == ("TZA", ("MIL",))
    police = actor_with(doc, "several Kenyan police officers")
    assert (police.country, police.sectors) == ("KEN", ("COP",))


def test_known_group(doc: Doc) -> None:
    nlf = next(a for a in doc.actors if a.kb_id == "group:test-front")
    assert nlf.known_group == "Northern Liberation Front" and nlf.sectors == ("REB",)


def test_places_and_datelines_are_not_actors(doc: Doc) -> None:
    for a in doc.actors:
        assert all(m.text not in ("Nairobi", "NAIROBI") for m in a.mentions), a


def test_seat_of_government_is_the_government_not_the_country(doc: Doc) -> None:
    kenya = actor_with(doc, "Kenya")
    assert kenya.sectors == () and len(kenya.mentions) == 1


def test_mention_spans_index_the_text(doc: Doc) -> None:
    for a in doc.actors:
        for m in a.mentions:
            assert m.span.of(doc.article.text) == m.text

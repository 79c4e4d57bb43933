"""The actors' country as the place of a document that names none on the map."""

from __future__ import annotations

from eventwire.model import Actor, Article, Block, Doc, Place, Span
from eventwire.places.attach import event_place
from eventwire.places.fallback import actors_country
from eventwire.places.gazetteer import Gazetteer, GazetteerBuilder


def _gazetteer() -> Gazetteer:
    b = GazetteerBuilder()
    b.add("Freedonia", "country", 10.0, 20.0, country="FRD", population=5_000_000)
    b.add("Sylvania", "country", -10.0, -60.0, country="SYL", population=20_000_000)
    return b.build()


def test_the_actors_clear_majority_gives_the_country() -> None:
    actors = [Actor("A1", "rebels", country="FRD"), Actor("A2", "army", country="FRD"),
              Actor("A3", "envoy", country="SYL"), Actor("A4", "villagers")]
    place = actors_country(_gazetteer(), actors)
    assert place is not None
    assert (place.name, place.country, place.precision, place.span) == (
        "Freedonia", "FRD", "country", None)
    assert (place.lat, place.lon) == (10.0, 20.0)


def test_no_majority_or_no_country_gives_none() -> None:
    split = [Actor("A1", "rebels", country="FRD"), Actor("A2", "army", country="SYL")]
    assert actors_country(_gazetteer(), split) is None
    assert actors_country(_gazetteer(), [Actor("A1", "crowd")]) is None
    assert actors_country(_gazetteer(), [Actor("A1", "mission", country="IGO")]) is None


def test_an_event_with_no_place_on_the_map_takes_the_spanless_country() -> None:
    text = "Rebels attacked Oddvale hamlet."
    home = Place("Freedonia", None, "FRD", None, 10.0, 20.0, None, "country")
    unknown = Place("Oddvale", Span(16, 23))
    doc = Doc(article=Article(id="f", text=text), blocks=(Block(Span(0, len(text))),),
              places=(unknown, home))
    assert event_place(doc, Span(0, len(text))) == home
    assert event_place(doc.with_(places=(unknown,)), Span(0, len(text))) is None

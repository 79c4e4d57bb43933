"""Resolution of names written with a kind word or as "City - District"."""

from __future__ import annotations

import pytest

from eventwire.model import Span
from eventwire.places.gazetteer import GazetteerBuilder
from eventwire.places.recognise import Cue, Toponym
from eventwire.places.resolve import Resolver


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    b = GazetteerBuilder()
    b.add("Freedonia", "country", 10.0, 20.0, country="FRD", population=5_000_000)
    b.set_admin1_name("FRD", "07", "North Vale")
    b.add("North Vale", "admin1", 11.0, 21.0, country="FRD", admin1_code="07", population=900_000)
    b.add("Bellhaven", "city", 11.5, 21.5, country="FRD", admin1_code="07", population=3_000)
    b.add("Orrin", "city", 11.6, 21.2, country="FRD", admin1_code="07", population=2_000)
    b.add("Tessel", "city", 11.1, 21.1, country="FRD", admin1_code="07", population=5_000)
    return Resolver(b.build())


def top(text: str, start: int, cue: Cue | None = None, source: str = "ner") -> Toponym:
    return Toponym(Span(start, start + len(text)), text, source, "GPE", cue or Cue())


def test_a_name_known_without_its_kind_word_stays_at_its_town(resolver: Resolver) -> None:
    # "Tessel city (North Vale)": the recogniser saw no known name, the gazetteer knows
    # "Tessel" in that unit
    cue = Cue(prep="in", parent="North Vale")
    (place,) = resolver([top("Tessel city", 0, cue, "contained")])
    assert (place.name, place.precision, place.lat, place.lon) == ("Tessel", "city", 11.1, 21.1)


def test_a_city_dash_district_name_is_its_district_else_its_city(resolver: Resolver) -> None:
    cue = Cue(prep="in", parent="North Vale")
    (district,) = resolver([top("Bellhaven - Orrin", 0, cue, "contained")])
    assert (district.name, district.lat, district.lon) == ("Orrin", 11.6, 21.2)
    (city,) = resolver([top("Bellhaven - Old Quarter", 0, cue, "contained")])
    assert (city.name, city.country, city.precision) == ("Bellhaven", "FRD", "city")
    # the city's part is read as a town, never as a unit of its name
    (unit,) = resolver([top("North Vale - Old Quarter", 0, Cue(prep="in", parent="Freedonia"),
                            "contained")])
    assert unit.geonameid is None and unit.precision == "country"


def test_a_city_dash_district_name_keeps_no_faraway_district() -> None:
    b = GazetteerBuilder()
    b.set_admin1_name("FRD", "07", "North Vale")
    b.add("North Vale", "admin1", 11.0, 21.0, country="FRD", admin1_code="07", population=900_000)
    b.add("Bellhaven", "city", 11.5, 21.5, country="FRD", admin1_code="07", population=3_000)
    b.set_admin1_name("SYL", "02", "Central")
    b.add("Central", "admin1", -12.0, -61.0, country="SYL", admin1_code="02", population=800_000)
    resolver = Resolver(b.build())
    cue = Cue(prep="in", parent="North Vale")
    (city,) = resolver([top("Bellhaven - Central", 0, cue, "contained")])
    assert (city.name, city.country, city.precision) == ("Bellhaven", "FRD", "city")

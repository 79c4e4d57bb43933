"""Units named after an unknown village (``places.units``), on text written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.model import Doc, Place, RawArticle
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe(places_pipe: Pipeline) -> Pipeline:
    return places_pipe


def places(pipe: Pipeline, text: str) -> dict[str, Place]:
    doc: Doc = pipe.code_verbatim(RawArticle(text=text, locator="t",
                                             published=dt.date(2022, 6, 1)))
    return {p.span.of(doc.article.text): p for p in doc.places if p.span is not None}


def test_a_province_after_an_unknown_village_is_a_place(pipe: Pipeline) -> None:
    # the name tagger reads "Kherson" here as a person's name
    found = places(pipe,
                   "On 9 May 2022, troops fired artillery at Hlynske, Kherson. No casualties.")
    assert found["Kherson"].country == "UKR"
    assert found["Kherson"].precision == "admin1"


def test_a_unit_last_in_brackets_is_a_place(pipe: Pipeline) -> None:
    found = places(pipe, "On 3 May 2022, gunmen raided Qarat Zubin (Wadi Hallab, Marib).")
    assert found["Marib"].country == "YEM"


def test_a_compass_point_in_brackets_is_no_unit(pipe: Pipeline) -> None:
    found = places(pipe, "On 3 May 2022, houses burned in Pyin Ywa (East), a village.")
    assert "East" not in found


def test_a_second_level_unit_last_in_brackets_is_a_place(pipe: Pipeline) -> None:
    # Burkina Faso's notes name a village's department, then its province
    found = places(pipe, "On 4 May 2022, gunmen burned a school in Zambelga (Pobe, Soum).")
    assert found["Soum"].country == "BFA"


def test_haitis_department_named_with_its_capital_stays_in_haiti(pipe: Pipeline) -> None:
    # "Ouest" is also a Cameroonian region's French name: the town beside it decides
    found = places(pipe, "Residents blocked a road in Port-au-Prince, Ouest, on 2 May 2022.")
    assert found["Port-au-Prince"].country == "HTI"


def test_a_district_named_after_a_town_abroad_is_read_in_its_country(pipe: Pipeline) -> None:
    # "Dang" and "Bara" are towns elsewhere too; the kind word names Nepal's districts
    found = places(pipe, "On 3 May 2022, students protested in Tulsipur town (Dang district).")
    assert found["Dang"].country == "NPL"


def test_a_province_after_a_common_noun_and_a_comma_is_a_place(pipe: Pipeline) -> None:
    found = places(pipe, "On 4 May 2022, drones hit the Zelenivka community, Sumy. No casualties.")
    assert found["Sumy"].country == "UKR"


"""GDELT 2.0 and PLOVER exports, read back column by column.

The two reports below are invented for these tests. The first has a shelling with
casualties, a threat and a denied attack; the second has no date, place or url, so
every field that depends on them must come out empty.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.errors import StoreError
from eventwire.export import EXPORTERS, export
from eventwire.export_formats import GDELT_COLUMNS, _coder, _geo_type
from eventwire.model import (
    Actor,
    Article,
    Count,
    Doc,
    Event,
    Mention,
    Place,
    Sentence,
    Span,
    When,
)
from eventwire.store import Store, open_store

TOWN_LINES = (
    "Militia shells Eastwick",
    "Militia fighters shelled the town of Eastwick on Friday, killing 4 residents and "
    "wounding 9, county officials said.",
    "The state governor threatened to impose a curfew across Varn County.",
    "The militia said it would not attack the town again.",
)
TOWN_TEXT = "\n\n".join(TOWN_LINES)
PORT_TEXT = "The port authority agreed to ease the ban on night shifts."


def at(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase))


def town_doc() -> Doc:
    t = TOWN_TEXT
    kinds = ("headline", "body", "body", "body")
    sent = tuple(Sentence(at(t, line), kind) for line, kind in zip(TOWN_LINES, kinds,
                                                                    strict=True))  # fmt: skip
    militia = Actor("a1", "militia fighters",
                    (Mention(at(t, "Militia fighters"), "Militia fighters"),
                     Mention(at(t, "The militia"), "The militia", "nominal")),
                    country="USA", sectors=("REB",), known_group="Eastwick Militia",
                    kb_id="Q-test-1")  # fmt: skip
    residents = Actor("a2", "residents", (Mention(at(t, "residents"), "residents"),),
                      country="USA", sectors=("CVL",))  # fmt: skip
    governor = Actor("a3", "state governor",
                     (Mention(at(t, "The state governor"), "The state governor", "title"),),
                     country="USA", sectors=("GOV", "ELI"))  # fmt: skip
    town = Place("Eastwick", at(t, "Eastwick"), country="USA", admin1="Ohio",
                 lat=40.123456, lon=-82.5, geonameid=1234567, precision="city")  # fmt: skip
    county = Place("Varn County", at(t, "Varn County"), country="USA", admin1="Ohio",
                   precision="admin1")  # fmt: skip
    friday = When("2025-06-13", at(t, "Friday"), precision="day", method="relative")
    killed = Count("killed", 4, at(t, "4 residents"), victim="a2")
    wounded = Count("injured", 9, at(t, "9"))
    shelling = Event(
        "e1", "ASSAULT", sent[1].span, trigger=at(t, "shelled"), mode="heavy-weapons",
        contexts=("military",), cameo="194", quad_class=4, goldstein=-10.0,
        source=("a1",), target=("a2",), place=town, when=friday, counts=(killed, wounded),
        mentions=(at(t, "shelled"), at(t, "shells")), confidence=0.9, coder_version="t-1",
    )  # fmt: skip
    threat = Event(
        "e2", "THREATEN", sent[2].span, trigger=at(t, "threatened"), mode="restrict",
        cameo="13", quad_class=3, goldstein=-6.0, source=("a3",), place=county, when=friday,
        mentions=(at(t, "threatened"),), confidence=0.7, coder_version="t-1",
    )  # fmt: skip
    denied = Event(
        "e3", "ASSAULT", sent[3].span, trigger=at(t, "attack"), cameo="190", quad_class=4,
        goldstein=-10.0, source=("a1",), modality="negated", mentions=(at(t, "attack"),),
        confidence=0.4, coder_version="t-1",
    )  # fmt: skip
    article = Article("art-town", t, title=TOWN_LINES[0], url="https://example.org/eastwick",
                      source="Valley Wire", published=dt.date(2025, 6, 14))  # fmt: skip
    return Doc(article, sentences=sent, actors=(militia, residents, governor),
               events=(shelling, threat, denied), places=(town, county),
               times=(friday,))  # fmt: skip


def port_doc() -> Doc:
    t = PORT_TEXT
    authority = Actor("p1", "port authority",
                      (Mention(at(t, "The port authority"), "The port authority"),),
                      sectors=("GOV",))  # fmt: skip
    eased = Event("e1", "CONCEDE", Span(0, len(t)), trigger=at(t, "agreed to ease"),
                  cameo="081", quad_class=2, goldstein=5.0, source=("p1",),
                  confidence=0.6, coder_version="t-1")  # fmt: skip
    article = Article("art-port", t)
    return Doc(article, sentences=(Sentence(Span(0, len(t))),), actors=(authority,),
               events=(eased,))  # fmt: skip


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = open_store(tmp_path / "events.duckdb")
    s.add([town_doc(), port_doc()])
    return s


def _gdelt(store: Store, path: Path) -> tuple[list[str], list[dict[str, str]]]:
    written = export(store, "gdelt", path)
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert written == len(rows) - 1
    return rows[0], [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def _plover(store: Store, path: Path) -> list[dict[str, Any]]:
    written = export(store, "plover", path)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert written == len(records)
    return records


def test_both_formats_are_registered() -> None:
    assert {"gdelt", "plover"} <= set(EXPORTERS)


# -- GDELT ------------------------------------------------------------------------------


def test_gdelt_header_is_the_61_columns_in_gdelt_order(store: Store, tmp_path: Path) -> None:
    header, rows = _gdelt(store, tmp_path / "events.tsv")
    assert len(GDELT_COLUMNS) == 61
    assert tuple(header) == GDELT_COLUMNS
    assert header[:5] == ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    assert header[25:35] == [
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
        "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    ]  # fmt: skip
    assert header[51] == "ActionGeo_Type"
    assert header[-2:] == ["DATEADDED", "SOURCEURL"]
    assert all(len(r) == 61 for r in rows)


def test_gdelt_leaves_out_events_that_did_not_happen(store: Store, tmp_path: Path) -> None:
    _, rows = _gdelt(store, tmp_path / "events.tsv")
    # The denied attack (negated) is the only event missing.
    assert len(rows) == 3
    assert "190" not in [r["EventCode"] for r in rows]


def test_gdelt_row_of_the_shelling(store: Store, tmp_path: Path) -> None:
    _, rows = _gdelt(store, tmp_path / "events.tsv")
    row = next(r for r in rows if r["EventCode"] == "194")
    expected = {
        "SQLDATE": "20250613", "MonthYear": "202506", "Year": "2025",
        "FractionDate": "2025.5288",  # 2025 + (6 * 30 + 13) / 365
        "Actor1Code": "USAREB", "Actor1Name": "MILITIA FIGHTERS", "Actor1CountryCode": "USA",
        "Actor1KnownGroupCode": "", "Actor1Type1Code": "REB", "Actor1Type2Code": "",
        "Actor2Code": "USACVL", "Actor2Name": "RESIDENTS", "Actor2CountryCode": "USA",
        "Actor2Type1Code": "CVL",
        "IsRootEvent": "1", "EventBaseCode": "194", "EventRootCode": "19", "QuadClass": "4",
        "GoldsteinScale": "-10.0", "NumMentions": "2", "NumSources": "1", "NumArticles": "1",
        "AvgTone": "",
        "Actor1Geo_Type": "", "Actor2Geo_FullName": "",
        "ActionGeo_Type": "3", "ActionGeo_FullName": "Eastwick, Ohio",
        "ActionGeo_CountryCode": "USA", "ActionGeo_ADM1Code": "", "ActionGeo_Lat": "40.1235",
        "ActionGeo_Long": "-82.5000", "ActionGeo_FeatureID": "1234567",
        "SOURCEURL": "https://example.org/eastwick",
    }  # fmt: skip
    assert {k: row[k] for k in expected} == expected
    assert int(row["GLOBALEVENTID"]) > 0
    added = dt.datetime.strptime(row["DATEADDED"], "%Y%m%d%H%M%S")
    assert abs(added - dt.datetime.now(dt.UTC).replace(tzinfo=None)) < dt.timedelta(days=1)


def test_gdelt_codes_a_cue_category_and_a_later_sentence(store: Store, tmp_path: Path) -> None:
    _, rows = _gdelt(store, tmp_path / "events.tsv")
    threat = next(r for r in rows if r["EventRootCode"] == "13")
    assert (threat["EventCode"], threat["EventBaseCode"]) == ("130", "130")
    assert threat["IsRootEvent"] == "0"
    assert threat["Actor1Code"] == "USAGOVELI"
    assert (threat["Actor1Type1Code"], threat["Actor1Type2Code"]) == ("GOV", "ELI")
    assert threat["Actor2Code"] == ""
    assert (threat["ActionGeo_Type"], threat["ActionGeo_FullName"]) == ("2", "Varn County, Ohio")
    assert threat["ActionGeo_Lat"] == ""


def test_gdelt_unknowns_are_empty(store: Store, tmp_path: Path) -> None:
    _, rows = _gdelt(store, tmp_path / "events.tsv")
    port = next(r for r in rows if r["EventCode"] == "081")
    assert [port[k] for k in ("SQLDATE", "MonthYear", "Year", "FractionDate")] == [""] * 4
    assert port["Actor1Code"] == "GOV"
    assert port["Actor1CountryCode"] == ""
    assert port["QuadClass"] == "2"
    assert port["NumMentions"] == "1"
    assert all(port[c] == "" for c in GDELT_COLUMNS if c.startswith("ActionGeo_"))
    assert port["SOURCEURL"] == ""


def test_gdelt_event_ids_are_stable_and_unique(store: Store, tmp_path: Path) -> None:
    _, first = _gdelt(store, tmp_path / "a.tsv")
    again = open_store(tmp_path / "again.duckdb")
    again.add([port_doc(), town_doc()])
    _, second = _gdelt(again, tmp_path / "b.tsv")
    ids = {r["EventCode"]: r["GLOBALEVENTID"] for r in first}
    assert ids == {r["EventCode"]: r["GLOBALEVENTID"] for r in second}
    assert len(set(ids.values())) == len(ids)


def test_gdelt_to_a_stream(store: Store) -> None:
    out = io.BytesIO()
    assert export(store, "gdelt", out) == 3
    lines = out.getvalue().decode("utf-8").splitlines()
    assert lines[0].split("\t") == list(GDELT_COLUMNS)
    assert len(lines) == 4


@pytest.mark.parametrize(
    ("place", "geo_type"),
    [({"country": "FRA", "precision": "country"}, 1),
     ({"country": "USA", "admin1": "Texas", "precision": "admin1"}, 2),
     ({"country": "USA", "precision": "point", "lat": 1.0, "lon": 2.0}, 3),
     ({"country": "KEN", "precision": "city", "lat": 1.0, "lon": 2.0}, 4),
     ({"country": "KEN", "admin1": "Nakuru", "precision": "admin1"}, 5),
     ({"country": "KEN", "lat": 1.0, "lon": 2.0}, 4),
     ({"country": "KEN"}, 1),
     ({"name": "somewhere"}, None)],
)  # fmt: skip
def test_gdelt_geo_types(place: dict[str, Any], geo_type: int | None) -> None:
    assert _geo_type(place) == geo_type


# -- PLOVER -----------------------------------------------------------------------------


def test_plover_writes_every_event(store: Store, tmp_path: Path) -> None:
    records = _plover(store, tmp_path / "events.jsonl")
    assert sorted(r["id"] for r in records) == [
        "art-port-e1", "art-town-e1", "art-town-e2", "art-town-e3",
    ]  # fmt: skip
    assert all(len(r["event"]) == 1 for r in records)


def test_plover_record_of_the_shelling(store: Store, tmp_path: Path) -> None:
    records = _plover(store, tmp_path / "events.jsonl")
    rec = next(r for r in records if r["id"] == "art-town-e1")
    assert rec["date"] == "2025-06-13"
    assert rec["event"] == ["ASSAULT"]
    assert rec["mode"] == "heavy-weapons"
    assert rec["context"] == ["military"]
    assert rec["source"] == [{
        "code": "USA", "sector": "REB", "actor_text": "Militia fighters",
        "identifier_id": "Q-test-1", "identifier_text": "militia fighters",
    }]  # fmt: skip
    assert rec["recipient"] == [{
        "code": "USA", "sector": "CVL", "actor_text": "residents", "identifier_id": None,
        "identifier_text": "residents",
    }]  # fmt: skip
    assert rec["event_loc"] == {
        "name": "Eastwick", "geonameid": 1234567, "latitude": 40.123456, "longitude": -82.5,
        "cc3": "USA", "admin1": "Ohio", "precision": "city",
    }  # fmt: skip
    assert rec["event_text"] == ["shelled"]
    assert (rec["quad_code"], rec["event_scale"]) == (4, -10.0)
    assert (rec["dead"], rec["injured"], rec["arrested"]) == (4, 9, None)
    assert rec["text"] == TOWN_LINES[1]
    start = TOWN_TEXT.index(TOWN_LINES[1])
    assert rec["text_info"] == {"start": start, "end": start + len(TOWN_LINES[1])}
    assert rec["cite_info"] == {
        "citation": "art-town", "url": "https://example.org/eastwick",
        "title": "Militia shells Eastwick", "language": "en", "publication": "Valley Wire",
    }  # fmt: skip
    assert rec["coder"] == "eventwire t-1"
    assert rec["has_event"] is True
    assert rec["eventwire"]["cameo"] == "194"
    assert rec["eventwire"]["modality"] == "asserted"


def test_plover_marks_modality_in_context(store: Store, tmp_path: Path) -> None:
    records = {r["id"]: r for r in _plover(store, tmp_path / "events.jsonl")}
    assert records["art-town-e3"]["context"] == ["negation"]
    assert records["art-town-e2"]["context"] == []
    # A gov sector pair becomes the 6-character primary + secondary sector code.
    assert records["art-town-e2"]["source"][0]["sector"] == "GOVELI"


def test_plover_quad_code_is_the_plover_types(store: Store, tmp_path: Path) -> None:
    records = {r["id"]: r for r in _plover(store, tmp_path / "events.jsonl")}
    port = records["art-port-e1"]
    # CAMEO 081 is material cooperation (2); PLOVER CONCEDE is verbal cooperation (1).
    assert port["quad_code"] == 1
    assert port["date"] is None
    assert port["event_loc"] is None
    assert port["source"][0]["code"] is None
    assert port["cite_info"]["url"] is None


@pytest.mark.parametrize("fmt", ["gdelt", "plover"])
def test_an_unwritable_target_is_a_store_error(store: Store, tmp_path: Path, fmt: str) -> None:
    with pytest.raises(StoreError, match="cannot export events"):
        export(store, fmt, tmp_path / "missing-folder" / "events.out")


@pytest.mark.parametrize(
    ("version", "coder"),
    [("t-1", "eventwire t-1"), ("eventwire-rules-0.1", "eventwire-rules-0.1"), ("", "eventwire")],
)
def test_plover_coder_names_eventwire_once(version: str, coder: str) -> None:
    assert _coder(version) == coder

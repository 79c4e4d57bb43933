"""Task incidents: the main event's ACLED types, fatalities, country, point and date."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluate import evaluate
from eventwire.evaluate.incidents import main_event
from eventwire.model import Article, Count, Doc, Event, Place, Span, When


def incident(
    text: str, type_: str, sub: str, dead: int, country: str, lat: float, lon: float, day: str
) -> dict[str, Any]:
    return {
        "id": text,
        "origin": "test",
        "text": text,
        "date": "2022-07-01",
        "event_date": day,
        "event_type": type_,
        "sub_event_type": sub,
        "fatalities": dead,
        "country": country,
        "admin1": "",
        "location": "",
        "lat": lat,
        "lon": lon,
        "geo_precision": 1,
        "actor1": "",
        "actor2": None,
        "assoc_actor_1": None,
        "assoc_actor_2": None,
    }


GOLD = [
    incident("I1", "Protests", "Peaceful protest", 0, "LKA", 7.25, 80.45, "2022-05-21"),
    incident("I2", "Battles", "Armed clash", 3, "SYR", 36.2, 37.15, "2022-06-01"),
    incident("I3", "Riots", "Mob violence", 0, "BOL", -17.5, -66.3, "2022-06-29"),
    incident("I4", "Protests", "Protest with intervention", 0, "ARG", -34.6, -58.4, "2022-06-30"),
]


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "incidents.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in GOLD), encoding="utf-8")
    return path


def killed(*values: int) -> tuple[Count, ...]:
    return tuple(Count("killed", v, Span(0, 1)) for v in values)


def event(**fields: Any) -> Event:
    return Event(id="e", type=fields.pop("type", "ASSAULT"), evidence=Span(0, 2), **fields)


def doc(text: str, events: tuple[Event, ...] = (), places: tuple[Place, ...] = ()) -> Doc:
    return Doc(Article(id=text, text=text), events=events, places=places)


class FakeCoder:
    def __init__(self, docs: dict[str, Doc]) -> None:
        self.docs = docs
        self.published: list[dt.date | None] = []

    def __call__(self, text: str, published: dt.date | None) -> Doc:
        self.published.append(published)
        return self.docs.get(text, doc(text))


def perfect(record: dict[str, Any]) -> Doc:
    place = Place("x", country=record["country"], lat=record["lat"], lon=record["lon"])
    return doc(
        record["text"],
        (
            event(
                acled_type=record["event_type"],
                acled_subtype=record["sub_event_type"],
                counts=killed(record["fatalities"]),
                place=place,
                when=When(record["event_date"]),
            ),
        ),
    )


def test_perfect_coder(gold_file: Path) -> None:
    coder = FakeCoder({r["text"]: perfect(r) for r in GOLD})
    report = evaluate("incidents", gold_file, coder=coder)
    assert report.n == 4
    assert set(report.metrics.values()) == {1.0}
    assert coder.published == [dt.date(2022, 7, 1)] * 4


def test_empty_coder_is_wrong_everywhere_even_on_zero_fatalities(gold_file: Path) -> None:
    report = evaluate("incidents", gold_file, coder=FakeCoder({}))
    assert set(report.metrics.values()) == {0.0}
    assert report.counts["no_event"] == 4


def test_partial_coder(gold_file: Path) -> None:
    docs = {
        # the first event has no ACLED type, so the second is the main one
        "I1": doc(
            "I1",
            (
                event(type="PROTEST"),
                event(
                    acled_type="Protests",
                    acled_subtype="Peaceful protest",
                    place=Place("p", country="LKA", lat=7.35, lon=80.45),  # about 11 km off
                    when=When("2022-05-21"),
                ),
            ),
        ),
        # fatalities add up (2 + 1), injured ignored; country from the document's places
        "I2": doc(
            "I2",
            (
                event(
                    acled_type="Battles",
                    acled_subtype="Attack",
                    counts=(*killed(2, 1), Count("injured", 5, Span(0, 1))),
                    place=Place("p"),
                ),
            ),
            (Place("a", country="SYR"), Place("b", country="TUR"), Place("c", country="SYR")),
        ),
        # the event's own place country wins over the document's places; 1 degree off
        "I3": doc(
            "I3",
            (
                event(
                    acled_type="Protests",
                    acled_subtype="Peaceful protest",
                    place=Place("p", country="PER", lat=-16.5, lon=-66.3),
                    when=When("2022-01-01"),
                ),
            ),
            (Place("a", country="BOL"), Place("b", country="BOL")),
        ),
        # no event at all: only the country can still be right, from the places
        "I4": doc("I4", (), (Place("a", country="ARG"),)),
    }
    report = evaluate("incidents", gold_file, coder=FakeCoder(docs))
    metrics = report.metrics
    assert metrics["event_type_acc"] == pytest.approx(2 / 4)
    # Protests f1 1/2 (tp I1, fn I4, fp I3), Battles 1, Riots 0
    assert metrics["event_type_f1_macro"] == pytest.approx((0.5 + 1 + 0) / 3)
    # only Peaceful protest scores (p 1/2, r 1, support 1) out of 4 gold records
    assert metrics["sub_event_type_f1_weighted"] == pytest.approx((2 / 3) / 4)
    assert metrics["fatalities_acc"] == pytest.approx(3 / 4)
    assert metrics["country_acc"] == pytest.approx(3 / 4)
    assert metrics["geo_acc_25km"] == pytest.approx(1 / 4)
    assert metrics["geo_acc_161km"] == pytest.approx(2 / 4)
    assert metrics["event_date_acc"] == pytest.approx(1 / 4)
    assert report.counts["geo_predicted"] == 2
    assert report.counts["no_event"] == 1


def test_main_event_falls_back_to_the_first_event() -> None:
    first, second = event(type="ACCUSE"), event(type="REQUEST")
    assert main_event(doc("x", (first, second))) is first
    assert main_event(doc("x")) is None

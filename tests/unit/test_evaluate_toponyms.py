"""Task toponyms: recognition by overlap, resolution within 161 km, median error."""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluate import evaluate
from eventwire.evaluate.metrics import EARTH_RADIUS_KM
from eventwire.model import Article, Doc, Place, Span

TEXT = "Rain fell on Springfield and Shelbyville near Lake Example today."
KM_PER_DEGREE = math.pi * EARTH_RADIUS_KM / 180


def span(phrase: str) -> Span:
    start = TEXT.index(phrase)
    return Span(start, start + len(phrase))


def toponym(name: str, lat: float | None, lon: float | None) -> dict[str, Any]:
    s = span(name)
    return {
        "start": s.start,
        "end": s.end,
        "name": name,
        "lat": lat,
        "lon": lon,
        "geonameid": None,
        "kind": None,
    }


GOLD_TOPONYMS = [
    toponym("Springfield", 39.8, -89.65),
    toponym("Shelbyville", 39.4, -88.8),
    toponym("Lake Example", None, None),  # recognition only
]


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "toponyms.jsonl"
    record = {
        "id": "d1",
        "origin": "test",
        "text": TEXT,
        "date": "2009-03-20",
        "toponyms": GOLD_TOPONYMS,
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


class FakeCoder:
    def __init__(self, *places: Place, text: str = TEXT) -> None:
        self.places = places
        self.text = text
        self.seen: list[dt.date | None] = []

    def __call__(self, given: str, published: dt.date | None) -> Doc:
        self.seen.append(published)
        return Doc(Article(id="d", text=self.text), places=self.places)


def test_perfect_coder(gold_file: Path) -> None:
    places = tuple(
        Place(t["name"], Span(t["start"], t["end"]), lat=t["lat"], lon=t["lon"])
        for t in GOLD_TOPONYMS
    )
    coder = FakeCoder(*places)
    report = evaluate("toponyms", gold_file, coder=coder)
    assert report.metrics == {
        "resolution_acc_161km": 1.0,
        "recognition_f1": 1.0,
        "recognition_precision": 1.0,
        "recognition_recall": 1.0,
        "median_error_km": 0.0,
    }
    assert coder.seen == [dt.date(2009, 3, 20)]


def test_empty_coder(gold_file: Path) -> None:
    report = evaluate("toponyms", gold_file, coder=FakeCoder())
    assert report.metrics["resolution_acc_161km"] == 0.0
    assert report.metrics["recognition_f1"] == 0.0
    assert report.metrics["median_error_km"] is None
    assert any(note.startswith("median_error_km:") for note in report.notes)
    assert report.to_dict()["metrics"]["median_error_km"] is None


def test_partial_coder(gold_file: Path) -> None:
    places = (
        Place("Springfield", span("Springfield"), lat=40.8, lon=-89.65),  # 1 degree: ~111 km
        Place("Shelbyville", span("Shelbyville near"), lat=41.4, lon=-88.8),  # 2 degrees: ~222 km
        Place("today", span("today")),  # not a toponym
        Place("Nowhere"),  # no span: not a recognised toponym
    )
    report = evaluate("toponyms", gold_file, coder=FakeCoder(*places))
    assert report.counts["matched"] == 2
    assert report.counts["predicted"] == 3
    assert report.metrics["recognition_precision"] == pytest.approx(2 / 3)
    assert report.metrics["recognition_recall"] == pytest.approx(2 / 3)
    assert report.metrics["recognition_f1"] == pytest.approx(2 / 3)
    assert report.metrics["resolution_acc_161km"] == pytest.approx(1 / 2)
    assert report.metrics["median_error_km"] == pytest.approx(1.5 * KM_PER_DEGREE, rel=1e-6)


def test_a_place_without_coordinates_is_a_wrong_resolution(gold_file: Path) -> None:
    places = (Place("Springfield", span("Springfield")), Place("Shelbyville", span("Shelbyville")))
    report = evaluate("toponyms", gold_file, coder=FakeCoder(*places))
    assert report.metrics["recognition_recall"] == pytest.approx(2 / 3)
    assert report.metrics["resolution_acc_161km"] == 0.0


def test_spans_of_a_changed_text_are_mapped_back(gold_file: Path) -> None:
    coded = "LOCAL NEWS\n" + TEXT
    shift = len("LOCAL NEWS\n")
    s = span("Springfield")
    places = (Place("Springfield", Span(s.start + shift, s.end + shift), lat=39.8, lon=-89.65),)
    report = evaluate("toponyms", gold_file, coder=FakeCoder(*places, text=coded))
    assert report.counts["matched"] == 1
    assert report.counts["within_161km"] == 1

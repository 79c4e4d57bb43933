"""Task timexes: value F1 (overlap and equal value), relaxed and strict extraction."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluate import evaluate
from eventwire.model import Article, Doc, Span, When

TEXT = "On Monday the talks lasted three days, officials said on 5 May."


def span(phrase: str) -> Span:
    start = TEXT.index(phrase)
    return Span(start, start + len(phrase))


def timex(phrase: str, type_: str, value: str) -> dict[str, Any]:
    s = span(phrase)
    return {"start": s.start, "end": s.end, "type": type_, "value": value}


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "timexes.jsonl"
    record = {
        "id": "d1",
        "origin": "test",
        "text": TEXT,
        "dct": "2020-05-06",
        "timexes": [
            timex("Monday", "DATE", "2020-05-04"),
            timex("three days", "DURATION", "P3D"),
            timex("5 May", "DATE", "2020-05-05"),
        ],
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


class FakeCoder:
    def __init__(self, *times: When) -> None:
        self.times = times
        self.seen: list[dt.date | None] = []

    def __call__(self, text: str, published: dt.date | None) -> Doc:
        self.seen.append(published)
        return Doc(Article(id="d", text=text), times=self.times)


def test_perfect_coder(gold_file: Path) -> None:
    times = (
        When("2020-05-04", span("Monday")),
        When("P3D", span("three days"), type="DURATION"),
        When("2020-05-05", span("5 May")),
    )
    coder = FakeCoder(*times)
    report = evaluate("timexes", gold_file, coder=coder)
    assert set(report.metrics.values()) == {1.0}
    assert report.counts["matched"] == 3
    assert coder.seen == [dt.date(2020, 5, 6)]


def test_empty_coder(gold_file: Path) -> None:
    report = evaluate("timexes", gold_file, coder=FakeCoder())
    assert report.metrics["value_f1"] == 0.0
    assert report.metrics["extraction_f1_relaxed"] == 0.0
    assert report.metrics["value_acc_matched"] is None
    assert report.counts["matched"] == 0


def test_partial_coder(gold_file: Path) -> None:
    times = (
        When("2020-05-04", span("On Monday")),  # overlaps, right value
        When("P2D", span("three days"), type="DURATION"),  # identical span, wrong value
        When("2020", span("officials")),  # not a timex
        When("2020-05-06", None, method="publication"),  # no words: not scored
    )
    report = evaluate("timexes", gold_file, coder=FakeCoder(*times))
    assert report.counts["predicted"] == 3
    assert report.metrics["value_f1"] == pytest.approx(1 / 3)
    assert report.metrics["extraction_f1_relaxed"] == pytest.approx(2 / 3)
    assert report.metrics["extraction_f1_strict"] == pytest.approx(1 / 3)
    assert report.metrics["value_acc_matched"] == pytest.approx(1 / 2)
    assert report.counts["matched"] == 2


def test_a_right_value_is_credited_once(gold_file: Path) -> None:
    times = (When("2020-05-04", span("Monday")), When("2020-05-04", span("Monday")))
    report = evaluate("timexes", gold_file, coder=FakeCoder(*times))
    assert report.counts["value_correct"] == 1
    # tp 1, fp 1, fn 2
    assert report.metrics["value_f1"] == pytest.approx(2 * (1 / 2) * (1 / 3) / (1 / 2 + 1 / 3))

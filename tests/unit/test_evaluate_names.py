"""The metric names are exactly those of the evaluation README, headline first, for every task."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluate import METRICS, TASKS, evaluate
from eventwire.model import Article, Doc, RawArticle

README_NAMES: dict[str, tuple[str, ...]] = {
    "events": (
        "type_f1_micro",
        "type_f1_macro",
        "source_country_acc",
        "target_country_acc",
        "cameo_root_acc",
    ),
    "incidents": (
        "event_type_acc",
        "event_type_f1_macro",
        "sub_event_type_f1_weighted",
        "fatalities_acc",
        "country_acc",
        "geo_acc_25km",
        "geo_acc_161km",
        "event_date_acc",
    ),
    "subtypes": ("f1_weighted", "f1_macro", "acc"),
    "actors": ("country_acc", "sector_acc", "name_acc"),
    "toponyms": (
        "resolution_acc_161km",
        "recognition_f1",
        "recognition_precision",
        "recognition_recall",
        "median_error_km",
    ),
    "timexes": ("value_f1", "extraction_f1_relaxed", "extraction_f1_strict", "value_acc_matched"),
    "quotes": ("content_f1", "source_acc_matched", "direct_content_f1"),
    "extraction": ("body_f1", "body_precision", "body_recall", "title_acc", "date_acc"),
}

ONE_RECORD: dict[str, dict[str, Any]] = {
    "events": {"text": "t", "date": None, "events": []},
    "incidents": {
        "text": "t",
        "date": None,
        "event_date": "2022-01-01",
        "event_type": "Riots",
        "sub_event_type": "Mob violence",
        "fatalities": 0,
        "country": "BOL",
        "lat": 0.0,
        "lon": 0.0,
    },
    "subtypes": {"text": "t", "label": "OTHER"},
    "actors": {
        "text": "t",
        "context": None,
        "date": None,
        "country": "",
        "sector": None,
        "sector2": None,
        "name": None,
        "not_name": None,
    },
    "toponyms": {"text": "t", "date": None, "toponyms": []},
    "timexes": {"text": "t", "dct": "2020-01-01", "timexes": []},
    "quotes": {"text": "t", "attributions": []},
    "extraction": {"html_file": "p.html", "url": None, "body": "b", "title": None, "date": None},
}


def test_tasks_are_the_readme_tasks() -> None:
    assert tuple(README_NAMES) == TASKS


@pytest.mark.parametrize("task", TASKS)
def test_declared_names(task: str) -> None:
    assert METRICS[task] == README_NAMES[task]


@pytest.mark.parametrize("task", TASKS)
def test_reported_names(task: str, tmp_path: Path) -> None:
    (tmp_path / "p.html").write_bytes(b"<html></html>")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "r", "origin": "test", **ONE_RECORD[task]}) + "\n", "utf-8")

    def coder(text: str, published: dt.date | None) -> Doc:
        return Doc(Article(id="r", text=text))

    def extractor(html: bytes, url: str | None) -> RawArticle:
        return RawArticle("", "p.html")

    report = evaluate(task, gold, coder=coder, extractor=extractor)
    assert tuple(report.metrics) == README_NAMES[task]
    assert report.headline == README_NAMES[task][0]
    assert report.n == 1


def test_names_match_the_shared_readme_when_present() -> None:
    readme = Path(__file__).resolve().parents[3] / "shared" / "eval" / "README.md"
    if not readme.is_file():
        pytest.skip(f"evaluation README not found at {readme}")
    rows = re.findall(r"^\| (\w+) \| `(\w+)` \| (.+) \|$", readme.read_text("utf-8"), re.M)
    table = {task: (head, *re.findall(r"`(\w+)`", rest)) for task, head, rest in rows}
    assert table == README_NAMES

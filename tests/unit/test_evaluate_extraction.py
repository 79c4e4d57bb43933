"""Task extraction: pages read (gzipped or not), body bag-of-words, title and date."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.errors import EvalError, MalformedInput
from eventwire.evaluate import evaluate
from eventwire.model import RawArticle


def page(name: str, url: str, body: str, title: str | None, date: str | None) -> dict[str, Any]:
    return {
        "id": name,
        "origin": "test",
        "html_file": f"html/{name}",
        "url": url,
        "body": body,
        "title": title,
        "author": None,
        "date": date,
    }


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "p1.html.gz").write_bytes(gzip.compress(b"<html>one</html>"))
    (tmp_path / "html" / "p2.html").write_bytes(b"<html>two</html>")
    records = [
        page(
            "p1.html.gz", "https://a.example/1", "alpha beta beta gamma", "Big News", "2020-02-02"
        ),
        page("p2.html", "https://a.example/2", "one two three four", None, None),
    ]
    (tmp_path / "dev.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    return tmp_path


class FakeExtractor:
    def __init__(self, pages: dict[str, RawArticle]) -> None:
        self.pages = pages
        self.seen: list[tuple[bytes, str | None]] = []

    def __call__(self, html: bytes, url: str | None) -> RawArticle:
        self.seen.append((html, url))
        if url not in self.pages:
            raise MalformedInput("no article here")
        return self.pages[url]


def test_scores_body_title_and_date(gold_dir: Path) -> None:
    extractor = FakeExtractor(
        {
            "https://a.example/1": RawArticle(
                "Alpha beta delta", "x", title=" big  news ", published=dt.date(2020, 2, 2)
            ),
            "https://a.example/2": RawArticle("one two three four", "x"),
        }
    )
    report = evaluate("extraction", gold_dir / "dev.jsonl", extractor=extractor)
    # page 1: overlap 2 of 3 predicted, 4 gold -> p 2/3, r 1/2, f 4/7; page 2 perfect
    assert report.metrics["body_f1"] == pytest.approx((4 / 7 + 1) / 2)
    assert report.metrics["body_precision"] == pytest.approx((2 / 3 + 1) / 2)
    assert report.metrics["body_recall"] == pytest.approx((1 / 2 + 1) / 2)
    assert report.metrics["title_acc"] == 1.0
    assert report.metrics["date_acc"] == 1.0
    assert report.counts["title_n"] == 1
    assert extractor.seen == [
        (b"<html>one</html>", "https://a.example/1"),
        (b"<html>two</html>", "https://a.example/2"),
    ]


def test_null_titles_and_dates_are_not_scored(gold_dir: Path) -> None:
    extractor = FakeExtractor({"https://a.example/2": RawArticle("one two", "x")})
    report = evaluate("extraction", gold_dir / "dev.jsonl", extractor=extractor, limit=None)
    assert report.counts["skipped"] == 1  # page 1 refused: an empty extraction
    assert report.metrics["body_recall"] == pytest.approx((0 + 1 / 2) / 2)
    assert report.metrics["title_acc"] == 0.0  # page 1 has a gold title, nothing extracted


def test_metadata_metrics_are_none_when_the_gold_has_none(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_bytes(b"<html></html>")
    record = page("p.html", "u", "words", None, None) | {"html_file": "p.html"}
    (tmp_path / "g.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
    extractor = FakeExtractor({"u": RawArticle("words", "x")})
    report = evaluate("extraction", tmp_path / "g.jsonl", extractor=extractor)
    assert report.metrics["body_f1"] == 1.0
    assert report.metrics["title_acc"] is None
    assert report.metrics["date_acc"] is None
    assert [note.split(":")[0] for note in report.notes] == ["title_acc", "date_acc"]


def test_a_missing_page_is_a_broken_gold(gold_dir: Path) -> None:
    (gold_dir / "html" / "p2.html").unlink()
    extractor = FakeExtractor({})
    with pytest.raises(EvalError, match=r"dev\.jsonl:2: cannot read"):
        evaluate("extraction", gold_dir / "dev.jsonl", extractor=extractor)

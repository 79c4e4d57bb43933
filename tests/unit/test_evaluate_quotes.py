"""Task quotes: content matched one-to-one, direct contents apart, sources of matched pairs."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventwire.evaluate import evaluate
from eventwire.model import Article, Doc, Quote, Span

TEXT = (
    'The mayor said "we will rebuild the bridge". Critics argued that the plan was too costly, '
    "a report said. Prices rose, it was reported."
)


def span(phrase: str) -> Span:
    start = TEXT.index(phrase)
    return Span(start, start + len(phrase))


def pair(phrase: str) -> list[int]:
    s = span(phrase)
    return [s.start, s.end]


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    attributions = [
        {
            "content": pair("we will rebuild the bridge"),
            "source": pair("The mayor"),
            "cue": pair("said"),
            "direct": True,
        },
        {
            "content": pair("the plan was too costly"),
            "source": pair("Critics"),
            "cue": pair("argued"),
            "direct": False,
        },
        {"content": pair("Prices rose"), "source": None, "cue": pair("reported"), "direct": False},
    ]
    path = tmp_path / "quotes.jsonl"
    record = {"id": "d1", "origin": "test", "text": TEXT, "attributions": attributions}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


class FakeCoder:
    def __init__(self, *quotes: Quote) -> None:
        self.quotes = quotes

    def __call__(self, text: str, published: dt.date | None) -> Doc:
        return Doc(Article(id="d", text=text), quotes=self.quotes)


def test_perfect_coder(gold_file: Path) -> None:
    coder = FakeCoder(
        Quote(span("we will rebuild the bridge"), True, speaker_span=span("The mayor")),
        Quote(span("the plan was too costly"), False, speaker_span=span("Critics")),
        Quote(span("Prices rose"), False),
    )
    report = evaluate("quotes", gold_file, coder=coder)
    assert report.metrics == {
        "content_f1": 1.0,
        "source_acc_matched": 1.0,
        "direct_content_f1": 1.0,
    }
    assert report.counts["matched"] == 3
    assert report.counts["matched_with_gold_source"] == 2


def test_empty_coder(gold_file: Path) -> None:
    report = evaluate("quotes", gold_file, coder=FakeCoder())
    assert report.metrics["content_f1"] == 0.0
    assert report.metrics["direct_content_f1"] == 0.0
    assert report.metrics["source_acc_matched"] is None
    assert report.counts["matched"] == 0


def test_partial_coder(gold_file: Path) -> None:
    coder = FakeCoder(
        Quote(span("we will rebuild"), True, speaker_span=span("mayor")),  # overlaps, source right
        Quote(span("the plan was too costly"), True, speaker_span=span("a report")),  # source wrong
        Quote(span("Critics argued"), True),  # overlaps no gold content
    )
    report = evaluate("quotes", gold_file, coder=coder)
    assert report.metrics["content_f1"] == pytest.approx(2 / 3)
    # direct: gold 1, predicted 3, matched 1 -> p 1/3, r 1
    assert report.metrics["direct_content_f1"] == pytest.approx(0.5)
    assert report.metrics["source_acc_matched"] == pytest.approx(1 / 2)
    assert report.counts["matched"] == 2


def test_one_long_prediction_matches_one_gold_content(gold_file: Path) -> None:
    whole = Span(0, len(TEXT))
    report = evaluate("quotes", gold_file, coder=FakeCoder(Quote(whole, False)))
    assert report.counts["matched"] == 1
    # tp 1, fp 0, fn 2
    assert report.metrics["content_f1"] == pytest.approx(0.5)

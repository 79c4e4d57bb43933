"""Reading gold files: streaming, line-numbered errors, and evaluate()'s own checks."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.errors import EmptyInput, EvalError
from eventwire.evaluate import evaluate
from eventwire.evaluate.gold import GoldRecord, read_gold
from eventwire.model import Article, Doc, Event, Span


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def sentence(text: str, types: list[str]) -> str:
    events: list[dict[str, Any]] = [
        {"type": t, "cameo": None, "source": [], "target": []} for t in types
    ]
    return json.dumps({"id": text, "origin": "test", "text": text, "date": None, "events": events})


def empty_coder(text: str, published: dt.date | None) -> Doc:
    return Doc(Article(id="t", text=text))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="no such gold file"):
        evaluate("events", tmp_path / "absent.jsonl", coder=empty_coder)


def test_unknown_task(tmp_path: Path) -> None:
    gold = write(tmp_path / "g.jsonl", [sentence("A", [])])
    with pytest.raises(EvalError, match="unknown task 'battles'"):
        evaluate("battles", gold, coder=empty_coder)


def test_malformed_line_is_named(tmp_path: Path) -> None:
    gold = write(tmp_path / "g.jsonl", [sentence("A", []), "", '{"id": "b", "text": '])
    with pytest.raises(EvalError, match=r"g\.jsonl:3: malformed JSON"):
        evaluate("events", gold, coder=empty_coder)


def test_a_line_that_is_not_an_object(tmp_path: Path) -> None:
    gold = write(tmp_path / "g.jsonl", ["[1, 2]"])
    with pytest.raises(EvalError, match=r":1: expected a JSON object, got list"):
        evaluate("events", gold, coder=empty_coder)


def test_a_field_of_the_wrong_type_is_named(tmp_path: Path) -> None:
    bad = json.dumps({"id": "x", "text": 5, "date": None, "events": []})
    gold = write(tmp_path / "g.jsonl", [sentence("A", []), bad])
    with pytest.raises(EvalError, match=r":2: field 'text' must be a string, not int"):
        evaluate("events", gold, coder=empty_coder)


def test_a_nested_field_error_names_its_path(tmp_path: Path) -> None:
    # the roles are read first: the file's country code set is gathered before scoring
    bad = json.dumps({"id": "x", "text": "A", "date": None, "events": [{"cameo": None}]})
    gold = write(tmp_path / "g.jsonl", [bad])
    with pytest.raises(EvalError, match=r":1: events\[0\]: missing field 'source'"):
        evaluate("events", gold, coder=empty_coder)


def test_a_bad_date_is_named(tmp_path: Path) -> None:
    bad = json.dumps({"id": "x", "text": "A", "date": "yesterday", "events": []})
    gold = write(tmp_path / "g.jsonl", [bad])
    with pytest.raises(EvalError, match=r":1: field 'date' is not an ISO date"):
        evaluate("events", gold, coder=empty_coder)


def test_limit_stops_reading_before_a_later_broken_line(tmp_path: Path) -> None:
    gold = write(tmp_path / "g.jsonl", [sentence("A", ["AGREE"]), "not json"])
    report = evaluate("events", gold, coder=empty_coder, limit=1)
    assert report.n == 1
    with pytest.raises(EvalError):
        evaluate("events", gold, coder=empty_coder)


def test_limit_zero_and_negative(tmp_path: Path) -> None:
    gold = write(tmp_path / "g.jsonl", [sentence("A", ["AGREE"])])
    assert evaluate("events", gold, coder=empty_coder, limit=0).n == 0
    with pytest.raises(EvalError, match="limit"):
        evaluate("events", gold, coder=empty_coder, limit=-1)


def test_records_are_streamed_one_at_a_time(tmp_path: Path) -> None:
    gold = write(tmp_path / "g.jsonl", [sentence("A", []), sentence("B", [])])
    records = read_gold(gold)
    first = next(records)
    assert isinstance(first, GoldRecord)
    assert first.req_str("text") == "A"
    assert first.where.endswith("g.jsonl:1")


def test_a_gold_file_without_records_scores_nothing(tmp_path: Path) -> None:
    gold = write(tmp_path / "g.jsonl", [""])
    report = evaluate("quotes", gold, coder=empty_coder)
    assert report.n == 0
    assert report.metrics["source_acc_matched"] is None


def test_a_refused_input_scores_as_an_empty_prediction(tmp_path: Path) -> None:
    gold = write(tmp_path / "g.jsonl", [sentence("A", ["AGREE"]), sentence("B", ["AGREE"])])

    def coder(text: str, published: dt.date | None) -> Doc:
        if text == "A":
            raise EmptyInput("nothing to code")
        return Doc(Article(id="b", text=text), events=(Event("e", "AGREE", Span(0, 1)),))

    report = evaluate("events", gold, coder=coder)
    assert report.counts["skipped"] == 1
    assert report.counts["tp"] == 1
    assert report.counts["fn"] == 1


def test_other_coder_errors_propagate(tmp_path: Path) -> None:
    gold = write(tmp_path / "g.jsonl", [sentence("A", [])])

    def coder(text: str, published: dt.date | None) -> Any:
        raise RuntimeError("bug in the coder")

    with pytest.raises(RuntimeError, match="bug in the coder"):
        evaluate("events", gold, coder=coder)


def test_report_to_dict_is_json_ready(tmp_path: Path) -> None:
    gold = write(tmp_path / "g.jsonl", [sentence("A", ["AGREE"])])
    out = evaluate("events", gold, coder=empty_coder).to_dict()
    assert json.loads(json.dumps(out)) == out
    assert out["task"] == "events"
    assert out["n"] == 1
    assert out["headline"] == "type_f1_micro"
    assert next(iter(out["metrics"])) == "type_f1_micro"

"""Task subtypes: main event -> CASE 2021 label through the shipped label table."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventwire.errors import EvalError
from eventwire.evaluate import Coder, evaluate
from eventwire.evaluate.subtypes import load_case_labels, parse_case_labels
from eventwire.model import Article, Doc, Event, Span


def write_gold(path: Path, labels: list[tuple[str, str]]) -> Path:
    lines = [json.dumps({"id": t, "origin": "test", "text": t, "label": lab}) for t, lab in labels]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def doc(text: str, *events: Event) -> Doc:
    return Doc(Article(id=text, text=text), events=events)


def event(type_: str = "ASSAULT", subtype: str | None = None) -> Event:
    return Event("e", type_, Span(0, 1), acled_type="x" if subtype else None, acled_subtype=subtype)


def coder_of(docs: dict[str, Doc]) -> Coder:
    def coder(text: str, published: dt.date | None, /) -> Doc:
        return docs.get(text, doc(text))

    return coder


def test_shipped_table_has_the_30_labels() -> None:
    table = load_case_labels()
    assert len(table.labels) == 30
    assert len(table.by_acled_subtype) == 25
    assert table.label_of(event(subtype="Air/drone strike")) == "AIR_STRIKE"
    assert table.label_of(event("SANCTION")) == "DIPLO"
    assert table.label_of(event("ASSAULT")) is None


def test_a_name_mapped_to_two_labels_is_an_error() -> None:
    raw = {
        "labels": {
            "A": {"acled_sub_event_type": "Attack"},
            "B": {"acled_sub_event_type": "attack"},
        }
    }
    with pytest.raises(EvalError, match="maps to both A and B"):
        parse_case_labels(raw)


def test_perfect_coder(tmp_path: Path) -> None:
    gold = write_gold(
        tmp_path / "g.jsonl",
        [("T1", "PEACE_PROTEST"), ("T2", "ARMED_CLASH"), ("T3", "DIPLO")],
    )
    docs = {
        "T1": doc("T1", event("PROTEST", "Peaceful protest")),
        "T2": doc("T2", event("ASSAULT", "Armed clash")),
        "T3": doc("T3", event("REQUEST")),
    }
    report = evaluate("subtypes", gold, coder=coder_of(docs))
    assert report.metrics == {"f1_weighted": 1.0, "f1_macro": 1.0, "acc": 1.0}


def test_partial_coder(tmp_path: Path) -> None:
    gold = write_gold(
        tmp_path / "g.jsonl",
        [
            ("T1", "PEACE_PROTEST"),
            ("T2", "ARMED_CLASH"),
            ("T3", "DIPLO"),
            ("T4", "NATURAL_DISASTER"),
            ("T5", "PEACE_PROTEST"),
        ],
    )
    docs = {
        "T1": doc("T1", event("PROTEST", "peaceful  Protest")),  # case and spaces do not matter
        "T2": doc("T2", event("ASSAULT", "Attack")),  # -> ATTACK, wrong
        "T3": doc("T3", event("ACCUSE", "Arrests")),  # the ACLED subtype wins: ARREST, wrong
        "T4": doc("T4", event("ASSAULT")),  # no label reachable: unmapped
        # T5: no event
    }
    report = evaluate("subtypes", gold, coder=coder_of(docs))
    # PEACE_PROTEST: p 1, r 1/2, f 2/3, support 2; every other label scores 0
    assert report.metrics["f1_weighted"] == pytest.approx(2 * (2 / 3) / 5)
    # labels seen: PEACE_PROTEST, ARMED_CLASH, ATTACK, DIPLO, ARREST, NATURAL_DISASTER
    assert report.metrics["f1_macro"] == pytest.approx((2 / 3) / 6)
    assert report.metrics["acc"] == pytest.approx(1 / 5)
    assert report.counts["unmapped"] == 1
    assert report.counts["no_event"] == 1


def test_empty_coder(tmp_path: Path) -> None:
    gold = write_gold(tmp_path / "g.jsonl", [("T1", "ARREST")])
    report = evaluate("subtypes", gold, coder=coder_of({}))
    assert report.metrics == {"f1_weighted": 0.0, "f1_macro": 0.0, "acc": 0.0}

"""Task events: type F1s, actor countries by role, CAMEO roots, against hand-made docs."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluate import evaluate
from eventwire.model import Actor, Article, Doc, Event, Span


def actor(country: str | None) -> dict[str, Any]:
    return {"text": None, "country": country, "sector": None}


def gold_event(
    type_: str, source: list[str | None], target: list[str | None], cameo: str | None = None
) -> dict[str, Any]:
    return {
        "type": type_,
        "cameo": cameo,
        "source": [actor(c) for c in source],
        "target": [actor(c) for c in target],
    }


GOLD: list[dict[str, Any]] = [
    {"text": "S1", "date": "2015-06-09", "events": [gold_event("AGREE", ["USA"], ["RUS"], "040")]},
    {
        "text": "S2",
        "date": None,
        "events": [gold_event("ASSAULT", [None], ["SYR"]), gold_event("PROTEST", ["FRA"], [])],
    },
    {"text": "S3", "date": None, "events": []},
]


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "events.jsonl"
    lines = [json.dumps({"id": r["text"], "origin": "test", **r}) for r in GOLD]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def make_doc(text: str, events: list[tuple[str, list[str], list[str], str | None]]) -> Doc:
    """Events given as (type, source countries, target countries, cameo)."""
    actors: list[Actor] = []
    built: list[Event] = []
    for i, (type_, sources, targets, cameo) in enumerate(events):
        ids: dict[str, list[str]] = {"source": [], "target": []}
        for role, countries in (("source", sources), ("target", targets)):
            for j, country in enumerate(countries):
                actors.append(Actor(f"{i}{role}{j}", "someone", country=country))
                ids[role].append(f"{i}{role}{j}")
        built.append(
            Event(
                f"e{i}",
                type_,
                Span(0, len(text)),
                cameo=cameo,
                source=tuple(ids["source"]),
                target=tuple(ids["target"]),
            )
        )
    return Doc(Article(id=text, text=text), actors=tuple(actors), events=tuple(built))


class FakeCoder:
    def __init__(self, docs: dict[str, Doc]) -> None:
        self.docs = docs
        self.calls: list[tuple[str, dt.date | None]] = []

    def __call__(self, text: str, published: dt.date | None) -> Doc:
        self.calls.append((text, published))
        return self.docs.get(text, Doc(Article(id=text, text=text)))


def test_perfect_coder(gold_file: Path) -> None:
    coder = FakeCoder(
        {
            "S1": make_doc("S1", [("AGREE", ["USA"], ["RUS"], "040")]),
            "S2": make_doc("S2", [("ASSAULT", [], ["SYR"], None), ("PROTEST", ["FRA"], [], None)]),
        }
    )
    report = evaluate("events", gold_file, coder=coder)
    assert report.n == 3
    assert set(report.metrics.values()) == {1.0}
    assert report.counts["true_negatives"] == 1
    assert coder.calls[0] == ("S1", dt.date(2015, 6, 9))
    assert coder.calls[1] == ("S2", None)


def test_empty_coder_scores_zero(gold_file: Path) -> None:
    report = evaluate("events", gold_file, coder=FakeCoder({}))
    assert report.metrics == {
        "type_f1_micro": 0.0,
        "type_f1_macro": 0.0,
        "source_country_acc": 0.0,
        "target_country_acc": 0.0,
        "cameo_root_acc": 0.0,
    }
    assert report.counts["true_negatives"] == 1
    assert report.counts["fn"] == 3
    # gold events with a source country: AGREE (USA) and PROTEST (FRA); ASSAULT's is null
    assert report.counts["source_country_n"] == 2
    assert report.counts["target_country_n"] == 2


def test_partial_coder(gold_file: Path) -> None:
    coder = FakeCoder(
        {
            "S1": make_doc("S1", [("AGREE", ["USA"], ["CHN"], "043")]),
            "S2": make_doc("S2", [("ASSAULT", [], ["SYR"], None), ("COERCE", ["FRA"], [], None)]),
            "S3": make_doc("S3", [("REJECT", [], [], None)]),
        }
    )
    report = evaluate("events", gold_file, coder=coder)
    # tp AGREE, ASSAULT; fp COERCE, REJECT; fn PROTEST
    assert report.counts["tp"] == 2
    assert report.counts["fp"] == 2
    assert report.counts["fn"] == 1
    assert report.metrics["type_f1_micro"] == pytest.approx(4 / 7)
    assert report.metrics["type_f1_macro"] == pytest.approx(2 / 5)
    # FRA is a COERCE source, not a PROTEST source: wrong
    assert report.metrics["source_country_acc"] == pytest.approx(1 / 2)
    assert report.metrics["target_country_acc"] == pytest.approx(1 / 2)
    assert report.metrics["cameo_root_acc"] == 1.0  # 040 and 043 share root 04
    assert report.counts["true_negatives"] == 0


def test_every_gold_country_of_a_role_must_be_predicted(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    record = {
        "id": "x",
        "text": "T",
        "date": None,
        "events": [gold_event("AGREE", ["ISR", "PSE"], [])],
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    half = FakeCoder({"T": make_doc("T", [("AGREE", ["ISR"], ["PSE"], None)])})
    both = FakeCoder({"T": make_doc("T", [("AGREE", ["ISR", "PSE"], [], None)])})
    assert evaluate("events", path, coder=half).metrics["source_country_acc"] == 0.0
    assert evaluate("events", path, coder=both).metrics["source_country_acc"] == 1.0
    assert evaluate("events", path, coder=both).metrics["target_country_acc"] is None


def test_undefined_accuracies_are_none_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    record = {"id": "x", "text": "T", "date": None, "events": [gold_event("AGREE", [], [])]}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = evaluate("events", path, coder=FakeCoder({}))
    assert report.metrics["cameo_root_acc"] is None
    assert any(note.startswith("cameo_root_acc:") for note in report.notes)


def _one_record(path: Path, records: list[dict[str, Any]]) -> Path:
    lines = [json.dumps({"id": f"r{i}", "origin": "t", **r}) for i, r in enumerate(records)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_finer_code_is_lifted_when_the_gold_file_never_uses_it(tmp_path: Path) -> None:
    path = _one_record(
        tmp_path / "g.jsonl",
        [{"text": "T", "date": None, "events": [gold_event("AGREE", ["IGO"], ["FRA"])]}],
    )
    coder = FakeCoder({"T": make_doc("T", [("AGREE", ["UNO"], ["FRA"], None)])})
    report = evaluate("events", path, coder=coder)
    assert report.metrics["source_country_acc"] == 1.0
    assert report.counts["source_country_correct_exact"] == 0


def test_a_finer_code_the_gold_file_uses_is_not_lifted(tmp_path: Path) -> None:
    path = _one_record(
        tmp_path / "g.jsonl",
        [
            {"text": "T", "date": None, "events": [gold_event("AGREE", ["IGO"], [])]},
            {"text": "U", "date": None, "events": [gold_event("AGREE", ["UNO"], [])]},
        ],
    )
    coder = FakeCoder({"T": make_doc("T", [("AGREE", ["UNO"], [], None)])})
    assert evaluate("events", path, coder=coder).metrics["source_country_acc"] == 0.0


def test_crosswalk_file_loads_and_bad_lines_are_refused() -> None:
    from eventwire.errors import EvalError
    from eventwire.evaluate.codes import load_crosswalk, parse_crosswalk

    assert load_crosswalk()["UNO"] == "IGO"
    for bad in ("UNO\tIGO", "UNO\tUNO\tsame", "uno\tIGO\tlower", "UNO\tIGO\tx\nIGO\tNGO\tchain"):
        with pytest.raises(EvalError):
            parse_crosswalk(bad)

"""Task actors: the actor at the phrase, "" as must-be-empty, context handling."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluate import evaluate
from eventwire.evaluate.actors import name_ok, text_to_code
from eventwire.model import Actor, Article, Doc, Mention, Span


def record(text: str, **fields: Any) -> dict[str, Any]:
    base = {
        "id": text,
        "origin": "test",
        "text": text,
        "context": None,
        "date": None,
        "country": None,
        "sector": None,
        "sector2": None,
        "name": None,
        "not_name": None,
    }
    return {**base, **fields}


GOLD = [
    record("the Norwegian navy", country="NOR", sector="MIL"),
    record(
        "Ms Example",
        context="Swedish foreign minister",
        date="2020-01-01",
        country="SWE",
        sector="GOV",
        sector2="MIL",
        name="Anna Example",
    ),
    record("twelve protesters", country="", sector="CVL", name=""),
    record(
        "Acme Corp",
        context="shares of Acme Corp fell",
        sector="",
        name="Acme Corporation",
        not_name="Acme Inc",
    ),
]
CODED_2 = "Swedish foreign minister Ms Example"
CODED_4 = "shares of Acme Corp fell"


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "actors.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in GOLD), encoding="utf-8")
    return path


def at(text: str, phrase: str) -> Mention:
    start = text.index(phrase)
    return Mention(Span(start, start + len(phrase)), phrase)


def doc(text: str, *actors: Actor) -> Doc:
    return Doc(Article(id=text, text=text), actors=actors)


class FakeCoder:
    def __init__(self, docs: dict[str, Doc]) -> None:
        self.docs = docs
        self.calls: list[tuple[str, dt.date | None]] = []

    def __call__(self, text: str, published: dt.date | None) -> Doc:
        self.calls.append((text, published))
        return self.docs.get(text, doc(text))


def test_text_to_code() -> None:
    assert text_to_code("army", None) == ("army", Span(0, 4))
    assert text_to_code("Acme Corp", CODED_4) == (CODED_4, Span(10, 19))
    assert text_to_code("Ms Example", "Swedish foreign minister") == (CODED_2, Span(25, 35))
    assert text_to_code("acme corp", CODED_4) == (CODED_4, Span(10, 19))


def test_perfect_coder(gold_file: Path) -> None:
    navy = "the Norwegian navy"
    coder = FakeCoder(
        {
            navy: doc(navy, Actor("a", "Navy", (at(navy, navy),), "NOR", ("MIL",))),
            CODED_2: doc(
                CODED_2,
                Actor("a", "anna EXAMPLE", (at(CODED_2, "Ms Example"),), "SWE", ("GOV", "MIL")),
            ),
            "twelve protesters": doc(
                "twelve protesters",
                Actor("a", "protesters", (at("twelve protesters", "protesters"),), None, ("CVL",)),
            ),
            CODED_4: doc(
                CODED_4,
                Actor("a", "Acme Corporation", (at(CODED_4, "Acme Corp"),), "USA", (), kb_id="Q1"),
            ),
        }
    )
    report = evaluate("actors", gold_file, coder=coder)
    assert report.metrics == {"country_acc": 1.0, "sector_acc": 1.0, "name_acc": 1.0}
    assert [text for text, _ in coder.calls] == [navy, CODED_2, "twelve protesters", CODED_4]
    assert coder.calls[1][1] == dt.date(2020, 1, 1)


def test_empty_coder_is_right_only_where_gold_must_be_empty(gold_file: Path) -> None:
    report = evaluate("actors", gold_file, coder=FakeCoder({}))
    assert report.metrics["country_acc"] == pytest.approx(1 / 3)  # the "" of record 3
    assert report.metrics["sector_acc"] == pytest.approx(1 / 4)  # the "" of record 4
    assert report.metrics["name_acc"] == pytest.approx(1 / 3)  # the "" of record 3
    assert report.counts["country_n"] == 3  # record 4's country is null: not checked
    assert report.counts["no_actor"] == 4


def test_partial_coder(gold_file: Path) -> None:
    navy = "the Norwegian navy"
    coder = FakeCoder(
        {
            # two actors touch the phrase; the larger overlap (USA, MIL) is taken
            navy: doc(
                navy,
                Actor("a", "x", (Mention(Span(0, 3), "the"),), "NOR", ()),
                Actor("b", "y", (Mention(Span(4, 18), "Norwegian navy"),), "USA", ("MIL",)),
            ),
            # sector2 MIL is missing
            CODED_2: doc(
                CODED_2, Actor("a", "Anna Example", (at(CODED_2, "Ms Example"),), "SWE", ("GOV",))
            ),
            # country "" is empty (right), but no CVL sector and a knowledge-base link (wrong)
            "twelve protesters": doc(
                "twelve protesters",
                Actor("a", "x", (at("twelve protesters", "twelve"),), "", (), kb_id="Q5"),
            ),
            # a sector where none is allowed, and the forbidden name
            CODED_4: doc(CODED_4, Actor("a", "Acme Inc", (at(CODED_4, "Acme"),), None, ("BUS",))),
        }
    )
    report = evaluate("actors", gold_file, coder=coder)
    assert report.metrics["country_acc"] == pytest.approx(2 / 3)
    assert report.metrics["sector_acc"] == pytest.approx(1 / 4)
    assert report.metrics["name_acc"] == pytest.approx(1 / 3)


def test_name_ok_rejects_the_forbidden_name() -> None:
    actor = Actor("a", "Georgia", kb_id="Q1")
    assert name_ok("georgia", None, actor)
    assert not name_ok("Georgia", "GEORGIA", actor)
    assert not name_ok("Georgia", None, None)
    assert name_ok("", None, Actor("a", "Georgia"))

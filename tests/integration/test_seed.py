"""The seed article's promises (../shared/corpus/seed), read at test time, never copied."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.model import Actor, Doc, RawArticle
from eventwire.pipeline import Pipeline

SEED = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "seed" / "kerry-cairo-2014.txt"
pytestmark = pytest.mark.skipif(not SEED.is_file(), reason=f"seed article not found at {SEED}")


@pytest.fixture(scope="module")
def doc() -> Doc:
    raw = RawArticle(
        text=SEED.read_text("utf-8"), locator=str(SEED), published=dt.date(2014, 7, 20)
    )
    return Pipeline.default().code(raw)


def actor(doc: Doc, mention: str) -> Actor:
    found = [a for a in doc.actors if any(m.text == mention for m in a.mentions)]
    assert len(found) == 1, (mention, [(a.name, [m.text for m in a.mentions]) for a in doc.actors])
    return found[0]


@pytest.mark.parametrize(
    ("mention", "country", "sector", "also"),
    [
        ("Secretary of State John Kerry", "USA", "GOV", ["Kerry", "Secretary Kerry", "he"]),
        ("State Department spokeswoman Jen Psaki", "USA", "GOV", ["she"]),
        ("President Barack Obama", "USA", "GOV", ["Obama"]),
        ("Prime Minister Binyamin Netanyahu", "ISR", "GOV", ["Netanyahu"]),
        ("U.S. State Department", "USA", "GOV", ["White House", "It"]),
        ("Hamas", "PSE", "REB", []),
        ("13 Israeli soldiers", "ISR", "MIL", ["Israeli soldiers"]),
        ("Palestinian Arabs", "PSE", "CVL", []),
        ("Egypt", "EGY", None, []),
        ("Israel", "ISR", None, []),
    ],
)
def test_expected_actors_with_codes_and_linked_mentions(
    doc: Doc, mention: str, country: str, sector: str | None, also: list[str]
) -> None:
    a = actor(doc, mention)
    assert a.country == country
    if sector:
        assert sector in a.sectors
    texts = [m.text for m in a.mentions]
    for other in also:
        assert other in texts, (mention, texts)


def test_hamas_is_a_known_group(doc: Doc) -> None:
    assert actor(doc, "Hamas").known_group == "Hamas"


def test_seed_counts(doc: Doc) -> None:
    got = {(c.kind, c.value, c.qualifier) for c in doc.counts}
    assert {("killed", 100, "more than"), ("killed", 13, "exact")} <= got

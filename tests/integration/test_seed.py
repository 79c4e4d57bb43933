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


# The acts a user expects from the seed article (type, source country, target countries,
# whether the text leaves the target implicit). Implicit targets must stay empty or match.
EXPECTED_ACTS = [
    ("CONSULT", "USA", {"EGY"}, False),  # Kerry to visit Cairo
    ("REQUEST", "USA", {"ISR", "PSE"}, True),  # spokeswoman: there should be a ceasefire
    ("SUPPORT", "USA", {"EGY"}, False),  # support Egypt's initiative
    ("REQUEST", "USA", {"ISR", "PSE"}, True),  # Obama called for a ceasefire
    ("CONSULT", "USA", {"ISR"}, False),  # Obama-Netanyahu call
    ("ASSAULT", None, {"PSE", "ISR"}, False),  # 100 Palestinians and 13 soldiers killed
    ("ACCUSE", "USA", {"PSE"}, False),  # condemned attacks by Hamas
    ("SUPPORT", "USA", {"ISR"}, False),  # reaffirmed Israel's right to defend itself
    ("REQUEST", "USA", {"ISR", "PSE"}, True),  # Kerry will seek a cessation of hostilities
    ("CONSULT", "USA", {"ISR"}, False),  # Friday's call
    ("ASSAULT", "PSE", {"ISR"}, True),  # Hamas fired rockets on Tel Aviv
    ("ACCUSE", "USA", {"ISR"}, False),  # unfavourable reaction to Israel's operation
]


def _codes(doc: Doc, ids: tuple[str, ...]) -> set[str]:
    return {a.country for a in doc.actors if a.id in ids and a.country}


def test_seed_events_cover_the_expected_acts(doc: Doc) -> None:
    unmatched = list(doc.events)
    found = 0
    for etype, src, tgt, implicit in EXPECTED_ACTS:
        for ev in unmatched:
            s, t = _codes(doc, ev.source), _codes(doc, ev.target)
            if ev.type != etype or (src and src not in s) or not (src or not s):
                continue
            if (t and t <= tgt) or (not t and implicit) or (t and not t.isdisjoint(tgt)):
                unmatched.remove(ev)
                found += 1
                break
    assert found >= 10, [(e.type, e.trigger) for e in unmatched]
    assert len(unmatched) <= 2, [(e.type, e.trigger) for e in unmatched]


def test_seed_event_dates_follow_tense(doc: Doc) -> None:
    by_trigger = {e.trigger.of(doc.article.text): e for e in doc.events if e.trigger}
    assert by_trigger["Visit"].when is not None and by_trigger["Visit"].when.value == "2014-07-21"
    assert by_trigger["fired"].when is not None and by_trigger["fired"].when.value == "2014-07-18"
    assert by_trigger["Visit"].modality == "future"

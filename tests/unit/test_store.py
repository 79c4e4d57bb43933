"""The DuckDB store: round trip, queries, idempotence, transactions."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from test_store_sample import border_doc, dock_doc

from eventwire.errors import StoreError
from eventwire.model import Doc, Event, Skipped, to_record
from eventwire.serialize import doc_to_dict
from eventwire.store import AddResult, Store, open_store
from eventwire.store.columns import day_of

EMPTY_STATS = {
    "articles": 0, "sentences": 0, "events": 0, "actors": 0, "mentions": 0, "places": 0,
    "times": 0, "counts": 0, "quotes": 0, "skipped": 0,
}  # fmt: skip


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = open_store(tmp_path / "events.duckdb")
    s.add([dock_doc(), border_doc()])
    return s


def _ids(events: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(e["article_id"], e["id"]) for e in events]


def _resolved(doc: Doc, event: Event) -> dict[str, Any]:
    """What ``Store.events()`` should return for ``event``: its record, actors resolved."""
    text = doc.article.text
    rec = to_record(event)
    for role in ("source", "target"):
        rec[role] = []
        for actor_id in getattr(event, role):
            actor = doc.actor(actor_id)
            assert actor is not None
            rec[role].append({"id": actor.id, "name": actor.name, "country": actor.country,
                              "sectors": list(actor.sectors)})  # fmt: skip
    day = day_of(event.when.value) if event.when else None
    return {
        "article_id": doc.article.id,
        **rec,
        "date": day.isoformat() if day else None,
        "evidence_text": event.evidence.of(text),
    }


# -- round trip ---------------------------------------------------------------------------


def test_a_doc_reads_back_exactly_after_reopening(tmp_path: Path) -> None:
    path = tmp_path / "events.duckdb"
    doc = dock_doc()
    with open_store(path) as s:
        assert s.add([doc]) == AddResult(added=1, duplicates=0)
    with open_store(path, read_only=True) as s:
        stored = s.article(doc.article.id)
    assert stored is not None
    extras = {k: stored["article"].pop(k) for k in ("language", "fetched", "ingested")}
    assert stored == doc_to_dict(doc)
    assert extras["language"] == "en"
    # fetched was 09:30 at UTC-3: stored as UTC wall time.
    assert extras["fetched"] == "2024-03-06T12:30:00"
    assert dt.datetime.fromisoformat(extras["ingested"]).year >= 2024


def test_stats_count_every_layer(store: Store) -> None:
    assert store.stats() == {
        "articles": 2, "sentences": 7, "events": 5, "actors": 8, "mentions": 11,
        "places": 2, "times": 4, "counts": 2, "quotes": 2, "skipped": 0,
    }  # fmt: skip


def test_events_are_the_event_records_with_actors_resolved(store: Store) -> None:
    dock, border = dock_doc(), border_doc()
    expected = {(d.article.id, e.id): _resolved(d, e) for d in (dock, border) for e in d.events}
    got = store.events(limit=None)
    assert len(got) == len(expected)
    for event in got:
        assert event == expected[(event["article_id"], event["id"])]


def test_events_come_by_date_with_undated_last(store: Store) -> None:
    assert _ids(store.events()) == [
        ("art-dock", "e1"), ("art-dock", "e3"), ("art-border", "e1"), ("art-border", "e2"),
        ("art-dock", "e2"),
    ]  # fmt: skip


def test_evidence_text_uses_code_point_offsets(store: Store) -> None:
    (event,) = store.events(article_id="art-border", type="ASSAULT")
    assert event["evidence_text"].startswith("Border guards fired")
    assert "Río Verde" in event["evidence_text"]


def test_an_unknown_article_is_none(store: Store) -> None:
    assert store.article("nope") is None
    assert not store.has_article("nope")
    assert store.has_article("art-dock")


def test_articles_lists_metadata_and_event_counts(store: Store) -> None:
    listed = store.articles()
    assert [(a["id"], a["published"], a["events"]) for a in listed] == [
        ("art-dock", "2024-03-06", 3), ("art-border", "2024-04-02", 2),
    ]  # fmt: skip
    assert "text" not in listed[0]
    assert [a["id"] for a in store.articles(limit=1, offset=1)] == ["art-border"]


# -- filters ------------------------------------------------------------------------------


def test_date_range_is_inclusive_and_drops_undated(store: Store) -> None:
    got = store.events(since=dt.date(2024, 3, 5), until=dt.date(2024, 3, 10))
    assert _ids(got) == [("art-dock", "e1"), ("art-dock", "e3")]
    assert _ids(store.events(since=dt.date(2024, 3, 11))) == [
        ("art-border", "e1"), ("art-border", "e2"),
    ]  # fmt: skip
    assert store.events(until=dt.date(2024, 3, 4)) == []


def test_type_and_modality_filters(store: Store) -> None:
    assert _ids(store.events(type="PROTEST")) == [("art-dock", "e1"), ("art-dock", "e3")]
    assert _ids(store.events(modality="negated")) == [("art-border", "e2")]
    assert _ids(store.events(type="PROTEST", modality="future")) == [("art-dock", "e3")]


def test_country_matches_source_or_target_any_case(store: Store) -> None:
    assert len(store.events(country="BRA")) == 3
    assert _ids(store.events(country="arg")) == [("art-border", "e1"), ("art-border", "e2")]
    assert store.events(country="FRA") == []


def test_actor_matches_name_substring_kb_id_or_actor_id(store: Store) -> None:
    # "union" is a source of e3 only; Mara Quint (Q900005) is in no event.
    assert _ids(store.events(actor="UNION")) == [("art-dock", "e3")]
    assert _ids(store.events(actor="protest")) == [("art-dock", "e2")]  # a target
    assert _ids(store.events(actor="Q900010")) == [("art-border", "e2")]
    assert _ids(store.events(actor="b2")) == [("art-border", "e1")]
    assert store.events(actor="Mara") == []


def test_text_is_a_case_insensitive_substring_of_the_evidence(store: Store) -> None:
    assert _ids(store.events(text="RÍO verde")) == [("art-border", "e1")]
    assert _ids(store.events(text="main gate")) == [("art-dock", "e2")]
    # Words of the article outside any event's evidence sentence match nothing.
    assert store.events(text="wages rise") == []


def test_pages_partition_the_full_list(store: Store) -> None:
    everything = store.events(limit=None)
    pages = [store.events(limit=2, offset=o) for o in (0, 2, 4, 6)]
    assert [len(p) for p in pages] == [2, 2, 1, 0]
    assert [e for p in pages for e in p] == everything


def test_filters_combine(store: Store) -> None:
    got = store.events(country="BRA", since=dt.date(2024, 3, 1), text="strike")
    assert _ids(got) == [("art-dock", "e3")]


def test_negative_limit_is_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="limit"):
        store.events(limit=-1)


# -- idempotence and transactions --------------------------------------------------------


def test_adding_the_same_doc_again_adds_nothing(store: Store) -> None:
    before = store.stats()
    assert store.add([dock_doc()]) == AddResult(added=0, duplicates=1)
    assert store.stats() == before


def test_a_repeat_within_one_batch_is_a_duplicate(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.duckdb") as s:
        assert s.add([dock_doc(), dock_doc(), border_doc()]) == AddResult(2, 1)
        assert s.stats()["events"] == 5


def test_known_ids_checks_a_batch(store: Store) -> None:
    assert store.known_ids(["art-dock", "new", "art-border", "art-dock"]) == {
        "art-dock", "art-border",
    }  # fmt: skip
    assert store.known_ids([]) == set()


def test_a_failed_add_leaves_no_trace(tmp_path: Path) -> None:
    good = border_doc()
    # A NULL event type breaks a NOT NULL column after the article row went in.
    broken = dataclasses.replace(good.events[0], type=None)  # type: ignore[arg-type]
    bad = good.with_(events=(broken,))
    with open_store(tmp_path / "s.duckdb") as s:
        with pytest.raises(StoreError, match="cannot write"):
            s.add([dock_doc(), bad])
        assert s.stats() == EMPTY_STATS
        assert s.add([dock_doc()]).added == 1


def test_an_empty_add_is_a_no_op(tmp_path: Path) -> None:
    with open_store(":memory:") as s:
        assert s.add([]) == AddResult(0, 0)
        assert s.stats() == EMPTY_STATS


def test_skipped_inputs_are_recorded_once(tmp_path: Path) -> None:
    items = [
        Skipped("feed.jsonl:3", "empty"),
        Skipped("feed.jsonl:3", "empty", "second time, same key"),
        Skipped("feed.jsonl:3", "encoding", "bad byte 0xff"),
    ]
    with open_store(tmp_path / "s.duckdb") as s:
        assert s.add_skipped(items) == 2
        assert s.add_skipped(items[:1]) == 0
        assert s.add_skipped([]) == 0
        rows = s.skipped()
        assert s.stats()["skipped"] == 2
    assert sorted((r["locator"], r["reason"], r["detail"]) for r in rows) == [
        ("feed.jsonl:3", "empty", ""), ("feed.jsonl:3", "encoding", "bad byte 0xff"),
    ]  # fmt: skip
    assert all(len(r["key"]) == 32 and r["at"] for r in rows)


def test_a_read_only_store_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    open_store(path).close()
    with open_store(path, read_only=True) as s, pytest.raises(StoreError):
        s.add([dock_doc()])


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2024-03-05", dt.date(2024, 3, 5)),
        ("2024-03-05T14:00", dt.date(2024, 3, 5)),
        ("2024-03", None),
        ("2024-W10", None),
        ("P3D", None),
        ("2024-02-30", None),
    ],
)
def test_only_a_whole_day_gives_an_event_date(value: str, day: dt.date | None) -> None:
    assert day_of(value) == day

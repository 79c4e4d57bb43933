"""Exports: every format reads back to the events the store returns."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq
import pytest
from test_store_sample import border_doc, dock_doc

from eventwire.export import EXPORTERS, export
from eventwire.store import Store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = open_store(tmp_path / "events.duckdb")
    s.add([dock_doc(), border_doc()])
    return s


def test_the_registry_holds_the_built_in_formats() -> None:
    assert {"jsonl", "csv", "parquet"} <= set(EXPORTERS)


def test_jsonl_file_holds_the_query_records(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    assert export(store, "jsonl", path) == 5
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == store.events(limit=None)


def test_jsonl_to_a_stream(store: Store) -> None:
    out = io.BytesIO()
    assert export(store, "jsonl", out) == 5
    records = [json.loads(line) for line in out.getvalue().decode("utf-8").splitlines()]
    assert [(r["article_id"], r["id"]) for r in records] == [
        (e["article_id"], e["id"]) for e in store.events()
    ]


def test_csv_is_one_flat_row_per_event(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    assert export(store, "csv", str(path)) == 5
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [(r["article_id"], r["event_id"]) for r in rows] == [
        (e["article_id"], e["id"]) for e in store.events()
    ]
    walkout = rows[0]
    assert walkout["date"] == "2024-03-05"
    assert walkout["source_ids"] == "a1"
    assert walkout["source_names"] == "dock workers"
    assert walkout["source_country"] == "BRA"
    assert walkout["place_name"] == "São Lourenço"
    assert float(walkout["lat"]) == -12.5
    assert walkout["counts"] == "crowd=2000"
    assert walkout["contexts"] == "labor"
    assert walkout["evidence_text"].endswith("the harbour union said.")
    arrest = rows[-1]
    assert (arrest["target_names"], arrest["target_country"]) == ("protesters", "BRA")
    assert arrest["date"] == ""
    assert arrest["when_value"] == "2024-03"


def test_parquet_keeps_the_nested_records(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    assert export(store, "parquet", path) == 5
    con = duckdb.connect()
    try:
        cur = con.execute(f"SELECT * FROM read_parquet('{path}')")
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    finally:
        con.close()
    expected = store.events(limit=None)
    assert names == list(expected[0])
    for row, want in zip(rows, expected, strict=True):
        row["date"] = row["date"].isoformat() if row["date"] else None
        assert row == want


def test_parquet_reads_with_pyarrow(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    export(store, "parquet", path)
    table = pq.read_table(path)
    assert table.num_rows == 5
    first: dict[str, Any] = table.slice(0, 1).to_pylist()[0]
    assert first["source"] == [
        {"id": "a1", "name": "dock workers", "country": "BRA", "sectors": ["LAB"]}
    ]


def test_parquet_to_a_stream(store: Store, tmp_path: Path) -> None:
    out = io.BytesIO()
    assert export(store, "parquet", out) == 5
    assert out.getvalue()[:4] == b"PAR1"


def test_an_empty_store_exports_nothing(tmp_path: Path) -> None:
    with open_store(":memory:") as s:
        out = io.BytesIO()
        assert export(s, "jsonl", out) == 0
        assert out.getvalue() == b""
        path = tmp_path / "empty.csv"
        assert export(s, "csv", path) == 0
        header = path.read_text(encoding="utf-8").splitlines()
        assert header[0].startswith("article_id,event_id,date,type")


def test_an_unknown_format_names_the_known_ones(store: Store) -> None:
    with pytest.raises(ValueError, match="csv, gdelt, jsonl, parquet, plover"):
        export(store, "xml", io.BytesIO())


def test_a_new_exporter_plugs_in(store: Store) -> None:
    def ids_only(s: Store, path: Path) -> int:
        events = s.events(limit=None)
        path.write_text("".join(f"{e['article_id']}/{e['id']}\n" for e in events), "utf-8")
        return len(events)

    out = io.BytesIO()
    assert export(store, "ids", out, exporters={**EXPORTERS, "ids": ids_only}) == 5
    assert out.getvalue().decode().splitlines()[0] == "art-dock/e1"

"""The server's one handle on the store: a connection, a lock, and the read model.

DuckDB lets a process open a file with one configuration only, so the server opens
it once: read-only when writes are off (the default), read-write when a token
enables ``POST /api/ingest``. Every statement, read or write, runs under one lock,
because a DuckDB connection (and the TEMP tables of the read model, which belong to
it) must not be used by two threads at once; DuckDB still spreads each query over
all cores. The pipeline runs outside the lock, so coding an article never blocks
readers; only the store write and the read-model refresh hold it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import duckdb
import orjson

from eventwire.errors import StoreError
from eventwire.model import Doc
from eventwire.serve import index, queries
from eventwire.serve.centres import Centres
from eventwire.serve.params import (
    ActorQuery,
    DyadQuery,
    EventQuery,
    Interval,
    PageQuery,
    TimelineQuery,
    TopQuery,
)
from eventwire.store import AddResult, Store, open_store

T = TypeVar("T")

#: Deepest page end (offset + limit) answered with one scan for count and keys.
SINGLE_SCAN_MAX = 10_000


class Database:
    """Thread-safe reads and writes over one store file. Use :meth:`open`."""

    def __init__(self, store: Store, *, writable: bool, centres: Centres) -> None:
        self._store = store
        self._lock = threading.Lock()
        self.writable = writable
        with self._lock:
            self._guard(lambda: index.build(store.connection, centres))

    @classmethod
    def open(cls, path: Path, *, writable: bool, centres: Centres | None = None) -> Database:
        """Open ``path`` (read-only unless ``writable``) and build the read model;
        ``centres`` are the country centre points the countries aggregate reports.

        Raises :class:`StoreError` when the file is missing (read-only), locked by
        another process, not a store, or of another schema version.
        """
        store = open_store(path, read_only=not writable)
        try:
            return cls(store, writable=writable, centres=centres or {})
        except BaseException:
            store.close()
            raise

    def close(self) -> None:
        with self._lock:
            self._store.close()

    # -- plumbing ----------------------------------------------------------------------

    def _guard(self, fn: Callable[[], T]) -> T:
        try:
            return fn()
        except duckdb.Error as exc:
            raise StoreError(f"query on store {self._store.where} failed: {exc}") from exc

    def _run(self, fn: Callable[[Store], T]) -> T:
        with self._lock:
            return self._guard(lambda: fn(self._store))

    # -- reads -------------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        def go(store: Store) -> dict[str, Any]:
            con = store.connection
            (articles,) = con.execute("SELECT count(*) FROM articles").fetchone() or (0,)
            (events,) = con.execute(f"SELECT count(*) FROM {index.EVENTS}").fetchone() or (0,)
            return {"status": "ok", "schema_version": store.schema_version,
                    "writable": self.writable, "articles": articles, "events": events}  # fmt: skip

        return self._run(go)

    def events(self, q: EventQuery) -> dict[str, Any]:
        """One page of events and the number of all that match, read at the same moment.

        A filtered query near the start of its listing scans once for both the count
        and the page's sort keys; otherwise (no filter: counting is free; a deep page:
        the key list would be long) a top-N query picks the page and a second counts.
        """
        single_scan = bool(queries.where(q).clauses) and q.offset + q.limit <= SINGLE_SCAN_MAX

        def go(store: Store) -> dict[str, Any]:
            con = store.connection
            if single_scan:
                sql, params = queries.count_and_keys(q)
                total, keys = con.execute(sql, params).fetchone() or (0, [])
                page = (keys or [])[q.offset:]
                rows = _fetch(con, *queries.rows_by_keys(q, page)) if page else []
            else:
                rows = _fetch(con, *queries.page(q))
                total = _count(con, *queries.total(q))
            return {"items": _items(con, rows), "total": int(total), "limit": q.limit,
                    "offset": q.offset}  # fmt: skip

        return self._run(go)

    def event(self, article_id: str, event_id: str) -> dict[str, Any] | None:
        """The full stored record of one event (as ``Store.events`` returns it)."""
        # A page of up to 1000 takes the store's indexed two-step path; no article has more.
        found = self._run(lambda store: store.events(article_id=article_id, limit=1000))
        for record in found:
            if record["id"] == event_id:
                return record
        return None

    def articles(self, q: PageQuery) -> dict[str, Any]:
        """Article metadata in ``Store.articles`` order, with each one's event count."""

        def go(store: Store) -> dict[str, Any]:
            con = store.connection
            items = _fetch(con, queries.articles(q), [])
            ids = [a["id"] for a in items]
            counts = ({r["id"]: r["events"]
                       for r in _fetch(con, queries.article_event_counts(len(ids)), ids)}
                      if ids else {})  # fmt: skip
            for item in items:
                item["events"] = counts.get(item["id"], 0)
            total = _count(con, "SELECT count(*) FROM articles", [])
            return {"items": items, "total": total, "limit": q.limit, "offset": q.offset}

        return self._run(go)

    def article(self, article_id: str) -> dict[str, Any] | None:
        return self._run(lambda store: store.article(article_id))

    def actors(self, q: ActorQuery) -> dict[str, Any]:
        sql, count_sql, params = queries.actors(q)

        def go(store: Store) -> dict[str, Any]:
            con = store.connection
            return {"items": _fetch(con, sql, params), "total": _count(con, count_sql, params),
                    "limit": q.limit, "offset": q.offset}  # fmt: skip

        return self._run(go)

    def _json(self, statement: queries.Statement) -> orjson.Fragment:
        """The JSON array an aggregate statement builds, ready to embed in a response."""
        sql, params = statement

        def go(store: Store) -> orjson.Fragment:
            row = store.connection.execute(sql, params).fetchone()
            return orjson.Fragment(row[0] if row else "[]")

        return self._run(go)

    def timeline(self, q: TimelineQuery) -> dict[str, Any]:
        interval = q.interval
        if interval is Interval.auto:
            span_sql, span_params = queries.date_span(q)
            first, last = self._run(
                lambda store: store.connection.execute(span_sql, span_params).fetchone()
            ) or (None, None)
            days = (last - first).days if first is not None and last is not None else 0
            interval = queries.auto_interval(days)
        items = self._json(queries.timeline(q, interval))
        return {"by": q.by.value, "interval": interval.value, "items": items}

    def countries(self, q: TopQuery) -> dict[str, Any]:
        return {"items": self._json(queries.countries(q))}

    def dyads(self, q: DyadQuery) -> dict[str, Any]:
        return {"by": q.by.value, "items": self._json(queries.dyads(q))}

    def places(self, q: TopQuery) -> dict[str, Any]:
        return {"items": self._json(queries.places(q))}

    # -- writes ------------------------------------------------------------------------

    def add(self, doc: Doc) -> AddResult:
        """Store one coded document and bring the read model up to date with it."""
        if not self.writable:
            raise StoreError("the store is open read-only")

        def go(store: Store) -> AddResult:
            result = store.add([doc])
            if result.added:
                index.refresh(store.connection, [doc.article.id])
            return result

        return self._run(go)


def _fetch(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description or ()]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _count(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> int:
    row = con.execute(sql, params).fetchone()
    return int(row[0]) if row else 0


def _items(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Page rows with their actors resolved and their evidence sentence and title."""
    ids = list(dict.fromkeys(r["article_id"] for r in rows))
    if not ids:
        return []
    actors = {(a["article_id"], a["actor_id"]): a
              for a in _fetch(con, queries.page_actors(len(ids)), ids)}  # fmt: skip
    articles = {a["id"]: a for a in _fetch(con, queries.page_articles(len(ids)), ids)}
    return [_item(r, actors, articles[r["article_id"]]) for r in rows]


def _item(
    row: dict[str, Any],
    actors: dict[tuple[str, str], dict[str, Any]],
    article: dict[str, Any],
) -> dict[str, Any]:
    def resolve(ids: list[str]) -> list[dict[str, Any]]:
        out = []
        for actor_id in ids:
            a = actors.get((row["article_id"], actor_id), {})
            out.append({"id": actor_id, "name": a.get("name"), "country": a.get("country"),
                        "sectors": a.get("sectors") or []})  # fmt: skip
        return out

    start, end = row["evidence_start"], row["evidence_end"]
    place = None
    if row["place_name"] is not None:
        place = {"name": row["place_name"], "country": row["place_country"],
                 "lat": row["lat"], "lon": row["lon"]}  # fmt: skip
    return {
        "article_id": row["article_id"], "id": row["id"], "date": row["date"],
        "type": row["type"], "mode": row["mode"], "cameo": row["cameo"],
        "quad_class": row["quad_class"], "goldstein": row["goldstein"],
        "modality": row["modality"], "confidence": row["confidence"],
        "source": resolve(row["source"]), "target": resolve(row["target"]), "place": place,
        "evidence": {"start": start, "end": end}, "evidence_text": article["text"][start:end],
        "title": article["title"],
    }  # fmt: skip

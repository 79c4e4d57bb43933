"""SQL over the read model (:mod:`eventwire.serve.index`): filters, pages, aggregates.

Every value a request supplies is a bound parameter; the only text spliced into a
statement comes from this module's own constants, chosen by validated enums.

Aggregates are answered as one JSON array built by DuckDB (``to_json(list(row))``):
turning ten thousand rows into Python objects and back would cost more than the
query itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from eventwire.serve.index import ACTORS, ARTICLES, CENTRES, EVENTS, NAMES, PLACES, ROLES
from eventwire.serve.params import (
    ActorQuery,
    DyadBy,
    DyadQuery,
    EventFilters,
    EventQuery,
    Interval,
    Order,
    PageQuery,
    TimelineQuery,
    TopQuery,
)

Statement = tuple[str, list[Any]]

# The actor filter: events one of whose source or target actors has a matching name
# or KB id. The few matching actor rows are found first, then their events by row id.
_ACTOR_MATCH = f"""ev.key_asc IN (
    SELECT r.key_asc FROM {ROLES} r WHERE r.arow IN (
        SELECT ac.rowid FROM actors ac WHERE contains(lower(ac.name), ?) OR lower(ac.kb_id) = ?))"""

ITEM_COLUMNS = """ev.art, ev.event_id AS id, ev.date, ev.type, ev.mode, ev.cameo,
    ev.quad_class, ev.goldstein, ev.modality, ev.confidence, ev.source, ev.target, ev.pid,
    ev.evidence_start, ev.evidence_end"""


@dataclass(slots=True)
class Where:
    """A conjunction of clauses over ``ew_events ev`` with its parameters in order."""

    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return " AND ".join(self.clauses) if self.clauses else "true"


def where(f: EventFilters) -> Where:
    """The filters of ``f`` as SQL; see :class:`EventFilters` for their meaning."""
    w = Where()
    if f.since is not None:
        w.add("ev.date >= ?", f.since)
    if f.until is not None:
        w.add("ev.date <= ?", f.until)
    if f.type is not None:
        w.add("ev.type = ?", f.type.value)
    if f.modality is not None:
        w.add("ev.modality = ?", f.modality.value)
    if f.country is not None:
        w.add("(ev.source_country = ? OR ev.target_country = ?)", f.country, f.country)
    if f.place is not None:
        w.add(f"(ev.pid IN (SELECT pid FROM {PLACES} WHERE contains(name_lc, ?)) "
              "OR ev.place_country = ?)", f.place.lower(), f.place.upper())  # fmt: skip
    if f.q is not None:
        w.add("contains(ev.evidence_lc, ?)", f.q.lower())
    if f.actor is not None:
        w.add(_ACTOR_MATCH, f.actor.lower(), f.actor.lower())
    return w


def _json_rows(select: str, order: str) -> str:
    """``select`` (a query aliased ``t``'s rows) as one JSON array, in ``order``."""
    return f"SELECT coalesce(to_json(list(t ORDER BY {order})), '[]') FROM ({select}) t"


# -- events ------------------------------------------------------------------------------


def _sort_key(q: EventQuery) -> str:
    return "key_asc" if q.order is Order.asc else "key_desc"


def _rows(key: str, condition: str, tail: str) -> str:
    """Event rows (``ITEM_COLUMNS``, ``article_id`` and the place) matching ``condition``,
    ``tail`` (ORDER BY / LIMIT) applied before the small joins, in ``key`` order."""
    return f"""SELECT p.*, a.id AS article_id, pl.name AS place_name,
            pl.country AS place_country, pl.lat, pl.lon
        FROM (SELECT {ITEM_COLUMNS}, ev.{key} AS sort_key FROM {EVENTS} ev
              WHERE {condition} {tail}) p
        JOIN {ARTICLES} a ON a.art = p.art
        LEFT JOIN {PLACES} pl ON pl.pid = p.pid
        ORDER BY p.sort_key"""


def page(q: EventQuery) -> Statement:
    """One page of events in the requested order (a top-N over the sort key)."""
    w = where(q)
    key = _sort_key(q)
    tail = f"ORDER BY ev.{key} LIMIT {int(q.limit)} OFFSET {int(q.offset)}"
    return _rows(key, w.sql(), tail), w.params


def count_and_keys(q: EventQuery) -> Statement:
    """In one scan, the number of matching events and the sort keys of the first
    ``offset + limit`` of them (``min(key, n)`` keeps the n smallest, in order)."""
    w = where(q)
    n = int(q.offset) + int(q.limit)
    return f"SELECT count(*), min(ev.{_sort_key(q)}, {n}) FROM {EVENTS} ev WHERE {w.sql()}", (
        w.params
    )


def rows_by_keys(q: EventQuery, keys: list[int]) -> Statement:
    """The events with these sort keys (a non-empty, ascending list). The BETWEEN lets
    DuckDB skip row groups by their key ranges before probing the list."""
    key = _sort_key(q)
    condition = f"ev.{key} IN (SELECT unnest(?::BIGINT[])) AND ev.{key} BETWEEN ? AND ?"
    return _rows(key, condition, ""), [keys, keys[0], keys[-1]]


def total(f: EventFilters) -> Statement:
    w = where(f)
    return f"SELECT count(*) FROM {EVENTS} ev WHERE {w.sql()}", w.params


def page_actors(n: int) -> str:
    """Name, country and sectors of every actor of ``n`` articles (parameters $1..$n)."""
    ids = ", ".join(f"${i}" for i in range(1, n + 1))
    return f"""SELECT article_id, actor_id, name, country, sectors FROM actors
        WHERE article_id IN ({ids})"""


def page_articles(n: int) -> str:
    """Title and text of ``n`` articles (parameters $1..$n), for titles and evidence."""
    ids = ", ".join(f"${i}" for i in range(1, n + 1))
    return f"SELECT id, title, text FROM articles WHERE id IN ({ids})"


# -- articles and actors -----------------------------------------------------------------

ARTICLE_ORDER = "published NULLS LAST, id"


def articles(q: PageQuery) -> str:
    """One page of article metadata, in the order ``Store.articles`` uses."""
    return f"""SELECT id, title, url, source, author, published, language, fetched, ingested
        FROM articles ORDER BY {ARTICLE_ORDER} LIMIT {int(q.limit)} OFFSET {int(q.offset)}"""


def article_event_counts(n: int) -> str:
    """Events per article for ``n`` article ids (parameters $1..$n)."""
    ids = ", ".join(f"${i}" for i in range(1, n + 1))
    return f"""SELECT a.id, count(ev.art) AS events
        FROM {ARTICLES} a LEFT JOIN {EVENTS} ev ON ev.art = a.art
        WHERE a.id IN ({ids}) GROUP BY a.id"""


def actors(q: ActorQuery) -> tuple[str, str, list[Any]]:
    """One page of actors (most events first) and the count of all that match."""
    w = Where()
    if q.q is not None:
        w.add("contains(lower(name), ?)", q.q.lower())
    if q.country is not None:
        w.add("country = ?", q.country)
    if q.sector is not None:
        w.add("list_contains(sectors, ?)", q.sector)
    grouped = f"""SELECT name, country, sectors, kb_id, sum(articles)::BIGINT AS articles,
            sum(mentions)::BIGINT AS mentions, sum(as_source)::BIGINT AS as_source,
            sum(as_target)::BIGINT AS as_target
        FROM {ACTORS} WHERE {w.sql()} GROUP BY name, country, sectors, kb_id"""
    page_sql = f"""SELECT *, as_source + as_target AS events FROM ({grouped})
        ORDER BY events DESC, articles DESC, name, country NULLS LAST
        LIMIT {int(q.limit)} OFFSET {int(q.offset)}"""
    return page_sql, f"SELECT count(*) FROM ({grouped})", w.params


# -- aggregates (one JSON array each) ----------------------------------------------------

AUTO_DAYS = 180  # longest span shown per day when the interval is "auto"
AUTO_WEEKS = 3 * 365  # longest span shown per week

_PERIOD = {"day": "ev.date", "week": "date_trunc('week', ev.date)::DATE",
           "month": "date_trunc('month', ev.date)::DATE"}  # fmt: skip


def date_span(f: EventFilters) -> Statement:
    """First and last day of the dated events matching ``f``."""
    w = where(f)
    return f"SELECT min(ev.date), max(ev.date) FROM {EVENTS} ev WHERE {w.sql()}", w.params


def auto_interval(days: int) -> Interval:
    if days <= AUTO_DAYS:
        return Interval.day
    return Interval.week if days <= AUTO_WEEKS else Interval.month


def timeline(q: TimelineQuery, interval: Interval) -> Statement:
    """Events per period (day, ISO week from Monday, or month) and type or QuadClass."""
    w = where(q)
    key = "ev.type" if q.by.value == "type" else "ev.quad_class"
    select = f"""SELECT {_PERIOD[interval.value]} AS date, {key} AS key, count(*) AS count
        FROM {EVENTS} ev WHERE ev.date IS NOT NULL AND {w.sql()} GROUP BY ALL"""
    return _json_rows(select, "t.date, t.key NULLS LAST"), w.params


def countries(q: TopQuery) -> Statement:
    """Per country: events it takes part in (as first source or target actor, the
    ``country`` filter's meaning), and separately as source, as target, and as the
    event's place; with the country's centre point where known."""
    w = where(q)
    select = f"""
WITH g AS (
    SELECT ev.source_country AS s, ev.target_country AS t, ev.place_country AS p,
        count(*) AS n
    FROM {EVENTS} ev WHERE {w.sql()} GROUP BY ALL
),
roles AS (
    SELECT s AS country, n, 'source' AS role FROM g WHERE s IS NOT NULL
    UNION ALL SELECT t, n, 'target' FROM g WHERE t IS NOT NULL
    UNION ALL SELECT p, n, 'place' FROM g WHERE p IS NOT NULL
    UNION ALL SELECT s, n, 'events' FROM g WHERE s IS NOT NULL
    UNION ALL SELECT t, n, 'events' FROM g WHERE t IS NOT NULL AND t IS DISTINCT FROM s
),
totals AS (
    SELECT country,
        coalesce(sum(n) FILTER (WHERE role = 'events'), 0)::BIGINT AS events,
        coalesce(sum(n) FILTER (WHERE role = 'source'), 0)::BIGINT AS as_source,
        coalesce(sum(n) FILTER (WHERE role = 'target'), 0)::BIGINT AS as_target,
        coalesce(sum(n) FILTER (WHERE role = 'place'), 0)::BIGINT AS at_place
    FROM roles GROUP BY country
    ORDER BY events DESC, at_place DESC, country LIMIT {int(q.limit)}
)
SELECT x.country, x.events, x.as_source, x.as_target, x.at_place, c.lat, c.lon
FROM totals x LEFT JOIN {CENTRES} c ON c.country = x.country"""
    return _json_rows(select, "t.events DESC, t.at_place DESC, t.country"), w.params


def dyads(q: DyadQuery) -> Statement:
    """Source → target pairs (first source and first target actor of each event)."""
    w = where(q)
    if q.by is DyadBy.country:
        select = f"""SELECT {{'name': NULL::VARCHAR, 'country': g.s}} AS source,
                {{'name': NULL::VARCHAR, 'country': g.t}} AS target, g.count
            FROM (SELECT ev.source_country AS s, ev.target_country AS t, count(*) AS count
                  FROM {EVENTS} ev
                  WHERE ev.source_country IS NOT NULL AND ev.target_country IS NOT NULL
                    AND {w.sql()}
                  GROUP BY ALL ORDER BY count DESC, s, t LIMIT {int(q.limit)}) g"""
        return _json_rows(select, "t.count DESC, t.source.country, t.target.country"), w.params
    select = f"""
WITH top AS (
    SELECT ev.source_nid, ev.target_nid, count(*) AS count
    FROM {EVENTS} ev
    WHERE ev.source_nid IS NOT NULL AND ev.target_nid IS NOT NULL AND {w.sql()}
    GROUP BY ALL ORDER BY count DESC, ev.source_nid, ev.target_nid LIMIT {int(q.limit)}
)
SELECT {{'name': s.name, 'country': s.country}} AS source,
    {{'name': t.name, 'country': t.country}} AS target, top.count
FROM top JOIN {NAMES} s ON s.nid = top.source_nid JOIN {NAMES} t ON t.nid = top.target_nid"""
    order = ("t.count DESC, t.source.name, t.source.country NULLS LAST, t.target.name, "
             "t.target.country NULLS LAST")  # fmt: skip
    return _json_rows(select, order), w.params


def places(q: TopQuery) -> Statement:
    """Event locations with coordinates, the most frequent first."""
    w = where(q)
    select = f"""SELECT p.name, p.country, p.lat, p.lon, top.count
        FROM (SELECT ev.pid, count(*) AS count FROM {EVENTS} ev
              WHERE ev.pid IN (SELECT pid FROM {PLACES} WHERE lat IS NOT NULL AND lon IS NOT NULL)
                AND {w.sql()}
              GROUP BY ev.pid ORDER BY count DESC, ev.pid LIMIT {int(q.limit)}) top
        JOIN {PLACES} p ON p.pid = top.pid"""
    return _json_rows(select, "t.count DESC, t.name, t.country NULLS LAST"), w.params

"""The read model: per-process summary tables that keep listings and aggregates fast.

The store keeps events in insertion order, compressed, and its listings sort by date
on every call and shape each page with joins; on a million events a page costs
hundreds of milliseconds, and a text search must join every evidence sentence to its
article. The API instead answers from TEMP tables built once when the server starts
(DuckDB allows temporary tables on a read-only connection; they live in memory and
vanish with it):

``ew_articles``
    a small integer ``art`` per article id, so that the big table joins on integers.
``ew_names``
    a small integer ``nid`` per distinct actor name and country, so that dyads of
    actors group on two integers.
``ew_places``
    a small integer ``pid`` per distinct event place (name, country, coordinates),
    with the lower-cased name the place filter searches.
``ew_events``
    one row per event with what the list filters, sorts and groups on: type, date,
    modality, the actor ids, the first source and target actor's country and
    name-and-country id (what dyads are made of), place id, the lower-cased evidence
    sentence for substring search, and two sort keys (``key_asc``, ``key_desc``) that
    encode date-then-insertion order in one BIGINT, so that ``ORDER BY key LIMIT n``
    is a single-column top-N that DuckDB prunes with zone maps. Rows are stored in
    ``key_asc`` order.
``ew_roles``
    one row per (actor row, event) where the actor is a source or target of the event:
    the store's ``actors.rowid`` and the event's ``key_asc``. The actor filter finds
    the few matching actor rows by name, then their events through this table, on
    integers only.
``ew_actors``
    actors grouped by name, country, sectors and KB id with the number of articles,
    mentions, and events they are source or target of. Rows added by an ingest are
    appended as further partial groups and summed at query time.
``ew_centres``
    country centre points (see :mod:`eventwire.serve.centres`).

``refresh(articles)`` appends the rows of newly stored articles, so an ingest costs
the size of the article, not of the store.
"""

from __future__ import annotations

from collections.abc import Sequence

import duckdb

ARTICLES = "ew_articles"
NAMES = "ew_names"
PLACES = "ew_places"
EVENTS = "ew_events"
ROLES = "ew_roles"
ACTORS = "ew_actors"
CENTRES = "ew_centres"

# Sort keys: day number (undated last) in the high bits, the event row's insertion
# number in the low 32. Row ids of the store's events table only ever grow.
_UNDATED = 4_000_000  # > days from 0001-01-01 to 9999-12-31
_DAY = "(e.date - DATE '0001-01-01')"
_KEY_ASC = f"(coalesce({_DAY}, {_UNDATED})::BIGINT << 32) + e.rowid"
_KEY_DESC = (
    f"((CASE WHEN e.date IS NULL THEN {_UNDATED} ELSE {_UNDATED - 1} - {_DAY} END)::BIGINT << 32)"
    " + (4294967295 - e.rowid)"
)

_ARTICLES_SELECT = f"""
SELECT (SELECT coalesce(max(art), 0) FROM {ARTICLES}) + row_number() OVER (ORDER BY id)::INTEGER
        AS art, id
FROM articles
WHERE id NOT IN (SELECT id FROM {ARTICLES}) /*and_where*/"""

_NAMES_SELECT = f"""
SELECT (SELECT coalesce(max(nid), 0) FROM {NAMES})
        + row_number() OVER (ORDER BY x.name, x.country)::INTEGER AS nid, x.name, x.country
FROM (SELECT DISTINCT name, country FROM actors ac WHERE true /*and_where*/) x
WHERE NOT EXISTS (SELECT 1 FROM {NAMES} n
                  WHERE n.name = x.name AND n.country IS NOT DISTINCT FROM x.country)"""

_PLACES_SELECT = f"""
SELECT (SELECT coalesce(max(pid), 0) FROM {PLACES})
        + row_number() OVER (ORDER BY x.name, x.country, x.lat, x.lon)::INTEGER AS pid,
    x.name, lower(x.name) AS name_lc, x.country, x.lat, x.lon
FROM (SELECT DISTINCT place_name AS name, place_country AS country, lat, lon
      FROM events e WHERE place_name IS NOT NULL /*and_where*/) x
WHERE NOT EXISTS (SELECT 1 FROM {PLACES} p
                  WHERE p.name = x.name AND p.country IS NOT DISTINCT FROM x.country
                    AND p.lat IS NOT DISTINCT FROM x.lat AND p.lon IS NOT DISTINCT FROM x.lon)"""

_EVENTS_SELECT = f"""
WITH first_names AS (
    SELECT ac.article_id, ac.actor_id, arg_min(n.nid, ac.idx) AS nid
    FROM actors ac
    JOIN {NAMES} n ON n.name = ac.name AND n.country IS NOT DISTINCT FROM ac.country
    /*where_a*/
    GROUP BY ALL
)
SELECT ({_KEY_ASC}) AS key_asc, ({_KEY_DESC}) AS key_desc,
    ar.art, e.idx, e.event_id, e.date, e.type, e.mode, e.cameo,
    e.quad_class::TINYINT AS quad_class, e.goldstein, e.modality, e.confidence,
    e.source, e.target, e.source_country, e.target_country,
    s.nid AS source_nid, t.nid AS target_nid, pl.pid, e.place_country,
    e.evidence_start, e.evidence_end,
    lower(substring(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start))
        AS evidence_lc
FROM events e
JOIN articles a ON a.id = e.article_id
JOIN {ARTICLES} ar ON ar.id = e.article_id
LEFT JOIN first_names s ON s.article_id = e.article_id AND s.actor_id = e.source[1]
LEFT JOIN first_names t ON t.article_id = e.article_id AND t.actor_id = e.target[1]
LEFT JOIN {PLACES} pl ON pl.name = e.place_name
    AND pl.country IS NOT DISTINCT FROM e.place_country
    AND pl.lat IS NOT DISTINCT FROM e.lat AND pl.lon IS NOT DISTINCT FROM e.lon
/*where*/"""

_ROLES_SELECT = f"""
SELECT ac.rowid AS arow, r.key_asc
FROM (
    SELECT ar.id AS article_id, ev.key_asc,
        unnest(list_distinct(list_concat(ev.source, ev.target))) AS actor_id
    FROM {EVENTS} ev JOIN {ARTICLES} ar ON ar.art = ev.art /*where_ar*/
) r
JOIN actors ac ON ac.article_id = r.article_id AND ac.actor_id = r.actor_id /*where_ac*/"""

_ACTORS_SELECT = """
WITH roles AS (
    SELECT e.article_id, unnest(e.source) AS actor_id, 1 AS s, 0 AS t FROM events e /*where*/
    UNION ALL
    SELECT e.article_id, unnest(e.target), 0, 1 FROM events e /*where*/
),
per_actor AS (
    SELECT article_id, actor_id, sum(s) AS as_source, sum(t) AS as_target
    FROM roles GROUP BY ALL
),
mentioned AS (
    SELECT article_id, actor_id, count(*) AS mentions FROM mentions m /*where_m*/ GROUP BY ALL
)
SELECT ac.name, ac.country, ac.sectors, ac.kb_id,
    count(*)::BIGINT AS articles,
    coalesce(sum(m.mentions), 0)::BIGINT AS mentions,
    coalesce(sum(p.as_source), 0)::BIGINT AS as_source,
    coalesce(sum(p.as_target), 0)::BIGINT AS as_target
FROM actors ac
LEFT JOIN per_actor p ON p.article_id = ac.article_id AND p.actor_id = ac.actor_id
LEFT JOIN mentioned m ON m.article_id = ac.article_id AND m.actor_id = ac.actor_id
/*where_a*/
GROUP BY ac.name, ac.country, ac.sectors, ac.kb_id"""


def _only(alias: str, column: str = "article_id") -> str:
    return f"{alias}.{column} IN (SELECT unnest($ids::VARCHAR[]))"


def _fill(sql: str, **where: str) -> str:
    """Put a clause (or nothing) at each ``/*name*/`` marker of ``sql``."""
    for name, clause in where.items():
        sql = sql.replace(f"/*{name}*/", clause)
    return sql


def build(con: duckdb.DuckDBPyConnection, centres: dict[str, tuple[float, float]]) -> None:
    """(Re)create every summary table from the whole store."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE {ARTICLES} (art INTEGER, id VARCHAR)")
    con.execute(f"CREATE OR REPLACE TEMP TABLE {NAMES} (nid INTEGER, name VARCHAR, "
                "country VARCHAR)")  # fmt: skip
    con.execute(f"CREATE OR REPLACE TEMP TABLE {PLACES} (pid INTEGER, name VARCHAR, "
                "name_lc VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE)")  # fmt: skip
    for table, select in ((ARTICLES, _ARTICLES_SELECT), (NAMES, _NAMES_SELECT),
                          (PLACES, _PLACES_SELECT)):  # fmt: skip
        con.execute(f"INSERT INTO {table} {_fill(select, and_where='')}")
    events = _fill(_EVENTS_SELECT, where="", where_a="")
    con.execute(f"CREATE OR REPLACE TEMP TABLE {EVENTS} AS {events} ORDER BY key_asc")
    roles = _fill(_ROLES_SELECT, where_ar="", where_ac="")
    con.execute(f"CREATE OR REPLACE TEMP TABLE {ROLES} AS {roles} ORDER BY arow")
    actors = _fill(_ACTORS_SELECT, where="", where_m="", where_a="")
    con.execute(f"CREATE OR REPLACE TEMP TABLE {ACTORS} AS {actors}")
    con.execute(f"CREATE OR REPLACE TEMP TABLE {CENTRES} (country VARCHAR, lat DOUBLE, "
                "lon DOUBLE)")  # fmt: skip
    if centres:
        con.executemany(f"INSERT INTO {CENTRES} VALUES (?, ?, ?)",
                        [(c, lat, lon) for c, (lat, lon) in centres.items()])  # fmt: skip


def refresh(con: duckdb.DuckDBPyConnection, article_ids: Sequence[str]) -> None:
    """Append the summary rows of ``article_ids``, articles just added to the store."""
    if not article_ids:
        return
    ids = {"ids": list(article_ids)}
    con.execute(f"INSERT INTO {ARTICLES} "
                f"{_fill(_ARTICLES_SELECT, and_where='AND ' + _only('articles', 'id'))}",
                ids)  # fmt: skip
    con.execute(f"INSERT INTO {NAMES} {_fill(_NAMES_SELECT, and_where='AND ' + _only('ac'))}",
                ids)  # fmt: skip
    con.execute(f"INSERT INTO {PLACES} {_fill(_PLACES_SELECT, and_where='AND ' + _only('e'))}",
                ids)  # fmt: skip
    events = _fill(_EVENTS_SELECT, where="WHERE " + _only("e"), where_a="WHERE " + _only("ac"))
    con.execute(f"INSERT INTO {EVENTS} {events}", ids)
    roles = _fill(_ROLES_SELECT, where_ar="WHERE " + _only("ar", "id"),
                  where_ac="AND " + _only("ac"))  # fmt: skip
    con.execute(f"INSERT INTO {ROLES} {roles}", ids)
    actors = _fill(_ACTORS_SELECT, where="WHERE " + _only("e"), where_m="WHERE " + _only("m"),
                   where_a="WHERE " + _only("ac"))  # fmt: skip
    con.execute(f"INSERT INTO {ACTORS} {actors}", ids)

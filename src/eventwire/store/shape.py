"""SQL that reads stored rows back in the JSON shape of the model (``to_record``).

Queries and exports share these statements, so an event read with
``Store.events()`` and one written by ``eventwire export`` are the same object:
the fields of ``to_record(event)`` in that order, with ``source`` and ``target``
resolved to ``{"id", "name", "country", "sectors"}``, plus ``article_id``, ``date``
and ``evidence_text``. Nested values are built as DuckDB structs and lists, so
``COPY ... (FORMAT json)`` and ``(FORMAT parquet)`` write them without Python.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


def span(start: str, end: str) -> str:
    return f"{{'start': {start}, 'end': {end}}}"


def optional_span(start: str, end: str) -> str:
    return f"CASE WHEN {start} IS NULL THEN NULL ELSE {span(start, end)} END"


def _table(name: str, restrict: str, key: str = "article_id") -> str:
    """``name``, or only its rows whose ``key`` is ``restrict`` (an ``IN (...)`` list)."""
    if not restrict:
        return name
    return f"(SELECT * FROM {name} WHERE {key} {restrict})"


def _actor_list(role: str, restrict: str) -> str:
    """A join resolving the page's ``role`` actor ids, in order; an id with no actor row
    is kept with null name, country and sectors rather than dropped."""
    return f"""
LEFT JOIN (
    SELECT r.article_id, r.idx,
        list({{'id': r.id, 'name': ac.name, 'country': ac.country, 'sectors': ac.sectors}}
             ORDER BY r.pos) AS actors
    FROM (
        SELECT p.article_id, p.idx, unnest(p.{role}) AS id,
            unnest(range(1, len(p.{role}) + 1)) AS pos
        FROM page p
    ) r
    LEFT JOIN {_table("actors", restrict)} ac
        ON ac.article_id = r.article_id AND ac.actor_id = r.id
    GROUP BY r.article_id, r.idx
) {role}_actors ON {role}_actors.article_id = e.article_id AND {role}_actors.idx = e.idx"""


def _event_counts(restrict: str) -> str:
    """A join giving each event of the page its counts, in order.

    A grouped join rather than a correlated subquery: DuckDB's decorrelated plan for
    the subquery form took 25x longer on a 20,000-article store.
    """
    return f"""
LEFT JOIN (
    SELECT c.article_id, c.event_id,
        list({{'kind': c.kind, 'value': c.value, 'span': {span('c."start"', 'c."end"')},
              'qualifier': c.qualifier, 'victim': c.victim}} ORDER BY c.idx) AS counts
    FROM {_table("counts", restrict)} c
    WHERE c.event_id IS NOT NULL
    GROUP BY c.article_id, c.event_id
) cnt ON cnt.article_id = e.article_id AND cnt.event_id = e.event_id"""


_EVENT_PLACE = f"""{{'name': e.place_name,
    'span': {optional_span("e.place_start", "e.place_end")}, 'country': e.place_country,
    'admin1': e.place_admin1, 'lat': e.lat, 'lon': e.lon, 'geonameid': e.place_geonameid,
    'precision': e.place_precision}}"""
_EVENT_WHEN = f"""{{'value': e.when_value, 'span': {optional_span("e.when_start", "e.when_end")},
    'type': e.when_type, 'precision': e.when_precision, 'method': e.when_method}}"""

EVIDENCE_TEXT = "substring(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start)"

EVENT_COLUMNS = f"""
    e.article_id AS article_id,
    e.event_id AS id,
    e.type AS type,
    {span("e.evidence_start", "e.evidence_end")} AS evidence,
    {optional_span("e.trigger_start", "e.trigger_end")} AS trigger,
    e.mode AS mode,
    e.contexts AS contexts,
    e.cameo AS cameo,
    e.quad_class AS quad_class,
    e.goldstein AS goldstein,
    e.acled_type AS acled_type,
    e.acled_subtype AS acled_subtype,
    coalesce(source_actors.actors, []) AS source,
    coalesce(target_actors.actors, []) AS target,
    CASE WHEN e.place_name IS NULL THEN NULL ELSE {_EVENT_PLACE} END AS place,
    CASE WHEN e.when_value IS NULL THEN NULL ELSE {_EVENT_WHEN} END AS "when",
    coalesce(cnt.counts, []) AS counts,
    e.modality AS modality,
    e.reported_by AS reported_by,
    e.mentions AS mentions,
    e.confidence AS confidence,
    e.coder_version AS coder_version,
    e.date AS date,
    {EVIDENCE_TEXT} AS evidence_text"""

ORDER = "e.date NULLS LAST, e.article_id, e.idx"
DOCUMENT_ORDER = "e.article_id, e.idx"

# One flat row per event for CSV: lists joined with ";", counts as "kind=value".
CSV_COLUMNS = """
    r.article_id, r.id AS event_id, r.date, r.type, r.mode,
    array_to_string(r.contexts, ';') AS contexts, r.cameo, r.quad_class, r.goldstein,
    r.acled_type, r.acled_subtype,
    array_to_string([x.id FOR x IN r.source], ';') AS source_ids,
    array_to_string([x.name FOR x IN r.source], ';') AS source_names,
    r.source_country,
    array_to_string([x.id FOR x IN r.target], ';') AS target_ids,
    array_to_string([x.name FOR x IN r.target], ';') AS target_names,
    r.target_country,
    r.place.name AS place_name, r.place.country AS place_country,
    r.place.admin1 AS place_admin1, r.place.lat AS lat, r.place.lon AS lon,
    r."when".value AS when_value, r."when".precision AS when_precision,
    r."when".method AS when_method,
    r.modality, r.reported_by,
    array_to_string([x.kind || '=' || x.value FOR x IN r.counts], ';') AS counts,
    r.confidence, r.coder_version,
    r.evidence.start AS evidence_start, r.evidence."end" AS evidence_end, r.evidence_text"""


@dataclass(slots=True)
class EventFilter:
    """The WHERE clause of an events query, built from ``Store.events`` keywords."""

    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)
    needs_text: bool = False

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return " AND ".join(self.clauses) if self.clauses else "true"


def event_filter(
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    type: str | None = None,
    country: str | None = None,
    actor: str | None = None,
    modality: str | None = None,
    text: str | None = None,
    article_id: str | None = None,
) -> EventFilter:
    """Translate query keywords to SQL; see ``Store.events`` for their meaning."""
    f = EventFilter()
    if since is not None:
        f.add("e.date >= ?", since)
    if until is not None:
        f.add("e.date <= ?", until)
    if type is not None:
        f.add("e.type = ?", type)
    if country is not None:
        f.add("(e.source_country = ? OR e.target_country = ?)", country.upper(), country.upper())
    if modality is not None:
        f.add("e.modality = ?", modality)
    if article_id is not None:
        f.add("e.article_id = ?", article_id)
    if actor is not None:
        f.add(
            """(list_contains(e.source, ?) OR list_contains(e.target, ?) OR EXISTS (
                SELECT 1 FROM actors ac WHERE ac.article_id = e.article_id
                AND (list_contains(e.source, ac.actor_id) OR list_contains(e.target, ac.actor_id))
                AND (ac.kb_id = ? OR contains(lower(ac.name), lower(?)))))""",
            actor, actor, actor, actor,
        )  # fmt: skip
    if text is not None:
        f.needs_text = True
        f.add(f"contains(lower({EVIDENCE_TEXT}), lower(?))", text)
    return f


def _limit(limit: int | None, offset: int) -> str:
    out = f"LIMIT {int(limit)} " if limit is not None else ""
    return out + (f"OFFSET {int(offset)}" if offset else "")


def keys_sql(f: EventFilter, *, limit: int | None, offset: int) -> str:
    """``(article_id, idx)`` of one page of matching events: the cheap first step.

    Choosing the page reads only the filtered and sorted columns; the wide rows and
    their actors, counts and texts are then fetched for that page alone.
    """
    join = "JOIN articles a ON a.id = e.article_id" if f.needs_text else ""
    return f"""SELECT e.article_id, e.idx FROM events e {join}
        WHERE {f.sql()} ORDER BY {ORDER} {_limit(limit, offset)}"""


def in_list(n: int) -> str:
    """``IN ($1, ..., $n)``: a list of constants lets DuckDB use the article_id indexes,
    where a join against a list parameter scans the whole table."""
    return "IN (" + ", ".join(f"${i}" for i in range(1, n + 1)) + ")"


def shaped_sql(page: str, *, restrict: str = "", order: str = ORDER, extra: str = "") -> str:
    """Shaped records of the events in ``page`` (a query over ``events e``).

    ``restrict`` (from :func:`in_list`) limits every joined table to the page's
    articles so the lookups use indexes; ``extra`` appends columns.
    """
    return f"""
WITH page AS ({page})
SELECT {EVENT_COLUMNS}{extra}
FROM page e JOIN {_table("articles", restrict, "id")} a ON a.id = e.article_id
{_actor_list("source", restrict)}
{_actor_list("target", restrict)}
{_event_counts(restrict)}
ORDER BY {order}"""


def filtered_sql(f: EventFilter, *, limit: int | None, offset: int, extra: str = "") -> str:
    """Matching events, shaped, in one statement: for whole listings and exports."""
    join = "JOIN articles a ON a.id = e.article_id" if f.needs_text else ""
    page = f"""SELECT e.* FROM events e {join}
        WHERE {f.sql()} ORDER BY {ORDER} {_limit(limit, offset)}"""
    return shaped_sql(page, extra=extra)


def articles_sql(n: int, *, order: str = ORDER, extra: str = "") -> str:
    """Every event of ``n`` articles (parameters ``$1..$n``), shaped."""
    restrict = in_list(n)
    page = f"SELECT * FROM events WHERE article_id {restrict}"
    return shaped_sql(page, restrict=restrict, order=order, extra=extra)


def all_events_sql() -> str:
    """Every event, shaped, in query order (what the exports write)."""
    return filtered_sql(EventFilter(), limit=None, offset=0)


def csv_events_sql() -> str:
    """Every event as one flat row; the countries are the stored (filtered-on) ones."""
    extra = ", e.source_country AS source_country, e.target_country AS target_country"
    everything = filtered_sql(EventFilter(), limit=None, offset=0, extra=extra)
    return f"SELECT {CSV_COLUMNS} FROM ({everything}) r"


# -- one stored document, layer by layer (parameter: the article id) -------------------

DOC_KEYS = ("article", "sentences", "actors", "events", "places", "times", "counts", "quotes")
EVENT_EXTRAS = ("article_id", "date", "evidence_text")

ARTICLE_LAYERS: dict[str, str] = {
    "sentences": """SELECT "start", "end", kind FROM sentences
        WHERE article_id = ? ORDER BY idx""",
    "actors": f"""SELECT ac.actor_id AS id, ac.name, coalesce(ms.mentions, []) AS mentions,
            ac.country, ac.sectors, ac.known_group, ac.kb_id, ac.confidence
        FROM actors ac LEFT JOIN (
            SELECT actor_id, list({{'span': {span('"start"', '"end"')}, 'text': text,
                                   'kind': kind}} ORDER BY idx) AS mentions
            FROM mentions WHERE article_id = $1 GROUP BY actor_id
        ) ms ON ms.actor_id = ac.actor_id
        WHERE ac.article_id = $1 ORDER BY ac.idx""",
    "places": f"""SELECT name, {optional_span('"start"', '"end"')} AS span, country, admin1,
            lat, lon, geonameid, precision
        FROM places WHERE article_id = ? ORDER BY idx""",
    "times": f"""SELECT value, {optional_span('"start"', '"end"')} AS span, type, precision,
            method
        FROM times WHERE article_id = ? ORDER BY idx""",
    "counts": f"""SELECT kind, value, {span('"start"', '"end"')} AS span, qualifier, victim
        FROM counts WHERE article_id = ? AND event_id IS NULL ORDER BY idx""",
    "quotes": f"""SELECT {span("content_start", "content_end")} AS content, direct, speaker,
            {optional_span("speaker_start", "speaker_end")} AS speaker_span,
            {optional_span("cue_start", "cue_end")} AS cue, via
        FROM quotes WHERE article_id = ? ORDER BY idx""",
}

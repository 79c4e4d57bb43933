"""Exports in other projects' formats: the GDELT 2.0 event table and PLOVER JSON lines.

Both exporters read the same shaped records as ``Store.events()`` (one query, fetched
in batches so a large store is never held in memory at once), with a few article and
actor columns added, and turn each record into a row with a pure function
(:func:`gdelt_row`, :func:`plover_record`) so the mapping can be read and tested
field by field. ``docs/EXPORTS.md`` documents every column.

GDELT has no field for modality, and every row of a GDELT file is read as something
that happened, so the GDELT export keeps only asserted and reported events (a planned
strike or a denied attack would otherwise read as done). PLOVER keeps every event and
says which ones are future, hypothetical or negated in ``context``, as the PLOVER
manual asks, and gives each its PLOVER type's quad class.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import duckdb
import orjson

from eventwire.errors import StoreError
from eventwire.events.ontology import load_plover
from eventwire.store import Store
from eventwire.store.shape import EventFilter, filtered_sql

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{field}" for n in (1, 2) for field in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
    )),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{field}" for who in ("Actor1", "Actor2", "Action") for field in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID",
    )),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip
"""The 61 columns of a GDELT 2.0 event record, in GDELT's order."""

# GDELT geographic resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world
# state (first-order administrative unit).
_GEO_COUNTRY, _GEO_US_STATE, _GEO_US_CITY, _GEO_CITY, _GEO_ADMIN1 = 1, 2, 3, 4, 5

# Modalities a GDELT row can stand for (see the module docstring), and the PLOVER
# contexts that say what the other modalities say.
_HAPPENED = ("asserted", "reported")
_MODALITY_CONTEXT = {"future": "future", "hypothetical": "hypothetical", "negated": "negation"}
# Count kinds PLOVER names as event fields.
_PLOVER_COUNTS = {"killed": "dead", "injured": "injured", "arrested": "arrested"}

# Columns added to the shaped event records (``e`` is the event row, ``a`` its article):
# article metadata, the end of the first body sentence (GDELT's "root event" test), the
# trigger's words, and per actor its knowledge-base id and first mention.
_EXTRA = """,
    a.published AS published, a.url AS url, a.title AS title, a.source AS publication,
    a.language AS language, a.ingested AS ingested,
    (SELECT min(s."end") FROM sentences s
        WHERE s.article_id = e.article_id AND s.kind = 'body') AS lead_end,
    CASE WHEN e.trigger_start IS NULL THEN NULL
        ELSE substring(a.text, e.trigger_start + 1, e.trigger_end - e.trigger_start)
    END AS trigger_text,
    (SELECT list({'id': ac.actor_id, 'kb_id': ac.kb_id, 'mention': m.text})
        FROM actors ac LEFT JOIN mentions m
            ON m.article_id = ac.article_id AND m.actor_id = ac.actor_id AND m.idx = 0
        WHERE ac.article_id = e.article_id
            AND (list_contains(e.source, ac.actor_id) OR list_contains(e.target, ac.actor_id))
    ) AS actor_info"""
_BATCH = 2000


def _records(store: Store, where: EventFilter) -> Iterator[dict[str, Any]]:
    """Shaped event records with the extra columns, in the store's query order."""
    sql = filtered_sql(where, limit=None, offset=0, extra=_EXTRA)
    try:
        cursor = store.connection.execute(sql, where.params)
        names = [d[0] for d in cursor.description or ()]
        while rows := cursor.fetchmany(_BATCH):
            for row in rows:
                yield dict(zip(names, row, strict=True))
    except duckdb.Error as exc:
        raise StoreError(f"cannot read events from store {store.where}: {exc}") from exc


def _day(record: Mapping[str, Any]) -> dt.date | None:
    """The event's own day, else its article's publication day (GDELT's practice)."""
    day = record.get("date") or record.get("published")
    return day if isinstance(day, dt.date) else None


def _actor(record: Mapping[str, Any], role: str, n: int = 0) -> dict[str, Any] | None:
    """The ``n``-th ``role`` ("source"/"target") actor, with its extra columns merged in."""
    actors = record.get(role) or []
    if len(actors) <= n:
        return None
    actor = dict(actors[n])
    for info in record.get("actor_info") or ():
        if info["id"] == actor["id"]:
            actor.update(kb_id=info["kb_id"], mention=info["mention"])
            break
    return actor


def _cell(value: object) -> str:
    """One TSV cell: empty for unknown, never a tab or line break inside."""
    if value is None:
        return ""
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


def _stable_id(record: Mapping[str, Any]) -> int:
    """A positive 63-bit integer for GLOBALEVENTID: the same event always gets the same id."""
    digest = hashlib.blake2b(f"{record['article_id']}\x00{record['id']}".encode(),
                             digest_size=8).digest()  # fmt: skip
    return int.from_bytes(digest, "big") >> 1


def _gdelt_actor(actor: Mapping[str, Any] | None) -> list[object]:
    """The 10 Actor fields: code, name, country, known group, ethnic, 2 religions, 3 types."""
    if actor is None:
        return [None] * 10
    country = actor.get("country")
    sectors = list(actor.get("sectors") or [])[:3]
    code = (country or "") + "".join(sectors)
    name = actor.get("name")
    return [code or None, name.upper() if name else None, country, None, None, None, None,
            *sectors, *[None] * (3 - len(sectors))]  # fmt: skip


def _geo_type(place: Mapping[str, Any]) -> int | None:
    """GDELT's resolution code for a place, from its precision (or what it has, if none)."""
    precision = place.get("precision")
    if precision is None:
        if place.get("lat") is not None and place.get("lon") is not None:
            precision = "city"
        elif place.get("admin1"):
            precision = "admin1"
        elif place.get("country"):
            precision = "country"
    us = place.get("country") == "USA"
    if precision == "country":
        return _GEO_COUNTRY
    if precision == "admin1":
        return _GEO_US_STATE if us else _GEO_ADMIN1
    if precision in ("city", "point"):
        return _GEO_US_CITY if us else _GEO_CITY
    return None


def _coordinate(value: float | None) -> str | None:
    return None if value is None else f"{value:.4f}"


def _gdelt_geo(place: Mapping[str, Any] | None) -> list[object]:
    """The 8 Geo fields: type, full name, country, ADM1, ADM2, lat, long, feature id."""
    if place is None:
        return [None] * 8
    parts = [place.get("name"), place.get("admin1")]
    if _geo_type(place) in (_GEO_COUNTRY, None):
        parts = parts[:1]
    full = ", ".join(dict.fromkeys(p for p in parts if p))
    return [_geo_type(place), full or None, place.get("country"), None, None,
            _coordinate(place.get("lat")), _coordinate(place.get("lon")),
            place.get("geonameid")]  # fmt: skip


def _cameo_codes(cameo: str | None) -> list[object]:
    """EventCode, EventBaseCode, EventRootCode; a cue category alone (``14``) is written
    as its "not specified below" code (``140``), as GDELT does."""
    if not cameo:
        return [None, None, None]
    code = cameo + "0" if len(cameo) == 2 else cameo
    return [code, code[:3], code[:2]]


def gdelt_row(record: Mapping[str, Any]) -> list[str]:
    """One shaped event record (with the exporter's extra columns) as 61 GDELT cells."""
    day = _day(record)
    date_cells: list[object] = [None] * 4
    if day is not None:
        fraction = day.year + (day.month * 30 + day.day) / 365
        date_cells = [day.strftime("%Y%m%d"), day.strftime("%Y%m"), day.year, f"{fraction:.4f}"]
    lead_end, evidence = record.get("lead_end"), record["evidence"]
    root = lead_end is not None and evidence["start"] < lead_end
    goldstein = record.get("goldstein")
    ingested = record.get("ingested")
    cells: list[object] = [
        _stable_id(record), *date_cells,
        *_gdelt_actor(_actor(record, "source")), *_gdelt_actor(_actor(record, "target")),
        int(root), *_cameo_codes(record.get("cameo")), record.get("quad_class"),
        None if goldstein is None else f"{goldstein:.1f}",
        max(1, len(record.get("mentions") or ())), 1, 1, None,
        *[None] * 16, *_gdelt_geo(record.get("place")),
        ingested.strftime("%Y%m%d%H%M%S") if isinstance(ingested, dt.datetime) else None,
        record.get("url"),
    ]  # fmt: skip
    return [_cell(c) for c in cells]


def _write(path: Path, header: bytes, lines: Iterable[bytes]) -> int:
    """Write ``header`` and then ``lines`` to ``path``; return how many lines followed it."""
    written = 0
    try:
        with path.open("wb") as out:
            out.write(header)
            for line in lines:
                out.write(line)
                written += 1
    except OSError as exc:
        raise StoreError(f"cannot export events to {path}: {exc}") from exc
    return written


def export_gdelt(store: Store, path: Path) -> int:
    """GDELT 2.0 event table: a header line, then one tab-separated row of 61 columns
    per asserted or reported event (future, hypothetical and negated ones are left out)."""
    where = EventFilter()
    where.add("e.modality IN (?, ?)", *_HAPPENED)
    header = ("\t".join(GDELT_COLUMNS) + "\n").encode()
    rows = (("\t".join(gdelt_row(r)) + "\n").encode() for r in _records(store, where))
    return _write(path, header, rows)


def _plover_actor(actor: Mapping[str, Any]) -> dict[str, Any]:
    """A PLOVER actor object: country code, sector (primary + secondary), text, identifier."""
    sectors = list(actor.get("sectors") or [])[:2]
    return {
        "code": actor.get("country"),
        "sector": "".join(sectors) or None,
        "actor_text": actor.get("mention") or actor.get("name"),
        "identifier_id": actor.get("kb_id"),
        "identifier_text": actor.get("name"),
    }


def _plover_location(place: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "name": place.get("name"),
        "geonameid": place.get("geonameid"),
        "latitude": place.get("lat"),
        "longitude": place.get("lon"),
        "cc3": place.get("country"),
        "admin1": place.get("admin1"),
        "precision": place.get("precision"),
    }


def _coder(version: str | None) -> str:
    """``eventwire <version>``, without doubling a version that already names eventwire."""
    if not version:
        return "eventwire"
    return version if version.startswith("eventwire") else f"eventwire {version}"


def _iso(value: object) -> str | None:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else None


def plover_record(
    record: Mapping[str, Any], quad_classes: Mapping[str, int] | None = None
) -> dict[str, Any]:
    """One shaped event record (with the exporter's extra columns) as a PLOVER event.

    Field names are those of the PLOVER manual's JSON specification; eventwire's own
    fields that PLOVER has no name for are kept under ``eventwire``. ``quad_classes``
    maps PLOVER types to their quad class (from ``plover.json``); ``quad_code`` falls
    back to the stored, CAMEO-based quad class for a type it does not list.
    """
    roles: dict[str, list[dict[str, Any]]] = {"source": [], "target": []}
    for role, actors in roles.items():
        for n in range(len(record.get(role) or ())):
            actor = _actor(record, role, n)
            if actor is not None:
                actors.append(actor)
    contexts = list(record.get("contexts") or ())
    extra_context = _MODALITY_CONTEXT.get(record.get("modality") or "")
    if extra_context and extra_context not in contexts:
        contexts.append(extra_context)
    figures: dict[str, int] = {}
    for count in record.get("counts") or ():
        field = _PLOVER_COUNTS.get(count["kind"])
        if field is not None:
            figures[field] = figures.get(field, 0) + int(count["value"])
    ingested = record.get("ingested")
    when = record.get("when")
    evidence = record["evidence"]
    return {
        "id": f"{record['article_id']}-{record['id']}",
        "has_event": True,
        "date": _iso(_day(record)),
        "source": [_plover_actor(a) for a in roles["source"]],
        "recipient": [_plover_actor(a) for a in roles["target"]],
        "event": [record["type"]],
        "mode": record.get("mode"),
        "context": contexts,
        "event_loc": _plover_location(record.get("place")),
        "event_text": [record["trigger_text"]] if record.get("trigger_text") else [],
        "quad_code": (quad_classes or {}).get(record["type"], record.get("quad_class")),
        "event_scale": record.get("goldstein"),
        **{field: figures.get(field) for field in _PLOVER_COUNTS.values()},
        "text": record.get("evidence_text"),
        "text_info": {"start": evidence["start"], "end": evidence["end"]},
        "cite_info": {
            "citation": record["article_id"],
            "url": record.get("url"),
            "title": record.get("title"),
            "language": record.get("language"),
            "publication": record.get("publication"),
        },
        "coder": _coder(record.get("coder_version")),
        "coded_date": _iso(ingested.date()) if isinstance(ingested, dt.datetime) else None,
        "coded_time": (
            ingested.time().isoformat("seconds") if isinstance(ingested, dt.datetime) else None
        ),
        "eventwire": {
            "article_id": record["article_id"],
            "event_id": record["id"],
            "cameo": record.get("cameo"),
            "modality": record.get("modality"),
            "when": when.get("value") if when else None,
            "acled_type": record.get("acled_type"),
            "acled_subtype": record.get("acled_subtype"),
            "confidence": record.get("confidence"),
        },
    }


def export_plover(store: Store, path: Path) -> int:
    """PLOVER JSON lines: one event object per line, every stored event."""
    quads = {name: spec["quad_class"] for name, spec in load_plover()["types"].items()}
    lines = (orjson.dumps(plover_record(r, quads)) + b"\n" for r in _records(store, EventFilter()))
    return _write(path, b"", lines)

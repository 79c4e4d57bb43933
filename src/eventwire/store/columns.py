"""Docs to column batches: one list per column, one batch per table.

The store turns each batch into an Arrow table and inserts it with one statement per
table, so the cost per row is a few list appends here rather than a database call.
Column names are the table column names of ``migrations/0001_initial.sql``; their SQL
types are read from the database at open time, so they are written down only once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Sequence
from typing import Any

from eventwire.model import Actor, Article, Doc, Event, Place, Skipped, Span, When

Batch = dict[str, list[Any]]

_FULL_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")

ARTICLE_COLUMNS = (
    "id", "title", "text", "url", "source", "author", "published", "language", "fetched",
    "ingested",
)  # fmt: skip
LAYER_COLUMNS: dict[str, tuple[str, ...]] = {
    "sentences": ("article_id", "idx", "start", "end", "kind"),
    "actors": (
        "article_id", "idx", "actor_id", "name", "country", "sectors", "known_group", "kb_id",
        "confidence",
    ),
    "mentions": ("article_id", "actor_id", "idx", "start", "end", "text", "kind"),
    "events": (
        "article_id", "idx", "event_id", "type", "mode", "contexts", "cameo", "quad_class",
        "goldstein", "acled_type", "acled_subtype", "source", "target", "source_country",
        "target_country", "place_name", "place_start", "place_end", "place_country",
        "place_admin1", "lat", "lon", "place_geonameid", "place_precision", "when_value",
        "when_start", "when_end", "when_type", "when_precision", "when_method", "date",
        "modality", "reported_by", "evidence_start", "evidence_end", "trigger_start",
        "trigger_end", "mentions", "confidence", "coder_version",
    ),
    "places": (
        "article_id", "idx", "name", "start", "end", "country", "admin1", "lat", "lon",
        "geonameid", "precision",
    ),
    "times": ("article_id", "idx", "value", "start", "end", "type", "precision", "method"),
    "counts": (
        "article_id", "event_id", "idx", "kind", "value", "qualifier", "victim", "start", "end",
    ),
    "quotes": (
        "article_id", "idx", "content_start", "content_end", "direct", "speaker",
        "speaker_start", "speaker_end", "cue_start", "cue_end", "via",
    ),
}  # fmt: skip
SKIPPED_COLUMNS = ("key", "locator", "reason", "detail", "at")


class _Columns:
    """Parallel lists, appended to a row at a time, handed over a column at a time."""

    __slots__ = ("_lists", "names")

    def __init__(self, names: Sequence[str]) -> None:
        self.names = tuple(names)
        self._lists: tuple[list[Any], ...] = tuple([] for _ in names)

    def append(self, *values: Any) -> None:
        for column, value in zip(self._lists, values, strict=True):
            column.append(value)

    def batch(self) -> Batch:
        return dict(zip(self.names, self._lists, strict=True))


def _utc_naive(value: dt.datetime | None) -> dt.datetime | None:
    """TIMESTAMP columns hold UTC wall time; an aware datetime is converted, not truncated."""
    if value is None or value.tzinfo is None:
        return value
    return value.astimezone(dt.UTC).replace(tzinfo=None)


def _as_date(value: dt.date | None) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def day_of(value: str) -> dt.date | None:
    """The calendar day a TimeML value names, or None when it is coarser than a day."""
    match = _FULL_DAY.match(value)
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def article_batch(articles: Iterable[Article], ingested: dt.datetime) -> Batch:
    cols = _Columns(ARTICLE_COLUMNS)
    for a in articles:
        cols.append(
            a.id, a.title, a.text, a.url, a.source, a.author, _as_date(a.published),
            a.language, _utc_naive(a.fetched), ingested,
        )  # fmt: skip
    return cols.batch()


def _start(span: Span | None) -> int | None:
    return None if span is None else span.start


def _end(span: Span | None) -> int | None:
    return None if span is None else span.end


def _first_country(ids: tuple[str, ...], actors: dict[str, Actor]) -> str | None:
    for actor_id in ids:
        actor = actors.get(actor_id)
        if actor is not None:
            return actor.country
    return None


def _place_values(p: Place | None) -> tuple[Any, ...]:
    if p is None:
        return (None,) * 9
    return (p.name, _start(p.span), _end(p.span), p.country, p.admin1, p.lat, p.lon,
            p.geonameid, p.precision)  # fmt: skip


def _when_values(w: When | None) -> tuple[Any, ...]:
    if w is None:
        return (None,) * 7
    return (w.value, _start(w.span), _end(w.span), w.type, w.precision, w.method,
            day_of(w.value))  # fmt: skip


def _event_row(cols: _Columns, aid: str, idx: int, e: Event, actors: dict[str, Actor]) -> None:
    cols.append(
        aid, idx, e.id, e.type, e.mode, list(e.contexts), e.cameo, e.quad_class, e.goldstein,
        e.acled_type, e.acled_subtype, list(e.source), list(e.target),
        _first_country(e.source, actors), _first_country(e.target, actors),
        *_place_values(e.place), *_when_values(e.when),
        e.modality, e.reported_by, e.evidence.start, e.evidence.end,
        _start(e.trigger), _end(e.trigger),
        [{"start": m.start, "end": m.end} for m in e.mentions],
        e.confidence, e.coder_version,
    )  # fmt: skip


def layer_batches(docs: Iterable[Doc]) -> dict[str, Batch]:
    """Every layer of ``docs`` as one column batch per table (empty tables included)."""
    tables = {name: _Columns(names) for name, names in LAYER_COLUMNS.items()}
    sentences, actors, mentions = tables["sentences"], tables["actors"], tables["mentions"]
    events, places, times = tables["events"], tables["places"], tables["times"]
    counts, quotes = tables["counts"], tables["quotes"]
    for doc in docs:
        aid = doc.article.id
        for i, s in enumerate(doc.sentences):
            sentences.append(aid, i, s.span.start, s.span.end, s.kind)
        by_id: dict[str, Actor] = {}
        for i, a in enumerate(doc.actors):
            by_id.setdefault(a.id, a)
            actors.append(
                aid, i, a.id, a.name, a.country, list(a.sectors), a.known_group, a.kb_id,
                a.confidence,
            )  # fmt: skip
            for j, m in enumerate(a.mentions):
                mentions.append(aid, a.id, j, m.span.start, m.span.end, m.text, m.kind)
        for i, e in enumerate(doc.events):
            _event_row(events, aid, i, e, by_id)
            for j, c in enumerate(e.counts):
                counts.append(aid, e.id, j, c.kind, c.value, c.qualifier, c.victim,
                              c.span.start, c.span.end)  # fmt: skip
        for i, p in enumerate(doc.places):
            places.append(aid, i, *_place_values(p))
        for i, w in enumerate(doc.times):
            times.append(aid, i, w.value, _start(w.span), _end(w.span), w.type, w.precision,
                         w.method)  # fmt: skip
        for i, c in enumerate(doc.counts):
            counts.append(aid, None, i, c.kind, c.value, c.qualifier, c.victim,
                          c.span.start, c.span.end)  # fmt: skip
        for i, q in enumerate(doc.quotes):
            quotes.append(
                aid, i, q.content.start, q.content.end, q.direct, q.speaker,
                _start(q.speaker_span), _end(q.speaker_span), _start(q.cue), _end(q.cue), q.via,
            )  # fmt: skip
    return {name: cols.batch() for name, cols in tables.items()}


def skipped_key(item: Skipped) -> str:
    """Stable identity of a skipped input: the same locator failing for the same reason."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(item.locator.encode("utf-8", "surrogatepass"))
    digest.update(b"\x00")
    digest.update(item.reason.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def skipped_batch(items: Iterable[Skipped], at: dt.datetime) -> Batch:
    """One row per distinct locator+reason; the first detail seen wins."""
    cols = _Columns(SKIPPED_COLUMNS)
    seen: set[str] = set()
    for item in items:
        key = skipped_key(item)
        if key not in seen:
            seen.add(key)
            cols.append(key, item.locator, item.reason, item.detail, at)
    return cols.batch()

"""Response shapes, for the OpenAPI document and for tests that hold the API to it.

Routes return their JSON directly (see :class:`~eventwire.serve.errors.FastJSON`)
rather than through these models, which would validate every item of every page;
``tests/unit/test_serve_api.py`` validates real responses against them instead.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel


class ErrorBody(BaseModel):
    code: str
    message: str
    details: list[dict[str, Any]] | None = None


class ErrorResponse(BaseModel):
    error: ErrorBody


class Health(BaseModel):
    status: str
    schema_version: int
    writable: bool
    articles: int
    events: int


class SpanOut(BaseModel):
    start: int
    end: int


class ActorRef(BaseModel):
    id: str
    name: str | None
    country: str | None
    sectors: list[str]


class PlaceRef(BaseModel):
    name: str
    country: str | None
    lat: float | None
    lon: float | None


class EventItem(BaseModel):
    """One event in a list: what a table row or a map point needs. The full record,
    with spans, counts, time and mentions, is at ``/api/events/{article_id}/{id}``."""

    article_id: str
    id: str
    date: dt.date | None
    type: str
    mode: str | None
    cameo: str | None
    quad_class: int | None
    goldstein: float | None
    modality: str
    confidence: float
    source: list[ActorRef]
    target: list[ActorRef]
    place: PlaceRef | None
    evidence: SpanOut
    evidence_text: str
    title: str | None


class EventPage(BaseModel):
    items: list[EventItem]
    total: int
    limit: int
    offset: int


class ArticleSummary(BaseModel):
    id: str
    title: str | None
    url: str | None
    source: str | None
    author: str | None
    published: dt.date | None
    language: str | None
    fetched: dt.datetime | None
    ingested: dt.datetime
    events: int


class ArticlePage(BaseModel):
    items: list[ArticleSummary]
    total: int
    limit: int
    offset: int


class ArticleDoc(BaseModel):
    """A stored document: the article with its text, and every layer with its spans
    (the JSON form of ``eventwire.serialize.doc_to_dict``)."""

    article: dict[str, Any]
    sentences: list[dict[str, Any]]
    actors: list[dict[str, Any]]
    events: list[dict[str, Any]]
    places: list[dict[str, Any]]
    times: list[dict[str, Any]]
    counts: list[dict[str, Any]]
    quotes: list[dict[str, Any]]


class ActorSummary(BaseModel):
    name: str
    country: str | None
    sectors: list[str]
    kb_id: str | None
    articles: int
    mentions: int
    as_source: int
    as_target: int
    events: int


class ActorPage(BaseModel):
    items: list[ActorSummary]
    total: int
    limit: int
    offset: int


class TimelinePoint(BaseModel):
    date: dt.date
    key: str | int | None
    count: int


class Timeline(BaseModel):
    by: str
    interval: str
    items: list[TimelinePoint]


class CountryRow(BaseModel):
    country: str
    events: int
    as_source: int
    as_target: int
    at_place: int
    lat: float | None
    lon: float | None


class Countries(BaseModel):
    items: list[CountryRow]


class DyadEnd(BaseModel):
    name: str | None
    country: str | None


class Dyad(BaseModel):
    source: DyadEnd
    target: DyadEnd
    count: int


class Dyads(BaseModel):
    by: str
    items: list[Dyad]


class PlaceRow(BaseModel):
    name: str | None
    country: str | None
    lat: float
    lon: float
    count: int


class Places(BaseModel):
    items: list[PlaceRow]


class IngestResult(BaseModel):
    article_id: str
    added: bool
    title: str | None
    counts: dict[str, int]


ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse} for status in (400, 404, 413, 422, 500)
}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS, 401: {"model": ErrorResponse}, 403: {"model": ErrorResponse}
}

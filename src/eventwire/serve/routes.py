"""The ``/api`` routes: thin functions from validated parameters to :class:`Database` calls.

Each handler returns :class:`FastJSON` directly; the ``response_model`` of each route
documents the shape in the OpenAPI schema (see :mod:`eventwire.serve.schemas`).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool

from eventwire.serve import schemas
from eventwire.serve.database import Database
from eventwire.serve.errors import ApiError, FastJSON
from eventwire.serve.ingest import Coder, layer_counts, raw_article
from eventwire.serve.params import (
    ActorQuery,
    ArticleId,
    DyadQuery,
    EventId,
    EventQuery,
    IngestRequest,
    PageQuery,
    TimelineQuery,
    TopQuery,
)

router = APIRouter(prefix="/api", default_response_class=FastJSON, responses=schemas.ERRORS)


def database(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def require_writer(request: Request) -> None:
    request.app.state.guard(request)


Db = Annotated[Database, Depends(database)]


def _not_found(what: str) -> ApiError:
    return ApiError(404, "not_found", f"no such {what}")


@router.get("/health", response_model=schemas.Health, summary="Liveness and store size")
def health(db: Db) -> FastJSON:
    return FastJSON(db.health())


@router.get("/events", response_model=schemas.EventPage, summary="Events, filtered and paged")
def events(db: Db, q: Annotated[EventQuery, Query()]) -> FastJSON:
    return FastJSON(db.events(q))


@router.get("/events/{article_id}/{event_id}", summary="One event's full record",
            response_model=dict[str, Any])  # fmt: skip
def event(db: Db, article_id: Annotated[ArticleId, Path()],
          event_id: Annotated[EventId, Path()]) -> FastJSON:  # fmt: skip
    found = db.event(article_id, event_id)
    if found is None:
        raise _not_found("event")
    return FastJSON(found)


@router.get("/articles", response_model=schemas.ArticlePage, summary="Articles, paged")
def articles(db: Db, q: Annotated[PageQuery, Query()]) -> FastJSON:
    return FastJSON(db.articles(q))


@router.get("/articles/{article_id}", response_model=schemas.ArticleDoc,
            summary="One article's text with every coded layer")  # fmt: skip
def article(db: Db, article_id: Annotated[ArticleId, Path()]) -> FastJSON:
    found = db.article(article_id)
    if found is None:
        raise _not_found("article")
    return FastJSON(found)


@router.get("/actors", response_model=schemas.ActorPage,
            summary="Actors aggregated by name, country and sectors")  # fmt: skip
def actors(db: Db, q: Annotated[ActorQuery, Query()]) -> FastJSON:
    return FastJSON(db.actors(q))


@router.get("/aggregates/timeline", response_model=schemas.Timeline,
            summary="Events per day (or week, month) by type or QuadClass")  # fmt: skip
def timeline(db: Db, q: Annotated[TimelineQuery, Query()]) -> FastJSON:
    return FastJSON(db.timeline(q))


@router.get("/aggregates/countries", response_model=schemas.Countries,
            summary="Events per country, by role")  # fmt: skip
def countries(db: Db, q: Annotated[TopQuery, Query()]) -> FastJSON:
    return FastJSON(db.countries(q))


@router.get("/aggregates/dyads", response_model=schemas.Dyads,
            summary="Source → target pairs by country or actor")  # fmt: skip
def dyads(db: Db, q: Annotated[DyadQuery, Query()]) -> FastJSON:
    return FastJSON(db.dyads(q))


@router.get("/aggregates/places", response_model=schemas.Places,
            summary="Event locations with coordinates")  # fmt: skip
def places(db: Db, q: Annotated[TopQuery, Query()]) -> FastJSON:
    return FastJSON(db.places(q))


@router.post("/ingest", response_model=schemas.IngestResult, status_code=201,
             dependencies=[Depends(require_writer)], responses=schemas.WRITE_ERRORS,
             summary="Code one article and store it (needs the API token)")  # fmt: skip
async def ingest(request: Request, db: Db, body: IngestRequest) -> FastJSON:
    coder: Coder = request.app.state.coder
    raw = await run_in_threadpool(raw_article, body)
    doc = await run_in_threadpool(coder, raw)
    result = await run_in_threadpool(db.add, doc)
    added = result.added > 0
    content = {"article_id": doc.article.id, "added": added, "title": doc.article.title,
               "counts": layer_counts(doc)}  # fmt: skip
    return FastJSON(content, status_code=201 if added else 200)

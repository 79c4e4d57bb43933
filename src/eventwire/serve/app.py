"""Assemble the HTTP application, and run it.

``create_app`` wires the store, the write guard, the coder and the dashboard's
static files into one FastAPI app; ``serve`` runs it under uvicorn. Safe defaults:
loopback address, read-only store, no write endpoint without a token, bodies
bounded, and no interactive docs page (it would load scripts from a CDN; the
OpenAPI document is at ``/openapi.json``).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.responses import FileResponse

from eventwire import __version__
from eventwire.serve import errors
from eventwire.serve.auth import WriteGuard
from eventwire.serve.centres import load_centres
from eventwire.serve.database import Database
from eventwire.serve.ingest import Coder, LazyPipeline
from eventwire.serve.limits import MAX_BODY_BYTES, BodyLimit, SecurityHeaders
from eventwire.serve.routes import router

log = logging.getLogger("eventwire.serve")
LOOPBACK = ("127.0.0.1", "::1", "localhost")


def static_dir() -> Path:
    """The dashboard's files, shipped inside the package."""
    root = resources.files("eventwire.serve").joinpath("static")
    return Path(str(root))


def create_app(db: Path, token: str | None = None, ingest: Coder | None = None,
               *, max_body: int = MAX_BODY_BYTES) -> FastAPI:  # fmt: skip
    """The API and dashboard over the store at ``db``.

    Without ``token`` the store is opened read-only and ``POST /api/ingest`` answers
    403; with it the store is opened for writing and the endpoint requires
    ``Authorization: Bearer <token>``. ``ingest`` codes one raw article (default: the
    standard pipeline, loaded on the first ingest). Raises
    :class:`~eventwire.errors.StoreError` when the store cannot be opened.
    """
    guard = WriteGuard(token)
    database = Database.open(db, writable=guard.enabled, centres=load_centres())

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        database.close()

    app = FastAPI(
        title="eventwire",
        version=__version__,
        summary="Political event data coded from news reports: events, actors, aggregates.",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.db = database
    app.state.guard = guard
    app.state.coder = ingest if ingest is not None else LazyPipeline()
    errors.install(app)
    app.include_router(router)
    static = static_dir()
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(static / "index.html", media_type="text/html")

    app.add_middleware(BodyLimit, max_bytes=max_body)
    app.add_middleware(SecurityHeaders)
    return app


def serve(db: Path, host: str = "127.0.0.1", port: int = 8000, token: str | None = None) -> None:
    """Run the API and dashboard until interrupted (``eventwire serve``)."""
    import uvicorn

    if host not in LOOPBACK and token is None:
        log.warning("serving on %s: anyone who can reach it can read the store", host)
    app = create_app(db, token=token)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)

"""``eventwire serve``: a JSON API and an offline dashboard over the store.

::

    app = create_app(Path("events.duckdb"))                 # read-only
    app = create_app(Path("events.duckdb"), token="s3cret")  # POST /api/ingest enabled
    serve(Path("events.duckdb"), host="127.0.0.1", port=8000)

Modules: :mod:`app` (assembly), :mod:`routes` (the ``/api`` endpoints),
:mod:`params` (request validation), :mod:`schemas` (response shapes),
:mod:`database` (the locked connection), :mod:`index` and :mod:`queries` (the
in-memory read model and its SQL), :mod:`auth`, :mod:`limits`, :mod:`errors`,
:mod:`ingest`; the dashboard itself is plain HTML, CSS and JavaScript in ``static/``.
"""

from eventwire.serve.app import create_app, serve

__all__ = ["create_app", "serve"]

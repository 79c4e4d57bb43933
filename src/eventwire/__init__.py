"""eventwire: news reports in, political event data out — every field traceable to its words.

Python interface::

    import eventwire
    doc = eventwire.code_text("...", published="2014-07-20")
    pipe = eventwire.Pipeline.default()          # load once, reuse
    with eventwire.open_store("events.duckdb") as store:
        store.add(pipe.pipe(raw_articles))

Heavy resources (the spaCy model, the store) load only when asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Pipeline", "__version__", "code_text", "open_store"]

if TYPE_CHECKING:
    from eventwire.pipeline import Pipeline, code_text
    from eventwire.store import open_store


def __getattr__(name: str) -> Any:
    if name in ("Pipeline", "code_text"):
        from eventwire import pipeline

        return getattr(pipeline, name)
    if name == "open_store":
        from eventwire.store import open_store

        return open_store
    raise AttributeError(f"module 'eventwire' has no attribute {name!r}")

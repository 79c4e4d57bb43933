"""The embedded DuckDB store: ``open_store(path)`` returns a :class:`Store`.

See :mod:`eventwire.store.duck` for the API and ``migrations/`` for the schema.
"""

from eventwire.store.duck import AddResult, Store, open_store

__all__ = ["AddResult", "Store", "open_store"]

"""Write every stored event to a file or stream: JSON lines, CSV or Parquet.

Each format is an *exporter*, a function that writes the store's events to a file
path and returns how many it wrote. :data:`EXPORTERS` maps a format name to its
exporter, so a new format (GDELT-style TSV, PLOVER JSONL) is one function and one
registry entry; callers only ever go through :func:`export`.

The built-in exporters run DuckDB ``COPY``, so rows go from the database to disk
without passing through Python. JSON lines and Parquet hold the same nested records
as ``Store.events()``; CSV flattens them (see ``store.shape.CSV_COLUMNS``). A stream
target is served by exporting to a temporary file and copying it over, which keeps
one code path per format.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import BinaryIO, Literal

import duckdb

from eventwire.errors import StoreError
from eventwire.export_formats import export_gdelt, export_plover
from eventwire.store import Store
from eventwire.store.shape import all_events_sql, csv_events_sql

Format = Literal["jsonl", "csv", "parquet", "gdelt", "plover"]
Exporter = Callable[[Store, Path], int]


def _copy(store: Store, query: str, path: Path, options: str) -> int:
    target = str(path).replace("'", "''")
    try:
        row = store.connection.execute(f"COPY ({query}) TO '{target}' ({options})").fetchone()
    except duckdb.Error as exc:
        raise StoreError(f"cannot export events to {path}: {exc}") from exc
    return int(row[0]) if row else 0


def export_jsonl(store: Store, path: Path) -> int:
    """One ``Store.events()`` record per line."""
    return _copy(store, all_events_sql(), path, "FORMAT json")


def export_csv(store: Store, path: Path) -> int:
    """One flat row per event, with a header line."""
    return _copy(store, csv_events_sql(), path, "FORMAT csv, HEADER true")


def export_parquet(store: Store, path: Path) -> int:
    """The nested ``Store.events()`` records as Parquet structs and lists."""
    return _copy(store, all_events_sql(), path, "FORMAT parquet, COMPRESSION zstd")


EXPORTERS: dict[str, Exporter] = {
    "jsonl": export_jsonl,
    "csv": export_csv,
    "parquet": export_parquet,
    "gdelt": export_gdelt,
    "plover": export_plover,
}


def export(
    store: Store,
    fmt: Format | str,
    out: Path | str | BinaryIO | None = None,
    *,
    exporters: Mapping[str, Exporter] = EXPORTERS,
) -> int:
    """Write all events of ``store`` as ``fmt`` to ``out``; return how many were written.

    ``out`` is a file path, a binary stream, or ``None`` for standard output.
    ``exporters`` defaults to :data:`EXPORTERS`; pass another mapping to offer
    extra formats without changing the shared registry.
    """
    try:
        exporter = exporters[fmt]
    except KeyError:
        known = ", ".join(sorted(exporters))
        raise ValueError(f"unknown export format {fmt!r}; known formats: {known}") from None
    if isinstance(out, str | Path):
        return exporter(store, Path(out))
    stream = sys.stdout.buffer if out is None else out
    with tempfile.TemporaryDirectory(prefix="eventwire-export-") as tmp:
        path = Path(tmp) / f"events.{fmt}"
        written = exporter(store, path)
        with path.open("rb") as src:
            shutil.copyfileobj(src, stream)
    return written

"""Schema migrations: numbered SQL files applied in order, each in its own transaction.

A migration source is a folder of files named ``NNNN_description.sql`` whose numbers
run 1, 2, 3, ... without gaps. The version a database is at is recorded in the
``schema_version`` table, one row per applied migration, so a crash between two
migrations leaves the database at a well-defined earlier version rather than half-way.

The packaged migrations live next to this module; tests pass their own folder to
check upgrades without shipping fake migrations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable

import duckdb

from eventwire.errors import StoreError

_NAME = re.compile(r"^(\d{4})_[A-Za-z0-9_]+\.sql$")

_VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    name    VARCHAR NOT NULL,
    applied TIMESTAMP NOT NULL DEFAULT (now()::TIMESTAMP)
)
"""


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def packaged_migrations() -> Traversable:
    """The folder of migrations shipped with eventwire."""
    return resources.files("eventwire.store").joinpath("migrations")


def load_migrations(source: Traversable) -> tuple[Migration, ...]:
    """Read and check every ``NNNN_*.sql`` file in ``source``, in version order.

    Raises :class:`StoreError` when the numbers are not 1..N without gaps or repeats,
    because applying a set with a hole in it would silently skip a schema change.
    """
    if not source.is_dir():
        raise StoreError(f"migrations folder not found: {source}")
    found: list[Migration] = []
    for entry in source.iterdir():
        match = _NAME.match(entry.name)
        if match and entry.is_file():
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise StoreError(
            f"migrations in {source} must be numbered 1..N without gaps, found {versions}"
        )
    return tuple(found)


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The schema version of an open database: 0 for an empty one.

    Raises :class:`StoreError` for a database that has tables but no
    ``schema_version`` table: it was not made by eventwire, and migrating it
    would mix our tables into someone else's data.
    """
    tables = {
        row[0]
        for row in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()"
        ).fetchall()
    }
    if "schema_version" not in tables:
        if tables:
            raise StoreError("database is not an eventwire store (it has no schema_version table)")
        return 0
    row = con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()
    return int(row[0]) if row else 0


def migrate(
    con: duckdb.DuckDBPyConnection,
    migrations: tuple[Migration, ...],
    *,
    read_only: bool,
    where: str,
) -> int:
    """Bring the database to the newest version in ``migrations``; return that version.

    Refuses a database newer than ``migrations`` knows (an older eventwire must not
    write to a schema it does not understand) and, when ``read_only``, one that
    would need changes.
    """
    supported = len(migrations)
    version = current_version(con)
    if version > supported:
        raise StoreError(
            f"{where} has schema version {version}, newer than this eventwire supports "
            f"({supported}); upgrade eventwire to open it"
        )
    if version == supported:
        return version
    if read_only:
        raise StoreError(
            f"{where} has schema version {version} and needs migrating to {supported}; "
            "open it once without read_only to migrate it"
        )
    for migration in migrations[version:]:
        _apply(con, migration, where)
    return supported


def _apply(con: duckdb.DuckDBPyConnection, migration: Migration, where: str) -> None:
    con.begin()
    try:
        con.execute(_VERSION_TABLE)
        con.execute(migration.sql)
        con.execute(
            "INSERT INTO schema_version (version, name) VALUES (?, ?)",
            [migration.version, migration.name],
        )
        con.commit()
    except duckdb.Error as exc:
        con.rollback()
        raise StoreError(f"migrating {where} with {migration.name} failed: {exc}") from exc

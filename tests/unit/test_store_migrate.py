"""Opening stores: schema versions, upgrades, and the files open_store must refuse."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from test_store_sample import dock_doc

from eventwire.errors import StoreError
from eventwire.store import open_store
from eventwire.store.migrate import load_migrations, packaged_migrations

V2_ADD_SECTION = """
ALTER TABLE articles ADD COLUMN section VARCHAR;
CREATE TABLE feeds (url VARCHAR PRIMARY KEY, title VARCHAR);
"""


def _migrations_dir(tmp_path: Path, **extra: str) -> Path:
    """The packaged migrations plus ``extra`` files (name -> SQL) in a folder of their own."""
    folder = tmp_path / "migrations"
    folder.mkdir()
    for migration in load_migrations(packaged_migrations()):
        (folder / migration.name).write_text(migration.sql, encoding="utf-8")
    for name, sql in extra.items():
        (folder / name).write_text(sql, encoding="utf-8")
    return folder


def _versions(path: Path) -> list[int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return [
            r[0] for r in con.execute("SELECT version FROM schema_version ORDER BY 1").fetchall()
        ]
    finally:
        con.close()


def test_a_new_store_is_at_the_packaged_version(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    newest = len(load_migrations(packaged_migrations()))
    with open_store(path) as s:
        assert s.schema_version == newest
    assert _versions(path) == list(range(1, newest + 1))


def test_an_older_store_is_migrated_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with open_store(path) as s:
        assert s.schema_version == 1
        s.add([dock_doc()])
    folder = _migrations_dir(tmp_path, **{"0002_add_section.sql": V2_ADD_SECTION})
    with open_store(path, migrations=folder) as s:
        assert s.schema_version == 2
        assert s.stats()["events"] == 3
        assert s.connection.execute("SELECT section FROM articles").fetchall() == [(None,)]
        assert s.connection.execute("SELECT count(*) FROM feeds").fetchall() == [(0,)]
    assert _versions(path) == [1, 2]
    # Opening it again applies nothing twice.
    with open_store(path, migrations=folder) as s:
        assert s.schema_version == 2


def test_a_store_newer_than_this_code_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    folder = _migrations_dir(tmp_path, **{"0002_add_section.sql": V2_ADD_SECTION})
    open_store(path, migrations=folder).close()
    with pytest.raises(StoreError, match=r"schema version 2, newer than .* supports \(1\)"):
        open_store(path)


def test_a_failing_migration_is_rolled_back_whole(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    open_store(path).close()
    broken = "ALTER TABLE articles ADD COLUMN section VARCHAR;\nTHIS IS NOT SQL;"
    folder = _migrations_dir(tmp_path, **{"0002_broken.sql": broken})
    with pytest.raises(StoreError, match=r"0002_broken\.sql failed"):
        open_store(path, migrations=folder)
    assert _versions(path) == [1]
    con = duckdb.connect(str(path), read_only=True)
    try:
        names = [r[0] for r in con.execute("DESCRIBE articles").fetchall()]
    finally:
        con.close()
    assert "section" not in names


def test_read_only_will_not_migrate(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    open_store(path).close()
    folder = _migrations_dir(tmp_path, **{"0002_add_section.sql": V2_ADD_SECTION})
    with pytest.raises(StoreError, match="open it once without read_only"):
        open_store(path, read_only=True, migrations=folder)
    assert _versions(path) == [1]


def test_migration_numbers_must_not_have_gaps(tmp_path: Path) -> None:
    folder = _migrations_dir(tmp_path, **{"0003_skips_two.sql": "SELECT 1;"})
    with pytest.raises(StoreError, match="without gaps"):
        open_store(tmp_path / "s.duckdb", migrations=folder)


def test_missing_file_in_read_only_mode(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        open_store(tmp_path / "absent.duckdb", read_only=True)
    assert not (tmp_path / "absent.duckdb").exists()


def test_read_only_memory_store_is_refused() -> None:
    with pytest.raises(StoreError, match="in-memory"):
        open_store(":memory:", read_only=True)


def test_a_foreign_duckdb_file_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE measurements (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not an eventwire store"):
        open_store(path)


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("just some notes\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="cannot open store"):
        open_store(path)

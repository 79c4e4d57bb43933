"""The on-disk gazetteer cache: built once, then read back; a bad file is rebuilt."""

from __future__ import annotations

from pathlib import Path

from eventwire.places.cache import cache_key, cached
from eventwire.places.gazetteer import Gazetteer, GazetteerBuilder


def _small() -> Gazetteer:
    b = GazetteerBuilder()
    b.add("Bellhaven", "city", 11.5, 21.5, country="FRD", population=3_000)
    return b.build()


def test_second_load_reads_the_file(tmp_path: Path) -> None:
    builds: list[int] = []

    def build() -> Gazetteer:
        builds.append(1)
        return _small()

    first = cached(777, build, directory=tmp_path)
    second = cached(777, build, directory=tmp_path)
    assert builds == [1]
    assert [e.country for e in second.lookup("Bellhaven")] == ["FRD"]
    assert len(first) == len(second) == 1
    assert len(list(tmp_path.glob("gazetteer-*.pickle"))) == 1


def test_key_depends_on_town_threshold() -> None:
    assert cache_key(1000) != cache_key(15000)
    assert cache_key(1000) == cache_key(1000)


def test_corrupt_file_is_rebuilt(tmp_path: Path) -> None:
    (tmp_path / f"gazetteer-{cache_key(5)}.pickle").write_bytes(b"not a pickle")
    gaz = cached(5, _small, directory=tmp_path)
    assert len(gaz) == 1
    again = cached(5, lambda: _small(), directory=tmp_path)
    assert [e.name for e in again.lookup("Bellhaven")] == ["Bellhaven"]

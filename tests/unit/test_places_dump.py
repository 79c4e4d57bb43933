"""Building a gazetteer from a GeoNames dump (a small file written for the tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.places import Gazetteer, GazetteerError
from eventwire.places.dump import feature_of

DUMP = Path(__file__).resolve().parents[1] / "fixtures" / "geonames_dump_small.txt"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_geonames_dump(DUMP, with_bundled=False)


def test_feature_codes_map_to_features() -> None:
    assert feature_of("A", "PCLI") == "country"
    assert feature_of("A", "ADM1") == "admin1"
    assert feature_of("A", "ADM2") == "admin2"
    assert feature_of("P", "PPLA") == "city"
    assert feature_of("H", "LK") == "region"
    assert feature_of("S", "TOWR") is None
    assert feature_of("A", "ADM3") is None


def test_dump_rows_become_entries(gaz: Gazetteer) -> None:
    assert len(gaz) == 6  # the radio mast is not a place name news uses
    velmora = sorted(gaz.lookup("Velmora"), key=lambda e: -e.population)
    assert [(e.geonameid, e.country, e.population) for e in velmora] == [
        (9900001, "ITA", 120000), (9900002, "USA", 800)]
    (county,) = gaz.lookup("Quarrel County")
    assert (county.feature, county.precision, county.admin1_code) == ("admin2", "admin1", "KY")
    assert gaz.lookup("Brisk Hill Radio Mast") == ()


def test_alternate_names_from_dump(gaz: Gazetteer) -> None:
    (e,) = gaz.lookup("Welmora")
    assert e.alternate and e.geonameid == 9900001


def test_min_population_drops_small_towns() -> None:
    g = Gazetteer.from_geonames_dump(DUMP, with_bundled=False, min_population=1000)
    assert [e.geonameid for e in g.lookup("Velmora")] == [9900001]
    assert g.lookup("Ostrava Nova") == ()
    assert len(g.lookup("Lake Tessaly")) == 1  # not a town: kept whatever its population


def test_dump_on_top_of_bundled_tables() -> None:
    g = Gazetteer.from_geonames_dump(DUMP)
    assert [e.country for e in g.lookup("Velmora") if e.population > 1000] == ["ITA"]
    assert "USA" in {e.country for e in g.lookup("U.S.")}


def test_bad_dump_row_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("1\tOnly\tthree columns\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"bad\.txt:1"):
        Gazetteer.from_geonames_dump(bad, with_bundled=False)


def test_missing_dump_file(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="cannot read"):
        Gazetteer.from_geonames_dump(tmp_path / "absent.txt", with_bundled=False)


def test_stage_loads_the_dump_named_in_the_environment(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.places import PlacesStage
    from eventwire.places.stage import DUMP_ENV

    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv(DUMP_ENV, str(DUMP))
    stage = PlacesStage.load()
    assert {e.geonameid for e in stage.gazetteer.lookup("Velmora")} == {9900001, 9900002}
    assert list((tmp_path / "cache").glob("gazetteer-*.pickle"))  # built once, kept
    again = PlacesStage.load()
    assert len(again.gazetteer) == len(stage.gazetteer)


def test_dump_cache_is_rebuilt_when_the_file_changes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path / "cache"))
    dump = tmp_path / "mine.txt"
    dump.write_text(DUMP.read_text(encoding="utf-8"), encoding="utf-8")
    first = Gazetteer.load_dump(dump)
    assert first.lookup("Velmora")
    lines = [ln for ln in dump.read_text(encoding="utf-8").splitlines() if "Velmora" not in ln]
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert Gazetteer.load_dump(dump).lookup("Velmora") == ()


def test_load_dump_names_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="cannot read"):
        Gazetteer.load_dump(tmp_path / "absent.txt")

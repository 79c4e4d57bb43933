"""A bigger gazetteer from a GeoNames dump file the user downloaded themselves.

GeoNames publishes tab-separated dumps (``allCountries.txt``, ``cities500.txt``, a
country's ``XX.txt``): one place a line, 19 columns — id, name, ASCII name, alternate
names, latitude, longitude, feature class and code, country code, cc2, admin1-4
codes, population, elevation, DEM, time zone, modification date. Places of class A
(countries, first- and second-level units), P (towns) and the named areas and water
bodies of classes L, H and T are kept; with ``with_bundled`` eventwire's own country,
admin1, region and alias tables come first, and the dump's countries and admin1
units only fill what those lack.
"""

from __future__ import annotations

from pathlib import Path

from eventwire.places.errors import GazetteerError
from eventwire.places.gazetteer import Feature, Gazetteer, GazetteerBuilder
from eventwire.places.sources import add_aliases, add_bundled_tables, iso2_to_iso3, latin_alternates

COLUMNS = 19
_COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR"})
_REGION_CLASSES = frozenset({"L", "H", "T"})


def feature_of(fclass: str, fcode: str) -> Feature | None:
    """The gazetteer feature of a GeoNames feature class and code (``None``: not kept)."""
    if fclass == "A":
        if fcode in _COUNTRY_CODES:
            return "country"
        if fcode == "ADM1":
            return "admin1"
        if fcode == "ADM2":
            return "admin2"
        return None
    if fclass == "P":
        return "city"
    if fclass == "L" and fcode == "CONT":
        return "continent"
    if fclass in _REGION_CLASSES:
        return "region"
    return None


def build_from_dump(path: Path, *, with_bundled: bool = True,
                    min_population: int = 0) -> Gazetteer:
    """Build a :class:`Gazetteer` from a GeoNames dump (see the module docstring)."""
    b = GazetteerBuilder()
    if with_bundled:
        add_bundled_tables(b)
    iso3 = iso2_to_iso3()
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise GazetteerError(f"cannot read GeoNames dump {path}: {exc}") from exc
    with handle:
        for n, line in enumerate(handle, 1):
            if not line.strip() or line.startswith("#"):
                continue
            _add_row(b, line.rstrip("\n").split("\t"), f"{path.name}:{n}", iso3, min_population)
    if with_bundled:
        add_aliases(b)
    b.sources.append(f"GeoNames dump {path.name}")
    return b.build()


def _add_row(b: GazetteerBuilder, cols: list[str], where: str, iso3: dict[str, str],
             min_population: int) -> None:
    if len(cols) != COLUMNS:
        raise GazetteerError(f"{where}: expected {COLUMNS} tab-separated columns, got {len(cols)}")
    feature = feature_of(cols[6], cols[7])
    if feature is None:
        return
    try:
        gid, lat, lon = int(cols[0]), float(cols[4]), float(cols[5])
        pop = int(cols[14] or 0)
    except ValueError as exc:
        raise GazetteerError(f"{where}: bad number ({exc})") from exc
    if feature == "city" and pop < min_population:
        return
    country = iso3.get(cols[8]) if cols[8] else None
    admin1 = cols[10] or None
    if feature == "country" and country and country in b.by_country:
        return
    if feature == "admin1" and country and admin1:
        if (country, admin1) in b.by_admin1:
            return
        b.set_admin1_name(country, admin1, cols[1])
    alternates = latin_alternates([a for a in cols[3].split(",") if a], cols[1])
    if cols[2] and cols[2] != cols[1]:
        alternates = (cols[2], *alternates)
    b.add(cols[1], feature, lat, lon, country=country, admin1_code=admin1, population=pop,
          geonameid=gid, alternates=alternates)

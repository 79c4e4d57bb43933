"""Demonyms as places: "Russian officials", "the Palestinians" name a country.

The words are the ``demonyms`` of the country records of the bundled knowledge base
(``data/kb/countries.jsonl``), so that actors and places share one list. The people of
a state or region ("Ohioans", "South Ossetians") name their place through
``data/places/residents.tsv``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from eventwire.places.errors import GazetteerError
from eventwire.places.gazetteer import place_key


@lru_cache(maxsize=1)
def load_demonyms() -> dict[str, str]:
    """Demonym key (as :func:`place_key` writes it) to ISO3; a word two countries share
    ("Congolese") names neither and is left out."""
    path = resources.files("eventwire") / "data" / "kb" / "countries.jsonl"
    seen: dict[str, set[str]] = {}
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GazetteerError(f"countries.jsonl:{n}: {exc}") from exc
        if rec.get("type") != "country" or not rec.get("country"):
            continue
        for word in rec.get("demonyms") or ():
            seen.setdefault(place_key(word), set()).add(rec["country"])
    return {key: next(iter(codes)) for key, codes in seen.items() if len(codes) == 1}


@lru_cache(maxsize=1)
def load_resident_names() -> dict[str, tuple[str, str]]:
    """Resident-name key to the (ISO3, place name) it stands for, from ``residents.tsv``;
    a word that is also a country's demonym is the country's and is left out."""
    countries = load_demonyms()
    out: dict[str, tuple[str, str]] = {}
    path = resources.files("eventwire") / "data" / "places" / "residents.tsv"
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or not all(p.strip() for p in parts):
            raise GazetteerError(f"residents.tsv:{n}: expected forms, place and country")
        forms, name, iso3 = (p.strip() for p in parts)
        for form in forms.split("|"):
            key = place_key(form)
            if key and key not in countries:
                out[key] = (iso3, name)
    return out


@lru_cache(maxsize=1)
def all_demonym_keys() -> frozenset[str]:
    """Every word that names a place as its people: nationalities and resident names."""
    return frozenset(load_demonyms()) | frozenset(load_resident_names())

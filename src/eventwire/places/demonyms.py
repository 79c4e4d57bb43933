"""Demonyms as places: "Russian officials", "the Palestinians" name a country.

The words are the ``demonyms`` of the country records of the bundled knowledge base
(``data/kb/countries.jsonl``), so that actors and places share one list.
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

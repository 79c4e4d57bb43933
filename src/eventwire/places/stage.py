"""The places stage: toponyms recognised in the spaCy doc, resolved against the gazetteer."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwire.model import Doc
from eventwire.places.fallback import actors_country
from eventwire.places.gazetteer import Gazetteer
from eventwire.places.recognise import Recogniser, blocked_spans
from eventwire.places.resolve import Resolver
from eventwire.places.units import named_units

DUMP_ENV = "EVENTWIRE_GEONAMES"
# towns from 500 people up: local news names hamlets; recognition asks those of fewer than
# 1,000 for words that say they are places (``recognise.HAMLET_POPULATION``)
MIN_POPULATION = 500


class PlacesStage:
    """Fills ``Doc.places``. The gazetteer is passed in, built once per process."""

    name = "places"

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.recognise = Recogniser(gazetteer)
        self.resolve = Resolver(gazetteer)

    @classmethod
    def load(cls, dump: Path | None = None) -> PlacesStage:
        """The stage over the bundled gazetteer, or over a GeoNames dump file (``dump``,
        else the file named by ``$EVENTWIRE_GEONAMES``) on top of the bundled tables."""
        if dump is None and (env := os.environ.get(DUMP_ENV)):
            dump = Path(env)
        if dump is None:
            return cls(Gazetteer.load(MIN_POPULATION))
        return cls(Gazetteer.load_dump(dump))

    def __call__(self, doc: Doc) -> Doc:
        if doc.tokens is None:
            return doc
        blocked = blocked_spans(doc.actors)
        toponyms = self.recognise(doc.tokens, blocked)
        extra = named_units(self.recognise, self.gazetteer, doc.tokens, toponyms, blocked)
        if extra:
            toponyms = sorted([*toponyms, *extra], key=lambda t: t.span.start)
        countries = [a.country for a in doc.actors if a.country and a.kb_id is not None]
        places = tuple(self.resolve(toponyms, countries))
        if not any(p.lat is not None for p in places):
            # nothing named is on the map: the actors' country, with no span of its own
            home = actors_country(self.gazetteer, doc.actors)
            places = places if home is None else (*places, home)
        return doc.with_(places=places)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

"""The document's country when it names no place that could be found on a map.

Many reports name only a village the gazetteer does not hold ("in Tayyana town"), yet
say plainly whose forces, people and parties they speak of. The country most of the
document's actors belong to (with a clear majority, as
:func:`eventwire.actors.home.home_country` decides) is then the best guess of where it
happened: a place with no span, at the country's centre, of precision ``country``.
"""

from __future__ import annotations

from collections.abc import Iterable

from eventwire.actors.home import home_country
from eventwire.model import Actor, Place
from eventwire.places.gazetteer import Gazetteer


def actors_country(gazetteer: Gazetteer, actors: Iterable[Actor]) -> Place | None:
    """The country place of the actors' home country, or ``None`` when they have none."""
    code = home_country(a.country for a in actors if a.country)
    entry = gazetteer.country(code) if code else None
    if entry is None:
        return None
    return Place(name=entry.name, span=None, country=entry.country, lat=round(entry.lat, 5),
                 lon=round(entry.lon, 5), geonameid=entry.geonameid, precision="country")

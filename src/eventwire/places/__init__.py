"""The places layer: toponyms found in the text and resolved to coordinates and admin units."""

from eventwire.places.errors import GazetteerError
from eventwire.places.gazetteer import Entry, Gazetteer
from eventwire.places.stage import PlacesStage

__all__ = ["Entry", "Gazetteer", "GazetteerError", "PlacesStage"]

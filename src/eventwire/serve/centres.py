"""Country centre points, so the map can place events known only by their actors' country.

They come from the gazetteer's ``data/places/countries.tsv`` (ISO3, lat, lon, ...).
A build of eventwire without that table has no centres; the map then shows event
places only.
"""

from __future__ import annotations

from importlib import resources

from eventwire.errors import EventwireError

Centres = dict[str, tuple[float, float]]


class CentresError(EventwireError):
    """The country centres table has a malformed line."""


def load_centres() -> Centres:
    node = resources.files("eventwire").joinpath("data", "places", "countries.tsv")
    if not node.is_file():
        return {}
    out: Centres = {}
    for n, line in enumerate(node.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        try:
            out[parts[0].strip().upper()] = (float(parts[1]), float(parts[2]))
        except (IndexError, ValueError) as exc:
            raise CentresError(f"countries.tsv:{n}: expected ISO3, lat, lon: {exc}") from exc
    return out

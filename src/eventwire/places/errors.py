"""The places layer's one exception (a subclass of :class:`~eventwire.errors.EventwireError`)."""

from __future__ import annotations

from eventwire.errors import EventwireError


class GazetteerError(EventwireError):
    """A gazetteer source is missing or has an invalid row (the message names file and line)."""

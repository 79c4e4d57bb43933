"""The events layer: PLOVER / CAMEO / ACLED typed events with roles and modality."""

from eventwire.events.stage import EventsStage

__all__ = ["EventsStage"]

"""The actors layer: mentions, in-document chains, date-aware resolution to codes."""

from eventwire.actors.stage import ActorsStage

__all__ = ["ActorsStage"]

"""The counts layer: dead, injured, arrested, missing, displaced, crowd sizes."""

from eventwire.counts.stage import CountsStage

__all__ = ["CountsStage"]

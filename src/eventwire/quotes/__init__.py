"""The quotes layer: direct and indirect quotations with their speakers."""

from eventwire.quotes.cues import CueError, CueLexicon
from eventwire.quotes.stage import QuotesStage

__all__ = ["CueError", "CueLexicon", "QuotesStage"]

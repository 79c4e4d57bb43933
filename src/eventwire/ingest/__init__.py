"""Ingest: every supported input (text, HTML, JSONL/CSV, RSS/Atom, WARC, stdin) to
:class:`~eventwire.model.RawArticle`, with a :class:`~eventwire.model.Skipped` for each
input that cannot be coded."""

from eventwire.ingest.language import detect_english
from eventwire.ingest.sources import read_sources

__all__ = ["detect_english", "read_sources"]

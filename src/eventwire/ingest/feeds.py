"""RSS and Atom feeds: each entry is one article.

The body is the entry's full content when the feed carries it, else its summary.
Dates are read from the entry's own date string as written (``pubDate`` /
``published``), not from feedparser's UTC-normalised struct, so that an article
published late in the evening in New York keeps its local publication date.
Feeds are parsed from bytes only: handing feedparser a string would let it treat
the string as a URL and fetch it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from typing import Any

import feedparser

from eventwire.errors import EmptyInput, MalformedInput
from eventwire.ingest.decode import Finish, Payload, parse_published
from eventwire.model import RawArticle, Skipped

_EMAIL_WITH_NAME = re.compile(r"^\s*\S+@\S+\s*\((?P<name>[^)]+)\)\s*$")


def read_feed(data: bytes, locator: str, finish: Finish) -> Iterator[RawArticle | Skipped]:
    """One item per feed entry, located as ``path:N`` (1-based entry number).

    Raises :class:`MalformedInput` when the bytes are not a feed at all and
    :class:`EmptyInput` when the feed is well formed but has no entries.
    """
    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.bozo:
            raise MalformedInput(f"not a readable RSS/Atom feed: {parsed.bozo_exception}")
        raise EmptyInput("feed has no entries")
    feed_title = _text(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries, start=1):
        yield finish(entry_payload(entry, f"{locator}:{number}", feed_title))
    problem = parsed.get("bozo_exception")
    if parsed.bozo and not isinstance(problem, feedparser.ThingsNobodyCaresAboutButMe):
        # The entries before the break were kept; say that the rest may be lost.
        yield Skipped(locator, MalformedInput.reason,
                      f"feed is not well formed after {len(parsed.entries)} entries: {problem}")


def entry_payload(entry: Mapping[str, Any], locator: str, feed_title: str | None) -> Payload:
    """The payload of one feedparser entry."""
    body, is_html = _body(entry)
    return Payload(
        body=body,
        locator=locator,
        title=_text(entry.get("title")),
        url=_text(entry.get("link")),
        author=_author(entry),
        published=_published(entry),
        source=feed_title,
        html=is_html,
    )


def _body(entry: Mapping[str, Any]) -> tuple[str, bool | None]:
    """The longest content block, else the summary, and whether it is markup."""
    contents = [c for c in entry.get("content") or () if _text(c.get("value"))]
    if contents:
        best = max(contents, key=lambda c: len(c.get("value", "")))
        return str(best["value"]), _markup_or_text(best.get("type"))
    summary = _text(entry.get("summary")) or ""
    detail = entry.get("summary_detail") or {}
    return summary, _markup_or_text(detail.get("type"))


def _markup_or_text(content_type: object) -> bool | None:
    """None (sniff it) for HTML content, False for plain text: feeds carry fragments."""
    return None if "html" in str(content_type or "text/html") else False


def _author(entry: Mapping[str, Any]) -> str | None:
    author = _text(entry.get("author"))
    if author is None:
        return None
    match = _EMAIL_WITH_NAME.match(author)
    return match.group("name").strip() if match else author


def _published(entry: Mapping[str, Any]) -> dt.date | None:
    for key in ("published", "updated", "created"):
        parsed = parse_published(entry.get(key))
        if parsed is not None:
            return parsed
    for key in ("published_parsed", "updated_parsed"):
        struct = entry.get(key)
        if struct is not None:
            return dt.date(struct.tm_year, struct.tm_mon, struct.tm_mday)
    return None


def _text(value: object) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None

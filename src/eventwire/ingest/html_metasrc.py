"""Raw metadata sources of a page: ``<meta>`` tags and schema.org JSON-LD objects.

Only collection happens here; choosing and cleaning values is
:mod:`eventwire.ingest.html_meta`'s job.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml.html import HtmlElement

from eventwire.ingest.html_para import normalize_space

_ARTICLE_TYPES = ("article", "posting", "report", "review")


@dataclass(slots=True)
class MetaSources:
    """``<meta>`` values by lower-cased key (all values kept, in page order) and
    JSON-LD objects whose ``@type`` says they describe an article."""

    tags: dict[str, list[str]] = field(default_factory=dict)
    articles: list[dict[str, Any]] = field(default_factory=list)
    pages: list[dict[str, Any]] = field(default_factory=list)

    def first(self, *keys: str) -> str | None:
        """The first non-empty value among ``keys``, in the order given."""
        for key in keys:
            for value in self.tags.get(key, ()):
                if value.strip():
                    return value.strip()
        return None

    def all(self, *keys: str) -> list[str]:
        return [v.strip() for key in keys for v in self.tags.get(key, ()) if v.strip()]

    def ld(self, key: str) -> Any:
        """A property of the first article object that has it (then of any web page object)."""
        for obj in (*self.articles, *self.pages):
            value = obj.get(key)
            if value not in (None, "", [], {}):
                return value
        return None


def collect_sources(root: HtmlElement) -> MetaSources:
    """Read every ``<meta>`` tag and JSON-LD block of the page once."""
    sources = MetaSources()
    for meta in root.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        value = meta.get("content")
        if key and value is not None:
            sources.tags.setdefault(key.strip().lower(), []).append(value)
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        for obj in _json_objects(script.text or ""):
            kinds = _types(obj)
            if any(k.endswith(_ARTICLE_TYPES) for k in kinds):
                sources.articles.append(obj)
            elif any(k.endswith("webpage") for k in kinds):
                sources.pages.append(obj)
    return sources


def _json_objects(text: str) -> Iterator[dict[str, Any]]:
    """Objects of one JSON-LD block, ``@graph`` members included.

    Broken JSON-LD is common (trailing commas, raw newlines in strings); such a
    block is skipped, since the page's other sources still describe it.
    """
    try:
        data = json.loads(text, strict=False)
    except json.JSONDecodeError:
        return
    stack: list[Any] = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            yield item
            graph = item.get("@graph")
            if isinstance(graph, list):
                stack.extend(graph)


def _types(obj: dict[str, Any]) -> list[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        return [kind.lower()]
    if isinstance(kind, list):
        return [k.lower() for k in kind if isinstance(k, str)]
    return []


def as_text(value: Any) -> str | None:
    """A JSON-LD value as one line of text (first item of a list, ``name`` of an object)."""
    if isinstance(value, str):
        return normalize_space(value).replace("\n", " ") or None
    if isinstance(value, list) and value:
        return as_text(value[0])
    if isinstance(value, dict):
        return as_text(value.get("name") or value.get("@id"))
    return None

"""Put back article paragraphs that trafilatura left out.

trafilatura takes the *first* element that looks like the article body. Many
publishers split the body into several sibling containers of the same class
(to slot ads between them), so everything after the first ad is lost. Here the
paragraphs trafilatura did keep are found in the page; prose paragraphs that
sit in containers of the same kind (same parent tag and class) are added back
in page order. Only running prose is added, so a recovered container cannot
bring menus or link lists with it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

from lxml.html import HtmlElement

from eventwire.ingest.html_dom import DomPara
from eventwire.ingest.html_para import Para, match_key

Signature = tuple[str, str]

_SEPARATOR = " "

#: A page paragraph counts as found in trafilatura's output only with this many words.
MIN_MATCH_WORDS = 4


def signature(element: HtmlElement) -> Signature | None:
    """Parent tag and class of a paragraph; ``None`` when the parent has no class."""
    parent = element.getparent()
    if parent is None:
        return None
    cls = " ".join((parent.get("class") or "").split())
    if not cls:
        return None
    return (str(parent.tag), cls)


def add_missing_paragraphs(paras: list[Para], dom: Sequence[DomPara]) -> list[Para]:
    """``paras`` plus the prose paragraphs of ``dom`` that share a container kind with them."""
    if not paras or not dom:
        return paras
    finder = _OwnerFinder([match_key(p.text) for p in paras])
    owner: list[int | None] = []  # index into paras of each dom paragraph, if kept
    for dp in dom:
        key = match_key(dp.text)
        # short lines ("Share", "Close") occur inside longer text by chance: no evidence
        owner.append(finder.find(key) if len(key.split()) >= MIN_MATCH_WORDS else None)
    kept_signatures = {
        sig for dp, own in zip(dom, owner, strict=True) if own is not None
        if (sig := signature(dp.element)) is not None
    }
    if not kept_signatures:
        return paras
    inserts: dict[int, list[Para]] = {}
    last_owner = -1
    for dp, own in zip(dom, owner, strict=True):
        if own is not None:
            last_owner = max(last_owner, own)
            continue
        if not dp.is_prose() or signature(dp.element) not in kept_signatures:
            continue
        inserts.setdefault(last_owner, []).append(Para(dp.text, "p"))
    if not inserts:
        return paras
    merged: list[Para] = list(inserts.get(-1, []))
    for i, para in enumerate(paras):
        merged.append(para)
        merged.extend(inserts.get(i, []))
    return merged


class _OwnerFinder:
    """Which kept paragraph a page paragraph's text occurs in (exact match first, then
    as a substring of the kept text, which trafilatura may have split or joined)."""

    def __init__(self, keys: list[str]) -> None:
        self._exact = {key: i for i, key in reversed(list(enumerate(keys)))}
        self._joined = _SEPARATOR.join(keys)
        self._ends = list(accumulate(len(key) + len(_SEPARATOR) for key in keys))

    def find(self, key: str) -> int | None:
        if key in self._exact:
            return self._exact[key]
        at = self._joined.find(key)
        if at < 0:
            return None
        return min(bisect_right(self._ends, at), len(self._ends) - 1)

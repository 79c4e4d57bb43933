"""The one place trafilatura is called: the body tree, and metadata guesses on demand.

Body settings, measured on the project's extraction dev gold (see
``benchmarks/extraction_compare.py``): ``favor_precision`` and no comments
(comment threads and "related" teasers are what trafilatura's default keeps
too much of); tables kept, since sports and election results live in them.

trafilatura's metadata pass (htmldate's date search above all) costs about a
third of the extraction time, and most news pages state their metadata plainly
in ``<meta>`` tags; so it runs only when :mod:`html_meta` asks for it.
"""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy

import trafilatura
from lxml.etree import LxmlError, _Element
from lxml.html import HtmlElement

from eventwire.ingest.html_meta import Guess


def trafilatura_body(root: HtmlElement, url: str | None) -> _Element | None:
    """trafilatura's article body as its XML tree, or ``None`` when it finds none.

    trafilatura works on its own copy of ``root``; the caller's tree is not changed.
    """
    try:
        doc = trafilatura.bare_extraction(
            root,
            url=url,
            favor_precision=True,
            include_comments=False,
            include_tables=True,
        )
    except (LxmlError, RecursionError):
        # pathological trees (deep nesting, odd node types) defeat trafilatura's
        # cleaners; our own extractor still gets to try the page
        return None
    if doc is None or isinstance(doc, dict):
        return None
    body: _Element | None = doc.body
    return body


def metadata_guesser(root: HtmlElement, url: str | None) -> Callable[[], Guess]:
    """A function that runs trafilatura's metadata pass on first call and then remembers it."""
    memo: list[Guess] = []

    def guess() -> Guess:
        if not memo:
            memo.append(_guess(root, url))
        return memo[0]

    return guess


def _guess(root: HtmlElement, url: str | None) -> Guess:
    try:
        doc = trafilatura.extract_metadata(deepcopy(root), default_url=url)
    except (LxmlError, RecursionError, ValueError):
        # htmldate and trafilatura's meta readers give up on some malformed
        # pages; their guesses are optional, so the page keeps what it states itself
        return Guess()
    return Guess(
        title=doc.title,
        author=doc.author,
        date=doc.date,
    )

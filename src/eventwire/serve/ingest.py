"""``POST /api/ingest``: a request body becomes a raw article, a coded doc, a stored row.

The coder is any ``RawArticle -> Doc`` callable; the server's default is
:class:`LazyPipeline`, which loads ``Pipeline.default()`` on the first ingest rather
than at start-up (a read-only dashboard never pays for the NLP model).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from eventwire.model import LAYERS, Doc, RawArticle
from eventwire.serve.params import IngestRequest

Coder = Callable[[RawArticle], Doc]
LOCATOR = "api"


class LazyPipeline:
    """The default pipeline, built once on first use.

    Calls are serialised: a spaCy pipeline is not meant to be run from several threads
    at once, and one article at a time keeps the server's memory flat.
    """

    def __init__(self, factory: Callable[[], Any] | None = None) -> None:
        self._factory = factory
        self._pipeline: Any = None
        self._lock = threading.Lock()

    def __call__(self, raw: RawArticle) -> Doc:
        with self._lock:
            if self._pipeline is None:
                if self._factory is None:
                    from eventwire.pipeline import Pipeline

                    self._pipeline = Pipeline.default()
                else:
                    self._pipeline = self._factory()
            doc: Doc = self._pipeline.code(raw, keep_tokens=False)
            return doc


def raw_article(req: IngestRequest) -> RawArticle:
    """The request as a raw article; a page goes through the HTML extractor, which raises
    :class:`~eventwire.errors.InputError` when it holds no article."""
    if req.html is not None:
        from eventwire.ingest.html import extract_html

        return extract_html(req.html, url=req.url, locator=LOCATOR)
    assert req.text is not None  # the model guarantees one of the two
    return RawArticle(text=req.text, locator=LOCATOR, title=req.title, url=req.url,
                      published=req.published)  # fmt: skip


def layer_counts(doc: Doc) -> dict[str, int]:
    """How many items each layer of ``doc`` holds."""
    out = {"sentences": len(doc.sentences)}
    out.update({layer: len(getattr(doc, layer)) for layer in LAYERS})
    return out

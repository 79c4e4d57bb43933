"""The JSON form of a coded document (one object per article in ``code --format json``).

Keys: ``article`` (id, title, text, published, url, author, source), ``sentences``
(start, end, kind), ``actors``, ``events``, ``places``, ``times``, ``counts``,
``quotes``. Every span is ``{"start", "end"}`` into ``article.text``.
"""

from __future__ import annotations

from typing import Any

import orjson

from eventwire.model import LAYERS, Doc, to_record

ARTICLE_KEYS = ("id", "title", "text", "published", "url", "author", "source")


def doc_to_dict(doc: Doc) -> dict[str, Any]:
    art = doc.article
    out: dict[str, Any] = {
        "article": {k: to_record(getattr(art, k)) for k in ARTICLE_KEYS},
        "sentences": [to_record(s) for s in doc.sentences],
    }
    for layer in LAYERS:
        out[layer] = [to_record(x) for x in getattr(doc, layer)]
    return out


def doc_to_json(doc: Doc) -> str:
    return orjson.dumps(doc_to_dict(doc)).decode()

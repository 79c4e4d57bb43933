"""Our own body extractor, used when trafilatura returns nothing or too little.

A text-density heuristic in the spirit of readability: the article is the
smallest element that holds most of the page's running prose; its paragraphs
(minus link lists) are the body.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from lxml.html import HtmlElement

from eventwire.ingest.html_dom import DomPara
from eventwire.ingest.html_para import Para, ParaKind

#: Share of the page's prose words the chosen container must hold.
CONTAINER_SHARE = 0.6

#: trafilatura bodies shorter than this many words are checked against ours.
SHORT_BODY_WORDS = 150
#: Ours replaces a short trafilatura body when it has this many times its prose ...
GAIN_FACTOR = 2.0
#: ... and contains this share of its words (the same article, found more fully).
COVERAGE = 0.8

_KIND_OF_TAG: dict[str, ParaKind] = {
    "h2": "head", "h3": "head", "h4": "head", "blockquote": "quote", "li": "list"
}


def density_paragraphs(dom: Sequence[DomPara]) -> list[Para]:
    """Paragraphs of the element that concentrates the page's prose; ``[]`` if it has none."""
    prose = [dp for dp in dom if dp.is_prose(min_words=8)]
    if not prose:
        return []
    total = sum(dp.words for dp in prose)
    weight: dict[HtmlElement, int] = defaultdict(int)
    depth: dict[HtmlElement, int] = {}
    for dp in prose:
        ancestors = list(dp.element.iterancestors())
        for level, ancestor in enumerate(reversed(ancestors)):
            weight[ancestor] += dp.words
            depth[ancestor] = level
    candidates = [el for el, w in weight.items() if w >= CONTAINER_SHARE * total]
    container = max(candidates, key=lambda el: depth[el])
    paras: list[Para] = []
    for dp in dom:
        if dp.link_density >= 0.5 or not _inside(dp.element, container):
            continue
        paras.append(Para(dp.text, _KIND_OF_TAG.get(str(dp.element.tag), "p")))
    return paras


def is_short(paras: Sequence[Para]) -> bool:
    """Whether a body is short enough to be worth checking against ours."""
    return sum(p.words for p in paras) < SHORT_BODY_WORDS


def better_body(primary: Sequence[Para], candidate: Sequence[Para]) -> bool:
    """Whether ``candidate`` should replace a short ``primary`` body.

    The quality score is the number of words in prose paragraphs; the candidate
    must score much higher and contain most of the primary's words, so a page
    where the two extractors found different things keeps trafilatura's answer.
    """
    if not is_short(primary):
        return False
    if _prose_words(candidate) < max(GAIN_FACTOR * _prose_words(primary), 1):
        return False
    primary_words = Counter(w for p in primary for w in p.text.casefold().split())
    candidate_words = Counter(w for p in candidate for w in p.text.casefold().split())
    covered = sum((primary_words & candidate_words).values())
    return covered >= COVERAGE * sum(primary_words.values())


def _prose_words(paras: Sequence[Para]) -> int:
    return sum(p.words for p in paras if p.kind == "p" and p.words >= 8 and _ends(p.text))


def _ends(text: str) -> bool:
    return text.rstrip("\"'”’)»] ").endswith((".", "!", "?", "…", "。", "！", "？"))


def _inside(element: HtmlElement, container: HtmlElement) -> bool:
    return any(a is container for a in element.iterancestors())

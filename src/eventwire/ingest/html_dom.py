"""Paragraph elements of the raw page, with page furniture (navigation, share bars,
comment threads, related-story rails, ads) left out by tag and class name.

This is the page as our own extractor sees it: :mod:`html_merge` uses it to put
back article paragraphs that trafilatura missed, and :mod:`html_fallback` to find
a body when trafilatura finds none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.html import HtmlElement

from eventwire.ingest.html_para import count_words, flat, normalize_space

#: Elements that never hold article prose.
JUNK_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "iframe", "form", "button",
        "select", "textarea", "nav", "footer", "aside", "header", "figure", "figcaption",
        "menu", "dialog", "label", "input",
    }
)

_INVISIBLE_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})
_BLOCK_TAGS = frozenset(
    {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
     "table", "tr", "td", "th", "section", "article", "header", "footer", "dd", "dt", "figure"}
)

#: Class/id words of furniture containers that may be large: comment threads,
#: related-story rails, share bars. Junk whatever they hold.
STRONG_JUNK_WORDS = frozenset(
    {
        "breadcrumb", "breadcrumbs", "comment", "comments", "consent", "cookie", "cookies",
        "disqus", "newsletter", "outbrain", "popular", "promo", "recirc", "recommended",
        "related", "share", "sharing", "signup", "social", "sponsored", "subscribe",
        "subscription", "taboola", "trending",
    }
)
#: Class/id words that also show up on page-wide wrappers ("has-sidebar", "with-ad-rail",
#: "modal-ready"): junk only when the element holds little running prose.
WEAK_JUNK_WORDS = frozenset(
    {
        "ad", "ads", "adv", "advert", "advertisement", "advertising", "banner", "byline",
        "caption", "credit", "footer", "header", "lightbox", "masthead", "menu", "modal", "nav",
        "navbar", "navigation", "overlay", "popover", "popup", "sidebar", "tags", "toolbar",
        "widget",
    }
)
#: Class/id word beginnings with the same two strengths (``relatedStories``, ``sidebarLeft``).
STRONG_JUNK_PREFIXES = (
    "related", "newsletter", "social", "outbrain", "taboola", "share", "subscribe", "recommend",
    "promo", "cookie", "breadcrumb", "comment-", "comments",
)
WEAK_JUNK_PREFIXES = ("advert", "sidebar")

#: A weak-junk element holding this many prose paragraphs is a page wrapper, not furniture.
WRAPPER_PROSE_PARAS = 3

_WORD_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"([a-z])([A-Z])")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_MARKUP_TEXT = re.compile(r"&(amp;)?[lg]t;|</?[a-z]+[\s>]|\b[a-z-]+=\"")
_SENTENCE_END = re.compile(r"[.!?…:;。！？][\"'”’»)\]]*$")

#: Paragraph-like elements collected from the page.
PARA_TAGS = ("p", "blockquote", "pre", "h2", "h3", "h4", "li", "dd")


@dataclass(frozen=True, slots=True)
class DomPara:
    """A paragraph element with its normalised text and how much of it is link text."""

    element: HtmlElement
    text: str
    words: int
    link_words: int

    @property
    def link_density(self) -> float:
        return self.link_words / self.words if self.words else 1.0

    def is_prose(self, min_words: int = 10) -> bool:
        """Running text: enough words, few of them links, ends like a sentence."""
        return (
            self.words >= min_words
            and self.link_density < 0.3
            and _SENTENCE_END.search(self.text) is not None
            and _MARKUP_TEXT.search(self.text) is None  # escaped HTML left by an editor
        )


def visible_text(element: HtmlElement) -> str:
    """Normalised text of an element without the code in ``<script>``/``<style>`` inside it."""
    parts: list[str] = []
    _collect_text(element, parts)
    return normalize_space("".join(parts))


def _collect_text(element: HtmlElement, parts: list[str]) -> None:
    if element.text:
        parts.append(flat(element.text))
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "br":
            parts.append("\n")
        elif tag in _BLOCK_TAGS:
            parts.append("\n")
            _collect_text(child, parts)
            parts.append("\n")
        elif tag and tag not in _INVISIBLE_TAGS:
            _collect_text(child, parts)
        if child.tail:
            parts.append(flat(child.tail))


def class_words(element: HtmlElement) -> list[str]:
    """Lower-cased words of an element's ``class`` and ``id`` (camelCase split)."""
    raw = f"{element.get('class') or ''} {element.get('id') or ''}"
    raw = _CAMEL.sub(r"\1 \2", raw).lower()
    return [w for w in _WORD_SPLIT.split(raw) if w]


def is_junk(element: HtmlElement) -> bool:
    """Whether an element is furniture by its tag, its class/id words or its visibility."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in JUNK_TAGS:
        return tag != "header" or not _holds_prose(element)
    if tag in ("html", "body", "article", "main"):
        return False
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    raw = f"{element.get('class') or ''} {element.get('id') or ''}".lower().split()
    words = set(class_words(element))
    if words & STRONG_JUNK_WORDS or any(w.startswith(STRONG_JUNK_PREFIXES) for w in raw):
        return True
    if words & WEAK_JUNK_WORDS or any(w.startswith(WEAK_JUNK_PREFIXES) for w in raw):
        return not _holds_prose(element)
    return False


def _holds_prose(element: HtmlElement) -> bool:
    count = 0
    for p in element.iter("p"):
        text = p.text_content()
        if len(text.split()) >= 10 and _SENTENCE_END.search(text.strip()):
            count += 1
            if count >= WRAPPER_PROSE_PARAS:
                return True
    return False


def dom_paragraphs(root: HtmlElement) -> list[DomPara]:
    """Paragraph elements outside furniture, in document order, outermost only."""
    junk_cache: dict[HtmlElement, bool] = {}

    def inside_junk(element: HtmlElement) -> bool:
        chain: list[HtmlElement] = []
        node: HtmlElement | None = element
        verdict = False
        while node is not None:
            if node in junk_cache:
                verdict = junk_cache[node]
                break
            chain.append(node)
            if is_junk(node):
                verdict = True
                break
            node = node.getparent()
        for seen in chain:
            junk_cache[seen] = verdict
        return verdict

    paras: list[DomPara] = []
    for element in root.iter(*PARA_TAGS):
        if any(a.tag in PARA_TAGS for a in element.iterancestors()):
            continue
        if inside_junk(element):
            continue
        text = visible_text(element)
        if not text:
            continue
        words = count_words(text)
        link_words = sum(count_words(a.text_content() or "") for a in element.iter("a"))
        paras.append(DomPara(element, text, words, min(link_words, words)))
    return paras

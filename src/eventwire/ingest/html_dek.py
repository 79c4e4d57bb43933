"""The dek (sub-headline, standfirst) of a news page.

Candidates, best first: the page description (``og:description`` and kin: on news
sites it is the standfirst), unless cut off with an ellipsis or a prompt ("Sign up to
our newsletter"); JSON-LD ``alternativeHeadline``; an element after the ``<h1>``
with a dek-like class (``dek``, ``standfirst``, ``subtitle`` ...) or an ``<h2>``
right after it. Pages print promos with the same class names elsewhere, so that
search stays inside the headline's own container. A candidate that merely repeats
the body's opening sentences is a summary, not a dek, and is passed over.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml.html import HtmlElement

from eventwire.ingest.html_dom import class_words, visible_text
from eventwire.ingest.html_furniture import is_furniture_text
from eventwire.ingest.html_metasrc import MetaSources, as_text
from eventwire.ingest.html_para import Para, match_key, normalize_space

DEK_WORDS = frozenset(
    {"dek", "deck", "standfirst", "subtitle", "subheadline", "subhead", "strapline", "summary",
     "excerpt", "lede", "teaser", "sapo", "abstract", "description"}
)
MIN_WORDS, MAX_WORDS = 5, 70

#: A candidate found in this many opening paragraphs of the body is the lead, not a dek.
LEAD_PARAS = 3
#: ... or one whose first words are found there.
LEAD_MATCH_WORDS = 8

#: How far above the ``<h1>`` the headline's container may be.
CONTAINER_LEVELS = 3
#: How many elements after the ``<h1>`` are searched.
SEARCH_ELEMENTS = 60

_TRUNCATED = ("...", "…", "[…]", "[...]")
_PROMO_TAGS = frozenset({"nav", "aside", "footer", "form", "figure", "figcaption"})
_PROMO_WORDS = frozenset(
    {"promo", "related", "newsletter", "ad", "ads", "advert", "social", "share", "comment",
     "comments", "sidebar", "recirc", "popular", "trending", "recommended", "caption"}
)


def dek_candidates(
    root: HtmlElement, src: MetaSources, title: str | None, description: str | None
) -> tuple[str, ...]:
    """Possible sub-headlines, best first: page description, JSON-LD, element after ``<h1>``."""
    title_key = match_key(title or "")
    found: list[str] = []
    if description:
        text = visible_line(description)
        if not text.endswith(_TRUNCATED):
            found.append(text)
    found.extend(c for c in (as_text(src.ld("alternativeHeadline")),) if c)
    found.extend(c for c in (_dek_element(root, title_key),) if c)
    return tuple(c for c in dict.fromkeys(found) if _acceptable(c, title_key))


def choose_dek(candidates: Sequence[str], body: Sequence[Para]) -> str | None:
    """The first candidate that is not just the body's opening (descriptions often are)."""
    lead = match_key(" ".join(p.text for p in body[:LEAD_PARAS]))
    for candidate in candidates:
        key = match_key(candidate)
        opening = " ".join(key.split()[:LEAD_MATCH_WORDS])
        if key not in lead and opening not in lead:
            return candidate
    return None


def _acceptable(text: str, title_key: str) -> bool:
    key = match_key(text)
    return (
        MIN_WORDS <= len(text.split()) <= MAX_WORDS
        and key != title_key
        and not (title_key and title_key in key)  # a block that repeats the headline
        and not is_furniture_text(text)
    )


def _dek_element(root: HtmlElement, title_key: str) -> str | None:
    h1 = _headline_element(root, title_key)
    if h1 is None:
        return None
    sibling = h1.getnext()
    if sibling is not None and sibling.tag == "h2":
        return visible_line(sibling)
    container = h1
    for _ in range(CONTAINER_LEVELS):
        parent = container.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        container = parent
    after = False
    seen = 0
    for el in container.iter():
        if el is h1:
            after = True
            continue
        if not after or not isinstance(el.tag, str):
            continue
        seen += 1
        if seen > SEARCH_ELEMENTS:
            break
        if el.tag in ("p", "div", "h2", "span") and DEK_WORDS & set(class_words(el)):
            if _in_promo(el, container):
                continue
            return visible_line(el)
    return None


def _in_promo(element: HtmlElement, container: HtmlElement) -> bool:
    """Inside navigation, an aside or a promo box (headers, where deks live, are fine)."""
    node: HtmlElement | None = element
    while node is not None and node is not container:
        if node.tag in _PROMO_TAGS or _PROMO_WORDS & set(class_words(node)):
            return True
        node = node.getparent()
    return False


def _headline_element(root: HtmlElement, title_key: str) -> HtmlElement | None:
    first: HtmlElement | None = None
    for h1 in root.iter("h1"):
        if first is None:
            first = h1
        if title_key and match_key(h1.text_content()) == title_key:
            return h1
    return first


def visible_line(source: HtmlElement | str) -> str:
    text = source if isinstance(source, str) else visible_text(source)
    return normalize_space(text).replace("\n", " ")

"""The headline of a page, without the site name that ``<title>`` tags carry.

A segment is removed only when the page itself says it is the site's name
(``og:site_name``, the host name), so a headline with a dash in it stays whole.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from eventwire.ingest.html_dom import visible_text
from eventwire.ingest.html_para import match_key, normalize_space

_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|/)\s+")
_HOST_NOISE = frozenset({"www", "m", "amp", "mobile", "edition", "news"})


def clean_title(title: str, site_names: set[str], h1: str | None = None) -> str:
    """``title`` without a leading or trailing site name (" | Site", "Site - ").

    When the page's ``<h1>`` is one of the title's segments ("Opinion | <h1> | Site"),
    the ``<h1>`` is the headline.
    """
    title = one_line(title)
    parts = _TITLE_SEPARATORS.split(title)
    if h1 and (headline := _h1_in_title(one_line(h1), title, parts, site_names)):
        return headline
    while len(parts) > 1 and is_site_name(parts[-1], site_names):
        parts.pop()
    while len(parts) > 1 and is_site_name(parts[0], site_names):
        parts.pop(0)
    if len(parts) == len(_TITLE_SEPARATORS.split(title)):
        return title
    # cut the original string, so that separators inside the headline stay as written
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end] if start >= 0 and end > start else " ".join(parts)


def site_names(site_name: str | None, url: str | None) -> set[str]:
    """Comparison keys for the site: its stated name and the main label of its host."""
    names: set[str] = set()
    if site_name:
        names.add(match_key(site_name))
    if url:
        host = (urlsplit(url).hostname or "").lower()
        labels = [lab for lab in host.split(".") if lab and lab not in _HOST_NOISE]
        # "planet" in www.planet.co.uk, "ledger" in ledger.com: the first label that is not a suffix
        if len(labels) >= 2:
            names.add(match_key(labels[0]))
    return {n for n in names if n}


def is_site_name(part: str, names: set[str]) -> bool:
    """Whether a title segment names the site ("Planet", "Planet.co.uk", "The Daily Planet")."""
    key = match_key(part)
    if not key:
        return False
    squashed = key.replace(" ", "")
    for name in names:
        name_squashed = name.replace(" ", "")
        if key == name or squashed == name_squashed:
            return True
        # host label at the start of a short segment ("Planet Business", "Planet co uk")
        if len(name_squashed) >= 3 and len(key.split()) <= 4 and squashed.startswith(name_squashed):
            return True
    return False


def first_h1(root: HtmlElement) -> str | None:
    for h1 in root.iter("h1"):
        text = one_line(visible_text(h1))
        if len(text.split()) >= 2:
            return text
    return None


def title_tag(root: HtmlElement) -> str | None:
    head = root.find("head")
    title = head.find("title") if head is not None else root.find(".//title")
    if title is None:
        return None
    return one_line(title.text_content()) or None


def one_line(text: str) -> str:
    return normalize_space(text).replace("\n", " ")


def _h1_in_title(h1: str, title: str, parts: list[str], names: set[str]) -> str | None:
    h1_key = match_key(h1)
    words = len(h1_key.split())
    if words < 2 or is_site_name(h1, names):
        return None
    if words >= 3 and match_key(title).startswith(h1_key):
        return h1
    longest = max(len(match_key(p).split()) for p in parts)
    if len(parts) > 1 and any(match_key(p) == h1_key for p in parts) and words >= longest:
        return h1
    return None

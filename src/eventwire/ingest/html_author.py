"""Author names of a page, from the most explicit source that has any."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from lxml.html import HtmlElement

from eventwire.ingest.html_dom import class_words, visible_text
from eventwire.ingest.html_metasrc import MetaSources, as_text
from eventwire.ingest.html_para import match_key, normalize_space

#: A byline longer than this is a sentence or a bio, not a name list.
MAX_NAME_WORDS = 8

_AUTHOR_KEYS = (
    "author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator",
    "dcterms.creator",
)
_BY_PREFIX = re.compile(r"^\s*(by|written by|posted by|words by|story by)\b\s*:?\s*", re.I)
_TRAILING_NOISE = re.compile(
    r"\s*(\||,\s*updated|\bupdated\b|\bpublished\b|\bposted\b).*$"
    r"|(^|\s+)(mon|tues|wednes|thurs|fri|satur|sun)day\b.*$"
    r"|(^|\s+)(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d.*$"
    r"|(^|\s+)(january|february|march|july|august|september|october|november|december)$",
    re.I,
)
_HANDLE = re.compile(r"^@?\w*[_\d]\w*$")
_NAME_SEPARATORS = re.compile(r"\s*[;,|]\s*|\s+(?:and|&)\s+", re.I)
#: Parts of a byline that are not names: degrees, job titles, "Staff".
_NOT_A_NAME = re.compile(
    r"^(ph\.?d|m\.?d|mba|rdn?|ms|ma|bsc|msc|mph|rn|cpt|lcsw|jd|esq)\.?$"
    r"|\b(writer|correspondent|editor|reporter|contributor|columnist|staff|desk|bureau"
    r"|news service|wire)s?$"
    r"|\b[\w-]+\.(com|org|net|co|news|info|uk|in|au|ca)\b",
    re.I,
)


def find_author(
    root: HtmlElement, src: MetaSources, guess_author: Callable[[], str | None], site: str | None
) -> str | None:
    """Names from the first source that has any: JSON-LD, meta tags, byline, trafilatura.

    Several names are joined with ", ". The site's own name (a frequent stand-in
    for "staff") is not an author.
    """
    site_key = match_key(site or "")
    sources: tuple[Callable[[], list[str]], ...] = (
        lambda: ld_people(src.ld("author")),
        lambda: [v for v in src.all(*_AUTHOR_KEYS) if not v.startswith(("http", "@"))],
        lambda: _byline_elements(root)[:1],
        lambda: (guess_author() or "").split(";"),  # slow: trafilatura's metadata pass
    )
    for source in sources:
        names: list[str] = []
        keys: set[str] = set()
        for raw in source():
            for part in _NAME_SEPARATORS.split(raw):
                name = clean_author(part)
                key = match_key(name or "")
                if name and key and key not in keys and not _is_site(key, site_key):
                    keys.add(key)
                    names.append(name)
        if names:
            return ", ".join(names)
    return None


def clean_author(raw: str) -> str | None:
    """A person's name from a byline string ("By Jane Doe | Wire Service" → "Jane Doe")."""
    text = normalize_space(raw).replace("\n", " ")
    text = _BY_PREFIX.sub("", text)
    text = _TRAILING_NOISE.sub("", text).strip(" ,;:-–—")
    if not text or len(text.split()) > MAX_NAME_WORDS or "@" in text or "://" in text:
        return None
    if _NOT_A_NAME.search(text):
        return None
    if _HANDLE.match(text):
        return None  # "jd_writes", "user123": an account name, not a person's name
    return text


def ld_people(value: Any) -> list[str]:
    """Names of the people in a JSON-LD ``author`` value (organisations left out)."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        if isinstance(item, str):
            names.append(item)
        elif (
            isinstance(item, dict)
            and (name := as_text(item.get("name")))
            and str(item.get("@type", "")).lower() != "organization"
        ):
            names.append(name)
    return names


def _is_site(key: str, site_key: str) -> bool:
    if not site_key:
        return False
    words = len(key.split())
    return (
        key == site_key
        or (words >= 2 and site_key.startswith(key))  # "Daily Planet" of "Daily Planet Europe"
        or (words <= 3 and key.startswith(site_key + " "))  # "Planet Business" of "Planet"
    )


def _byline_elements(root: HtmlElement) -> list[str]:
    found: list[str] = []
    for el in root.iter("a", "span", "address", "p", "div"):
        explicit = el.get("rel") == "author" or el.get("itemprop") == "author"
        by_class = el.tag in ("a", "span", "address") and {"byline", "author"} & set(
            class_words(el)
        )
        if explicit or by_class:
            text = visible_text(el).replace("\n", " ")
            if text and len(text.split()) <= MAX_NAME_WORDS:
                found.append(text)
        if len(found) >= 3:
            break
    return found

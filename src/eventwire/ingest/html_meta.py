"""Title, dek, author, publication date and URL of a news page.

Each field is read from the most explicit source first: Open Graph and
``article:*`` tags, then schema.org JSON-LD, then the visible page (``<title>``,
``<h1>``, byline elements), then what trafilatura guessed. The field-specific
rules live in :mod:`html_title`, :mod:`html_author`, :mod:`html_dek` and
:mod:`html_dates`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from eventwire.ingest.html_author import find_author
from eventwire.ingest.html_dates import parse_date
from eventwire.ingest.html_dek import dek_candidates
from eventwire.ingest.html_metasrc import MetaSources, as_text, collect_sources
from eventwire.ingest.html_title import clean_title, first_h1, site_names, title_tag

_DATE_KEYS = (
    "article:published_time", "og:published_time", "article:published", "datepublished",
    "published_time", "pubdate", "publishdate", "publish-date", "publish_date", "date",
    "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created", "sailthru.date",
    "parsely-pub-date", "article.published", "og:article:published_time", "created",
)


@dataclass(frozen=True, slots=True)
class Guess:
    """What trafilatura's own metadata pass found; used where the page says nothing clearer."""

    title: str | None = None
    author: str | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True)
class PageMeta:
    """Metadata of one page, each field from its most explicit source."""

    title: str | None
    #: Possible sub-headlines, best first; :func:`html_dek.choose_dek` picks one once
    #: the body is known.
    dek_candidates: tuple[str, ...]
    author: str | None
    published: dt.date | None
    url: str | None
    site_name: str | None
    #: Every headline-like string on the page, to spot it when repeated in the body.
    headlines: tuple[str, ...] = ()


def read_meta(
    root: HtmlElement, url: str | None = None, guess: Callable[[], Guess] = Guess
) -> PageMeta:
    """Metadata of the page rooted at ``root``; ``url`` (if given) wins over the page's own.

    ``guess`` supplies trafilatura's guesses; it is called only for a field the page
    does not state itself, since computing the guesses is slow.
    """
    src = collect_sources(root)
    page_url = url or _page_url(root, src)
    site = _site_name(src) or _host(page_url)
    h1 = first_h1(root)
    raw_titles = [
        t
        for t in (
            src.first("og:title", "twitter:title"),
            as_text(src.ld("headline")),
            title_tag(root),
            h1,
        )
        if t
    ] or [t for t in (guess().title,) if t]
    title = clean_title(raw_titles[0], site_names(site, page_url), h1) if raw_titles else None
    headlines = tuple(dict.fromkeys([*raw_titles, *([title] if title else [])]))
    description = src.first("og:description", "description", "twitter:description") or as_text(
        src.ld("description")
    )
    return PageMeta(
        title=title,
        dek_candidates=dek_candidates(root, src, title, description),
        author=find_author(root, src, lambda: guess().author, site),
        published=_published(root, src, guess),
        url=page_url,
        site_name=site,
        headlines=headlines,
    )


def _site_name(src: MetaSources) -> str | None:
    name = src.first("og:site_name", "application-name") or as_text(src.ld("publisher"))
    if name and "://" in name:
        return urlsplit(name).hostname or None
    return name.lstrip("@") if name else None


def _host(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def _page_url(root: HtmlElement, src: MetaSources) -> str | None:
    og = src.first("og:url")
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if "canonical" in rel and href:
            return urljoin(og, href) if og else href
    if og:
        return og
    ld_url = as_text(src.ld("url"))
    return ld_url if ld_url and ld_url.startswith("http") else None


def _published(
    root: HtmlElement, src: MetaSources, guess: Callable[[], Guess]
) -> dt.date | None:
    for value in (src.first(*_DATE_KEYS), as_text(src.ld("datePublished")),
                  as_text(src.ld("dateCreated")), _time_element(root)):
        if (date := parse_date(value)) is not None:
            return date
    return parse_date(guess().date)


def _time_element(root: HtmlElement) -> str | None:
    for time in root.iter("time"):
        if time.get("itemprop") == "datePublished" or time.get("pubdate") is not None:
            return str(time.get("datetime") or time.text_content())
    return None

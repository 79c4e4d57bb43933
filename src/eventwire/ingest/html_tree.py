"""Page text → lxml tree that never fails on broken markup.

libxml2's HTML parser repairs unclosed and misnested tags on its own; what it
cannot take are NUL and other C0 control characters, ``str`` input that still
carries an encoding declaration, and a self-closed ``<html/>``. These are handled
here, so callers only see
:class:`~eventwire.errors.EmptyInput` (nothing there) or
:class:`~eventwire.errors.MalformedInput` (not HTML at all).
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement, HTMLParser, document_fromstring

from eventwire.errors import EmptyInput, MalformedInput

_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_MARKUP = re.compile(r"<[a-zA-Z!/?]")
#: ``<html/>`` (seen in the wild) makes libxml2 end the document right there.
_SELF_CLOSED_HTML = re.compile(r"<html(\s[^>]*)?/>", re.IGNORECASE)


def parse_html(text: str) -> HtmlElement:
    """Parse decoded page text into an ``<html>`` root element.

    A string without a single tag is not a web page: it raises
    :class:`MalformedInput` so that plain text is not silently taken for HTML.
    """
    if not text.strip():
        raise EmptyInput("the page is empty")
    if _MARKUP.search(text) is None:
        raise MalformedInput("no HTML markup found")
    cleaned = _CONTROL_CHARS.sub("", text)
    cleaned = _SELF_CLOSED_HTML.sub(lambda m: f"<html{m.group(1) or ''}>", cleaned, count=1)
    parser = HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, recover=True, no_network=True
    )
    try:
        root = document_fromstring(cleaned.encode("utf-8", errors="replace"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise MalformedInput(f"unparseable HTML: {exc}") from exc
    if not isinstance(root, HtmlElement):
        raise MalformedInput("unparseable HTML: no document element")
    return root

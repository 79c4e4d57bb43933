"""trafilatura's XML body → :class:`Para` list.

trafilatura's own text output renders tables as Markdown (``| a | b |`` and a
``|---|`` rule), which puts pipe tokens into the article and repeats header rows;
it also glues list items and headings to their neighbours. Rendering its XML
ourselves keeps every paragraph, heading, list and table row as its own line.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml.etree import _Element

from eventwire.ingest.html_para import Para, ParaKind, flat, normalize_space

_KIND_OF_TAG: dict[str, ParaKind] = {
    "p": "p",
    "head": "head",
    "list": "list",
    "table": "table",
    "quote": "quote",
    "code": "p",
    "div": "p",
}


def render_body(body: _Element) -> list[Para]:
    """Top-level blocks of a trafilatura ``<body>`` as paragraphs, in order.

    Loose text between blocks (trafilatura leaves the text after a heading as the
    heading's tail when the page had no ``<p>``) becomes a paragraph of its own.
    """
    paras: list[Para] = []
    _add(paras, flat(body.text or ""), "p")
    for child in body:
        tag = child.tag if isinstance(child.tag, str) else ""
        kind = _KIND_OF_TAG.get(tag)
        if kind == "table":
            _add(paras, _table_text(child), kind)
        elif kind == "list":
            _add(paras, "\n".join(_inline_text(item) for item in child.iter("item")), kind)
        elif kind is not None:
            _add(paras, _inline_text(child), kind)
        _add(paras, flat(child.tail or ""), "p")
    return paras


def _add(paras: list[Para], text: str, kind: ParaKind) -> None:
    text = normalize_space(text)
    if text:
        paras.append(Para(text, kind))


def _inline_text(element: _Element) -> str:
    """Text of an element with ``<lb/>`` as a line break and nested lists on own lines."""
    return "".join(_pieces(element))


def _pieces(element: _Element) -> Iterator[str]:
    """Text pieces; newlines in the page source are spaces, only ``<lb/>`` breaks a line."""
    if element.text:
        yield flat(element.text)
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "lb":
            yield "\n"
        elif tag in ("item", "list", "p", "row"):
            yield "\n"
            yield from _pieces(child)
            yield "\n"
        elif tag == "cell":
            yield " "
            yield from _pieces(child)
            yield " "
        else:
            yield from _pieces(child)
        if child.tail:
            yield flat(child.tail)


def _table_text(table: _Element) -> str:
    """One line per row, cells separated by a space; repeated rows (headers) kept once."""
    seen: set[str] = set()
    lines: list[str] = []
    for row in table.iter("row"):
        cells = (normalize_space(_inline_text(cell)).replace("\n", " ") for cell in row)
        line = " ".join(cell for cell in cells if cell)
        if line and line not in seen:
            seen.add(line)
            lines.append(line)
    return "\n".join(lines)

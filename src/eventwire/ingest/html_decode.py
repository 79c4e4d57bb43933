"""Bytes of a web page → ``str``, choosing the encoding the way a browser would.

Order of evidence: a byte-order mark; then UTF-8 if the bytes are valid UTF-8
(pages that declare Latin-1 but are UTF-8 are common, the reverse is not); then the
charset the page declares (``<meta charset>``, ``http-equiv`` or an XML
declaration) in its first bytes; then UTF-8 with replacement characters, but only
when the bytes are mostly valid UTF-8; finally windows-1252, the legacy default of
the web. Unlike :func:`eventwire.ingest.decode.decode_text`, which rejects doubtful
plain text, this never fails: a browser would show the page, so we read it.
"""

from __future__ import annotations

import codecs
import re

#: How far into the page a charset declaration is looked for (browsers use 1024 bytes;
#: real pages often put it later, after long comments or scripts).
SNIFF_BYTES = 16_384

#: Share of replacement characters tolerated when forcing UTF-8.
MAX_REPLACEMENT_SHARE = 0.01

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.:-]+)""")

#: Labels that browsers treat as another encoding (WHATWG Encoding Standard).
_LABEL_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "x-sjis": "shift_jis",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-user-defined": "cp1252",
}


def decode_html(data: bytes | str) -> str:
    """Decode a page; ``str`` input is returned unchanged. Never raises on bad bytes."""
    if isinstance(data, str):
        return data
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass  # not UTF-8 (valid UTF-8 with non-ASCII bytes is almost never anything else)
    declared = declared_charset(data[:SNIFF_BYTES])
    if declared is not None and declared != "utf-8":
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass  # a false declaration is common; look at the bytes themselves
    forced = data.decode("utf-8", errors="replace")
    if forced.count("\ufffd") <= MAX_REPLACEMENT_SHARE * max(len(forced), 1):
        return forced
    if declared is not None and declared != "utf-8":
        return data.decode(declared, errors="replace")  # the page's word, a few bytes lost
    return _decode_legacy(data)


def declared_charset(head: bytes) -> str | None:
    """The Python codec for the charset a page declares in ``head``, if known.

    A declaration of UTF-16/32 inside an 8-bit-readable page is a lie (the page
    could not have been read to find it), so it is treated as UTF-8, as browsers do.
    """
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if match is None:
        return None
    label = match.group(1).decode("ascii", errors="ignore").strip().lower()
    label = _LABEL_ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return name


def _decode_legacy(data: bytes) -> str:
    """windows-1252, with the five bytes it leaves undefined read as Latin-1."""
    out: list[str] = []
    start = 0
    while start < len(data):
        try:
            out.append(data[start:].decode("cp1252"))
            break
        except UnicodeDecodeError as exc:
            out.append(data[start : start + exc.start].decode("cp1252"))
            out.append(data[start + exc.start : start + exc.end].decode("latin-1"))
            start += exc.end
    return "".join(out)

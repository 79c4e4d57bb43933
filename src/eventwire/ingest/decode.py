"""From raw payloads to checked text: bytes, markup fragments and date strings.

Every reader (plain files, JSONL/CSV rows, feed entries, WARC records) hands its
payload through the same few functions here, so that a PDF renamed ``.txt``, a
Latin-1 file or a gzip bomb is judged the same way whatever format carried it.
Decoding is strict on purpose: garbage is reported as ``encoding`` instead of being
silently replaced, because replaced text would still be coded into wrong events.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import gzip
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import BinaryIO

from eventwire.errors import BinaryInput, EncodingError, MalformedInput, TooLarge
from eventwire.model import RawArticle, Skipped

SNIFF_BYTES = 8192
"""How much of a stream is looked at to decide its format and whether it is binary."""

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"\x7fELF", "ELF"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE (old Office)"),
    (b"Rar!\x1a\x07", "RAR"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"OggS", "Ogg"),
    (b"ID3", "MP3"),
    (b"\x00\x00\x00\x18ftyp", "MP4"),
    (b"\x00\x00\x00\x20ftyp", "MP4"),
    (b"RIFF", "RIFF (WAV/AVI/WebP)"),
    (b"SQLite format 3\x00", "SQLite"),
    (b"PAR1", "Parquet"),
)
GZIP_MAGIC = b"\x1f\x8b"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")
_MAX_CONTROL_SHARE = 0.05
_MIN_ASCII_SHARE_FOR_CP1252 = 0.9
# WHATWG maps these labels to windows-1252; Python's latin-1 would let C1 controls through.
_CP1252_ALIASES = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "ascii",
                             "us-ascii", "iso_8859-1", "windows-1252", "cp1252"})
_DECLARED_CHARSET = re.compile(
    rb"""(?:<meta[^>]{0,200}?charset\s*=\s*["']?|<\?xml[^>]{0,200}?encoding\s*=\s*["'])"""
    rb"""([A-Za-z0-9_.:-]{1,40})""",
    re.IGNORECASE,
)
_C1_CONTROLS = re.compile("[\x80-\x9f]")


@dataclass(frozen=True, slots=True)
class Payload:
    """One candidate article as a reader found it: a body (text or markup) and metadata.

    ``html`` is True when the body is a whole HTML page (an ``.html`` file, a WARC
    response: it goes through the HTML extractor), False when it is plain text, and
    None when it should be sniffed (a JSONL text field or a feed summary may hold a
    page, a fragment of markup, or plain text).
    """

    body: str
    locator: str
    title: str | None = None
    dek: str | None = None
    url: str | None = None
    author: str | None = None
    published: dt.date | None = None
    source: str | None = None
    html: bool | None = None


Finish = Callable[[Payload], "RawArticle | Skipped"]
"""Turns a payload into an article or a skip; readers get it injected from ``sources``."""


def magic_name(head: bytes) -> str | None:
    """The name of the binary format ``head`` starts with, if it is a known one."""
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    if head.startswith(GZIP_MAGIC):
        return "gzip"
    return None


def binary_reason(head: bytes) -> str | None:
    """Why ``head`` (the first bytes of a payload) is not text, or None if it may be.

    Text with a byte-order mark is judged after decoding (UTF-16 is full of NULs).
    """
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    name = magic_name(head)
    if name is not None:
        return f"starts like a {name} file"
    if b"\x00" in head:
        return "contains NUL bytes"
    share = control_share(head)
    if share > _MAX_CONTROL_SHARE:
        return f"{share:.0%} of the bytes are control characters"
    return None


def control_share(data: bytes) -> float:
    """Share of C0 control bytes other than the usual whitespace and ESC."""
    if not data:
        return 0.0
    controls = sum(1 for b in data if (b < 0x20 or b == 0x7F) and b not in _TEXT_CONTROLS)
    return controls / len(data)


def declared_charset(head: bytes) -> str | None:
    """The charset an HTML ``<meta>`` or XML declaration in ``head`` names, if any."""
    match = _DECLARED_CHARSET.search(head[:SNIFF_BYTES])
    return match.group(1).decode("ascii").lower() if match else None


def charset_from_content_type(content_type: str | None) -> str | None:
    """The ``charset=`` parameter of an HTTP ``Content-Type`` value."""
    if not content_type:
        return None
    match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type, re.IGNORECASE)
    return match.group(1).lower() if match else None


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Decode a whole payload strictly, or raise :class:`BinaryInput` / :class:`EncodingError`.

    Order: byte-order mark, UTF-8, the declared charset, then windows-1252 only when the
    bytes are mostly ASCII and the result holds no C1 controls (a Latin-1 article with a
    few accented names, not random bytes that happen to decode).
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise EncodingError(f"has a {codec} byte-order mark but is not {codec}") from exc
            reason = binary_reason(text[:SNIFF_BYTES].encode("utf-8"))
            if reason is not None:
                raise BinaryInput(reason)
            return text
    reason = binary_reason(data[:SNIFF_BYTES])
    if reason is not None:
        raise BinaryInput(reason)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    for attempt in (_decode_declared(data, declared), _decode_cp1252(data)):
        if attempt is not None:
            return attempt
    raise EncodingError(
        f"not valid UTF-8 (bad byte at offset {first_bad})"
        + (f" nor {declared}" if declared else "")
        + " and not mostly-ASCII windows-1252"
    )


def _decode_declared(data: bytes, declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        codec = codecs.lookup(declared).name
    except LookupError:
        return None
    if codec in {"utf-8", "utf-8-sig"} or declared.lower() in _CP1252_ALIASES:
        return None  # UTF-8 already failed; 1252 gets its own guarded attempt
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _decode_cp1252(data: bytes) -> str | None:
    ascii_share = sum(1 for b in data if b < 0x80) / len(data)
    if ascii_share < _MIN_ASCII_SHARE_FOR_CP1252:
        return None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return None if _C1_CONTROLS.search(text) else text


def utf8_prefix_ok(head: bytes) -> bool:
    """Whether ``head`` is valid UTF-8, allowing a multi-byte character cut at its end."""
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.reason == "unexpected end of data" and exc.start >= len(head) - 3
    return True


def stream_encoding(head: bytes) -> str:
    """The encoding to stream a container (CSV) with, judged from its first bytes.

    Raises :class:`EncodingError` when neither UTF-8 nor guarded windows-1252 fits.
    """
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec
    if utf8_prefix_ok(head):
        return "utf-8"
    if _decode_cp1252(head) is not None:
        return "cp1252"
    raise EncodingError("not valid UTF-8 and not mostly-ASCII windows-1252")


def read_bounded(stream: BinaryIO, max_bytes: int, what: str) -> bytes:
    """Read at most ``max_bytes`` from ``stream``; raise :class:`TooLarge` if there is more.

    Never holds more than ``max_bytes + 1`` bytes, which is what keeps a gzip bomb or an
    endless stdin from filling memory.
    """
    try:
        data = stream.read(max_bytes + 1)
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        raise MalformedInput(f"compressed data is corrupt: {exc}") from exc
    if len(data) > max_bytes:
        raise TooLarge(f"{what} is larger than max_bytes ({max_bytes:,} bytes)")
    return data


def check_size(text: str, max_bytes: int) -> None:
    """Raise :class:`TooLarge` when ``text`` is over ``max_bytes`` in UTF-8."""
    if len(text) * 4 <= max_bytes:
        return  # cannot be over: a character is at most four bytes
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise TooLarge(f"record text is {size:,} bytes, over max_bytes ({max_bytes:,})")


_HTML_DOCUMENT = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
_MARKUP_TAG = re.compile(
    r"</?(?:p|div|br|span|a|em|strong|b|i|u|h[1-6]|ul|ol|li|blockquote|figure|figcaption|img"
    r"|table|tr|td|article|section|header|footer|main|html|body)\b[^<>]*>",
    re.IGNORECASE,
)


def is_html_document(text: str) -> bool:
    """Whether ``text`` starts like a whole HTML page (doctype, ``<html>``, ``<head>``)."""
    return _HTML_DOCUMENT.match(text[:SNIFF_BYTES]) is not None


def has_markup(text: str) -> bool:
    """Whether ``text`` holds HTML tags (a fragment such as a feed summary)."""
    return _MARKUP_TAG.search(text[:SNIFF_BYTES]) is not None


_BLOCK_TAGS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "tr",
    "table", "figure", "figcaption", "article", "section", "header", "footer", "pre", "dd",
    "dt", "dl", "hr", "main", "aside", "title",
})
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe"})


class _TextCollector(HTMLParser):
    """Collects the text of a fragment, with a paragraph break at every block tag."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip_depth += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            # In HTML a line break in the source is just a space; only tags break lines.
            self.parts.append(re.sub(r"\s+", " ", data))


def strip_tags(fragment: str) -> str:
    """Plain text of an HTML fragment: tags out, entities decoded, paragraphs kept.

    Used for feed summaries and JSON/CSV text fields, which are too small for a
    boilerplate-removing extractor to judge (it tends to drop short paragraphs).
    """
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    return normalise_whitespace("".join(collector.parts))


def one_line(text: str, limit: int = 240) -> str:
    """``text`` on one line and at most ``limit`` characters: a skip reason, not a log."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def normalise_whitespace(text: str) -> str:
    """Spaces collapsed inside lines, at most one blank line between paragraphs."""
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n")]
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return out.strip()


_MONTHS = {
    name: i
    for i, names in enumerate(
        (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")),
        start=1,
    )
    for name in names
}
_ISO_DATE = re.compile(r"^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s_]|[+-]\d|Z)")
_COMPACT_DATE = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:$|T|\d{2,6}$)")
_MONTH_FIRST = re.compile(r"^\s*(?:\w+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b")
_DAY_FIRST = re.compile(r"^\s*(?:\w+,?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")


def parse_published(value: object) -> dt.date | None:
    """A publication date from metadata, as the source wrote it, or None.

    Accepts ``date``/``datetime`` objects, ISO dates (``2026-03-03``, with or without a
    time; the date part is kept as written, not shifted to UTC), ``YYYYMMDD``,
    RFC 2822 feed dates and ``March 3, 2026`` / ``3 March 2026``. Anything else is
    None: a wrong date is worse than none, because every relative date hangs on it.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    for pattern, order in ((_ISO_DATE, "ymd"), (_COMPACT_DATE, "ymd"),
                           (_MONTH_FIRST, "mdy"), (_DAY_FIRST, "dmy")):
        match = pattern.match(value)
        if match is None:
            continue
        parsed = _date_from_parts(dict(zip(order, match.groups(), strict=True)))
        if parsed is not None:
            return parsed
    try:
        return email.utils.parsedate_to_datetime(value.strip()).date()
    except (TypeError, ValueError, IndexError):
        return None


def _date_from_parts(parts: dict[str, str]) -> dt.date | None:
    month_text = parts["m"]
    month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text.lower())
    if month is None:
        return None
    try:
        return dt.date(int(parts["y"]), month, int(parts["d"]))
    except ValueError:
        return None

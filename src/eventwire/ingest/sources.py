"""Where articles come from: paths, folders, globs and stdin, in any supported format.

:func:`read_sources` is the one entry point. It expands each source, sniffs each
file's format from its first bytes (content wins over a lying extension), hands the
stream to the reader for that format, and passes every payload through the same
checks (empty, too large, markup, English). A bad input never raises: it becomes a
:class:`Skipped` with a one-line reason and iteration goes on, because one broken
file must not cost the rest of a batch.
"""

from __future__ import annotations

import datetime as dt
import glob
import gzip
import io
import os
import re
import stat
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import BinaryIO, Literal, cast

import orjson

from eventwire.errors import (
    BinaryInput,
    EmptyInput,
    InputError,
    MalformedInput,
    NotEnglish,
    TooLarge,
)
from eventwire.ingest.decode import (
    GZIP_MAGIC,
    SNIFF_BYTES,
    Payload,
    binary_reason,
    check_size,
    declared_charset,
    decode_text,
    has_markup,
    is_html_document,
    one_line,
    read_bounded,
    strip_tags,
)
from eventwire.ingest.language import detect_english
from eventwire.ingest.tabular import read_csv, read_json, read_jsonl
from eventwire.model import RawArticle, Skipped

Format = Literal["text", "html", "jsonl", "json", "csv", "tsv", "feed", "warc"]
Item = RawArticle | Skipped
HtmlExtractor = Callable[..., RawArticle]

EXTENSIONS: MappingProxyType[str, Format] = MappingProxyType({
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".csv": "csv", ".tsv": "tsv",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc",
})
SINGLE_DOCUMENT: frozenset[Format] = frozenset({"text", "html"})
STDIN = "-"

_ROOT_TAG = re.compile(
    r"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE\s+(?!html)[^>]*>\s*)*<([A-Za-z][\w:.-]*)",
    re.IGNORECASE | re.DOTALL,
)
_GLOB_MAGIC = re.compile(r"[*?[]")
_FEED_ROOTS = frozenset({"rss", "feed", "rdf:rdf"})
_JSON_LIST_START = re.compile(r"^\[\s*[{\]]")
_JSON_OBJECT_START = re.compile(r'^\{\s*(?:"|\})')


def read_sources(
    sources: Sequence[str],
    *,
    published: dt.date | None = None,
    max_bytes: int = 10_000_000,
    text_column: str | None = None,
    stdin: BinaryIO | None = None,
    html_extractor: HtmlExtractor | None = None,
) -> Iterator[RawArticle | Skipped]:
    """Every article in ``sources``, in order, with a :class:`Skipped` for each bad input.

    ``sources`` are file paths, folders (walked recursively in sorted order, hidden
    files and folders left out), glob patterns (``**`` supported) and ``-`` for
    ``stdin`` (default ``sys.stdin.buffer``). ``published`` is the publication date
    for inputs whose metadata has none. ``max_bytes`` bounds a single-document file
    (checked from its size, before reading) and each record of a container format.
    ``html_extractor`` replaces :func:`eventwire.ingest.html.extract_html`.
    """
    if isinstance(sources, str | bytes):
        raise TypeError("sources must be a sequence of paths, not a single string")
    ingest = _Ingest(published=published, max_bytes=max_bytes, text_column=text_column,
                     extractor=html_extractor)
    for item in _read_all([os.fspath(s) for s in sources], ingest, stdin):
        if isinstance(item, Skipped):
            item = Skipped(item.locator, item.reason, one_line(item.detail))
        yield item


def _read_all(sources: Sequence[str], ingest: _Ingest, stdin: BinaryIO | None) -> Iterator[Item]:
    for source in sources:
        if source == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _guarded(_read_stream(stream, "stdin", "", None, ingest), "stdin")
            continue
        paths = expand_source(source)
        if not paths:
            yield Skipped(source, "not_found", _not_found_detail(source))
        for path in paths:
            yield from _guarded(_read_path(path, ingest), str(path))


def expand_source(source: str) -> list[Path]:
    """The files a source names: itself, a folder's files, or a glob's matches, sorted."""
    path = Path(source).expanduser()
    if path.is_dir():
        return walk_folder(path)
    if path.exists():
        return [path]
    if _GLOB_MAGIC.search(source) is None:
        return []
    found: list[Path] = []
    for match in sorted(glob.glob(os.path.expanduser(source), recursive=True)):
        candidate = Path(match)
        found.extend(walk_folder(candidate) if candidate.is_dir() else [candidate])
    return list(dict.fromkeys(p for p in found if p.is_file()))


def walk_folder(folder: Path) -> list[Path]:
    """Every non-hidden file under ``folder``, sorted by path; hidden folders are pruned."""
    files: list[Path] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        files.extend(Path(root, n) for n in names if not n.startswith("."))
    return sorted((p for p in files if p.is_file()), key=lambda p: p.parts)


def _not_found_detail(source: str) -> str:
    if Path(source).expanduser().is_dir():
        return "folder holds no files (hidden files are left out)"
    if _GLOB_MAGIC.search(source) is not None:
        return "pattern matches no files"
    return "no such file or folder"


def detect_format(name: str, head: bytes) -> Format:
    """The format of a file from its name and first bytes; the bytes win when they are sure.

    ``name`` is the file name with any ``.gz`` removed (``""`` for stdin). An
    extension is believed unless the content positively says otherwise (a WARC header,
    a feed or HTML root element, JSON Lines), so that a JSONL file whose first line is
    broken is still read as JSONL.
    """
    plain_name = name[:-3] if name.lower().endswith(".gz") else name
    by_name = EXTENSIONS.get(Path(plain_name).suffix.lower())
    if head.startswith(b"WARC/"):
        return "warc"
    if by_name == "warc" and head.startswith(GZIP_MAGIC):
        return "warc"
    text = _sniff_text(head)
    root = _ROOT_TAG.match(text)
    root_name = root.group(1).lower() if root else ""
    if root_name in _FEED_ROOTS:
        return "feed"
    if is_html_document(text):
        return "html"
    if by_name is not None and by_name not in SINGLE_DOCUMENT:
        return by_name
    if by_name == "html":
        return "html" if "<" in text else "text"
    if _looks_like_jsonl(text):
        return "jsonl"
    if by_name is None and (_JSON_LIST_START.match(text) or _JSON_OBJECT_START.match(text)):
        return "json"
    return "text"


def _sniff_text(head: bytes) -> str:
    """The first bytes as text, leniently, for sniffing only (never for the article)."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"),
                       (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):].decode(codec, errors="ignore").lstrip()
    return head.decode("utf-8", errors="ignore").lstrip()


def _looks_like_jsonl(text: str) -> bool:
    if not text.startswith("{"):
        return False
    lines = text.splitlines()
    if len(lines) < 2 and len(text.encode("utf-8")) >= SNIFF_BYTES - 4:
        return False  # one long first line cut by the sniff window: cannot tell
    try:
        return isinstance(orjson.loads(lines[0]), dict)
    except orjson.JSONDecodeError:
        return False


def _guarded(items: Iterator[Item], locator: str) -> Iterator[Item]:
    """Turn an error that ends a whole input into one ``Skipped``; items before it stand."""
    try:
        yield from items
    except InputError as exc:
        yield Skipped(locator, exc.reason, str(exc))
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield Skipped(locator, MalformedInput.reason, f"compressed data is corrupt: {exc}")
    except OSError as exc:
        yield Skipped(locator, "unreadable", exc.strerror or str(exc))


def _read_path(path: Path, ingest: _Ingest) -> Iterator[Item]:
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        yield Skipped(str(path), "unreadable", "not a regular file")
        return
    with path.open("rb") as stream:
        yield from _read_stream(stream, str(path), path.name, info.st_size, ingest)


def _read_stream(
    stream: BinaryIO, locator: str, name: str, size: int | None, ingest: _Ingest,
    *, may_be_gzip: bool = True,
) -> Iterator[Item]:
    """Sniff ``stream`` and read it; ``size`` is known for files, None for pipes and gzip."""
    head = stream.read(min(SNIFF_BYTES, ingest.max_bytes + 1))
    if not head:
        raise EmptyInput("no bytes at all")
    replay = _replay(head, stream)
    if may_be_gzip and head.startswith(GZIP_MAGIC) and detect_format(name, head) != "warc":
        inner_name = name[:-3] if name.lower().endswith(".gz") else name
        inner = cast(BinaryIO, gzip.GzipFile(fileobj=replay, mode="rb"))
        yield from _read_stream(inner, locator, inner_name, None, ingest, may_be_gzip=False)
        return
    yield from _dispatch(replay, head, detect_format(name, head), locator, size, ingest)


def _dispatch(
    stream: BinaryIO, head: bytes, fmt: Format, locator: str, size: int | None,
    ingest: _Ingest,
) -> Iterator[Item]:
    if fmt == "warc":
        from eventwire.ingest.warc import read_warc

        yield from read_warc(stream, locator, ingest.finish, max_bytes=ingest.max_bytes)
        return
    if fmt in SINGLE_DOCUMENT and size is not None and size > ingest.max_bytes:
        raise TooLarge(f"file is {size:,} bytes, over max_bytes ({ingest.max_bytes:,})")
    reason = binary_reason(head)
    if reason is not None:
        raise BinaryInput(reason)
    if fmt in SINGLE_DOCUMENT:
        data = read_bounded(stream, ingest.max_bytes, "input")
        declared = declared_charset(data) if fmt == "html" else None
        yield ingest.finish(Payload(body=decode_text(data, declared), locator=locator,
                                    html=fmt == "html"))
    elif fmt == "jsonl":
        yield from read_jsonl(stream, locator, ingest.finish, max_bytes=ingest.max_bytes,
                              text_column=ingest.text_column)
    elif fmt == "json":
        yield from read_json(stream.read(), locator, ingest.finish,
                             max_bytes=ingest.max_bytes, text_column=ingest.text_column)
    elif fmt in {"csv", "tsv"}:
        yield from read_csv(stream, locator, ingest.finish, head=head,
                            delimiter="\t" if fmt == "tsv" else None,
                            text_column=ingest.text_column)
    else:
        from eventwire.ingest.feeds import read_feed

        yield from read_feed(stream.read(), locator, ingest.finish)


class _Replay(io.RawIOBase):
    """A stream that gives back the already-read ``head`` before the rest of ``rest``.

    Sniffing must not consume a pipe (stdin) or a gzip stream, neither of which can
    seek back.
    """

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        super().__init__()
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _replay(head: bytes, rest: BinaryIO) -> BinaryIO:
    return io.BufferedReader(_Replay(head, rest))


@dataclass(frozen=True, slots=True)
class _Ingest:
    """The per-call options, and the checks every payload goes through."""

    published: dt.date | None
    max_bytes: int
    text_column: str | None
    extractor: HtmlExtractor | None

    def finish(self, payload: Payload) -> Item:
        """The article a payload holds, or why it cannot be coded."""
        try:
            article = self._article(payload)
        except InputError as exc:
            return Skipped(payload.locator, exc.reason, str(exc))
        english, why = detect_english(article.text)
        if not english:
            return Skipped(payload.locator, NotEnglish.reason, why)
        return article

    def _article(self, p: Payload) -> RawArticle:
        if not p.body.strip():
            raise EmptyInput("no text (empty or whitespace only)")
        check_size(p.body, self.max_bytes)
        page: RawArticle | None = None
        text, from_html = p.body, True
        if p.html is True or (p.html is None and is_html_document(p.body)):
            page = self._html_extractor()(p.body, url=p.url, locator=p.locator)
            text = page.text
        elif p.html is None and has_markup(p.body):
            text = strip_tags(p.body)
        else:
            from_html = False
        if not text.strip():
            raise EmptyInput("no text left once the markup is removed")
        return RawArticle(
            text=text,
            locator=p.locator,
            title=p.title or (page.title if page else None),
            dek=p.dek or (page.dek if page else None),
            url=p.url or (page.url if page else None),
            author=p.author or (page.author if page else None),
            published=p.published or (page.published if page else None) or self.published,
            source=p.source or (page.source if page else None),
            from_html=from_html,
        )

    def _html_extractor(self) -> HtmlExtractor:
        if self.extractor is not None:
            return self.extractor
        from eventwire.ingest.html import extract_html

        extractor: HtmlExtractor = extract_html
        return extractor

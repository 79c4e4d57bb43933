"""WARC archives (plain or gzipped): every HTML response record is one article.

Only ``response`` and ``resource`` records with an HTML payload and a 2xx status are
articles; requests, metadata, images and redirects are crawl bookkeeping, not
news, and are passed over without a ``Skipped`` each (an archive holds thousands of
them). The article URL is ``WARC-Target-URI``. ``WARC-Date`` is when the page was
fetched, not when it was published, so it is never used as the publication date:
the page's own date is, via the HTML extractor.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from eventwire.errors import EmptyInput, InputError, MalformedInput
from eventwire.ingest.decode import (
    Finish,
    Payload,
    charset_from_content_type,
    declared_charset,
    decode_text,
    read_bounded,
)
from eventwire.model import RawArticle, Skipped

HTML_TYPES = ("text/html", "application/xhtml+xml")
# warcio reports some broken records with AttributeError/ValueError from its parser
# (a response without WARC-Target-URI, a non-numeric Content-Length); these are caught
# only around warcio's own calls.
_WARCIO_ERRORS = (ArchiveLoadFailed, EOFError, zlib.error, gzip.BadGzipFile, ValueError,
                  AttributeError)


def read_warc(
    stream: BinaryIO, locator: str, finish: Finish, *, max_bytes: int
) -> Iterator[RawArticle | Skipped]:
    """One item per HTML response, located as ``path:<WARC-Record-ID>``.

    Raises :class:`MalformedInput` if the archive breaks off (records before the
    break have been yielded) and :class:`EmptyInput` if it holds no HTML response.
    """
    found = 0
    records = iter(ArchiveIterator(stream))
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except _WARCIO_ERRORS as exc:
            raise MalformedInput(
                f"WARC archive is broken after {found} HTML records: {_describe(exc)}"
            ) from exc
        content_type = _html_content_type(record)
        if content_type is None:
            continue
        found += 1
        record_id = record.rec_headers.get_header("WARC-Record-ID") or f"#{found}"
        yield _record_item(record, content_type, f"{locator}:{record_id}", finish, max_bytes)
    if not found:
        raise EmptyInput("WARC archive holds no HTML response records")


def _html_content_type(record: Any) -> str | None:
    """The payload's content type when the record is a successful HTML page, else None."""
    if record.rec_type == "response" and record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None
        content_type = record.http_headers.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None
    mime = content_type.split(";", 1)[0].strip().lower()
    return content_type if mime in HTML_TYPES else None


def _record_item(
    record: Any, content_type: str, locator: str, finish: Finish, max_bytes: int
) -> RawArticle | Skipped:
    try:
        data = read_bounded(record.content_stream(), max_bytes, "HTML payload")
    except InputError as exc:
        return Skipped(locator, exc.reason, str(exc))
    except _WARCIO_ERRORS as exc:
        return Skipped(locator, MalformedInput.reason,
                       f"record cannot be read: {_describe(exc)}")
    if getattr(record.raw_stream, "limit", 0) > 0:
        # warcio hands back a short payload without complaint when the file ends early.
        return Skipped(locator, MalformedInput.reason,
                       "record is truncated: the archive ends inside it")
    try:
        charset = charset_from_content_type(content_type) or declared_charset(data)
        body = decode_text(data, declared=charset)
    except InputError as exc:
        return Skipped(locator, exc.reason, str(exc))
    url = record.rec_headers.get_header("WARC-Target-URI")
    return finish(Payload(body=body, locator=locator, url=url, html=True))


def _describe(exc: BaseException) -> str:
    """A reader's account of a warcio failure; its AttributeErrors name its internals."""
    if isinstance(exc, AttributeError | ValueError):
        return "a record header is missing or invalid"
    return str(exc) or type(exc).__name__

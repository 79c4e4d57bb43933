"""Record containers: JSON Lines, JSON (one object or a list) and CSV/TSV.

Each record becomes one :class:`Payload` whose body is the text column and whose
metadata comes from the usual column names. Records are streamed, so a file of a
million articles never sits in memory, and a broken record is one ``Skipped`` while
the rest go on. Locators are ``path:LINE`` (JSONL, 1-based line), ``path:ROW``
(CSV, the 1-based line the row starts on, the header being line 1) or ``path:N``
(the N-th object of a JSON list), with ``#id`` appended when the record has an id.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
from typing import BinaryIO

import orjson

from eventwire.errors import EmptyInput, EncodingError, InputError, MalformedInput
from eventwire.ingest.decode import (
    Finish,
    Payload,
    decode_text,
    parse_published,
    stream_encoding,
)
from eventwire.model import RawArticle, Skipped

TEXT_COLUMNS: tuple[str, ...] = ("text", "body", "content", "article", "story")
"""Columns tried, in order, for the article body when no ``text_column`` is given."""

META_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("title", ("title", "headline")),
    ("dek", ("dek", "subtitle", "subheadline", "standfirst")),
    ("url", ("url", "link")),
    ("author", ("author", "byline")),
    ("published", ("date", "published", "publication_date", "pubdate")),
    ("source", ("source", "publisher")),
)
ID_COLUMNS: tuple[str, ...] = ("id",)
_SKIP_LINE_CHUNK = 1 << 20

Item = RawArticle | Skipped


def payload_from_record(
    record: Mapping[str, object], locator: str, text_column: str | None = None
) -> Payload:
    """The payload of one JSON object or CSV row; keys are matched case-insensitively.

    Raises :class:`MalformedInput` when the record has no text field.
    """
    fields = {str(k).strip().lower(): v for k, v in record.items()}
    names = (text_column.lower(),) if text_column else TEXT_COLUMNS
    body = next((fields[n] for n in names if fields.get(n) is not None), None)
    if body is None:
        raise MalformedInput(f"no text field (looked for {', '.join(names)})")
    if not isinstance(body, str):
        raise MalformedInput(f"text field is a {type(body).__name__}, not a string")
    record_id = _first(fields, ID_COLUMNS)
    meta = {name: _first(fields, keys) for name, keys in META_COLUMNS}
    return Payload(
        body=body,
        locator=f"{locator}#{record_id}" if record_id else locator,
        title=meta["title"],
        dek=meta["dek"],
        url=meta["url"],
        author=meta["author"],
        published=parse_published(meta["published"]),
        source=meta["source"],
    )


def _first(fields: Mapping[str, object], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = fields.get(key)
        if isinstance(value, bool):
            continue
        if isinstance(value, str | int | float) and str(value).strip():
            return str(value).strip()
    return None


def _finish_record(
    record: object, locator: str, finish: Finish, text_column: str | None
) -> Item:
    if not isinstance(record, dict):
        return Skipped(locator, MalformedInput.reason,
                       f"a {type(record).__name__}, not a JSON object")
    try:
        payload = payload_from_record(record, locator, text_column)
    except InputError as exc:
        return Skipped(locator, exc.reason, str(exc))
    return finish(payload)


def read_jsonl(
    stream: BinaryIO,
    locator: str,
    finish: Finish,
    *,
    max_bytes: int,
    text_column: str | None = None,
) -> Iterator[Item]:
    """One item per non-blank line; a line over ``max_bytes`` is skipped unread."""
    for number, line in _bounded_lines(stream, max_bytes):
        where = f"{locator}:{number}"
        if line is None:
            yield Skipped(where, "too_large", f"line is longer than max_bytes ({max_bytes:,})")
            continue
        if not line.strip():
            continue
        try:
            record = orjson.loads(decode_text(line.strip()))
        except InputError as exc:
            yield Skipped(where, exc.reason, str(exc))
            continue
        except orjson.JSONDecodeError as exc:
            yield Skipped(where, MalformedInput.reason, f"invalid JSON: {exc}")
            continue
        yield _finish_record(record, where, finish, text_column)


def _bounded_lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, bytes)``, with None for a line longer than ``max_bytes``."""
    number = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:  # drain the rest of the long line without keeping it
                chunk = stream.readline(_SKIP_LINE_CHUNK)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield number, None
        else:
            yield number, line


def read_json(
    data: bytes,
    locator: str,
    finish: Finish,
    *,
    max_bytes: int,
    text_column: str | None = None,
) -> Iterator[Item]:
    """A ``.json`` file: one object, a list of objects, or JSON Lines after all."""
    text = decode_text(data)
    if not text.strip():
        raise EmptyInput("file is empty")
    try:
        document = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        if _first_line_is_object(text):
            yield from read_jsonl(io.BytesIO(data), locator, finish,
                                  max_bytes=max_bytes, text_column=text_column)
            return
        raise MalformedInput(f"invalid JSON: {exc}") from exc
    if isinstance(document, list):
        if not document:
            raise EmptyInput("JSON list is empty")
        for number, record in enumerate(document, start=1):
            yield _finish_record(record, f"{locator}:{number}", finish, text_column)
    else:
        yield _finish_record(document, locator, finish, text_column)


def _first_line_is_object(text: str) -> bool:
    first = next((line for line in text.splitlines() if line.strip()), "")
    try:
        return isinstance(orjson.loads(first), dict)
    except orjson.JSONDecodeError:
        return False


def sniff_delimiter(head: str, default: str = ",") -> str:
    """The delimiter of a CSV from its first lines (``,`` ``;`` tab or ``|``)."""
    sample = "\n".join(head.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        return default


def read_csv(
    stream: BinaryIO,
    locator: str,
    finish: Finish,
    *,
    head: bytes,
    delimiter: str | None = None,
    text_column: str | None = None,
) -> Iterator[Item]:
    """One item per data row; ``head`` (the first bytes) picks encoding and delimiter."""
    encoding = stream_encoding(head)
    if delimiter is None:
        delimiter = sniff_delimiter(head.decode(encoding, errors="ignore"))
    text = io.TextIOWrapper(stream, encoding=encoding, errors="strict", newline="")
    reader = csv.reader(text, delimiter=delimiter)
    header = _header(reader)
    index = _text_index(header, text_column)
    while True:
        where = f"{locator}:{reader.line_num + 1}"
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            reason = "too_large" if "field limit" in str(exc) else MalformedInput.reason
            yield Skipped(where, reason, f"CSV row cannot be parsed: {exc}")
            continue
        except UnicodeDecodeError as exc:
            yield Skipped(where, EncodingError.reason,
                          f"not {encoding} from here on ({exc.reason}); rest of file skipped")
            return
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield Skipped(where, MalformedInput.reason,
                          f"row has {len(row)} fields, the header has {len(header)}")
            continue
        yield _finish_record(dict(zip(header, row, strict=True)), where, finish,
                             header[index])


def _header(reader: Iterator[list[str]]) -> list[str]:
    try:
        header = next(reader)
    except StopIteration as exc:
        raise EmptyInput("CSV file has no header row") from exc
    except csv.Error as exc:
        raise MalformedInput(f"CSV header cannot be parsed: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise EncodingError(f"CSV header is not decodable ({exc.reason})") from exc
    return [name.strip().lower() for name in header]


def _text_index(header: list[str], text_column: str | None) -> int:
    names = (text_column.lower(),) if text_column else TEXT_COLUMNS
    for name in names:
        if name in header:
            return header.index(name)
    raise MalformedInput(
        f"no text column (looked for {', '.join(names)}; header has {', '.join(header[:8])})"
    )

"""Byte-level decoding: binary sniffing, strict charset handling, markup and dates."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from eventwire.errors import BinaryInput, EncodingError, MalformedInput, TooLarge
from eventwire.ingest.decode import (
    binary_reason,
    charset_from_content_type,
    check_size,
    declared_charset,
    decode_text,
    has_markup,
    is_html_document,
    parse_published,
    read_bounded,
    stream_encoding,
    strip_tags,
)

ENGLISH = "The mayor said the bridge would reopen on Friday after repairs."


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"%PDF-1.7\n%\xe2\xe3", "PDF"),
        (b"PK\x03\x04\x14\x00", "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a\x01\x00", "GIF"),
        (b"\x7fELF\x02\x01\x01", "ELF"),
    ],
)
def test_known_binary_magic_is_named(head: bytes, expected: str) -> None:
    reason = binary_reason(head)
    assert reason is not None
    assert expected in reason


def test_nul_bytes_and_control_characters_are_binary() -> None:
    assert binary_reason(b"abc\x00def") == "contains NUL bytes"
    noisy = bytes([1, 2, 3, 4, 5, 6]) * 10 + b"some words"
    assert "control characters" in (binary_reason(noisy) or "")


def test_ordinary_text_with_tabs_and_form_feeds_is_not_binary() -> None:
    assert binary_reason(b"Column\tvalue\r\nNext page\f" + ENGLISH.encode()) is None


def test_utf8_and_bom_variants_decode() -> None:
    assert decode_text(ENGLISH.encode("utf-8")) == ENGLISH
    assert decode_text(b"\xef\xbb\xbf" + ENGLISH.encode()) == ENGLISH
    assert decode_text(ENGLISH.encode("utf-16")) == ENGLISH  # with BOM, full of NULs


def test_mostly_ascii_latin1_falls_back_to_cp1252() -> None:
    raw = "The caf\u00e9 owner in Bogot\u00e1 said prices rose.".encode("latin-1")
    assert decode_text(raw) == "The caf\u00e9 owner in Bogot\u00e1 said prices rose."


def test_declared_charset_is_used_when_utf8_fails() -> None:
    raw = "Москва заявила".encode("cp1251")
    assert decode_text(raw, declared="windows-1251") == "Москва заявила"


def test_garbage_high_bytes_are_an_encoding_error_not_replaced() -> None:
    garbage = bytes(range(0x80, 0x100)) * 4
    with pytest.raises(EncodingError):
        decode_text(garbage)


def test_cp1252_fallback_rejects_c1_controls() -> None:
    # 0x81 is undefined in windows-1252: never silently turned into a control character.
    with pytest.raises(EncodingError):
        decode_text(b"plain words \x81 and more plain words here to be mostly ascii")


def test_binary_is_reported_before_encoding() -> None:
    with pytest.raises(BinaryInput):
        decode_text(b"%PDF-1.4 \xff\xfe rest")


def test_charset_sniffing_from_meta_and_headers() -> None:
    assert declared_charset(b'<html><head><meta charset="ISO-8859-2">') == "iso-8859-2"
    assert declared_charset(b'<?xml version="1.0" encoding="windows-1251"?><rss>') == (
        "windows-1251"
    )
    assert charset_from_content_type("text/html; charset=Shift_JIS") == "shift_jis"
    assert charset_from_content_type("text/html") is None


def test_stream_encoding_allows_a_character_cut_at_the_sniff_window() -> None:
    head = "text,body\n1,Zürich".encode()[:-1]  # last byte of ü... is cut
    assert stream_encoding("a,b\n1,Zürich".encode()[:-2]) == "utf-8"
    assert stream_encoding(head) == "utf-8"
    assert stream_encoding("a,b\n1,Caf\u00e9\n".encode("latin-1")) == "cp1252"


def test_read_bounded_raises_past_the_limit() -> None:
    assert read_bounded(io.BytesIO(b"x" * 10), 10, "input") == b"x" * 10
    with pytest.raises(TooLarge):
        read_bounded(io.BytesIO(b"x" * 11), 10, "input")


def test_read_bounded_reports_corrupt_gzip_as_malformed() -> None:
    import gzip

    broken = gzip.GzipFile(fileobj=io.BytesIO(b"\x1f\x8b\x08\x00garbage-not-deflate"))
    with pytest.raises(MalformedInput):
        read_bounded(broken, 1000, "input")  # type: ignore[arg-type]


def test_check_size_counts_utf8_bytes() -> None:
    check_size("é" * 5, 10)
    with pytest.raises(TooLarge):
        check_size("é" * 6, 10)


def test_html_sniffing_tells_pages_from_fragments() -> None:
    assert is_html_document("  <!DOCTYPE html><html><body>x</body></html>")
    assert is_html_document('<?xml version="1.0"?>\n<!-- saved --><html lang="en">')
    assert not is_html_document("<p>Only a fragment</p>")
    assert has_markup("<p>Only a fragment</p>")
    assert not has_markup("Prices rose 3 < 4 percent, officials said.")


def test_strip_tags_keeps_paragraphs_and_drops_scripts() -> None:
    html = (
        "<div><p>First &amp; foremost,\n  the  council met.</p><script>var x = 1;</script>"
        "<p>It voted<br>twice.</p></div>"
    )
    assert strip_tags(html) == "First & foremost, the council met.\n\nIt voted\ntwice."


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-03", dt.date(2025, 3, 3)),
        ("2025-03-03T23:30:00-05:00", dt.date(2025, 3, 3)),  # as written, not shifted to UTC
        ("2025/3/4", dt.date(2025, 3, 4)),
        ("20250305", dt.date(2025, 3, 5)),
        ("20250305143000", dt.date(2025, 3, 5)),
        ("Tue, 04 Mar 2025 23:30:00 -0500", dt.date(2025, 3, 4)),
        ("March 6, 2025", dt.date(2025, 3, 6)),
        ("Thursday, 6 March 2025", dt.date(2025, 3, 6)),
        (dt.datetime(2025, 3, 7, 12, 0), dt.date(2025, 3, 7)),
        (dt.date(2025, 3, 8), dt.date(2025, 3, 8)),
        ("2025-02-30", None),
        ("last Tuesday", None),
        ("", None),
        (1741000000, None),  # a bare number is not guessed at
        (None, None),
    ],
)
def test_parse_published(value: object, expected: dt.date | None) -> None:
    assert parse_published(value) == expected

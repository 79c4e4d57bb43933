"""WARC archives, built here with warcio's writer."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.errors import EmptyInput
from eventwire.ingest import read_sources
from eventwire.ingest.decode import strip_tags
from eventwire.model import RawArticle, Skipped

PAGE = """<!DOCTYPE html>
<html><head><title>Storm cuts power to coastal towns</title>
<meta name="date" content="2025-09-14"></head>
<body><p>A storm cut power to thousands of homes along the coast on Sunday, and the
utility company said repairs could take until the end of the week.</p></body></html>
"""
PAGE_1251 = (
    "<html><head><meta charset=\"windows-1251\"><title>Rail strike</title></head><body>"
    "<p>Train drivers began a two-day strike on Monday over pay and the rail operator "
    "said it would run only a handful of services \u2014 mostly in the morning.</p>"
    "</body></html>"
)


class FakeExtractor:
    """A stand-in for the HTML extractor that records how it was called."""

    def __init__(self) -> None:
        self.calls: list[tuple[str | None, str]] = []

    def __call__(self, html: str, url: str | None = None, locator: str = "<html>") -> RawArticle:
        self.calls.append((url, locator))
        title = re.search(r"<title>(.*?)</title>", html)
        date = re.search(r'<meta name="date" content="([^"]+)"', html)
        text = strip_tags(re.sub(r"(?s)<head>.*?</head>", "", html))
        if not text:
            raise EmptyInput("page has no text")
        return RawArticle(
            text=text,
            locator=locator,
            title=title.group(1) if title else None,
            url=url,
            published=dt.date.fromisoformat(date.group(1)) if date else None,
            from_html=True,
        )


def _response(writer: WARCWriter, url: str, body: bytes, content_type: str,
              status: str = "200 OK") -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                       http_headers=headers)
    writer.write_record(record)


def _build(path: Path, gzip: bool) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        _response(writer, "https://news.example.invalid/storm", PAGE.encode(),
                  "text/html; charset=utf-8")
        _response(writer, "https://news.example.invalid/logo.png", b"\x89PNG\r\n\x1a\n",
                  "image/png")
        _response(writer, "https://news.example.invalid/moved", b"<html>moved</html>",
                  "text/html", status="301 Moved Permanently")
        _response(writer, "https://news.example.invalid/rail", PAGE_1251.encode("cp1251"),
                  "text/html")
        _response(writer, "https://news.example.invalid/blank", b"", "text/html")


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_html_responses_become_articles(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    _build(path, gzip=name.endswith(".gz"))
    extractor = FakeExtractor()
    items = list(read_sources([str(path)], html_extractor=extractor,
                              published=dt.date(2025, 1, 1)))
    assert [type(i).__name__ for i in items] == ["RawArticle", "RawArticle", "Skipped"]
    storm, rail, blank = items
    assert isinstance(storm, RawArticle) and isinstance(rail, RawArticle)
    assert re.fullmatch(re.escape(str(path)) + r":<urn:uuid:[0-9a-f-]+>", storm.locator)
    assert storm.url == "https://news.example.invalid/storm"
    assert storm.title == "Storm cuts power to coastal towns"
    assert storm.published == dt.date(2025, 9, 14)  # the page's date, not WARC-Date
    assert storm.text.startswith("A storm cut power to thousands of homes")
    assert storm.from_html
    # Charset from the page's <meta>, since the HTTP header named none.
    assert "\u2014 mostly in the morning" in rail.text
    assert rail.published == dt.date(2025, 1, 1)  # no page date: the caller's fallback
    assert isinstance(blank, Skipped) and blank.reason == "empty"
    assert [url for url, _ in extractor.calls] == [
        "https://news.example.invalid/storm", "https://news.example.invalid/rail"]


def test_gzipped_warc_without_warc_in_the_name_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "crawl.gz"
    _build(path, gzip=True)
    items = list(read_sources([str(path)], html_extractor=FakeExtractor()))
    assert sum(isinstance(i, RawArticle) for i in items) == 2


def test_html_payload_over_max_bytes_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "big.warc"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        _response(writer, "https://news.example.invalid/big",
                  PAGE.encode() + b"<!--" + b"x" * 5000 + b"-->", "text/html")
    (item,) = list(read_sources([str(path)], max_bytes=2000, html_extractor=FakeExtractor()))
    assert isinstance(item, Skipped) and item.reason == "too_large"


def test_warc_without_html_and_truncated_warc(tmp_path: Path) -> None:
    images = tmp_path / "images.warc"
    with images.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        _response(writer, "https://news.example.invalid/a.png", b"\x89PNG\r\n\x1a\n",
                  "image/png")
    full = tmp_path / "full.warc"
    _build(full, gzip=False)
    truncated = tmp_path / "truncated.warc"
    truncated.write_bytes(full.read_bytes()[:900])
    items = list(read_sources([str(images), str(truncated)], html_extractor=FakeExtractor()))
    assert isinstance(items[0], Skipped) and items[0].reason == "empty"
    assert all(isinstance(i, Skipped) for i in items)
    assert items[-1].locator.startswith(f"{truncated}:<urn:uuid:")
    assert items[-1].reason == "malformed"
    assert "truncated" in items[-1].detail

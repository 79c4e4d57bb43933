"""Every bad-input reason becomes one ``Skipped``, and good inputs around it still come through."""

from __future__ import annotations

import gzip
import json
import os
import tracemalloc
from pathlib import Path

import pytest

from eventwire import errors
from eventwire.ingest import read_sources
from eventwire.model import RawArticle, Skipped

GOOD = (
    "The port authority said on Thursday that a new container crane had arrived and "
    "would be working by the end of the month, easing delays for shipping lines."
)
GOOD_2 = (
    "Teachers in the capital ended a week-long strike after the education ministry "
    "agreed to pay overdue salaries before the start of the new term."
)
FRENCH = (
    "Les enseignants de la capitale ont mis fin à une grève d'une semaine après que le "
    "ministère de l'Éducation a accepté de verser les salaires en retard."
)


def _only(items: list[RawArticle | Skipped]) -> Skipped:
    assert len(items) == 1, items
    (item,) = items
    assert isinstance(item, Skipped), item
    assert item.detail and "\n" not in item.detail
    return item


def _skip(path: Path, **kwargs: object) -> Skipped:
    return _only(list(read_sources([str(path)], **kwargs)))  # type: ignore[arg-type]


def test_reasons_match_the_error_classes() -> None:
    assert {errors.EmptyInput.reason, errors.BinaryInput.reason, errors.EncodingError.reason,
            errors.TooLarge.reason, errors.MalformedInput.reason,
            errors.NotEnglish.reason} == {
        "empty", "binary", "encoding", "too_large", "malformed", "not_english"}


@pytest.mark.parametrize("content", [b"", b"   \n\t\n  ", b"\xef\xbb\xbf  \n"])
def test_empty_and_whitespace_only(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    skip = _skip(path)
    assert (skip.locator, skip.reason) == (str(path), "empty")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.txt", b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        ("archive.md", b"PK\x03\x04\x14\x00\x00\x00\x08\x00"),
        ("program", b"\x7fELF\x02\x01\x01\x00" + bytes(40)),
        ("nul.txt", b"words and then \x00\x00\x00 a NUL run"),
        ("controls.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 20 + b"text"),
        ("data.jsonl", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        ("image.gif", b"GIF89a\x01\x00\x01\x00"),
    ],
)
def test_binary(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert _skip(path).reason == "binary"


def test_gzip_holding_binary_is_binary_and_corrupt_gzip_is_malformed(tmp_path: Path) -> None:
    png = tmp_path / "picture.txt.gz"
    png.write_bytes(gzip.compress(b"\x89PNG\r\n\x1a\n" + bytes(100)))
    assert _skip(png).reason == "binary"
    corrupt = tmp_path / "corrupt.txt.gz"
    corrupt.write_bytes(gzip.compress(GOOD.encode())[:25])
    assert _skip(corrupt).reason == "malformed"


def test_gzip_bomb_is_too_large_without_inflating_it_all(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"word " * 2_000_000))  # 10 MB of text, ~10 KB on disk
    assert _skip(path, max_bytes=1_000_000).reason == "too_large"


def test_undecodable_bytes_are_an_encoding_error(tmp_path: Path) -> None:
    path = tmp_path / "garbage.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 8)
    skip = _skip(path)
    assert skip.reason == "encoding"
    assert "UTF-8" in skip.detail


def test_latin1_english_text_is_not_an_encoding_error(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(("Caf\u00e9 owners said " + GOOD).encode("latin-1"))
    (article,) = list(read_sources([str(path)]))
    assert isinstance(article, RawArticle) and article.text.startswith("Caf\u00e9 owners")


def test_sixty_megabyte_sparse_file_is_too_large_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.write(GOOD.encode())
        f.truncate(60_000_000)
    tracemalloc.start()
    try:
        items = list(read_sources([str(path)]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    skip = _only(items)
    assert skip.reason == "too_large"
    assert "60,000,000 bytes" in skip.detail
    assert peak < 2_000_000  # had it been read, 60 MB would have been allocated


def test_single_document_over_a_small_max_bytes(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(GOOD, encoding="utf-8")
    assert _skip(path, max_bytes=50).reason == "too_large"


def test_container_records_are_checked_one_by_one_against_max_bytes(tmp_path: Path) -> None:
    path = tmp_path / "batch.csv"
    path.write_text(f'text\n"{GOOD}"\n"{GOOD_2 * 3}"\n', encoding="utf-8")
    items = list(read_sources([str(path)], max_bytes=300))
    assert [i.reason if isinstance(i, Skipped) else "ok" for i in items] == ["ok", "too_large"]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("broken.json", '{"text": "unterminated'),
        ("broken.rss", "<rss><channel><item><title>x</broken"),
        ("broken.warc", "WARC/1.0\r\nWARC-Type: response\r\n\r\nxx\r\n\r\n"),
    ],
)
def test_malformed_containers(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    items = list(read_sources([str(path)]))
    assert isinstance(items[-1], Skipped)
    assert items[-1].locator == str(path)
    assert items[-1].reason == "malformed"


def test_not_english(tmp_path: Path) -> None:
    path = tmp_path / "french.txt"
    path.write_text(FRENCH, encoding="utf-8")
    skip = _skip(path)
    assert skip.reason == "not_english"
    assert "French" in skip.detail


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a POSIX fifo")
def test_a_fifo_is_unreadable_and_never_opened(tmp_path: Path) -> None:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    skip = _skip(path)
    assert (skip.reason, skip.detail) == ("unreadable", "not a regular file")


def test_mixed_batch_keeps_order_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "1-good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "2-empty.txt").write_bytes(b"")
    (tmp_path / "3-batch.jsonl").write_text(
        json.dumps({"text": GOOD_2}) + "\nnot json\n" + json.dumps({"text": FRENCH}) + "\n",
        encoding="utf-8",
    )
    (tmp_path / "4-photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (tmp_path / "5-good.txt").write_text(GOOD_2, encoding="utf-8")
    sources = [str(tmp_path / "1-good.txt"), str(tmp_path / "missing.txt"), str(tmp_path)]
    got = [
        (Path(i.locator).name, i.reason if isinstance(i, Skipped) else "ok")
        for i in read_sources(sources)
    ]
    assert got == [
        ("1-good.txt", "ok"),
        ("missing.txt", "not_found"),
        ("1-good.txt", "ok"),
        ("2-empty.txt", "empty"),
        ("3-batch.jsonl:1", "ok"),
        ("3-batch.jsonl:2", "malformed"),
        ("3-batch.jsonl:3", "not_english"),
        ("4-photo.png", "binary"),
        ("5-good.txt", "ok"),
    ]

"""Source expansion (files, folders, globs, stdin, gzip) and format sniffing."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from pathlib import Path

import pytest

from eventwire.ingest import read_sources
from eventwire.ingest.sources import detect_format, expand_source
from eventwire.model import RawArticle, Skipped

STORY_1 = (
    "Heavy rain flooded the lower part of the old town on Saturday, and the fire "
    "service said it had moved about 200 residents to a school on the hill."
)
STORY_2 = (
    "The health ministry opened a vaccination campaign in the eastern provinces on "
    "Monday, with mobile teams visiting villages that have no clinic."
)
STORY_3 = (
    "Customs officers seized a shipment of counterfeit medicines at the port after a tip "
    "from a shipping company, the finance ministry said in a statement."
)
PAGE = (
    "<!DOCTYPE html><html><head><title>Flood in the old town</title></head>"
    f"<body><article><p>{STORY_1}</p><p>{STORY_2}</p></article></body></html>"
)


def page_extractor(html: str, url: str | None = None, locator: str = "<html>") -> RawArticle:
    """A stand-in for the HTML extractor: body paragraphs, a fixed title."""
    from eventwire.ingest.decode import strip_tags

    body = html.split("<body>", 1)[-1]
    return RawArticle(text=strip_tags(body), locator=locator, title="Flood in the old town",
                      url=url, from_html=True)


def _texts(items: list[RawArticle | Skipped]) -> list[str | None]:
    return [i.text if isinstance(i, RawArticle) else None for i in items]


def test_plain_text_file(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY_1 + "\n", encoding="utf-8")
    (article,) = list(read_sources([str(path)], published=dt.date(2025, 7, 1)))
    assert isinstance(article, RawArticle)
    assert article.text == STORY_1 + "\n"  # plain text is kept as written for the cleaner
    assert article.locator == str(path)
    assert article.published == dt.date(2025, 7, 1)
    assert not article.from_html


def test_missing_published_stays_none(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(STORY_2, encoding="utf-8")
    (article,) = list(read_sources([str(path)]))
    assert isinstance(article, RawArticle) and article.published is None


def test_folder_is_walked_recursively_sorted_without_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deeper").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "one.txt").write_text(STORY_1, encoding="utf-8")
    (tmp_path / "a" / "deeper" / "two.txt").write_text(STORY_2, encoding="utf-8")
    (tmp_path / "a" / "three.txt").write_text(STORY_3, encoding="utf-8")
    (tmp_path / "a" / ".hidden.txt").write_text(STORY_3, encoding="utf-8")
    (tmp_path / ".git" / "config.txt").write_text(STORY_3, encoding="utf-8")
    items = list(read_sources([str(tmp_path)]))
    assert [Path(i.locator).relative_to(tmp_path).as_posix() for i in items] == [
        "a/deeper/two.txt", "a/three.txt", "b/one.txt"]
    assert _texts(items) == [STORY_2, STORY_3, STORY_1]


def test_glob_with_double_star(tmp_path: Path) -> None:
    (tmp_path / "x" / "y").mkdir(parents=True)
    (tmp_path / "x" / "y" / "deep.txt").write_text(STORY_1, encoding="utf-8")
    (tmp_path / "x" / "top.txt").write_text(STORY_2, encoding="utf-8")
    (tmp_path / "x" / "notes.csv").write_text("text\nignored\n", encoding="utf-8")
    items = list(read_sources([str(tmp_path / "**" / "*.txt")]))
    assert sorted(_texts(items), key=str) == sorted([STORY_1, STORY_2])
    assert expand_source(str(tmp_path / "x" / "*.txt")) == [tmp_path / "x" / "top.txt"]


def test_sources_that_match_nothing_are_not_found(tmp_path: Path) -> None:
    (tmp_path / "empty-folder").mkdir()
    items = list(read_sources([str(tmp_path / "nope.txt"), str(tmp_path / "*.nothing"),
                               str(tmp_path / "empty-folder")]))
    assert [(i.reason, i.detail) for i in items if isinstance(i, Skipped)] == [
        ("not_found", "no such file or folder"),
        ("not_found", "pattern matches no files"),
        ("not_found", "folder holds no files (hidden files are left out)"),
    ]


def test_stdin_plain_text_jsonl_and_html() -> None:
    (text,) = list(read_sources(["-"], stdin=io.BytesIO(STORY_1.encode())))
    assert isinstance(text, RawArticle) and text.locator == "stdin"
    lines = (json.dumps({"text": STORY_2}) + "\n" + json.dumps({"text": STORY_3})).encode()
    jsonl = list(read_sources(["-"], stdin=io.BytesIO(lines)))
    assert [i.locator for i in jsonl] == ["stdin:1", "stdin:2"]
    assert _texts(jsonl) == [STORY_2, STORY_3]
    (html,) = list(read_sources(["-"], stdin=io.BytesIO(PAGE.encode()),
                                html_extractor=page_extractor))
    assert isinstance(html, RawArticle) and html.title == "Flood in the old town"
    assert html.text == STORY_1 + "\n\n" + STORY_2


def test_stdin_larger_than_max_bytes_is_too_large() -> None:
    (skip,) = list(read_sources(["-"], stdin=io.BytesIO(((STORY_1 + " ") * 20).encode()),
                                max_bytes=500))
    assert isinstance(skip, Skipped)
    assert (skip.locator, skip.reason) == ("stdin", "too_large")


def test_stdin_jsonl_is_streamed_past_max_bytes() -> None:
    lines = "".join(json.dumps({"text": STORY_1}) + "\n" for _ in range(20)).encode()
    items = list(read_sources(["-"], stdin=io.BytesIO(lines), max_bytes=1000))
    assert len(lines) > 1000
    assert len(items) == 20 and all(isinstance(i, RawArticle) for i in items)


def test_gzipped_text_and_gzipped_jsonl(tmp_path: Path) -> None:
    text_gz = tmp_path / "story.txt.gz"
    text_gz.write_bytes(gzip.compress(STORY_1.encode()))
    jsonl_gz = tmp_path / "batch.jsonl.gz"
    jsonl_gz.write_bytes(gzip.compress((json.dumps({"text": STORY_2}) + "\n").encode()))
    items = list(read_sources([str(text_gz), str(jsonl_gz)]))
    assert [i.locator for i in items] == [str(text_gz), f"{jsonl_gz}:1"]
    assert _texts(items) == [STORY_1, STORY_2]


def test_html_file_goes_to_the_extractor_with_its_locator(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_text(PAGE, encoding="utf-8")
    calls: list[str] = []

    def extractor(html: str, url: str | None = None, locator: str = "<html>") -> RawArticle:
        calls.append(locator)
        return page_extractor(html, url=url, locator=locator)

    (article,) = list(read_sources([str(path)], html_extractor=extractor))
    assert calls == [str(path)]
    assert isinstance(article, RawArticle) and article.from_html


def test_real_html_extractor_when_present(tmp_path: Path) -> None:
    pytest.importorskip("eventwire.ingest.html")
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    (article,) = list(read_sources([str(path)]))
    assert isinstance(article, RawArticle)
    assert "Heavy rain flooded the lower part of the old town" in article.text


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("a.txt", b"<!DOCTYPE html><html>", "html"),  # content wins
        ("a.csv", b'<?xml version="1.0"?>\n<rss version="2.0">', "feed"),
        ("a.html", b"Just words, no markup at all.", "text"),
        ("a.xml", b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        ("a.jsonl", b'{"text": broken\n{"text": "ok"}\n', "jsonl"),  # extension kept
        ("a.txt", b'{"text": "a"}\n{"text": "b"}\n', "jsonl"),
        ("a.json", b'[{"text": "a"}]', "json"),
        ("", b'[{"text": "a"}]', "json"),
        ("", b"[UPDATED] Officials said on Monday", "text"),
        ("a.warc.gz", b"\x1f\x8b\x08\x00", "warc"),
        ("a.bin", b"WARC/1.0\r\nWARC-Type: warcinfo", "warc"),
        ("a.tsv", b"text\tid\n", "tsv"),
        ("notes", b"Ordinary words.", "text"),
    ],
)
def test_detect_format(name: str, head: bytes, expected: str) -> None:
    assert detect_format(name, head) == expected


def test_a_single_string_is_refused_and_path_objects_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY_3, encoding="utf-8")
    with pytest.raises(TypeError):
        list(read_sources(str(path)))
    (article,) = list(read_sources([path]))  # type: ignore[list-item]
    assert isinstance(article, RawArticle) and article.locator == str(path)

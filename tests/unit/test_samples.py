"""The bundled sample articles and their manifest."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest

from eventwire.ingest import detect_english, read_sources
from eventwire.model import RawArticle
from eventwire.samples import load_samples, read_manifest, sample_paths

DATELINE = re.compile(r"^[A-Z][A-Z .'-]+(?:, [A-Z][a-z]+)?, [A-Z][a-z]+ \d{1,2} \(Eventwire\) — ",
                      re.MULTILINE)


def test_manifest_has_at_least_twelve_unique_entries() -> None:
    entries = read_manifest()
    assert len(entries) >= 12
    for key in ("file", "title", "url"):
        values = [e[key] for e in entries]
        assert len(values) == len(set(values)), f"duplicate {key}"


def test_manifest_metadata_is_well_formed() -> None:
    for entry in read_manifest():
        assert isinstance(dt.date.fromisoformat(entry["published"]), dt.date)
        assert entry["url"].startswith("https://samples.eventwire.invalid/")
        assert entry["source"] == "Eventwire Sample Wire"
        assert entry["author"].strip()
        assert entry["file"].endswith(".txt")


def test_every_listed_file_exists_and_every_file_is_listed() -> None:
    paths = sample_paths()
    assert all(p.is_file() for p in paths)
    on_disk = {p.name for p in paths[0].parent.glob("*.txt")}
    assert on_disk == {p.name for p in paths}


@pytest.mark.parametrize("entry", read_manifest(), ids=lambda e: e["file"])
def test_each_sample_reads_like_a_wire_story(entry: dict[str, str]) -> None:
    (path,) = [p for p in sample_paths() if p.name == entry["file"]]
    text = path.read_text(encoding="utf-8")
    words = len(text.split())
    assert 150 <= words <= 450, f"{words} words"
    assert text.splitlines()[0] == entry["title"]  # headline line first
    assert DATELINE.search(text), "no dateline"
    assert re.search(r"\b(said|added)\b", text)
    assert '"' in text  # direct quotes
    assert detect_english(text)[0]


def test_messy_and_hard_wrapped_samples_are_present() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sample_paths()]
    messy = [t for t in texts if "\nContact Editor\n" in t and "\nBy " in t]
    assert len(messy) >= 2
    for text in messy:
        lines = [line for line in text.splitlines() if line.strip()]
        assert any(a == b and a.strip() for a, b in itertools.pairwise(lines)), (
            "no doubled caption line")
    wrapped = [t for t in texts if _hard_wrapped(t)]
    assert len(wrapped) >= 1


def _hard_wrapped(text: str) -> bool:
    body = [line for line in text.splitlines()[3:] if line.strip()]
    return len(body) >= 10 and max(len(line) for line in body) <= 85 and sum(
        1 for line in body if not line.rstrip().endswith((".", '"', ":"))) >= 5


def test_load_samples_carries_the_manifest_metadata() -> None:
    articles = load_samples()
    entries = read_manifest()
    assert len(articles) == len(entries)
    for article, entry in zip(articles, entries, strict=True):
        assert article.locator == "samples/" + entry["file"]
        assert (article.title, article.url, article.author, article.source) == (
            entry["title"], entry["url"], entry["author"], entry["source"])
        assert article.published == dt.date.fromisoformat(entry["published"])
        assert not article.from_html


def test_samples_pass_ingest_as_english_articles() -> None:
    items = list(read_sources([str(p) for p in sample_paths()]))
    assert all(isinstance(i, RawArticle) for i in items), [
        i for i in items if not isinstance(i, RawArticle)]

"""The bundled sample articles: fictional wire stories for demos, tests and first runs.

They are written for this project (real countries, offices and organisations,
invented events) so that a new user can run the whole pipeline without fetching
anything. ``data/samples/manifest.json`` holds each file's metadata; the text files
keep the raw layout a scraper would produce (headline, sub-headline, dateline, and in
two of them byline, "Contact Editor" and doubled caption lines; one is hard-wrapped).
"""

from __future__ import annotations

import datetime as dt
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import orjson

from eventwire.errors import EventwireError
from eventwire.model import RawArticle

MANIFEST = "manifest.json"
LOCATOR_PREFIX = "samples/"


class SampleDataError(EventwireError):
    """The bundled samples are missing or their manifest is malformed (a broken install)."""


def _samples_dir() -> Traversable:
    return files("eventwire").joinpath("data", "samples")


def read_manifest() -> list[dict[str, Any]]:
    """The manifest entries, in file order, checked for the keys every entry must have."""
    try:
        entries = orjson.loads(_samples_dir().joinpath(MANIFEST).read_bytes())
    except (OSError, orjson.JSONDecodeError) as exc:
        raise SampleDataError(f"cannot read the samples manifest: {exc}") from exc
    if not isinstance(entries, list):
        raise SampleDataError("samples manifest is not a JSON list")
    required = ("file", "title", "published", "source", "url", "author")
    for entry in entries:
        missing = [k for k in required if not isinstance(entry, dict) or k not in entry]
        if missing:
            raise SampleDataError(f"samples manifest entry {entry!r} lacks {', '.join(missing)}")
    return entries


def sample_paths() -> list[Path]:
    """Filesystem paths of the sample texts, in manifest order (for ``eventwire ingest``).

    Needs the package installed as plain files (the normal case); a zipped install
    has no paths, and :func:`load_samples` still works there.
    """
    root = _samples_dir()
    if not isinstance(root, Path):
        raise SampleDataError("samples are not on the filesystem (zipped install?)")
    return [root / entry["file"] for entry in read_manifest()]


def load_samples() -> list[RawArticle]:
    """The sample articles with their manifest metadata, ready for the pipeline."""
    root = _samples_dir()
    articles = []
    for entry in read_manifest():
        try:
            text = root.joinpath(entry["file"]).read_text(encoding="utf-8")
        except OSError as exc:
            raise SampleDataError(f"sample {entry['file']} is missing: {exc}") from exc
        articles.append(
            RawArticle(
                text=text,
                locator=LOCATOR_PREFIX + entry["file"],
                title=entry["title"],
                url=entry["url"],
                author=entry["author"],
                published=dt.date.fromisoformat(entry["published"]),
                source=entry["source"],
            )
        )
    return articles

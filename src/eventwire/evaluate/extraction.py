"""Task ``extraction``: article body, title and date found in a web page.

Each page is read from ``html_file`` (relative to the gold file's folder,
gunzipped when it ends in ``.gz``) and given to the extractor. The body is
scored by bag-of-words P/R/F1 per page, averaged over pages. Title and date
are scored only over pages whose gold has them; a gold set without them gets
None for those metrics, with a note, rather than a number that means nothing.
"""

from __future__ import annotations

import gzip
import zlib
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from eventwire.errors import InputError
from eventwire.evaluate.gold import GoldRecord
from eventwire.evaluate.metrics import PRF, bag_of_words_prf, ratio
from eventwire.evaluate.report import EvalReport, Extractor, make_report
from eventwire.model import RawArticle

TASK = "extraction"
METRICS: tuple[str, ...] = ("body_f1", "body_precision", "body_recall", "title_acc", "date_acc")
COUNTS: tuple[str, ...] = ("skipped", "title_n", "title_correct", "date_n", "date_correct")


def read_page(record: GoldRecord, base_dir: Path) -> bytes:
    """The page's HTML bytes; a missing or corrupt file is a broken gold set."""
    path = base_dir / record.req_str("html_file")
    try:
        data = path.read_bytes()
        return gzip.decompress(data) if path.suffix == ".gz" else data
    except OSError as exc:
        raise record.error(f"cannot read {path}: {exc.strerror or exc}") from exc
    except (EOFError, zlib.error) as exc:
        raise record.error(f"corrupt gzip file {path}: {exc}") from exc


def same_title(predicted: str | None, gold: str) -> bool:
    """Titles are equal up to case and runs of whitespace."""
    return (
        predicted is not None
        and " ".join(predicted.split()).casefold() == " ".join(gold.split()).casefold()
    )


def score(records: Iterable[GoldRecord], extractor: Extractor, base_dir: Path) -> EvalReport:
    counts: Counter[str] = Counter(dict.fromkeys(COUNTS, 0))
    pages: list[PRF] = []
    for record in records:
        html = read_page(record, base_dir)
        try:
            raw: RawArticle | None = extractor(html, record.opt_str("url"))
        except InputError:
            counts["skipped"] += 1
            raw = None
        pages.append(bag_of_words_prf(raw.text if raw else "", record.req_str("body")))
        title = record.opt_str("title")
        if title is not None:
            counts["title_n"] += 1
            counts["title_correct"] += same_title(raw.title if raw else None, title)
        date = record.opt_date("date")
        if date is not None:
            counts["date_n"] += 1
            counts["date_correct"] += raw is not None and raw.published == date
    n = len(pages)
    values = {
        "body_f1": _mean([p.f1 for p in pages]),
        "body_precision": _mean([p.precision for p in pages]),
        "body_recall": _mean([p.recall for p in pages]),
        "title_acc": ratio(counts["title_correct"], counts["title_n"]),
        "date_acc": ratio(counts["date_correct"], counts["date_n"]),
    }
    why = {
        "title_acc": "no record of this gold has a title (the field is null)",
        "date_acc": "no record of this gold has a date (the field is null)",
    }
    return make_report(TASK, n, METRICS, values, counts, why)


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None

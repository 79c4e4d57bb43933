"""Body extraction accuracy and speed: plain trafilatura vs ``eventwire.ingest.html``.

Usage::

    python benchmarks/extraction_compare.py PATH/TO/extraction/dev.jsonl [--per-page]

Reads the gold file (format: ``shared/eval/README.md``, section ``extraction/``),
extracts every page with trafilatura 2.x at its default settings (``extract``,
text output), with trafilatura at the settings our extractor uses
(``favor_precision``, no comments) and with
:func:`eventwire.ingest.html.extract_html`, and prints
``body_f1`` (bag-of-words F1 of lower-cased whitespace tokens, averaged over pages),
precision, recall and milliseconds per page for both. ``--per-page`` adds one line
per page (record id and scores only; no page text is printed).
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import trafilatura

from eventwire.errors import InputError
from eventwire.ingest.html import extract_html

Extractor = Callable[[bytes, str | None], str]


def bag_scores(predicted: str, gold: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of two texts as multisets of lower-cased whitespace tokens."""
    pred = Counter(predicted.lower().split())
    ref = Counter(gold.lower().split())
    if not pred and not ref:
        return 1.0, 1.0, 1.0
    common = sum((pred & ref).values())
    if common == 0:
        return 0.0, 0.0, 0.0
    precision = common / sum(pred.values())
    recall = common / sum(ref.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def plain_trafilatura(page: bytes, url: str | None) -> str:
    return trafilatura.extract(page, url=url) or ""


def tuned_trafilatura(page: bytes, url: str | None) -> str:
    """trafilatura with the settings ``extract_html`` gives it, without our additions."""
    return trafilatura.extract(page, url=url, favor_precision=True, include_comments=False) or ""


def eventwire_html(page: bytes, url: str | None) -> str:
    try:
        return extract_html(page, url=url).text
    except InputError:
        return ""


def load_gold(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def read_page(folder: Path, record: dict[str, object]) -> bytes:
    page_path = folder / str(record["html_file"])
    raw = page_path.read_bytes()
    return gzip.decompress(raw) if page_path.suffix == ".gz" else raw


def measure(
    extractor: Extractor, pages: list[tuple[bytes, str | None, str]]
) -> tuple[list[tuple[float, float, float]], float]:
    scores: list[tuple[float, float, float]] = []
    elapsed = 0.0
    for page, url, gold in pages:
        start = time.perf_counter()
        text = extractor(page, url)
        elapsed += time.perf_counter() - start
        scores.append(bag_scores(text, gold))
    return scores, 1000 * elapsed / max(len(pages), 1)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("gold", type=Path, help="extraction gold JSONL")
    parser.add_argument("--per-page", action="store_true", help="print scores per record id")
    args = parser.parse_args(argv)
    records = load_gold(args.gold)
    pages = [
        (read_page(args.gold.parent, r), r.get("url") or None, str(r["body"]))  # type: ignore[misc]
        for r in records
    ]
    systems: dict[str, Extractor] = {
        "trafilatura": plain_trafilatura,
        "traf-tuned": tuned_trafilatura,
        "eventwire": eventwire_html,
    }
    results = {name: measure(fn, pages) for name, fn in systems.items()}
    print(f"pages: {len(pages)}")
    print(f"{'system':<12} {'body_f1':>8} {'prec':>8} {'recall':>8} {'ms/page':>8}")
    for name, (scores, ms) in results.items():
        p, r, f = (statistics.mean(s[i] for s in scores) for i in range(3))
        print(f"{name:<12} {f:8.4f} {p:8.4f} {r:8.4f} {ms:8.1f}")
    if args.per_page:
        base, ours = results["trafilatura"][0], results["eventwire"][0]
        for record, b, o in zip(records, base, ours, strict=True):
            print(f"{str(record['id'])[:12]}  trafilatura {b[2]:.3f}  eventwire {o[2]:.3f}"
                  f"  (P {o[0]:.3f} R {o[1]:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

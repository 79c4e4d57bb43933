"""Throughput benchmark: the full pipeline against a bare ``nlp.pipe`` in the same run.

The baseline runs the same pinned spaCy model over the same raw texts with the same
number of worker processes and the same chunking, so ``ratio_vs_spacy`` isolates what
eventwire adds (cleaning, block boundaries, the coding layers) on a shared, noisy
machine. Model loading and process start-up are excluded from both timings: workers
are warmed up before the clock starts.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import resource
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from eventwire.errors import EventwireError
from eventwire.model import RawArticle, Skipped
from eventwire.pipeline import Pipeline

BATCH = 16


@dataclass(frozen=True, slots=True)
class BenchReport:
    corpus: str
    articles: int
    words: int
    workers: int
    skipped: int
    seconds: float
    baseline_seconds: float
    articles_per_s: float
    words_per_s: float
    baseline_articles_per_s: float
    ratio_vs_spacy: float
    peak_rss_mb_per_worker: float
    stages: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def load_corpus(path: Path, limit: int | None = None) -> list[RawArticle]:
    """Read a JSONL corpus (``text`` plus optional ``id``/``date``/``title``/``url``/``source``)."""
    import datetime as dt

    if not path.is_file():
        raise EventwireError(f"corpus not found: {path}")
    out: list[RawArticle] = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if limit is not None and len(out) >= limit:
                break
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise EventwireError(f"{path}:{n}: not JSON ({exc.msg})") from exc
            date = rec.get("date") or rec.get("published")
            out.append(
                RawArticle(
                    text=str(rec.get("text") or ""),
                    locator=f"{path}:{n}",
                    title=rec.get("title"),
                    url=rec.get("url"),
                    source=rec.get("source"),
                    published=dt.date.fromisoformat(date[:10]) if date else None,
                )
            )
    return out


# ---- worker-side functions (module level so that they pickle)
_STATE: dict[str, Any] = {}


def _init(kind: str, stages: tuple[str, ...] | None = None) -> None:
    if kind == "spacy":
        import spacy

        from eventwire.nlp import MODEL_NAME

        _STATE["nlp"] = spacy.load(MODEL_NAME)
    else:
        pipeline = Pipeline.default(stages)
        _STATE["pipeline"] = pipeline


def _warm(_: int) -> int:
    time.sleep(0.3)
    return os.getpid()


def _names(_: object = None) -> tuple[str, ...]:
    pipe = _STATE.get("pipeline")
    return ("clean", *pipe.names) if pipe is not None else ()


def _spacy_chunk(texts: list[str]) -> tuple[int, int]:
    for _ in _STATE["nlp"].pipe(texts, batch_size=BATCH):
        pass
    return os.getpid(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _pipeline_chunk(raws: list[RawArticle]) -> tuple[int, int, int]:
    skipped = sum(isinstance(r, Skipped) for r in _STATE["pipeline"].pipe(raws, batch_size=BATCH))
    return skipped, os.getpid(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _timed_pool(
    kind: str,
    workers: int,
    chunks: list[Any],
    fn: Callable[[Any], tuple[int, ...]],
    stages: tuple[str, ...] | None = None,
) -> tuple[float, list[tuple[int, ...]], tuple[str, ...]]:
    ctx = mp.get_context("spawn")
    with ProcessPoolExecutor(
        workers, mp_context=ctx, initializer=_init, initargs=(kind, stages)
    ) as pool:
        list(pool.map(_warm, range(workers * 2)))
        t0 = time.perf_counter()
        results = list(pool.map(fn, chunks))
        elapsed = time.perf_counter() - t0
        return elapsed, results, pool.submit(_names).result()


def _timed_serial(
    kind: str,
    chunks: list[Any],
    fn: Callable[[Any], tuple[int, ...]],
    stages: tuple[str, ...] | None = None,
) -> tuple[float, list[tuple[int, ...]], tuple[str, ...]]:
    _init(kind, stages)
    try:
        fn(chunks[0][:1])  # first call allocates lazily-built tables; keep it off the clock
        t0 = time.perf_counter()
        results = [fn(c) for c in chunks]
        return time.perf_counter() - t0, results, _names()
    finally:
        _STATE.clear()


def run_bench(
    corpus: Path,
    *,
    limit: int | None = None,
    workers: int = 1,
    stages: tuple[str, ...] | None = None,
) -> BenchReport:
    """Time the pipeline (all stages, or only ``stages`` besides nlp) against bare spaCy."""
    raws = load_corpus(corpus, limit)
    if not raws:
        raise EventwireError(f"corpus is empty: {corpus}")
    texts = [r.text for r in raws]
    words = sum(len(t.split()) for t in texts)
    chunk = BATCH * 2
    if workers <= 1:
        base_s, _, _ = _timed_serial("spacy", list(_chunks(texts, chunk)), _spacy_chunk)
        pipe_s, res, names = _timed_serial(
            "pipeline", list(_chunks(raws, chunk)), _pipeline_chunk, stages
        )
    else:
        base_s, _, _ = _timed_pool("spacy", workers, list(_chunks(texts, chunk)), _spacy_chunk)
        pipe_s, res, names = _timed_pool(
            "pipeline", workers, list(_chunks(raws, chunk)), _pipeline_chunk, stages
        )
    peak: dict[int, int] = {}
    for _, pid, rss in res:
        peak[pid] = max(rss, peak.get(pid, 0))
    return BenchReport(
        corpus=str(corpus),
        articles=len(raws),
        words=words,
        workers=max(1, workers),
        skipped=sum(r[0] for r in res),
        seconds=round(pipe_s, 3),
        baseline_seconds=round(base_s, 3),
        articles_per_s=round(len(raws) / pipe_s, 2),
        words_per_s=round(words / pipe_s, 1),
        baseline_articles_per_s=round(len(raws) / base_s, 2),
        ratio_vs_spacy=round(pipe_s / base_s, 3),
        peak_rss_mb_per_worker=round(max(peak.values()) / 1024, 1),
        stages=names,
    )

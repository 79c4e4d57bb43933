"""Measure eventwire against the shared gold standards (``eventwire eval TASK GOLD.jsonl``).

Each task runs the injected coder (or extractor) on every gold record and
compares what the resulting :class:`~eventwire.model.Doc` layers contain with
the gold, so an unbuilt layer scores what an empty answer deserves and a
built one is measured by the same code. Metric names and definitions are
those of the evaluation README; each task lives in its own module.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from eventwire.errors import EvalError
from eventwire.evaluate import (
    actors,
    events,
    extraction,
    incidents,
    quotes,
    subtypes,
    timexes,
    toponyms,
)
from eventwire.evaluate.gold import GoldRecord, check_gold_file, read_gold
from eventwire.evaluate.report import Coder, EvalReport, Extractor
from eventwire.model import Doc, RawArticle

__all__ = [
    "METRICS",
    "TASKS",
    "Coder",
    "EvalReport",
    "Extractor",
    "default_coder",
    "default_extractor",
    "evaluate",
]

TASKS: tuple[str, ...] = (
    "events",
    "incidents",
    "subtypes",
    "actors",
    "toponyms",
    "timexes",
    "quotes",
    "extraction",
)

METRICS: dict[str, tuple[str, ...]] = {
    "events": events.METRICS,
    "incidents": incidents.METRICS,
    "subtypes": subtypes.METRICS,
    "actors": actors.METRICS,
    "toponyms": toponyms.METRICS,
    "timexes": timexes.METRICS,
    "quotes": quotes.METRICS,
    "extraction": extraction.METRICS,
}
"""Metric names per task, headline first, exactly as the evaluation README names them."""

_CODED: dict[str, Callable[[Iterator[GoldRecord], Coder], EvalReport]] = {
    "events": events.score,
    "incidents": incidents.score,
    "subtypes": subtypes.score,
    "actors": actors.score,
    "toponyms": toponyms.score,
    "timexes": timexes.score,
    "quotes": quotes.score,
}


def evaluate(
    task: str,
    gold_path: Path,
    *,
    coder: Coder | None = None,
    extractor: Extractor | None = None,
    limit: int | None = None,
) -> EvalReport:
    """Score one task on one gold JSONL file, streaming its records.

    ``coder`` (every task but ``extraction``) defaults to the library's pipeline,
    ``extractor`` (``extraction`` only) to its HTML extractor; tests pass
    doubles. ``limit`` scores only the first records.

    Raises :class:`~eventwire.errors.EvalError` for an unknown task, a missing
    gold file or a malformed record (naming its line).
    """
    if task not in TASKS:
        raise EvalError(f"unknown task {task!r} (known: {', '.join(TASKS)})")
    if limit is not None and limit < 0:
        raise EvalError(f"limit must be 0 or more, not {limit}")
    gold_path = Path(gold_path)
    check_gold_file(gold_path)
    records = read_gold(gold_path, limit)
    if task == "extraction":
        chosen = extractor if extractor is not None else default_extractor()
        return extraction.score(records, chosen, gold_path.parent)
    if task == "subtypes" and coder is None:
        pipeline = _default_pipeline()
        labeller = next((s for s in pipeline.stages if s.name == "acled"), None)
        label_of = getattr(labeller, "label_of", None)
        return subtypes.score(records, _coder_for(pipeline), label_of=label_of)
    return _CODED[task](records, coder if coder is not None else default_coder())


def _default_pipeline() -> Any:
    from eventwire.pipeline import Pipeline

    return Pipeline.default()


def _coder_for(pipeline: Any) -> Coder:
    def coder(text: str, published: dt.date | None, /) -> Doc:
        return pipeline.code_verbatim(  # type: ignore[no-any-return]
            RawArticle(text=text, locator="<gold>", published=published)
        )

    return coder


def default_coder() -> Coder:
    """The library's pipeline, loaded when asked for (never at import time).

    Gold offsets index the text as given, so the text is coded verbatim
    (no cleaning) and the pinned model is loaded once for the whole run.
    """
    return _coder_for(_default_pipeline())


def default_extractor() -> Extractor:
    """The library's HTML extractor (the one ``eventwire ingest`` uses for web pages)."""
    from eventwire.ingest.html import extract_html

    def extractor(html: bytes, url: str | None, /) -> RawArticle:
        return extract_html(html, url)

    return extractor

"""What an evaluation takes (a coder, an extractor) and what it gives back (an :class:`EvalReport`).

The coder and extractor are injected so that tests can pass hand-made
doubles and the CLI can pass the real pipeline; nothing here knows how a
document is coded.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from eventwire.errors import InputError
from eventwire.model import Article, Doc, RawArticle


class Coder(Protocol):
    """Codes one text; ``published`` anchors relative dates and date-dependent actor roles."""

    def __call__(self, text: str, published: dt.date | None, /) -> Doc: ...


class Extractor(Protocol):
    """Finds the article body and metadata in one web page."""

    def __call__(self, html: bytes, url: str | None, /) -> RawArticle: ...


@dataclass(frozen=True, slots=True)
class EvalReport:
    """The figures of one task on one gold file.

    ``metrics`` holds exactly the task's metric names from the evaluation README,
    headline first; a metric with nothing to score (no gold item of that kind)
    is None, never a made-up number, and ``notes`` says why. ``counts`` holds
    the raw numbers behind the metrics (tp/fp/fn, match counts, ``skipped``).
    """

    task: str
    n: int
    metrics: dict[str, float | None]
    counts: dict[str, int]
    notes: tuple[str, ...] = field(default=())

    @property
    def headline(self) -> str:
        return next(iter(self.metrics))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (None stays None: JSON has no NaN)."""
        return {
            "task": self.task,
            "n": self.n,
            "headline": self.headline,
            "metrics": dict(self.metrics),
            "counts": dict(self.counts),
            "notes": list(self.notes),
        }


def make_report(
    task: str,
    n: int,
    names: Sequence[str],
    values: Mapping[str, float | None],
    counts: Counter[str],
    why_undefined: Mapping[str, str] | None = None,
) -> EvalReport:
    """Order the metrics as ``names`` says and note why each undefined (None) metric is so."""
    if set(values) != set(names):
        raise ValueError(f"{task}: metrics {sorted(values)} do not match {sorted(names)}")
    metrics = {name: values[name] for name in names}
    why = why_undefined or {}
    notes = tuple(
        f"{name}: not scored: {why.get(name, 'no gold item of this kind')}"
        for name, value in metrics.items()
        if value is None
    )
    return EvalReport(
        task=task,
        n=n,
        metrics=metrics,
        counts=dict(counts),
        notes=notes,
    )


def run_coder(coder: Coder, text: str, published: dt.date | None, counts: Counter[str]) -> Doc:
    """Code one gold text; an input the coder refuses scores as an empty prediction.

    A refusal (:class:`~eventwire.errors.InputError`) is what the pipeline does
    with a bad article, so it is counted under ``skipped`` rather than stopping
    the evaluation; any other exception is a bug and propagates.
    """
    try:
        return coder(text, published)
    except InputError:
        counts["skipped"] += 1
        return Doc(Article(id="skipped", text=text, published=published))

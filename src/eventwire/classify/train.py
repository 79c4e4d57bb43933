"""Train a text classifier from labelled JSONL (the library side of ``eventwire train``).

Two input formats (those of the evaluation README):

- ``subtypes``: ``{"id", "origin", "text", "label"}``, one label per text;
- ``events``: ``{"id", "origin", "text", "date", "events": [{"type", ...}, ...]}``;
  the label is the PLOVER ``type`` of the first event, ``NONE`` for a text with no
  event, so a user can train an event-type model on their own coded sentences.

The shipped model is built, deterministically, with::

    python scripts/make_training_data.py --out src/eventwire/data/training/acled_subtypes.jsonl
    python -m eventwire.classify.train src/eventwire/data/training/acled_subtypes.jsonl \\
        --out src/eventwire/data/models/acled_subtypes.npz

Never train on the evaluation gold: it is the yardstick, not the material.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np

from eventwire.classify.features import FeatureSpec, featurize_many
from eventwire.classify.learner import FitSettings, TrainingError, fit
from eventwire.classify.model import Model

Format = Literal["subtypes", "events"]
NO_EVENT = "NONE"


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    label: str


@dataclass(frozen=True, slots=True)
class TrainReport:
    """What a training run did; ``holdout_accuracy`` is None without a held-out share."""

    out: Path
    examples: int
    labels: dict[str, int]
    seconds: float
    model_bytes: int
    weight_rows: int
    train_accuracy: float
    holdout_accuracy: float | None = None
    holdout_examples: int = 0
    settings: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"out": str(self.out), "examples": self.examples, "labels": self.labels,
                "seconds": round(self.seconds, 2), "model_bytes": self.model_bytes,
                "weight_rows": self.weight_rows,
                "train_accuracy": round(self.train_accuracy, 4),
                "holdout_accuracy": None if self.holdout_accuracy is None
                else round(self.holdout_accuracy, 4),
                "holdout_examples": self.holdout_examples, "settings": self.settings}


def read_examples(paths: Iterable[Path | str], fmt: Format = "subtypes") -> list[Example]:
    """Examples from JSONL files; a malformed line is an error naming file and line."""
    if fmt not in ("subtypes", "events"):
        raise TrainingError(f"unknown training format {fmt!r} (known: subtypes, events)")
    out: list[Example] = []
    for path in map(Path, paths):
        try:
            lines = path.read_text("utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise TrainingError(f"cannot read {path}: {exc}") from exc
        for n, line in enumerate(lines, 1):
            if line.strip():
                out.append(_example(line, fmt, f"{path}:{n}"))
    return out


def _example(line: str, fmt: Format, where: str) -> Example:
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        raise TrainingError(f"{where}: not JSON: {exc}") from exc
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not rec["text"].strip():
        raise TrainingError(f"{where}: a record needs a non-empty 'text'")
    if fmt == "subtypes":
        label = rec.get("label")
        if not isinstance(label, str) or not label:
            raise TrainingError(f"{where}: a subtypes record needs a 'label'")
        return Example(rec["text"], label)
    events = rec.get("events")
    if not isinstance(events, list):
        raise TrainingError(f"{where}: an events record needs an 'events' list")
    if not events:
        return Example(rec["text"], NO_EVENT)
    first = events[0]
    if not isinstance(first, dict) or not isinstance(first.get("type"), str):
        raise TrainingError(f"{where}: an event needs a 'type'")
    return Example(rec["text"], first["type"])


def train_examples(examples: Sequence[Example], spec: FeatureSpec | None = None,
                   settings: FitSettings | None = None,
                   info: dict[str, Any] | None = None) -> Model:
    """Fit a model on examples; labels are sorted so that the result never depends on order."""
    spec = spec or FeatureSpec()
    settings = settings or FitSettings()
    labels = sorted({e.label for e in examples})
    if len(labels) < 2:
        raise TrainingError(f"need examples of two or more labels, got {labels}")
    index = {label: i for i, label in enumerate(labels)}
    batch = featurize_many([e.text for e in examples], spec)
    y = np.array([index[e.label] for e in examples], dtype=np.int64)
    weights, bias = fit(batch, y, len(labels), spec.dim, settings)
    return Model.from_dense(labels, spec, weights, bias, info)


def accuracy(model: Model, examples: Sequence[Example]) -> float:
    if not examples:
        return 0.0
    predicted = model.predict([e.text for e in examples])
    return sum(p == e.label for (p, _), e in zip(predicted, examples, strict=True)) / len(examples)


def train_from_jsonl(paths: Sequence[Path | str], out: Path | str, fmt: Format = "subtypes", *,
                     spec: FeatureSpec | None = None, settings: FitSettings | None = None,
                     holdout: float = 0.0) -> TrainReport:
    """Train on the JSONL files, save the model to ``out`` and say how it went.

    ``holdout`` (0 ≤ h < 1) keeps every ``round(1/h)``-th example out of training
    and reports the model's accuracy on them; the shipped model uses 0.
    """
    if not 0.0 <= holdout < 1.0:
        raise TrainingError(f"holdout must be in [0, 1), not {holdout}")
    spec = spec or FeatureSpec()
    settings = settings or FitSettings()
    started = time.perf_counter()
    examples = read_examples(paths, fmt)
    held: list[Example] = []
    train = examples
    if holdout > 0:
        step = max(2, round(1 / holdout))
        held = examples[step - 1 :: step]
        train = [e for i, e in enumerate(examples) if (i + 1) % step]
    info = {"format": fmt, "examples": len(train), "fit": settings.to_json(),
            "sources": [Path(p).name for p in paths]}
    model = train_examples(train, spec, settings, info)
    out = Path(out)
    model.save(out)
    seconds = time.perf_counter() - started
    return TrainReport(
        out=out, examples=len(train), labels=dict(sorted(Counter(e.label for e in train).items())),
        seconds=seconds, model_bytes=out.stat().st_size, weight_rows=len(model.rows),
        train_accuracy=accuracy(model, train),
        holdout_accuracy=accuracy(model, held) if held else None, holdout_examples=len(held),
        settings={"features": spec.to_json(), "fit": settings.to_json()})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eventwire.classify.train",
                                 description="Train a text classifier from labelled JSONL.")
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--format", choices=("subtypes", "events"), default="subtypes")
    ap.add_argument("--epochs", type=int, default=FitSettings().epochs)
    ap.add_argument("--dim-bits", type=int, default=FeatureSpec().dim_bits)
    ap.add_argument("--holdout", type=float, default=0.0)
    args = ap.parse_args(argv)
    report = train_from_jsonl(args.paths, args.out, args.format,
                              spec=FeatureSpec(dim_bits=args.dim_bits),
                              settings=FitSettings(epochs=args.epochs), holdout=args.holdout)
    print(json.dumps(report.to_dict(), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

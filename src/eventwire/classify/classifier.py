"""Rules and model together: the label of a text with a probability, and who decided it.

``combined`` (the default) adds each firing rule's boost to the model's
log-probability of its label and renormalises: a strong cue ("suicide bomber")
wins unless the model is very sure of something else, and where no rule fires
the model decides alone. ``model`` and ``rules`` use one side only; they exist
to measure what each side contributes.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

import numpy as np

from eventwire.classify.learner import TrainingError
from eventwire.classify.model import Model
from eventwire.classify.rules import Rules
from eventwire.errors import EventwireError

Mode = Literal["combined", "model", "rules"]
MODES: tuple[Mode, ...] = ("combined", "model", "rules")
SHIPPED_MODEL = "acled_subtypes.npz"
MODEL_ENV = "EVENTWIRE_ACLED_MODEL"


@dataclass(frozen=True, slots=True)
class Decision:
    label: str
    prob: float
    by: Mode


class Classifier:
    """Labels texts with the model, the rules, or both (``mode``)."""

    def __init__(self, model: Model | None, rules: Rules | None, mode: Mode = "combined") -> None:
        if mode not in MODES:
            raise EventwireError(f"unknown classifier mode {mode!r} (known: {', '.join(MODES)})")
        if mode != "rules" and model is None:
            raise EventwireError(f"mode {mode!r} needs a model")
        if mode != "model" and rules is None:
            raise EventwireError(f"mode {mode!r} needs rules")
        self.model = model
        self.rules = rules
        self.mode: Mode = mode

    @classmethod
    def load(cls, mode: Mode = "combined", model_path: Path | None = None) -> Classifier:
        """The shipped model (or ``model_path``, or the file named by
        ``$EVENTWIRE_ACLED_MODEL``, e.g. one written by ``eventwire train``) and the rules."""
        chosen = model_path or (Path(p) if (p := os.environ.get(MODEL_ENV)) else None)
        if chosen is not None:
            if not chosen.is_file():
                raise TrainingError(f"model file not found: {chosen}")
            return cls(Model.load(chosen), Rules.load(), mode)
        node = resources.files("eventwire") / "data" / "models" / SHIPPED_MODEL
        with node.open("rb") as fh:
            model = Model.load(fh)
        return cls(model, Rules.load(), mode)

    def classify(
        self, texts: Sequence[str], only: Sequence[frozenset[str] | None] | None = None
    ) -> list[Decision | None]:
        """One decision per text; ``None`` only in ``rules`` mode when no rule fires.

        ``only[i]``, when given and not None, limits text ``i`` to those labels.
        """
        allowed: Sequence[frozenset[str] | None] = only if only is not None else [None] * len(texts)
        if len(allowed) != len(texts):
            raise EventwireError(f"{len(texts)} texts but {len(allowed)} label limits")
        if self.mode == "rules":
            return [self._by_rules(text, keep) for text, keep in zip(texts, allowed, strict=True)]
        assert self.model is not None
        labels = self.model.labels
        index = {label: i for i, label in enumerate(labels)}
        logp = np.log(np.maximum(self.model.proba(texts), 1e-12))
        decisions: list[Decision | None] = []
        for text, row, keep in zip(texts, logp, allowed, strict=True):
            by: Mode = "model"
            if self.mode == "combined" and self.rules is not None:
                boosts = self.rules.boosts(text)
                for label, value in boosts.items():
                    if label in index:
                        row[index[label]] += value
                by = "combined" if boosts else "model"
            if keep is not None:
                row[[i for i, label in enumerate(labels) if label not in keep]] = -np.inf
            if not np.isfinite(row.max()):
                decisions.append(None)
                continue
            probs = np.exp(row - row.max())
            probs /= probs.sum()
            best = int(probs.argmax())
            decisions.append(Decision(labels[best], float(probs[best]), by))
        return decisions

    def _by_rules(self, text: str, keep: frozenset[str] | None) -> Decision | None:
        assert self.rules is not None
        boosts = {
            k: v
            for k, v in self.rules.boosts(text).items()
            if v > 0 and (keep is None or k in keep)
        }
        if not boosts:
            return None
        label = max(boosts, key=lambda k: boosts[k])  # first of equals, in rule order
        return Decision(label, boosts[label] / (boosts[label] + 1.0), "rules")

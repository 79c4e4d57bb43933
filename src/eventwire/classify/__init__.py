"""ACLED / CASE-2021 event typing of incident descriptions: hashed features, a trainable
linear model, keyword rules for strong cues, and the stage that applies them to events.

Training (``train_from_jsonl``) lives in :mod:`eventwire.classify.train`, imported only
when asked for so that ``python -m eventwire.classify.train`` runs cleanly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from eventwire.classify.classifier import Classifier, Decision
from eventwire.classify.features import FeatureSpec
from eventwire.classify.model import Model, ModelFileError
from eventwire.classify.rules import Rules
from eventwire.classify.stage import AcledStage

if TYPE_CHECKING:
    from eventwire.classify.train import TrainReport, train_from_jsonl

__all__ = ["AcledStage", "Classifier", "Decision", "FeatureSpec", "Model", "ModelFileError",
           "Rules", "TrainReport", "train_from_jsonl"]


def __getattr__(name: str) -> Any:
    if name in ("TrainReport", "train_from_jsonl"):
        from eventwire.classify import train

        return getattr(train, name)
    raise AttributeError(f"module 'eventwire.classify' has no attribute {name!r}")

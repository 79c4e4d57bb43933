"""Scoring arithmetic shared by the tasks: P/R/F1, per-label tallies, distances.

Written here rather than taken from scikit-learn so that the project has no
heavy dependency for a few lines of arithmetic, and so that each convention is
stated once:

- ``prf(0, 0, 0)`` is perfect (1, 1, 1): nothing to find and nothing wrongly
  found. Any other zero denominator gives 0, as scikit-learn's
  ``zero_division=0`` does.
- Per-label scores use the labels seen in gold or predictions (scikit-learn's
  default label set); a missing prediction is a false negative of the gold
  label and a false positive of no label.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

EARTH_RADIUS_KM = 6371.0088  # IUGG mean Earth radius


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float
    f1: float


def prf(tp: int, fp: int, fn: int) -> PRF:
    """Precision, recall and F1 from counts (see the module docstring for zero cases)."""
    if tp == fp == fn == 0:
        return PRF(1.0, 1.0, 1.0)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(precision, recall, f1)


def ratio(numerator: int, denominator: int) -> float | None:
    """An accuracy, or None when there was nothing to score (never a made-up 0 or 1)."""
    return numerator / denominator if denominator else None


@dataclass(slots=True)
class LabelTally:
    """True/false positives and false negatives per label, for micro, macro and weighted F1.

    Used both for set-valued records (event types of a sentence) and for
    single-label records (one ACLED type per incident).
    """

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)

    def add_sets(self, gold: Collection[str], pred: Collection[str]) -> None:
        gold_set, pred_set = set(gold), set(pred)
        self.tp.update(gold_set & pred_set)
        self.fp.update(pred_set - gold_set)
        self.fn.update(gold_set - pred_set)

    def add_single(self, gold: str, pred: str | None) -> None:
        if pred == gold:
            self.tp[gold] += 1
            return
        self.fn[gold] += 1
        if pred is not None:
            self.fp[pred] += 1

    def labels(self) -> list[str]:
        return sorted(set(self.tp) | set(self.fp) | set(self.fn))

    def of(self, label: str) -> PRF:
        return prf(self.tp[label], self.fp[label], self.fn[label])

    def micro(self) -> PRF:
        return prf(sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values()))

    def macro_f1(self) -> float:
        """Unweighted mean F1 over the labels seen; 1.0 when no label was seen at all."""
        labels = self.labels()
        if not labels:
            return 1.0
        return sum(self.of(label).f1 for label in labels) / len(labels)

    def weighted_f1(self) -> float:
        """Mean F1 weighted by gold support (scikit-learn ``average="weighted"``)."""
        support = {label: self.tp[label] + self.fn[label] for label in self.labels()}
        total = sum(support.values())
        if total == 0:
            return 1.0 if not self.fp else 0.0
        return sum(self.of(label).f1 * n for label, n in support.items()) / total


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two WGS84 points (spherical Earth)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlmb = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def median_or_none(values: Iterable[float]) -> float | None:
    items = list(values)
    return statistics.median(items) if items else None


def bag_of_words_prf(predicted: str, gold: str) -> PRF:
    """Multiset token overlap of two texts (lower-cased, split on whitespace)."""
    pred_tokens = Counter(predicted.lower().split())
    gold_tokens = Counter(gold.lower().split())
    overlap = sum((pred_tokens & gold_tokens).values())
    return prf(
        overlap,
        sum(pred_tokens.values()) - overlap,
        sum(gold_tokens.values()) - overlap,
    )

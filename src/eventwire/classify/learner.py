"""Multinomial logistic regression on hashed sparse features, trained with mini-batch AdaGrad.

Why this learner: it gives probabilities (the stage needs a confidence to decide
when to trust the model), trains in seconds in plain NumPy, and is exactly
reproducible: the only randomness is the shuffling, drawn from a seeded
generator. L2 regularisation is applied to the rows a batch touches.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from eventwire.classify.features import Batch, IntArray
from eventwire.errors import EventwireError

Matrix = npt.NDArray[np.float32]


class TrainingError(EventwireError):
    """Training data or settings the learner cannot use."""


@dataclass(frozen=True, slots=True)
class FitSettings:
    epochs: int = 12
    batch_size: int = 32
    learning_rate: float = 0.4
    l2: float = 1e-5
    seed: int = 13

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def softmax(scores: Matrix) -> Matrix:
    shifted: Matrix = scores - scores.max(axis=1, keepdims=True)
    np.exp(shifted, out=shifted)
    shifted /= shifted.sum(axis=1, keepdims=True)
    return shifted


def linear_scores(batch: Batch, weights: Matrix, bias: Matrix) -> Matrix:
    """``X @ W + b`` for a CSR batch whose rows are never empty."""
    contrib = weights[batch.indices] * batch.values[:, None]
    out: Matrix = np.add.reduceat(contrib, batch.indptr[:-1], axis=0)
    out += bias
    return out


def fit(batch: Batch, y: IntArray, n_labels: int, dim: int,
        settings: FitSettings = FitSettings()) -> tuple[Matrix, Matrix]:
    """Weights ``(dim, n_labels)`` and bias ``(n_labels,)`` minimising L2-regularised log loss."""
    n = batch.rows
    if n == 0:
        raise TrainingError("no training examples")
    if len(y) != n:
        raise TrainingError(f"{n} examples but {len(y)} labels")
    if np.any(np.diff(batch.indptr) == 0):
        raise TrainingError("an example has no features")
    weights = np.zeros((dim, n_labels), dtype=np.float32)
    bias = np.zeros(n_labels, dtype=np.float32)
    hist_w = np.full((dim, n_labels), 1e-8, dtype=np.float32)
    hist_b = np.full(n_labels, 1e-8, dtype=np.float32)
    onehot = np.eye(n_labels, dtype=np.float32)[y]
    rng = np.random.default_rng(settings.seed)
    lr = np.float32(settings.learning_rate)
    for _ in range(settings.epochs):
        order = rng.permutation(n)
        for start in range(0, n, settings.batch_size):
            rows = order[start : start + settings.batch_size]
            sub = batch.take(rows)
            probs = softmax(linear_scores(sub, weights, bias))
            grad_rows = (probs - onehot[rows]) / np.float32(len(rows))
            row_of = np.repeat(np.arange(len(rows)), np.diff(sub.indptr))
            contrib = grad_rows[row_of] * sub.values[:, None]
            order_idx = np.argsort(sub.indices, kind="stable")
            sorted_idx = sub.indices[order_idx]
            touched, starts = np.unique(sorted_idx, return_index=True)
            grad_w = np.add.reduceat(contrib[order_idx], starts, axis=0)
            grad_w += np.float32(settings.l2) * weights[touched]
            hist_w[touched] += grad_w * grad_w
            weights[touched] -= lr * grad_w / np.sqrt(hist_w[touched])
            grad_b = grad_rows.sum(axis=0)
            hist_b += grad_b * grad_b
            bias -= lr * grad_b / np.sqrt(hist_b)
    return weights, bias

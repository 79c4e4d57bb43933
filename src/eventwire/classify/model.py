"""A trained text classifier: labels, feature settings and int8 weights in one ``.npz``.

File layout (a deflated zip of ``.npy`` arrays, as ``numpy.savez_compressed`` writes,
loaded with ``numpy.load(..., allow_pickle=False)``)::

    header  uint8   UTF-8 JSON: format, version, labels, features, training info
    rows    uint32  the hashed feature buckets that carry weight
    q       int8    (rows, labels) weights, quantised per row
    scale   float32 (rows,) one scale per row: weight = q * scale
    bias    float32 (labels,)

Why int8 rows: the weights of a hashed linear model are mostly tiny; keeping the
buckets that matter at one byte per label makes the shipped file a few MB
instead of tens, and the model in memory *is* the quantised one, so a saved and
reloaded model predicts exactly what the trained one did.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

import numpy as np
import numpy.typing as npt

from eventwire.classify.features import FeatureError, FeatureSpec, featurize_many
from eventwire.classify.learner import Matrix, linear_scores, softmax
from eventwire.errors import EventwireError

FORMAT = "eventwire-linear"
VERSION = 1


class ModelFileError(EventwireError):
    """A model file that is missing, truncated or of another format."""


class Model:
    """Linear classifier over hashed features; ``predict`` gives (label, probability) pairs."""

    def __init__(self, labels: Sequence[str], spec: FeatureSpec, rows: npt.NDArray[np.uint32],
                 q: npt.NDArray[np.int8], scale: npt.NDArray[np.float32],
                 bias: npt.NDArray[np.float32], info: dict[str, Any] | None = None) -> None:
        k = len(labels)
        if k < 2 or len(set(labels)) != k:
            raise ModelFileError(f"a model needs two or more distinct labels, got {list(labels)}")
        if q.shape != (len(rows), k) or scale.shape != (len(rows),) or bias.shape != (k,):
            raise ModelFileError("model arrays do not agree in shape")
        if len(rows) and int(rows.max()) >= spec.dim:
            raise ModelFileError("a weight row lies outside the feature space")
        self.labels = tuple(labels)
        self.spec = spec
        self.rows, self.q, self.scale, self.bias = rows, q, scale, bias
        self.info = dict(info or {})
        self._weights: Matrix = self._dense()

    def _dense(self) -> Matrix:
        weights = np.zeros((self.spec.dim, len(self.labels)), dtype=np.float32)
        weights[self.rows.astype(np.int64)] = self.q.astype(np.float32) * self.scale[:, None]
        return weights

    def __getstate__(self) -> dict[str, Any]:
        """Pickle the compact arrays only (a worker process rebuilds the dense matrix)."""
        state = dict(self.__dict__)
        del state["_weights"]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._weights = self._dense()

    @classmethod
    def from_dense(cls, labels: Sequence[str], spec: FeatureSpec, weights: Matrix,
                   bias: Matrix, info: dict[str, Any] | None = None,
                   min_weight: float = 1e-3) -> Model:
        """Quantise trained weights; rows whose largest weight is below ``min_weight`` go."""
        peak = np.abs(weights).max(axis=1)
        rows = np.flatnonzero(peak >= min_weight).astype(np.uint32)
        scale = (peak[rows] / 127.0).astype(np.float32)
        q = np.rint(weights[rows] / scale[:, None]).clip(-127, 127).astype(np.int8)
        return cls(labels, spec, rows, q, scale, bias.astype(np.float32), info)

    # ------------------------------------------------------------------ prediction
    def proba(self, texts: Sequence[str]) -> Matrix:
        """Probabilities, one row per text, columns in ``self.labels`` order."""
        if not texts:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        batch = featurize_many(list(texts), self.spec)
        return softmax(linear_scores(batch, self._weights, self.bias))

    def predict(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        probs = self.proba(texts)
        best = probs.argmax(axis=1)
        return [(self.labels[int(i)], float(probs[r, i])) for r, i in enumerate(best)]

    # ------------------------------------------------------------------ files
    def header(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, "labels": list(self.labels),
                "features": self.spec.to_json(), "info": self.info}

    def save(self, path: Path | str) -> None:
        """Write the ``.npz``; the same model always gives the same bytes (fixed zip dates)."""
        header = np.frombuffer(json.dumps(self.header(), sort_keys=True).encode("utf-8"),
                               dtype=np.uint8)
        arrays = {"header": header, "rows": self.rows, "q": self.q, "scale": self.scale,
                  "bias": self.bias}
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, array in arrays.items():
                member = io.BytesIO()
                np.save(member, np.ascontiguousarray(array), allow_pickle=False)
                info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, member.getvalue())
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_bytes(buf.getvalue())

    @classmethod
    def load(cls, path: Path | str | IO[bytes]) -> Model:
        try:
            with np.load(path, allow_pickle=False) as npz:
                arrays = {name: npz[name] for name in ("header", "rows", "q", "scale", "bias")}
        except (OSError, ValueError, KeyError, EOFError) as exc:
            raise ModelFileError(f"cannot read model {path}: {exc}") from exc
        try:
            header = json.loads(arrays["header"].tobytes().decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ModelFileError(f"model {path}: unreadable header: {exc}") from exc
        if header.get("format") != FORMAT or header.get("version") != VERSION:
            raise ModelFileError(f"model {path}: not an {FORMAT} v{VERSION} file")
        try:
            spec = FeatureSpec.from_json(header["features"])
        except (KeyError, FeatureError) as exc:
            raise ModelFileError(f"model {path}: bad feature settings: {exc}") from exc
        return cls(header["labels"], spec, arrays["rows"].astype(np.uint32),
                   arrays["q"].astype(np.int8), arrays["scale"].astype(np.float32),
                   arrays["bias"].astype(np.float32), header.get("info"))

"""Hashed text features: word uni/bi-grams and character n-grams, lower-cased, digits folded.

Why hashing: no vocabulary to ship or keep in sync, constant memory, and the
same text always gives the same vector in every process (the hash is CRC-32
and a fixed polynomial, never Python's salted ``hash``). Each feature group is
L2-normalised on its own and weighted, so the many character n-grams of a
long text do not drown its few words.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import asdict, dataclass
from itertools import pairwise
from typing import Any

import numpy as np
import numpy.typing as npt

from eventwire.errors import EventwireError

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float32]

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_SPACES = re.compile(r"\s+")
_LEAD_END = re.compile(r"(?<=[a-z0)\]])[.!?] (?=[a-z(\[])")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?|\[size=")
_MULT = np.uint64(0x100000001B3)  # FNV-style odd multiplier for the rolling hash
_MIX = np.uint64(0x9E3779B97F4A7C15)
_MASK = np.uint64(0xFFFFFFFFFFFFFFFF)


class FeatureError(EventwireError):
    """Feature settings that cannot be used (bad sizes or n-gram ranges)."""


@dataclass(frozen=True, slots=True)
class FeatureSpec:
    """How a text becomes a vector; stored in the model header so load == train."""

    dim_bits: int = 18
    word_ngrams: int = 2  # 1 = unigrams only, 2 = uni + bigrams
    char_min: int = 3
    char_max: int = 5
    word_weight: float = 1.0
    bigram_weight: float = 0.8
    char_weight: float = 1.0
    lead_weight: float = 0.0  # words of the first sentence again, as their own features

    def __post_init__(self) -> None:
        if not 8 <= self.dim_bits <= 24:
            raise FeatureError(f"dim_bits must be 8..24, not {self.dim_bits}")
        if self.word_ngrams not in (1, 2):
            raise FeatureError(f"word_ngrams must be 1 or 2, not {self.word_ngrams}")
        if not 1 <= self.char_min <= self.char_max <= 8:
            raise FeatureError(f"bad char n-gram range {self.char_min}..{self.char_max}")

    @property
    def dim(self) -> int:
        return 1 << self.dim_bits

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> FeatureSpec:
        try:
            return cls(**raw)
        except TypeError as exc:
            raise FeatureError(f"bad feature settings {raw!r}: {exc}") from exc


def normalise(text: str) -> str:
    """Lower-case, every number becomes ``0``, runs of white space become one space."""
    return _SPACES.sub(" ", _DIGITS.sub("0", text.lower())).strip()


def _crc(token: str, salt: bytes) -> int:
    return zlib.crc32(token.encode("utf-8"), zlib.crc32(salt))


def _char_hashes(text: str, lo: int, hi: int) -> npt.NDArray[np.uint64]:
    """Hashes of every character n-gram (lo..hi) of `` text ``, computed vectorised."""
    padded = f" {text} "
    cps = np.frombuffer(padded.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    out: list[npt.NDArray[np.uint64]] = []
    length = len(cps)
    for n in range(lo, hi + 1):
        if length < n:
            break
        count = length - n + 1
        h = np.full(count, (n * 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF, dtype=np.uint64)
        for k in range(n):
            h = (h * _MULT) ^ cps[k : k + count]
        out.append(h)
    if not out:
        return np.zeros(0, dtype=np.uint64)
    h = np.concatenate(out)
    h ^= h >> np.uint64(29)
    h = (h * _MIX) & _MASK
    h ^= h >> np.uint64(32)
    return h


def _group(hashes: IntArray, weight: float) -> tuple[IntArray, FloatArray]:
    """Binary presence of each bucket, scaled to L2 norm ``weight``."""
    if hashes.size == 0 or weight <= 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    idx = np.unique(hashes)
    val = np.full(idx.size, weight / np.sqrt(idx.size), dtype=np.float32)
    return idx, val


def featurize(text: str, spec: FeatureSpec) -> tuple[IntArray, FloatArray]:
    """Sparse vector of one text: sorted unique bucket indices and their values (unit norm)."""
    norm = normalise(text)
    mask = spec.dim - 1
    words = _WORD.findall(norm)
    uni = np.array([_crc(w, b"w") & mask for w in words], dtype=np.int64)
    parts = [_group(uni, spec.word_weight)]
    if spec.word_ngrams >= 2 and len(words) > 1:
        bi = np.array([_crc(f"{a} {b}", b"b") & mask for a, b in pairwise(words)],
                      dtype=np.int64)
        parts.append(_group(bi, spec.bigram_weight))
    if spec.lead_weight > 0:
        lead = _LEAD_END.split(norm, maxsplit=1)[0]
        lw = _WORD.findall(lead)
        hashed = [_crc(w, b"l") & mask for w in lw]
        hashed += [_crc(f"{a} {b}", b"m") & mask for a, b in pairwise(lw)]
        parts.append(_group(np.array(hashed, dtype=np.int64), spec.lead_weight))
    chars = (_char_hashes(norm, spec.char_min, spec.char_max) & np.uint64(mask)).astype(np.int64)
    parts.append(_group(chars, spec.char_weight))
    idx = np.concatenate([p[0] for p in parts])
    val = np.concatenate([p[1] for p in parts])
    if idx.size == 0:
        return np.zeros(1, dtype=np.int64), np.ones(1, dtype=np.float32)  # the empty text
    uniq, inverse = np.unique(idx, return_inverse=True)
    summed = np.zeros(uniq.size, dtype=np.float32)
    np.add.at(summed, inverse, val)
    summed /= np.float32(np.linalg.norm(summed))
    return uniq, summed


@dataclass(frozen=True, slots=True)
class Batch:
    """Several texts' sparse vectors in CSR form (row ``i`` is ``indptr[i]:indptr[i+1]``)."""

    indptr: IntArray
    indices: IntArray
    values: FloatArray

    @property
    def rows(self) -> int:
        return len(self.indptr) - 1

    def row(self, i: int) -> tuple[IntArray, FloatArray]:
        a, b = self.indptr[i], self.indptr[i + 1]
        return self.indices[a:b], self.values[a:b]

    def take(self, rows: IntArray) -> Batch:
        """The sub-batch of the given rows, in that order (vectorised gather)."""
        starts = self.indptr[rows]
        lengths = self.indptr[rows + 1] - starts
        indptr = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum(lengths, out=indptr[1:])
        pos = np.repeat(starts - indptr[:-1], lengths) + np.arange(indptr[-1], dtype=np.int64)
        return Batch(indptr, self.indices[pos], self.values[pos])


def batch_of(parts: list[tuple[IntArray, FloatArray]]) -> Batch:
    lengths = np.array([len(p[0]) for p in parts], dtype=np.int64)
    indptr = np.zeros(len(parts) + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    if parts:
        indices = np.concatenate([p[0] for p in parts])
        values = np.concatenate([p[1] for p in parts])
    else:
        indices, values = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    return Batch(indptr, indices, values)


def featurize_many(texts: list[str], spec: FeatureSpec) -> Batch:
    return batch_of([featurize(t, spec) for t in texts])

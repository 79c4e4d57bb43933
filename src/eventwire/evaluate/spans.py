"""Span matching between gold and predictions, and mapping predicted spans back to the gold text.

Matching is one-to-one and greedy: gold spans are taken in text order, and each
takes the free prediction that overlaps it most (earliest first on a tie). A
prediction that overlaps two gold spans therefore counts once, never twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from eventwire.model import Span


def overlap_len(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match_spans(
    gold: Sequence[Span],
    pred: Sequence[Span],
    *,
    strict: bool = False,
    compatible: Callable[[int, int], bool] | None = None,
) -> list[tuple[int, int]]:
    """Pairs ``(gold index, prediction index)``, each index used at most once.

    ``strict`` asks for identical spans instead of overlap. ``compatible``, when
    given, is an extra condition on a pair (e.g. equal TIMEX values) checked
    before a prediction may be taken.
    """
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for gi in sorted(range(len(gold)), key=lambda i: (gold[i].start, gold[i].end)):
        g = gold[gi]
        best: tuple[int, int, int] | None = None  # (-overlap, start, index)
        for pi, p in enumerate(pred):
            if pi in used:
                continue
            if strict and p != g:
                continue
            if not strict and not p.overlaps(g):
                continue
            if compatible is not None and not compatible(gi, pi):
                continue
            key = (-overlap_len(g, p), p.start, pi)
            if best is None or key < best:
                best = key
        if best is not None:
            used.add(best[2])
            pairs.append((gi, best[2]))
    return sorted(pairs)


class SpanMapper:
    """Carries spans from the text the coder kept back onto the text the gold indexes.

    Coders are expected to keep a text without page furniture verbatim, so this
    is normally the identity. When the coder kept a piece of the text (furniture
    cut from the ends), spans are shifted by where that piece starts. Otherwise
    a span is mapped to the occurrence of its words in the original text
    nearest to its proportional position; words that no longer occur there
    map to None.
    """

    __slots__ = ("_coded", "_scale", "_shift", "_source")

    def __init__(self, source: str, coded: str) -> None:
        self._source = source
        self._coded = coded
        at = source.find(coded) if coded else -1
        self._shift: int | None = at if at != -1 else None
        self._scale = len(source) / len(coded) if coded else 1.0

    def __call__(self, span: Span | None) -> Span | None:
        if span is None:
            return None
        if self._shift is not None:
            if span.end > len(self._coded):
                return None
            return Span(span.start + self._shift, span.end + self._shift)
        if span.end > len(self._coded):
            return None
        piece = span.of(self._coded)
        if not piece:
            return None
        expected = span.start * self._scale
        best: int | None = None
        at = self._source.find(piece)
        while at != -1:
            if best is None or abs(at - expected) < abs(best - expected):
                best = at
            at = self._source.find(piece, at + 1)
        return None if best is None else Span(best, best + len(piece))

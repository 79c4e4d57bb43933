"""Quotation-mark segments of a text: where each run of quoted words starts and ends.

Works on characters only, before any grammar, so that every later step sees the
same segments. Curly marks say which way they face; a straight ``"`` is read from
its neighbours (a mark after a space or an opening bracket opens, a mark after a
word closes). A quote is never allowed to run past the end of its paragraph: wire
style leaves a quote that continues into the next paragraph unclosed, so an
unclosed segment ends with its paragraph and says so (``open_end``).

The segment span includes the quotation marks themselves, as the PolNeAR gold
does ("direct is true when the content is inside quotation marks").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.model import Span

OPENERS = frozenset("“„«")
CLOSERS = frozenset("”»")
STRAIGHT = '"'
_OPEN_BEFORE = frozenset("([{—–-/:")
_MARK = re.compile("[“„«”»\"\n]|''")


@dataclass(frozen=True, slots=True)
class Segment:
    """One quoted stretch: ``span`` covers the marks; ``open_end`` when it was never closed."""

    span: Span
    open_end: bool = False
    typewriter: bool = False  # marked with ``''`` pairs rather than a double-quote character


def _marks(text: str) -> list[tuple[int, int]]:
    """Positions and lengths of double quotation marks and line breaks; ``''`` (two
    apostrophes, the typewriter style of some archives) counts as one straight mark."""
    return [(m.start(), m.end() - m.start()) for m in _MARK.finditer(text)]


def _opens(text: str, i: int, size: int) -> bool:
    """Whether the mark at ``i`` faces right (an opening mark)."""
    ch = text[i]
    if ch in OPENERS:
        return True
    if ch in CLOSERS:
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + size] if i + size < len(text) else " "
    if before.isspace() or before in _OPEN_BEFORE or before in OPENERS:
        return not after.isspace()
    return False


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def find_segments(text: str) -> list[Segment]:
    """Every quoted stretch of ``text``, in order, none crossing a line break."""
    out: list[Segment] = []
    start: int | None = None

    def left_open(at: int) -> None:
        if start is not None:
            end = _trim_end(text, start, at)
            if end - start > 1:
                out.append(Segment(Span(start, end), True, text[start] == "'"))

    for i, size in _marks(text):
        ch = text[i]
        if ch == "\n":
            left_open(i)
            start = None
            continue
        if start is None:
            if _opens(text, i, size):
                start = i
            continue
        after = text[i + size] if i + size < len(text) else " "
        if i > start + 1 and text[i - 1].isspace() and (
            ch in OPENERS or (ch not in CLOSERS and not after.isspace())
        ):
            # an opening mark before any closer: the last quote was never closed
            left_open(i)
            start = i
            continue
        if i > start + 1 or ch in CLOSERS:
            out.append(Segment(Span(start, i + size), False, text[start] == "'"))
            start = None
    left_open(len(text))
    return out

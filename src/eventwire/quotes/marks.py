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
    apostrophes, the typewriter style of some archives) counts as one straight mark. The
    straight marks around a markup attribute's value (``<tweet date="May 2">``) quote
    nothing."""
    out = []
    for m in _MARK.finditer(text):
        i = m.start()
        if text[i] == STRAIGHT and (
            (i > 0 and text[i - 1] == "=") or text[i + 1 : i + 2] == ">"
        ):
            continue
        out.append((i, m.end() - i))
    return out


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


def _misturned(text: str, i: int) -> bool:
    """A closing curly mark where a quote can only open: at the start of a line or after
    a space, before a word, with no quote open (''”Fear. I am afraid.”'')."""
    if text[i] not in CLOSERS or i + 1 >= len(text) or text[i + 1].isspace():
        return False
    return i == 0 or text[i - 1].isspace() or text[i - 1] in _OPEN_BEFORE


def _nests(text: str, start: int, i: int, size: int) -> str | None:
    """The style of a quote that the mark at ``i`` opens inside the quote opened at
    ``start``, when the two styles differ ('"She read: “We are ready.” Then she left."',
    '“They call it "the plan" here.”'); None when the mark does not open a nested quote.
    A quote opened in the same style before the last one closed was never closed."""
    if not _opens(text, i, size) or i <= start + 1:
        return None
    outer_curly = text[start] in OPENERS
    if text[i] in OPENERS and not outer_curly:
        return "curly"
    if text[i] == STRAIGHT and outer_curly and text[i - 1].isspace():
        return "straight"
    return None


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

    nested: str | None = None  # the style of a quote opened inside the open one
    for i, size in _marks(text):
        ch = text[i]
        if ch == "\n":
            left_open(i)
            start = nested = None
            continue
        if start is None:
            if _opens(text, i, size) or _misturned(text, i):
                start = i
            continue
        if nested is not None:
            closes = ch in CLOSERS if nested == "curly" else ch == STRAIGHT and not _opens(
                text, i, size
            )
            if closes:
                nested = None
            continue
        after = text[i + size] if i + size < len(text) else " "
        inner = _nests(text, start, i, size)
        if inner is not None:
            nested = inner
            continue
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

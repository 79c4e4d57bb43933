"""The figures one event keeps: restated totals counted once, coding notes applied.

A text often tells its victims and then sums them up ("a man was killed … 1 fatality",
"killing 6 civilians. 6 fatalities"). A tally — a figure whose noun is the toll word
itself ("3 fatalities", "12 deaths") — sums up the narrative figures of its kind, so when
an event has one, its narrative figures of that kind are not added again. Tallies that
repeat each other, or add up to one of them, count once. A coding note ("coded as 3",
"split between 2 events") then fixes the event's death toll.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.counts.notes import CodingNote
from eventwire.model import Count


@dataclass(frozen=True, slots=True)
class Attached:
    """A count attached to an event; ``tally`` when its noun is the toll word itself."""

    count: Count
    tally: bool


def settle(attached: Sequence[Attached], notes: Sequence[CodingNote]) -> list[Count]:
    """The counts an event keeps, in the order they were attached."""
    out: list[Count] = []
    kinds = list(dict.fromkeys(a.count.kind for a in attached))
    for kind in kinds:
        group = [a for a in attached if a.count.kind == kind]
        tallies = [a.count for a in group if a.tally]
        out.extend(_distinct(tallies) if tallies else [a.count for a in group])
    return _apply_notes(out, notes)


def _distinct(tallies: list[Count]) -> list[Count]:
    """Tallies once each: a repeated figure once, a total of the others alone."""
    seen: dict[int, Count] = {}
    for c in tallies:
        seen.setdefault(c.value, c)
    kept = list(seen.values())
    top = max(kept, key=lambda c: c.value)
    rest = sum(c.value for c in kept) - top.value
    return [top] if len(kept) > 1 and rest == top.value else kept


def _apply_notes(counts: list[Count], notes: Sequence[CodingNote]) -> list[Count]:
    if not notes:
        return counts
    others = [c for c in counts if c.kind != "killed"]
    total = sum(c.value for c in counts if c.kind == "killed")
    note = notes[-1]
    if note.coded is None and total == 0:
        return counts  # "fatalities are split across two events" with no figure to split
    if note.coded is not None:
        total = note.coded
        parts = None if note.coded_share else note.parts
    else:
        parts = note.parts
    if parts:
        total = math.ceil(total / parts)
    qualifier = "coded" if parts is None else f"share of {parts}"
    return [*others, Count("killed", total, note.span, qualifier)]

"""The counts stage: find counts, name their victim group, attach them to their event."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import replace

from eventwire.counts.extract import Tables, find_counts
from eventwire.events.roles import actor_index
from eventwire.model import Count, Doc, Event

# which event types a count kind belongs to, in order of preference
KIND_EVENTS = {
    "killed": ("ASSAULT",),
    "injured": ("ASSAULT",),
    "missing": ("ASSAULT", "COERCE"),
    "arrested": ("COERCE",),
    "displaced": ("ASSAULT", "COERCE", "AID"),
    "crowd": ("PROTEST",),
}


class CountsStage:
    """Fills ``Doc.counts`` and each event's ``counts``; runs after the events stage."""

    name = "counts"

    def __init__(self, tables: Tables) -> None:
        self.tables = tables

    @classmethod
    def load(cls) -> CountsStage:
        return cls(Tables.load())

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for d in docs:
            yield self(d)

    def __call__(self, doc: Doc) -> Doc:
        sdoc = doc.tokens
        if sdoc is None:
            return doc
        index = actor_index(sdoc, doc.actors)
        starts = [t.idx for t in sdoc]
        counts: list[Count] = []
        by_event: dict[str, list[Count]] = {}
        sent_starts = [s.span.start for s in doc.sentences]
        for count, trigger_i in find_counts(sdoc, self.tables):
            noun_i = max(bisect.bisect_right(starts, count.span.end - 1) - 1, 0)
            victim = index[noun_i]
            count = replace(count, victim=victim)
            counts.append(count)
            event = _event_for(doc, count, trigger_i, sdoc, sent_starts)
            if event is not None:
                by_event.setdefault(event.id, []).append(count)
        events = tuple(
            replace(e, counts=(*e.counts, *by_event[e.id])) if e.id in by_event else e
            for e in doc.events
        )
        counts.sort(key=lambda c: c.span.start)
        return doc.with_(counts=tuple(counts), events=events)


def _event_for(
    doc: Doc, count: Count, trigger_i: int, sdoc: object, sent_starts: list[int]
) -> Event | None:
    """The event the count belongs to: the one its own word triggered, else the best-typed
    event in the same sentence, else the nearest fitting event before it."""
    trig_span = None
    if trigger_i >= 0:
        tok = sdoc[trigger_i]  # type: ignore[index]
        trig_span = (tok.idx, tok.idx + len(tok.text))
    for ev in doc.events:
        if trig_span and any((m.start, m.end) == trig_span for m in ev.mentions):
            return ev
    si = bisect.bisect_right(sent_starts, count.span.start) - 1
    same = [
        e
        for e in doc.events
        if any(bisect.bisect_right(sent_starts, m.start) - 1 == si for m in e.mentions)
    ]
    for etype in KIND_EVENTS.get(count.kind, ()):
        for ev in same:
            if ev.type == etype:
                return ev
    # a figure in a sentence of its own ("1 fatality.", "Two policemen died.") belongs to
    # the nearest act of a fitting type told before it
    kinds = KIND_EVENTS.get(count.kind, ())
    before = [e for e in doc.events if e.type in kinds and e.evidence.start <= count.span.start]
    return max(before, key=lambda e: e.evidence.start) if before else None

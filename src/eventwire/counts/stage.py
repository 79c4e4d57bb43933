"""The counts stage: find counts, name their victim group, attach them to their event."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from eventwire.counts.extract import Tables, find_counts
from eventwire.counts.notes import CodingNote, NoteWords, find_notes
from eventwire.counts.settle import Attached, settle
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
# casualties belong to the act the text tells, whatever its type, when no act of a
# fitting type is told ("a mob beat a man to death", "he died in custody")
_CASUALTIES = frozenset({"killed", "injured"})


class CountsStage:
    """Fills ``Doc.counts`` and each event's ``counts``; runs after the events stage."""

    name = "counts"

    def __init__(self, tables: Tables, words: NoteWords | None = None) -> None:
        self.tables = tables
        self.words = words if words is not None else NoteWords(frozenset(), frozenset())

    @classmethod
    def load(cls) -> CountsStage:
        return cls(Tables.load(), NoteWords.load())

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
        by_event: dict[str, list[Attached]] = {}
        sent_starts = [s.span.start for s in doc.sentences]
        for count, trigger_i in find_counts(sdoc, self.tables):
            noun_i = max(bisect.bisect_right(starts, count.span.end - 1) - 1, 0)
            count = replace(count, victim=index[noun_i])
            counts.append(count)
            event = _event_for(doc, count, trigger_i, sdoc, sent_starts)
            if event is not None:
                by_event.setdefault(event.id, []).append(Attached(count, noun_i == trigger_i))
        notes_by_event: dict[str, list[CodingNote]] = {}
        sentences = [s.span for s in doc.sentences]
        for note in find_notes(doc.article.text, sentences, self.words):
            probe = Count("killed", note.coded or 0, note.span)
            event = _event_for(doc, probe, -1, sdoc, sent_starts)
            if event is not None:
                notes_by_event.setdefault(event.id, []).append(note)
        events = tuple(
            replace(
                e, counts=(*e.counts, *settle(by_event.get(e.id, []), notes_by_event.get(e.id, [])))
            )
            if e.id in by_event or e.id in notes_by_event
            else e
            for e in doc.events
        )
        counts.sort(key=lambda c: c.span.start)
        return doc.with_(counts=tuple(counts), events=events)


def _block_of(doc: Doc, at: int) -> tuple[int, int]:
    for b in doc.blocks:
        if b.span.start <= at < b.span.end:
            return b.span.start, b.span.end
    return 0, len(doc.article.text)


def _first_mention(ev: Event) -> int:
    return min((m.start for m in ev.mentions), default=ev.evidence.start)


def _act_of(doc: Doc, own: Event, at: int, sent: int, sent_starts: list[int]) -> Event:
    """The act a casualty word's own event reports the outcome of: the first act of the
    same type in its paragraph, when it is told in the same sentence ("attacked a bus and
    killed a guard") or the outcome names no doer ("Three civilians were killed")."""
    lo, hi = _block_of(doc, at)
    for ev in doc.events:
        if ev is own or ev.type != own.type:
            continue
        first = _first_mention(ev)
        if not (lo <= first < hi) or first > at:
            continue
        same_sentence = bisect.bisect_right(sent_starts, first) - 1 == sent
        if same_sentence or not own.source:
            return ev
        break
    return own


def _event_for(
    doc: Doc, count: Count, trigger_i: int, sdoc: Any, sent_starts: list[int]
) -> Event | None:
    """The event the count belongs to: the act its own word reports (see :func:`_act_of`),
    else the best-typed event in the same sentence, else the nearest fitting event before
    it, else (for casualties in a text with no fitting act) the act told around it."""
    si = bisect.bisect_right(sent_starts, count.span.start) - 1
    if trigger_i >= 0:
        tok = sdoc[trigger_i]
        trig_span = (tok.idx, tok.idx + len(tok.text))
        for ev in doc.events:
            if any((m.start, m.end) == trig_span for m in ev.mentions):
                return _act_of(doc, ev, tok.idx, si, sent_starts)
    same = [
        e
        for e in doc.events
        if any(bisect.bisect_right(sent_starts, m.start) - 1 == si for m in e.mentions)
    ]
    kinds = KIND_EVENTS.get(count.kind, ())
    for etype in kinds:
        for ev in same:
            if ev.type == etype:
                return ev
    # a figure in a sentence of its own ("1 fatality.", "Two policemen died.") belongs to
    # the nearest act of a fitting type told before it
    before = [e for e in doc.events if e.type in kinds and e.evidence.start <= count.span.start]
    if before:
        return max(before, key=lambda e: e.evidence.start)
    if count.kind in _CASUALTIES and not any(e.type in kinds for e in doc.events):
        if same:
            return same[0]
        told = [e for e in doc.events if e.evidence.start <= count.span.start]
        return max(told, key=lambda e: e.evidence.start) if told else None
    return None

"""Where an event happened: choosing the event's own place among a document's places.

Reports name many places — where the reporter is, where people come from, where a
statement was made — and an event needs one. The event's place is the most
specific resolved place of its sentence, preferring one attached by a locative
preposition ("in", "at", "near") to the event's own clause; failing that, the
most specific place of the same paragraph; failing that, the document's main
place (the one it names most often).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwire.model import Doc, Place, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Token

LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around",
                      "within", "on", "into", "of"})
_RANK = {"point": 4, "city": 3, "admin1": 2, "country": 1}


def specificity(place: Place) -> int:
    """How fine a place is: point > city > admin1 > country > anything coarser."""
    return _RANK.get(place.precision or "", 0)


def event_place(doc: Doc, sentence_span: Span, trigger_span: Span | None = None) -> Place | None:
    """The place of an event told in ``sentence_span`` (``trigger_span``: its trigger word)."""
    located = [p for p in doc.places if p.span is not None and p.lat is not None]
    in_sentence = [p for p in located if _inside(p, sentence_span)]
    if in_sentence:
        return _pick(doc, in_sentence, trigger_span or sentence_span)
    block = next((b.span for b in doc.blocks if b.span.contains(sentence_span)), None)
    if block is not None:
        in_block = [p for p in located if _inside(p, block)]
        if in_block:
            return _pick(doc, in_block, sentence_span)
    return main_place(doc)


def main_place(doc: Doc) -> Place | None:
    """The place a document names most often (the finer one on a tie, then the first)."""
    located = [p for p in doc.places if p.lat is not None]
    if not located:
        return None
    counts = Counter((p.name, p.country) for p in located)
    order = {id(p): i for i, p in enumerate(located)}
    return max(located, key=lambda p: (counts[(p.name, p.country)], specificity(p), -order[id(p)]))


def _inside(place: Place, span: Span) -> bool:
    return place.span is not None and span.contains(place.span)


def _pick(doc: Doc, places: Sequence[Place], anchor: Span) -> Place:
    """Attached to the anchor's clause by a locative preposition first, then the most
    specific, then the nearest to the anchor."""
    def key(p: Place) -> tuple[int, int, int]:
        assert p.span is not None
        distance = abs(p.span.start - anchor.start)
        return (_attached(doc, p.span, anchor), specificity(p), -distance)

    return max(places, key=key)


def _attached(doc: Doc, place: Span, anchor: Span) -> int:
    """2: the place hangs off a locative preposition governed by the anchor's word;
    1: a locative preposition stands right before it; 0: neither."""
    sdoc = doc.tokens
    if sdoc is None:
        before = doc.article.text[max(0, place.start - 12) : place.start].split()
        return 1 if before and before[-1].lower() in LOCATIVE else 0
    tok = _token_at(sdoc, place.start)
    if tok is None:
        return 0
    while tok.dep_ in ("compound", "amod", "nmod", "det", "appos") and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in LOCATIVE:
        return 0
    anchor_tok = _token_at(sdoc, anchor.start)
    if anchor_tok is not None and anchor.start != anchor.end:
        node = prep
        while node.head.i != node.i:
            node = node.head
            if node.i == anchor_tok.i:
                return 2
    return 1


def _token_at(sdoc: SpacyDoc, char: int) -> Token | None:
    span = sdoc.char_span(char, char + 1, alignment_mode="expand")
    return None if span is None or len(span) == 0 else span[0]

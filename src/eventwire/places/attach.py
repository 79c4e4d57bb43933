"""Where an event happened: choosing the event's own place among a document's places.

Reports name many places — where the reporter is, where people come from, where a
statement was made — and an event needs one. A place that the unit named after it
puts in another country ("X town in Y governorate" with X read as a namesake
abroad, see :mod:`eventwire.places.containers`) is not trusted. The event's place
is the trusted place of its sentence that a note says it was coded to, else the one
named with its unit ("X (Y)": X, not Y), else one attached by a locative preposition
("in", "at", "near") to the event's own clause, else the most specific; failing that,
the nearest sentences of the same paragraph say it (the ones before first), unless
their place is a stray of a country the document hardly names; failing that, the
document's main place (the one it names most often). A people's name ("Russian
forces") is a place only when the document names no other: it says who, not where.
Last comes a place the document holds with no span (the country of its actors, see
:mod:`eventwire.places.fallback`).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwire.model import Doc, Place, Span
from eventwire.places.containers import container_links, contradicted
from eventwire.places.demonyms import load_demonyms
from eventwire.places.gazetteer import haversine_km, place_key

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Token

LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around",
                      "within", "on", "into", "of"})
# an analyst's note saying which point an event was put at: "(coded to X)", "coded as X"
CODED = re.compile(r"\bcoded (?:to|as)\W{0,3}$", re.IGNORECASE)
_RANK = {"point": 4, "city": 3, "admin1": 2, "country": 1}
NEAR_KM = 30.0  # a town named with the town it lies in is no farther from it
BEFORE = 2  # sentences looked back at for a place when the event's own names none
AFTER = 1  # ... and ahead
STRAY_RATIO = 3  # a country named this many times less than the document's first is a stray


def specificity(place: Place) -> int:
    """How fine a place is: point > city > admin1 > country > anything coarser."""
    return _RANK.get(place.precision or "", 0)


def event_place(doc: Doc, sentence_span: Span, trigger_span: Span | None = None) -> Place | None:
    """The place of an event told in ``sentence_span`` (``trigger_span``: its trigger word)."""
    located = sorted(
        (p for p in doc.places if p.span is not None and p.lat is not None),
        key=lambda p: p.span.start if p.span is not None else 0,
    )
    support = country_support(doc, located)
    bad = contradicted(doc.article.text, located, support)
    trusted = [p for i, p in enumerate(located) if i not in bad]
    text = doc.article.text
    demonyms = load_demonyms()
    named = [p for p in trusted if p.span is None or place_key(p.span.of(text)) not in demonyms]
    # a people's name ("Russian forces", "Ukrainian refugees") says who, not where: such
    # places count only when the document names no place at all
    for places in (named, trusted):
        found = _in_context(doc, places, sentence_span, trigger_span, support)
        if found is not None:
            return found
    # a document that names no place on the map may still say its country (its actors')
    return next((p for p in doc.places if p.span is None and p.lat is not None), None)


def _in_context(doc: Doc, places: Sequence[Place], sentence_span: Span,
                trigger_span: Span | None, support: Counter[str]) -> Place | None:
    in_sentence = [p for p in places if _inside(p, sentence_span)]
    if in_sentence:
        return _pick(doc, in_sentence, trigger_span or sentence_span, support)
    nearby = _nearby(doc, places, sentence_span)
    if nearby:
        return _pick(doc, nearby, sentence_span, support)
    return _most_named(places)


def country_support(doc: Doc, located: Sequence[Place]) -> Counter[str]:
    """How much a document names each country: one for each distinct place name in it,
    one for each known actor of it."""
    support = Counter(c for _, c in {(p.name, p.country) for p in located if p.country})
    support.update(a.country for a in doc.actors if a.country and a.kb_id is not None)
    return support


def _nearby(doc: Doc, places: Sequence[Place], sentence_span: Span) -> list[Place]:
    """The places of the nearest sentence of the same paragraph that names any (up to
    ``BEFORE`` sentences back, then ``AFTER`` ahead), less strays of rare countries."""
    block = next((b.span for b in doc.blocks if b.span.contains(sentence_span)), None)
    if block is None or not doc.sentences:
        return []
    starts = [s.start for s in doc.sentences]
    here = bisect.bisect_right(starts, sentence_span.start) - 1
    support = Counter(c for _, c in {(p.name, p.country) for p in places})
    top = max(support.values(), default=0)
    for step in [*range(-1, -BEFORE - 1, -1), *range(1, AFTER + 1)]:
        k = here + step
        if not 0 <= k < len(doc.sentences) or not block.contains(doc.sentences[k].span):
            continue
        span = doc.sentences[k].span
        found = [
            p
            for p in places
            if _inside(p, span) and support[p.country] * STRAY_RATIO > top
        ]
        if found:
            return found
    return []


def main_place(doc: Doc) -> Place | None:
    """The place a document names most often (the finer one on a tie, then the first)."""
    return _most_named([p for p in doc.places if p.lat is not None])


def _most_named(located: Sequence[Place]) -> Place | None:
    if not located:
        return None
    counts = Counter((p.name, p.country) for p in located)
    order = {id(p): i for i, p in enumerate(located)}
    return max(located, key=lambda p: (counts[(p.name, p.country)], specificity(p), -order[id(p)]))


def _inside(place: Place, span: Span) -> bool:
    return place.span is not None and span.contains(place.span)


def _pick(doc: Doc, places: Sequence[Place], anchor: Span, support: Counter[str]) -> Place:
    """A place a note says the event was coded to first; then one that is not named as
    the container of another of them ("Town, Province": the town); then one that the
    writer qualified with a container of its own country (named so as to be found);
    then one attached to the anchor's clause by a locative preposition; then a place
    inside a country before a country; then one of the country the document backs most
    among them; then the most specific, then the nearest to the anchor."""
    best = max((support[p.country] for p in places if p.country), default=0)
    text = doc.article.text
    links = {i: js for i, js in container_links(text, places).items()
             if all(_fits(places[i], places[j]) for j in js)}
    held = set().union(*links.values())
    qualified = {i for i, js in links.items() if any(places[j].country == places[i].country
                                                     for j in js)}

    def key(i: int) -> tuple[bool, bool, bool, int, bool, bool, int, int]:
        p = places[i]
        assert p.span is not None
        distance = abs(p.span.start - anchor.start)
        backed = p.country is not None and support[p.country] >= best
        inland = specificity(p) > _RANK["country"]
        coded = CODED.search(text, max(0, p.span.start - 16), p.span.start) is not None
        return (coded, i not in held, i in qualified, _attached(doc, p.span, anchor), inland,
                backed, specificity(p), -distance)

    return places[max(range(len(places)), key=key)]


def _fits(place: Place, unit: Place) -> bool:
    """Whether a place can lie in the unit named as its container: a place named in a
    town lies near it. One that does not is a misreading (a school or a square named
    after a namesake far away), and the town is then the place to keep."""
    if place.country != unit.country:
        return True  # a namesake abroad: see :func:`contradicted`
    if unit.precision == "city" and None not in (place.lat, place.lon, unit.lat, unit.lon):
        assert place.lat is not None and place.lon is not None
        assert unit.lat is not None and unit.lon is not None
        return haversine_km(place.lat, place.lon, unit.lat, unit.lon) <= NEAR_KM
    return True


def _attached(doc: Doc, place: Span, anchor: Span) -> int:
    """2: the place hangs off a locative preposition that the anchor's word or a word
    above it governs (its clause), or one below the anchor's word ("of" excepted: "the
    invasion of X" names what was invaded, not where the event is); 1: a locative
    preposition stands right before it; 0: neither."""
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
    if anchor_tok is None or anchor.start == anchor.end:
        return 1
    if prep.head.i == anchor_tok.i or any(a.i == prep.head.i for a in anchor_tok.ancestors):
        return 2
    if prep.lower_ != "of" and any(a.i == anchor_tok.i for a in prep.ancestors):
        return 2
    return 1


def _token_at(sdoc: SpacyDoc, char: int) -> Token | None:
    span = sdoc.char_span(char, char + 1, alignment_mode="expand")
    return None if span is None or len(span) == 0 else span[0]

"""Where an event happened: choosing the event's own place among a document's places.

Reports name many places — where the reporter is, where people come from, where a
statement was made — and an event needs one. A place that the unit named after it
puts in another country ("X town in Y governorate" with X read as a namesake
abroad, see :mod:`eventwire.places.containers`) is not trusted, nor is a place a
note says an event was coded to that lies in another country than the place the note
follows. The event's place is the trusted place of its paragraph that a note says it
was coded to; else, in its sentence, one not read outside the unit named as its
container, not heading a landmark's name ("X Square") when a plain town is named,
named with its unit ("X (Y)": X, not Y; a country gives way to a town in it), else one
attached by a locative preposition ("in", "at", "near") to the event's own clause,
else the most specific (see :func:`_pick`); failing that,
the nearest sentences of the same paragraph say it (the ones before first), unless
their place is a stray of a country the document hardly names; failing that, the
document's main place (the one it names most often). A people's name ("Russian
forces") is a place only when the document names no other: it says who, not where.
Last comes a place the document holds with no span (the country of its actors, see
:mod:`eventwire.places.fallback`). An event placed at a first-level unit named as such
is put at the unit's seat town, as event coders put an event reported only at the level
of its province (``admin1_seats.tsv``); the unit stays the place's name and precision.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from eventwire.model import Doc, Place, Span
from eventwire.places.containers import container_links, contradicted, gap_words, link
from eventwire.places.demonyms import load_demonyms
from eventwire.places.gazetteer import haversine_km, place_key
from eventwire.places.recognise import load_lexicon
from eventwire.places.sources import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Token

LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around",
                      "within", "on", "into", "of"})
# an analyst's note saying which point an event was put at: "(coded to X)", "coded as X"
CODED = re.compile(r"\bcoded (?:to|as)\W{0,3}$", re.IGNORECASE)
OTHER_EVENT = re.compile(r"\s+events?\b", re.IGNORECASE)
_RANK = {"point": 4, "city": 3, "admin1": 2, "country": 1}
NEAR_KM = 150.0  # a town named with the town (or district of that name) it lies in is no
# farther from it: districts and prefectures are often named after their seat
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
    text = doc.article.text
    # a note's place ("coded to X") of another country than the place the note is
    # written after is a namesake, as is a place its container puts abroad
    bad = contradicted(text, located, support) | {
        k for k, p in enumerate(located) if _coded(text, p) and not _agrees(text, located, k)}
    trusted = [p for i, p in enumerate(located) if i not in bad]
    # nor is a note's place whose name is misread elsewhere (one name keeps one sense in
    # a document) where the note put the event, nor a piece of a longer name (a note on
    # how an actor was coded: "coded as Kashmir Rebels")
    misread = {(located[i].name, located[i].country) for i in bad}
    notes = frozenset(id(p) for p in trusted
                      if (p.name, p.country) not in misread and _coded(text, p)
                      and not _in_longer_name(text, p, doc.places))
    demonyms = load_demonyms()
    named = [p for p in trusted if p.span is None or place_key(p.span.of(text)) not in demonyms]
    # a people's name ("Russian forces", "Ukrainian refugees") says who, not where: such
    # places count only when the document names no place at all
    for places in (named, trusted):
        found = _in_context(doc, places, sentence_span, trigger_span, support, notes)
        if found is not None:
            return at_seat(found)
    # a document that names no place on the map may still say its country (its actors')
    return next((p for p in doc.places if p.span is None and p.lat is not None), None)


@lru_cache(maxsize=1)
def unit_seats() -> dict[tuple[str, str], tuple[float, float]]:
    """The seat town's point of each first-level unit, by (country, unit name)."""
    return {(iso3, unit): (float(lat), float(lon))
            for _, (iso3, unit, _town, lat, lon) in read_tsv("admin1_seats.tsv", 5)}


def at_seat(place: Place) -> Place:
    """A first-level unit read as itself is put at its seat town; any other place (a
    name the gazetteer lacks put at the unit it is named in included: it may lie
    anywhere in the unit) stays where it is."""
    if place.precision != "admin1" or place.geonameid is not None or place.country is None:
        return place
    seat = unit_seats().get((place.country, place.name))
    if seat is None:
        return place
    return dataclasses.replace(place, lat=seat[0], lon=seat[1])


def _in_context(doc: Doc, places: Sequence[Place], sentence_span: Span,
                trigger_span: Span | None, support: Counter[str],
                notes: frozenset[int] = frozenset()) -> Place | None:
    block = next((b.span for b in doc.blocks if b.span.contains(sentence_span)), sentence_span)
    top = max(support.values(), default=0)
    coded = [p for p in places if _inside(p, block) and id(p) in notes
             and p.country is not None and support[p.country] >= top]
    if coded:  # an analyst's note says where the events of its paragraph were put
        return _pick(doc, coded, trigger_span or sentence_span, support, notes)
    in_sentence = [p for p in places if _inside(p, sentence_span)]
    if in_sentence:
        return _pick(doc, in_sentence, trigger_span or sentence_span, support, notes)
    nearby = _nearby(doc, places, sentence_span)
    if nearby:
        return _pick(doc, nearby, sentence_span, support, notes)
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


def _pick(doc: Doc, places: Sequence[Place], anchor: Span, support: Counter[str],
          notes: frozenset[int] = frozenset()) -> Place:
    """A place a note says the event was coded to first (of a country the document backs
    most); then one that does not lie outside the first-level unit named as its
    container (a misreading, see :func:`_fits`); then one that does not name a landmark
    ("X Square") when a plain town or finer is named too; then one that is not named as
    the container of another of them ("Town, Province": the town), nor a country that
    another of them lies in; then one that the writer qualified with a container of its
    own country finer than the country (named so as to be found), or the unit named for
    a misread place; then
    one attached to the anchor's clause by a locative preposition; then a place inside a
    country before a country; then one of the country the document backs most among
    them; then the most specific, then the nearest to the anchor."""
    best = max((support[p.country] for p in places if p.country), default=0)
    text = doc.article.text
    # a piece of a longer name the gazetteer lacks ("Kafr al Nur") is a namesake's name
    # unless another place of its country is named with it (then it is the same place
    # written otherwise: "San Mateo de las Flores, Oaxaca")
    pieces = {i for i, p in enumerate(places) if _in_longer_name(text, p, doc.places)}
    landmarks = {i for i, p in enumerate(places) if _names_landmark(text, p, doc.places)} | {
        i for i in pieces
        if not any(j not in pieces and q.country == places[i].country
                   for j, q in enumerate(places))}
    plain = [p for i, p in enumerate(places) if i not in landmarks]
    # a landmark, or a piece of a longer name, gives way only to a plain town or finer
    marks = landmarks if any(specificity(p) > _RANK["country"] for p in plain) else set()
    links: dict[int, set[int]] = {}
    misfit: set[int] = set()
    stand_in: set[int] = set()
    for i, js in container_links(text, places).items():
        fits = {j: _fits(text, places[i], places[j]) for j in js}
        if False in fits.values():
            continue  # one of the two is misread, no telling which: no link
        if None in fits.values():
            misfit.add(i)  # the unit says where; the place's reading is a namesake
            stand_in |= {j for j, f in fits.items() if f is None}
        else:
            links[i] = set(js)
    # a landmark's name does not make the town it stands in its container
    held = set().union(*(js for i, js in links.items() if i not in marks))
    held |= _covered(plain, places)
    qualified = {i for i, js in links.items() if any(
        places[j].country == places[i].country and specificity(places[j]) > _RANK["country"]
        for j in js)} | stand_in

    def key(i: int) -> tuple[bool, bool, bool, bool, bool, bool, int, bool, bool, int, int]:
        p = places[i]
        assert p.span is not None
        distance = abs(p.span.start - anchor.start)
        backed = p.country is not None and support[p.country] >= best
        inland = specificity(p) > _RANK["country"]
        attached = _attached(doc, p.span, anchor)
        return (id(p) in notes and backed, i not in misfit, i not in marks, i not in held,
                i in qualified, inland and attached > 0, attached, inland, backed,
                specificity(p), -distance)

    return places[max(range(len(places)), key=key)]


def _agrees(text: str, located: Sequence[Place], k: int) -> bool:
    """Whether a note's place (``located[k]``, in text order) is of the country of the
    place the note is written after, if any ("in X province (coded to Y)": Y lies in X;
    a Y of another country is a namesake)."""
    place = located[k]
    assert place.span is not None
    note = CODED.search(text, max(0, place.span.start - 16), place.span.start)
    if note is None or k == 0:
        return True
    before = located[k - 1]
    assert before.span is not None
    gap = text[before.span.end : note.start()]
    if before.span.end > note.start() or link(gap.rstrip(" ([")) is None:
        return True
    return before.country is None or before.country == place.country


def _coded(text: str, place: Place) -> bool:
    """Whether an analyst's note says the event was coded to ``place`` ("coded to X"),
    not that something was put with another event there ("coded to the X event")."""
    assert place.span is not None
    if CODED.search(text, max(0, place.span.start - 16), place.span.start) is None:
        return False
    return OTHER_EVENT.match(text, place.span.end) is None


def _covered(plain: Sequence[Place], places: Sequence[Place]) -> set[int]:
    """Indices of the countries (among ``places``) that one of the ``plain`` places lies
    in: "in X (Y) ... Z", with X a town of country Z, happened in X; the country says
    whose, not where."""
    inside = {p.country for p in plain if p.country and specificity(p) > _RANK["country"]}
    return {i for i, p in enumerate(places)
            if p.precision == "country" and p.country in inside}


@lru_cache(maxsize=1)
def landmark_words() -> frozenset[str]:
    """Lower-case words that, after a place's name, make it a landmark's (``landmarks.tsv``)."""
    data = resources.files("eventwire") / "data" / "places" / "landmarks.tsv"
    lines = data.read_text("utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


_WORD = re.compile(r" ?([\w'’]+)")
LANDMARK_SPAN = 4  # capitalised words after a place's name looked at for a landmark word


def _names_landmark(text: str, place: Place, places: Sequence[Place]) -> bool:
    """Whether the place's name heads a landmark's or a body's name: a landmark word
    follows it among the capitalised words that go on its name, or right after them
    ("X Square", "X Nuclear Power Plant"); a place named among them ends the run (in
    "X Bar Association", X is not one). Towns naming a road ("the X-Y highway") are not
    landmarks: an event on a road is put at a town it links."""
    assert place.span is not None
    words = landmark_words()
    starts = {p.span.start for p in places if p.span is not None}
    at = place.span.end
    for _ in range(LANDMARK_SPAN + 1):
        m = _WORD.match(text, at)
        if m is None or m.start(1) in starts:
            return False  # a comma, a bracket, a line break, another place: the name ended
        word = m.group(1)
        if word.lower() in words:
            return True
        if not word[:1].isupper():
            return False
        at = m.end(1)
    return False


_NEXT = re.compile(r"(-| )([\w'’]+)(?: ([\w'’]+))?")
_PREV = re.compile(r"([\w'’]+)(-| )$")
# lower-case words inside Arabic names besides the connectors of cues.tsv ("Bani as Sayagh")
_ARTICLES = frozenset({"al", "as", "an", "ad", "ar", "ash", "at", "az", "adh", "ath"})


@lru_cache(maxsize=1)
def _name_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Connectors inside names, words that go with a place's name (kind words,
    modifiers), and capitalised words that are no names (``cues.tsv``)."""
    lex = load_lexicon()
    connectors = (lex.connectors - {"of", "on", "upon", "upon-on"}) | _ARTICLES
    return connectors, frozenset(lex.kind_words) | lex.modifiers, lex.stop


def _in_longer_name(text: str, place: Place, places: Sequence[Place]) -> bool:
    """Whether the place's name is a piece of a longer name the gazetteer does not hold:
    a capitalised word, or a connector and a capitalised word, goes on from it ("Kafr
    al Nur", "Dasht Kalay", "Mai-Mai", "Ranger Base") that is not a place named, a kind
    word or a word of the sentence's frame."""
    assert place.span is not None
    connectors, along, stop = _name_words()
    bounds = {p.span.start for p in places if p.span is not None} | {
        p.span.end for p in places if p.span is not None}

    def a_name(word: str) -> bool:
        return word[:1].isupper() and word.lower() not in along and word.lower() not in stop

    m = _NEXT.match(text, place.span.end)
    if m is not None and m.start(2) not in bounds:
        word, after = m.group(2), m.group(3)
        if a_name(word) or (m.group(1) == " " and word in connectors and after is not None
                            and a_name(after)):
            return True
    m = _PREV.search(text, max(0, place.span.start - 40), place.span.start)
    if m is None or m.end(1) in bounds or not a_name(m.group(1)) \
            or m.group(1).lower() in connectors:  # "Ar Rutba" is Rutba
        return False
    before = text[max(0, m.start(1) - 2) : m.start(1)]
    return m.start(1) > 0 and not before.endswith((". ", "\n")) and before[-1:] != "\n"


def _fits(text: str, place: Place, unit: Place) -> bool | None:
    """Whether a place can lie in the unit named as its container: ``True`` when it can,
    ``None`` when the unit belies the place's reading, ``False`` when one of the two is
    misread and there is no telling which. A town named in a first-level unit of its
    own country has that unit as its own ("X (Y)" with Y the name of X's unit fits
    whatever Y was read as); one named in a town lies near it (districts are often named
    after their seat). A town put in another unit is a namesake (a square or a school
    named after a faraway place, a city read for a province of its name): the unit is
    the place to keep. A town far from the town named as its container tells nothing."""
    if place.country != unit.country:
        return True  # a namesake abroad: see :func:`contradicted`
    if place.admin1 is not None and unit.span is not None and place_key(place.admin1) in (
        place_key(unit.span.of(text)), place_key(unit.name)
    ):
        return True
    if unit.precision == "admin1" and place.precision in ("city", "point"):
        return place.admin1 is None or unit.admin1 is None or place.admin1 == unit.admin1 or None
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
    head = _listed_after(doc.article.text, place.start)
    if head is not None and not any(
        p.span is not None and head <= p.span.start < place.start for p in doc.places
    ):  # "in X town, Y" with X unknown: Y goes with X, whatever the parse says
        return _attached(doc, Span(head, head + 1), anchor)
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


_BACK = re.compile(r"[\w'’.]+(?:-[\w'’.]+)*|[^\w\s]")
LISTED_WORDS = 8  # words of a place's description looked back over before a comma


def _listed_after(text: str, start: int) -> int | None:
    """Where the name starts that a place is the unit of, after a comma ("in X town, Y"
    or "at X, Y"): the character after the locative preposition before that name, with
    only capitalised words and a place's description words between; else ``None``."""
    before = text[max(0, start - 120) : start]
    if not before.rstrip().endswith(","):
        return None
    offset = max(0, start - 120)
    tokens = [(m.group(), m.start() + offset) for m in _BACK.finditer(before)]
    tokens.pop()  # the comma
    words = gap_words()
    seen = 0
    while tokens and seen <= LISTED_WORDS:
        tok, at = tokens.pop()
        if tok.lower() in LOCATIVE and seen:
            return _skip_spaces(text, at + len(tok))
        if not (tok[:1].isupper() or tok.lower() in words or tok in ("-", "–")):
            return None
        seen += 1
    return None


def _skip_spaces(text: str, at: int) -> int:
    """The first character after ``at`` that is not a space."""
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def _token_at(sdoc: SpacyDoc, char: int) -> Token | None:
    span = sdoc.char_span(char, char + 1, alignment_mode="expand")
    return None if span is None or len(span) == 0 else span[0]

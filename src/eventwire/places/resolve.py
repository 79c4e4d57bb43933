"""Toponym resolution: which of the places called a name the text means.

Every gazetteer entry called the name is scored. Before any context, a country beats a
first-level unit, which beats a town, and a larger town beats a smaller one; a name
found only among a town's alternate (foreign) names counts for little, and a hamlet
(fewer than 1,000 people) for less than a town. Then the text speaks, in two passes: the
container named next to a name ("Rafaela (Santa Fe)", "Paris, Texas") or a kind word
beside it ("Sindh province", "the state of Washington", "Clay and Polk counties")
settles most cases; otherwise the countries and states the document is about (its other
places, a name named often counting for more, and its actors' countries) and closeness
to its other places decide — closeness to any reading of another name too, so that two
ambiguous names settle each other ("Athens" and "Henderson County"). One name keeps one
sense throughout a document ("Dublin City" with "Dublin", "DeKalb" with "DeKalb
County"); a name read off part of a longer one ("Red" of "Red River") that nothing in
the story backs goes to the town the story names most. A name first read as a state
votes for that state alone, and stays that state rather than a town of the same country
called so, unless a container or kind word says the town ("California" in a story from
Pennsylvania); a bare name of a unit named after its chief town is the town; a container
takes the reading that holds the town named with it ("Athens, Georgia"). An unknown name
given with its container is the town some of its words name inside it, else the container.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from eventwire.model import Place
from eventwire.places.demonyms import load_demonyms, load_resident_names
from eventwire.places.gazetteer import Entry, Feature, Gazetteer, abbrev_key, place_key
from eventwire.places.recognise import HAMLET_POPULATION, UNIT_SUFFIXES, Toponym, load_lexicon

_BASE: dict[Feature, float] = {
    "continent": 6.0,
    "country": 3.0,
    "admin1": 2.0,
    "region": 6.0,
    "admin2": 0.5,
    "city": 0.0,
}
POPULATION_WEIGHT = 0.6
ALTERNATE_PENALTY = 2.5
HAMLET_PENALTY = 1.0
IN_CONTAINER = 6.0
OUT_OF_CONTAINER = -3.0
KIND_MATCH = 3.0
DOC_COUNTRY = 1.0
TOP_COUNTRY = 1.0
DOC_ADMIN1 = 2.0
NEARBY = 1.0
NEARBY_KM = 75.0
CO_LOCATED = 1.0
DOMINANT_SHARE = 0.2  # a town this big a share of its same-named unit is what the name means
MENTION_WEIGHT = 0.5
CELL_DEGREES = 0.5
HELD_GAP = 12  # characters between a place and its container ("Tala town (", ", ")
_ADMIN_LEVELS = frozenset({"country", "admin1"})
# how fine a feature is: a container must be coarser than what it contains
_RANK: dict[Feature, int] = {
    "continent": 0, "region": 0, "country": 1, "admin1": 2, "admin2": 3, "city": 4}
# a kind word beside a bare name, and the words the unit's own name may end in (US usage:
# "Clay" in "Clay and Polk counties" is Clay County, "Washington state" Washington State)
_UNIT_SUFFIXES: dict[str, tuple[str, ...]] = {
    "county": UNIT_SUFFIXES, "counties": UNIT_SUFFIXES, "parish": UNIT_SUFFIXES,
    "parishes": UNIT_SUFFIXES, "state": ("State",),
}


@lru_cache(maxsize=1)
def _strip_words() -> frozenset[str]:
    """The words an unknown name may end in and still be looked up without ("X province",
    "X LGA", "X area"): the kind words of ``data/places/cues.tsv``, and "area"."""
    return frozenset(load_lexicon().kind_words) | {"area"}


@dataclass(frozen=True, slots=True)
class Context:
    """What the rest of a document says about where it is."""

    countries: dict[str, float]
    admin1s: dict[tuple[str, str], float]
    points: tuple[tuple[str, Entry], ...]  # (name key, entry) of resolved towns and counties


class Resolver:
    """Chooses one gazetteer entry (or none) for each recognised toponym of a document."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer

    def __call__(
        self, toponyms: Sequence[Toponym], actor_countries: Iterable[str] = ()
    ) -> list[Place]:
        keys = self._sense_keys(toponyms)
        groups: dict[str, list[Toponym]] = defaultdict(list)
        for t in toponyms:
            groups[keys[t.text]].append(t)
        cands = {key: self._candidates(_own(key, ts)) for key, ts in groups.items()}
        local = {key: [self._local(e, ts, _names_a_country(cands[key])) for e in cands[key]]
                 for key, ts in groups.items()}
        first = {key: _best(cands[key], local[key]) for key in groups}
        actors = Counter(c for c in actor_countries if self.gaz.country(c) is not None)
        votes = {key: _votes(_voters(cands[key], first[key]), _mention_weight(len(groups[key])))
                 for key in groups}
        chosen: dict[str, Entry | None] = {}
        partial: set[str] = set()  # names read off part of a longer one, far from the rest
        near = _co_located(cands)
        for key in groups:
            ctx = _context(first, votes, actors, exclude=key)
            scores = [
                s + self._doc_score(e, ctx) + CO_LOCATED * n
                for e, s, n in zip(cands[key], local[key], near[key], strict=True)
            ]
            chosen[key] = _best(cands[key], scores)
            if _unit_in_its_country(first[key], chosen[key], groups[key], self._peer):
                chosen[key] = first[key]
            if any(t.source == "partial" for t in groups[key]) and not _supported(
                chosen[key], ctx
            ):
                partial.add(key)
        places_only = _context(first, votes, Counter(), exclude="")
        unbacked = _unbacked_codes(toponyms, keys, groups, chosen, places_only, votes)
        for key in unbacked:
            chosen[key] = None
        _bare_units(chosen)
        _dominant_towns(chosen, groups, cands)
        _contain_children(toponyms, keys, chosen, cands)
        focus = _focus(chosen, groups, _context(first, votes, actors, exclude=""))
        out: list[Place] = []
        for t in toponyms:
            key = keys[t.text]
            entry = chosen[key]
            # a known name stays beside a container the story reads as a town, not a unit
            # ("Denver, Cherry Creek Valley")
            outer = chosen.get(place_key(t.cue.parent)) if t.cue.parent else None
            moved = None if place_key(t.cue.parent) in unbacked or (
                entry is not None and outer is not None and outer.feature not in _ADMIN_LEVELS
            ) else self._in_container(t, entry)
            inner = None if entry is not None or moved is None else self._inner_name(t, moved)
            if inner is not None:
                out.append(self._place(t, inner, chosen))
                continue
            if moved is None and key in partial and focus is not None and focus[0] != key:
                out.append(self._at_container(t, focus[1]))
                continue
            out.append(
                self._place(t, entry, chosen) if moved is None else self._at_container(t, moved)
            )
        return out

    def _sense_keys(self, toponyms: Sequence[Toponym]) -> dict[str, str]:
        """The key each name is resolved under: its own, except that "Dublin City" goes
        with "Dublin" named in the same text when no town is called "Dublin City" itself
        (unlike "Kansas City")."""
        keys = {t.text: place_key(t.text) for t in toponyms}
        named = set(keys.values())
        for text, key in keys.items():
            base = key.removesuffix(" city")
            if base != key and base in named and not any(
                e.feature == "city" and not e.alternate for e in self.gaz.lookup(text)
            ):
                keys[text] = base
        return keys

    def _in_container(self, t: Toponym, entry: Entry | None) -> Entry | None:
        """The container to put a name at: one given with its container ("Pirque
        (Cochabamba)") that the gazetteer does not know there goes to the finest place we
        know it is in (a town of the container's name before the unit); so does a known
        name whose namesakes all lie outside the named unit. ``None``: stay."""
        if not t.cue.parent:
            return None
        containers = [c for c in self.gaz.lookup(t.cue.parent) if not c.alternate]
        if not containers:
            return None
        if entry is not None:
            # a known name stays unless the text puts it in a unit its namesake is not in
            # ("Pirque (Cochabamba)" is in Bolivia whatever Chile's Pirque is); so does a
            # name known without its kind word ("Lar city (Fars)")
            units = [c for c in containers if c.feature in ("admin1", "country")]
            if (
                not units
                or entry.feature in ("admin1", "country")
                or any(
                    entry.country == c.country
                    and (c.feature == "country" or entry.admin1_code == c.admin1_code)
                    for c in units
                )
            ):
                return None  # inside the named unit, or a unit itself (maybe a list of peers)
            containers = units
        return max(
            containers,
            key=lambda c: (
                (_BASE[c.feature] if c.feature != "city" else 2.5)
                + POPULATION_WEIGHT * math.log10(max(c.population, 100))
            ),
        )

    def _inner_name(self, t: Toponym, container: Entry) -> Entry | None:
        """A town or county named by some of the words of an unknown name given with its
        container ("Town Hall in Marlow (Calder)", "Tessel LGA (North Vale)") that lies
        in that container: the longest such words, the last on a tie (in "X Road in Y"
        the place is Y), then the largest reading."""
        if container.feature not in ("admin1", "country") or not container.country:
            return None
        words = t.text.split()
        best: tuple[int, int, float] | None = None
        found: Entry | None = None
        for n in range(len(words) - 1, 0, -1):
            for i in range(len(words) - n + 1):
                run = words[i : i + n]
                if not run[0][:1].isupper():
                    continue
                for e in self.gaz.lookup(" ".join(run)):
                    if e.feature not in ("city", "admin2") or e.alternate \
                            or e.country != container.country or (
                                container.feature == "admin1"
                                and e.admin1_code != container.admin1_code):
                        continue
                    rank = (n, i, float(e.population))
                    if best is None or rank > best:
                        best, found = rank, e
            if found is not None:
                return found
        return None

    # ---------------------------------------------------------------- candidates
    def _candidates(self, t: Toponym) -> tuple[Entry, ...]:
        if t.source == "street":
            return ()  # a street is a place the gazetteer cannot put on the map
        if t.source == "demonym":
            key = place_key(t.text)
            resident = load_resident_names().get(key)
            if resident is not None:
                iso3, name = resident
                return tuple(e for e in self.gaz.lookup(name) if e.country == iso3
                             and not e.alternate and e.feature in ("admin1", "admin2", "region"))
            country = self.gaz.country(load_demonyms().get(key, ""))
            return () if country is None else (country,)
        found = self.candidates(t.text)
        suffixes = _UNIT_SUFFIXES.get(t.cue.unit)
        if suffixes:
            # "Clay" in "Becker, Clay and Grant counties" is Clay County; "Washington" in
            # "a Washington state farm" is the state the gazetteer calls Washington State
            seen = {e.index for e in found}
            units = tuple(e for word in suffixes for e in self.gaz.lookup(f"{t.text} {word}")
                          if e.feature == t.cue.kind and e.index not in seen)
            found = found + units
        return found

    def candidates(self, text: str) -> tuple[Entry, ...]:
        """Entries called ``text``, or called it without a trailing "province", "city", ..."""
        found = self.gaz.lookup(text)
        if found:
            return found
        words = text.split()
        if len(words) > 1 and words[-1].lower() in _strip_words():
            return self.gaz.lookup(" ".join(words[:-1]))
        # a "City - District" name unknown as a whole is its district (a place of that
        # name near a town of the city's name: "Central" of a city is no province),
        # else its city's town
        city, dash, district = text.partition(" - ")
        if dash and city.strip() and district.strip():
            towns = tuple(e for e in self.candidates(city.strip())
                          if e.feature in ("city", "admin2"))
            parts = tuple(e for e in self.candidates(district.strip())
                          if not towns or any(e.km_to(t) <= NEARBY_KM for t in towns))
            return parts or towns
        return ()

    def _local(self, entry: Entry, mentions: Sequence[Toponym], country_name: bool = False
               ) -> float:
        """Score from the entry itself and the words around its mentions. A country's name
        followed by another country ("Mexico, China and Japan") is a list of peers: no
        reading of it is rewarded for lying in the next one."""
        score = _BASE[entry.feature] + POPULATION_WEIGHT * math.log10(max(entry.population, 100))
        if entry.alternate:
            score -= ALTERNATE_PENALTY
        if entry.feature == "city" and entry.population < HAMLET_POPULATION:
            score -= HAMLET_PENALTY  # a hamlet is meant only where the text backs it
        best_cue = 0.0
        for t in mentions:
            cue = 0.0
            if t.cue.parent:
                inside = self._container_score(entry, t.cue.parent)
                if country_name and self._a_country(t.cue.parent):
                    inside = min(0.0, inside)  # peers: no reading is inside the next country
                cue += inside
            if t.cue.kind:
                cue += KIND_MATCH if _kind_matches(entry.feature, t.cue.kind) else 0.0
            if t.cue.is_parent and entry.feature in _ADMIN_LEVELS:
                cue += KIND_MATCH
            best_cue = max(best_cue, cue) if cue >= 0 else min(best_cue, cue)
        if entry.feature == "country" and any(
            t.cue.unit and t.cue.kind in ("admin1", "admin2") for t in mentions
        ):
            # a name the text calls a state or a province somewhere ("Niger State") is
            # that unit, not the country of its name, wherever else it is named
            best_cue = min(best_cue, 0.0) - 2 * KIND_MATCH
        return score + best_cue

    def _peer(self, name: str, unit: Entry) -> bool:
        """Whether ``name`` is a unit of the same kind and country as ``unit``."""
        return any(c.feature == unit.feature and c.country == unit.country and not c.alternate
                   for c in self.gaz.lookup(name))

    def _a_country(self, name: str) -> bool:
        return any(c.feature == "country" and not c.alternate for c in self.gaz.lookup(name))

    def _container_score(self, entry: Entry, parent: str) -> float:
        containers = [c for c in self.gaz.lookup(parent) if not c.alternate]
        if not containers:
            return 0.0
        for c in containers:
            if c.index == entry.index or _RANK[c.feature] > _RANK[entry.feature] or (
                c.feature == entry.feature != "city"
            ) or (c.feature == "city" and place_key(c.name) == place_key(entry.name)):
                continue  # itself, or a finer place (a town holds no state; a town may hold
                # a village, a unit no peer unit, but no town its namesake: "Valencia
                # (Valencia)" names a province or the town itself, not one of two villages)
            if c.feature == "country" and entry.country == c.country:
                return IN_CONTAINER
            if (
                c.feature in ("admin1", "city")
                and entry.country == c.country
                and (c.admin1_code is not None and entry.admin1_code == c.admin1_code)
            ):
                return IN_CONTAINER
        if all(c.feature == "city" for c in containers) or any(
            c.feature == entry.feature for c in containers
        ):
            return 0.0  # a list of peers ("Anhui, Guangdong"), not a container
        return OUT_OF_CONTAINER

    def _doc_score(self, entry: Entry, ctx: Context) -> float:
        score = 0.0
        if entry.country and ctx.countries.get(entry.country):
            score += DOC_COUNTRY * min(2.0, ctx.countries[entry.country])
            top = max(sorted(ctx.countries), key=lambda c: ctx.countries[c])
            if entry.country == top:
                score += TOP_COUNTRY
        if entry.admin1_code:
            votes = ctx.admin1s.get((entry.country or "", entry.admin1_code), 0.0)
            score += DOC_ADMIN1 * min(2.0, votes)
        if entry.feature in ("city", "admin2") and any(
            entry.km_to(p) <= NEARBY_KM for _, p in ctx.points
        ):
            score += NEARBY
        return score

    # ------------------------------------------------------------------ output
    def _at_container(self, t: Toponym, container: Entry) -> Place:
        """Its own name, the container's point, and no finer than a first-level unit."""
        coarse = container.precision in ("country", None)
        return Place(
            name=t.text,
            span=t.span,
            country=container.country,
            admin1=container.admin1,
            lat=round(container.lat, 5),
            lon=round(container.lon, 5),
            geonameid=None,
            precision=container.precision if coarse else "admin1",
        )

    def _at_state_centre(self, county: Entry) -> bool:
        """Whether a county has no centre of its own (it sits at its state's)."""
        state = self.gaz.admin1(county.country or "", county.admin1_code or "")
        return state is not None and (state.lat, state.lon) == (county.lat, county.lon)

    def _place(self, t: Toponym, entry: Entry | None, chosen: dict[str, Entry | None]) -> Place:
        if entry is None:
            return Place(name=t.text, span=t.span)
        name = entry.name
        lat, lon = entry.lat, entry.lon
        if entry.feature == "admin2" and self._at_state_centre(entry):
            lat, lon = _county_point(entry, chosen.values())
        return Place(
            name=name,
            span=t.span,
            country=entry.country,
            admin1=entry.admin1 if entry.feature != "country" else None,
            lat=round(lat, 5),
            lon=round(lon, 5),
            geonameid=entry.geonameid,
            precision=entry.precision,
        )


def _unbacked_codes(
    toponyms: Sequence[Toponym],
    keys: dict[str, str],
    groups: dict[str, list[Toponym]],
    chosen: dict[str, Entry | None],
    ctx: Context,
    votes: dict[str, tuple[dict[str, float], dict[tuple[str, str], float]]],
) -> set[str]:
    """Names written only as an undotted code in capitals ("NC", "FCT") read as a unit
    of a country that no other place of the document is in: such a code is as often a
    party's or a body's initials as a state's, so it is a unit only where the story is
    otherwise in that country (its actors do not count: they may be read off the code),
    or where it stands as the container of a place ("Chitral (KPK)") that the document
    does not put outside it."""
    out: set[str] = set()
    for key, mentions in groups.items():
        entry = chosen.get(key)
        if entry is None or entry.feature not in ("admin1", "admin2") or not all(
            abbrev_key(t.text) and "." not in t.text and t.text.isupper() for t in mentions
        ):
            continue
        own = votes[key][0].get(entry.country or "", 0.0)
        if ctx.countries.get(entry.country or "", 0.0) - own > 0.0:
            continue
        if any(t.cue.is_parent for t in mentions):
            # the place named just before each container mention is the one it holds
            held = [chosen.get(keys[toponyms[i - 1].text]) for i, t in enumerate(toponyms)
                    if i > 0 and t.cue.is_parent and keys[t.text] == key
                    and t.span.start - toponyms[i - 1].span.end <= HELD_GAP]
            if not any(e is not None and not _contains(entry, e) for e in held):
                continue
        out.add(key)
    return out


def _names_a_country(entries: Sequence[Entry]) -> bool:
    return any(e.feature == "country" and not e.alternate for e in entries)


def _own(key: str, mentions: Sequence[Toponym]) -> Toponym:
    """The mention written as the key itself ("Dublin" rather than "Dublin City")."""
    return next((t for t in mentions if place_key(t.text) == key), mentions[0])


def _bare_units(chosen: dict[str, Entry | None]) -> None:
    """A bare name that the document also names with its unit word ("DeKalb" beside
    "DeKalb County") is that unit, unless it reads as a town of the unit's own state."""
    for key, entry in chosen.items():
        for word in UNIT_SUFFIXES:
            unit = chosen.get(f"{key} {word.lower()}")
            if unit is None or unit.feature != "admin2":
                continue
            if entry is None or entry.feature not in ("city", "admin2") or (
                entry.country, entry.admin1_code) != (unit.country, unit.admin1_code):
                chosen[key] = unit
            break


def _contains(unit: Entry, place: Entry) -> bool:
    """Whether a country or first-level unit holds a finer place."""
    if _RANK[unit.feature] >= _RANK[place.feature] or unit.country != place.country:
        return False
    if unit.feature == "country":
        return True
    return unit.feature == "admin1" and unit.admin1_code == place.admin1_code


def _contain_children(
    toponyms: Sequence[Toponym],
    keys: dict[str, str],
    chosen: dict[str, Entry | None],
    cands: dict[str, tuple[Entry, ...]],
) -> None:
    """A name given as a town's container ("Athens, Georgia") takes the reading that holds
    the town as read, when its own choice does not ("Georgia" the US state, not the
    country, once "Athens" is read as the town in that state)."""
    children: defaultdict[str, list[Entry]] = defaultdict(list)
    for t in toponyms:
        entry = chosen.get(keys[t.text])
        outer = place_key(t.cue.parent)
        if outer and outer != keys[t.text] and entry is not None:
            children[outer].append(entry)  # not "X (X)": one name keeps one sense
    for key, held in children.items():
        parent = chosen.get(key)
        if parent is None or key not in cands or any(_contains(parent, e) for e in held):
            continue
        holders = [c for c in cands[key] if c.feature in _ADMIN_LEVELS and not c.alternate
                   and any(_contains(c, e) for e in held)]
        if holders:
            chosen[key] = holders[0]


def _dominant_towns(
    chosen: dict[str, Entry | None],
    groups: dict[str, list[Toponym]],
    cands: dict[str, tuple[Entry, ...]],
) -> None:
    """A bare name read as a first-level unit that holds a town of the same name, one with
    a good share of the unit's people, is that town ("Kano", "Lagos"): a unit named after
    its chief town is meant as the unit when a kind word says so ("Kano state") or the
    name stands as another's container."""
    for key, entry in chosen.items():
        if entry is None or entry.feature != "admin1" or entry.population <= 0:
            continue
        if any(t.cue.kind not in ("", "city") or t.cue.unit or t.cue.is_parent
               or t.source == "demonym" for t in groups[key]):
            continue
        town = next((e for e in cands[key] if e.feature == "city" and not e.alternate
                     and e.country == entry.country and e.admin1_code == entry.admin1_code
                     and e.population >= DOMINANT_SHARE * entry.population), None)
        if town is not None:
            chosen[key] = town


def _unit_in_its_country(
    first: Entry | None,
    chosen: Entry | None,
    mentions: Sequence[Toponym],
    peer: Callable[[str, Entry], bool],
) -> bool:
    """Whether a name read on its own as a country or first-level unit stays that unit
    although the document pulls it to a town of the same country ("California" in a
    story from Pennsylvania is the state, not California, Pennsylvania): a town called
    after its own country's unit is given with its container or kind word. A unit of the
    same kind after a comma is the next of a list ("Ohio, Iowa, Utah"),
    not a container."""
    if first is None or chosen is None or first.alternate:
        return False
    if first.feature not in _ADMIN_LEVELS or chosen.feature not in ("city", "admin2"):
        return False
    if chosen.country != first.country:
        return False
    return not any((t.cue.parent and not peer(t.cue.parent, first)) or t.cue.kind
                   for t in mentions)


def _supported(entry: Entry | None, ctx: Context) -> bool:
    """Whether the rest of the document backs a reading: a unit or region, or a place near
    its other places or in a state it names."""
    if entry is None or entry.feature not in ("city", "admin2"):
        return entry is not None
    if any(entry.km_to(p) <= NEARBY_KM for _, p in ctx.points):
        return True
    return ctx.admin1s.get((entry.country or "", entry.admin1_code or ""), 0.0) >= 1.0


def _focus(
    chosen: dict[str, Entry | None], groups: dict[str, list[Toponym]], ctx: Context
) -> tuple[str, Entry] | None:
    """The town the document names most (first named on a tie, and at least twice), with
    its name key, if it lies in the country the document is most about."""
    if not ctx.countries:
        return None
    top = max(sorted(ctx.countries), key=lambda c: ctx.countries[c])
    best: tuple[str, Entry] | None = None
    most = 1
    for key, entry in chosen.items():
        if entry is None or entry.feature != "city" or entry.country != top:
            continue
        n = len(groups[key])
        if n > most:
            best, most = (key, entry), n
    return best


def _kind_matches(feature: Feature, kind: str) -> bool:
    return feature == kind or (kind == "admin2" and feature == "admin1")


def _best(entries: Sequence[Entry], scores: Sequence[float]) -> Entry | None:
    if not entries:
        return None
    i = max(range(len(entries)), key=lambda k: (scores[k], -k))
    return entries[i]


def _mention_weight(mentions: int) -> float:
    """How much a name named ``mentions`` times says about the document: more than once,
    but with diminishing returns (a town named five times is what the story is about)."""
    return 1.0 + MENTION_WEIGHT * math.log2(max(1, mentions))


def _voters(entries: tuple[Entry, ...], first: Entry | None) -> Sequence[Entry]:
    """The readings a name votes with: a name first read as a first-level unit
    ("Virginia") votes for that unit alone, not also for towns that share its name;
    other names split their vote over all their readings."""
    if first is not None and first.feature == "admin1" and not first.alternate:
        return (first,)
    return entries


def _votes(
    entries: Sequence[Entry], weight: float = 1.0
) -> tuple[dict[str, float], dict[tuple[str, str], float]]:
    """What one name says about the document's countries and states: each of its readings
    gets an equal share of ``weight``, so an unambiguous name votes with full weight."""
    own = [e for e in entries if not e.alternate] or list(entries)
    # sorted, so that sums over them do not depend on the process's hash seed
    countries = sorted({e.country for e in own if e.country})
    admin1s = sorted({(e.country, e.admin1_code) for e in own if e.country and e.admin1_code})
    return (
        {c: weight / len(countries) for c in countries},
        {a: weight / len(admin1s) for a in admin1s},
    )


def _context(
    first: dict[str, Entry | None],
    votes: dict[str, tuple[dict[str, float], dict[tuple[str, str], float]]],
    actors: Counter[str],
    exclude: str,
) -> Context:
    countries: defaultdict[str, float] = defaultdict(float)
    admin1s: defaultdict[tuple[str, str], float] = defaultdict(float)
    points: list[tuple[str, Entry]] = []
    for c, n in actors.items():
        countries[c] += n
    for key, (cv, av) in votes.items():
        if key == exclude:
            continue
        for c, w in cv.items():
            countries[c] += w
        for a, w in av.items():
            admin1s[a] += w
    for key, e in first.items():
        if e is not None and key != exclude and e.feature in ("city", "admin2"):
            points.append((key, e))
    return Context(dict(countries), dict(admin1s), tuple(points))


def _cell(e: Entry) -> tuple[int, int]:
    return (math.floor(e.lat / CELL_DEGREES), math.floor(e.lon / CELL_DEGREES))


def _co_located(cands: dict[str, tuple[Entry, ...]]) -> dict[str, list[float]]:
    """For each reading of each name, how many other names (at most two) have a town or
    county reading in the same or a neighbouring grid cell: "Athens" next to "Henderson
    County" is the Athens of that county. Hash lookups, no pairwise distances."""
    names_in: defaultdict[tuple[int, int], set[str]] = defaultdict(set)
    for key, entries in cands.items():
        for e in entries:
            if e.feature in ("city", "admin2") and not e.alternate:
                names_in[_cell(e)].add(key)
    out: dict[str, list[float]] = {}
    for key, entries in cands.items():
        counts: list[float] = []
        for e in entries:
            if e.feature not in ("city", "admin2") or e.alternate:
                counts.append(0.0)
                continue
            y, x = _cell(e)
            others: set[str] = set()
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    others |= names_in.get((y + dy, x + dx), set())
            others.discard(key)
            counts.append(float(min(2, len(others))))
        out[key] = counts
    return out


def _county_point(county: Entry, chosen: Iterable[Entry | None]) -> tuple[float, float]:
    """A county has no point of its own in the bundled data: the middle of the towns of
    the same state that the document names, else its state's centre."""
    towns = [
        e
        for e in chosen
        if e is not None
        and e.feature == "city"
        and e.country == county.country
        and e.admin1_code == county.admin1_code
    ]
    if not towns:
        return county.lat, county.lon
    return (sum(t.lat for t in towns) / len(towns), sum(t.lon for t in towns) / len(towns))

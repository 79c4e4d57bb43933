"""Toponym recognition: which words of a text name places.

Two sources. The name tagger's GPE and LOC entities (and FAC ones the gazetteer
knows) are places by themselves. Names the tagger misses or mislabels — a small
town given with its province ("in Pirque (Cochabamba)"), a town tagged as a person,
a state inside an agency's name ("the Ohio Department of Health"), an all-capitals
dateline — are found by looking runs of capitalised words up in the gazetteer,
and are kept only with a cue that the words are used as a place: a locative
preposition before them, a container after them ("(Santa Fe)", ", Texas"), a word
like "province" or "county", the head of an institution's name, or the same words
already taken as a place elsewhere in the text. A nationality the tagger finds
("Russian officials") names its country. Words that are an actor's own name (a
person, an organisation) are never places.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import TYPE_CHECKING

from eventwire.model import Actor, Span
from eventwire.places.demonyms import all_demonym_keys
from eventwire.places.gazetteer import Gazetteer, place_key

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Token

PLACE_LABELS = frozenset({"GPE", "LOC"})
NAME_LABELS = frozenset({"ORG", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
MAX_RUN = 6  # longest gazetteer name looked for, in tokens
NOTABLE_POPULATION = 100_000
HAMLET_POPULATION = 1000  # a town smaller than this needs words that say it is a place
HAMLET_PREPS = frozenset({"in", "at", "near", "outside", "inside"})  # ... such as these
UNIT_SUFFIXES = ("County", "Parish")  # the words a US county's own name ends in
MAX_LIST = 12  # members of a list looked through for the plural that names their kind
_LIST_JOINS = frozenset({",", "and", "or", "&"})
_INITIAL = re.compile(r"^[A-Z]\.$")
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                       "eighth", "ninth", "tenth", "eleventh", "twelfth"})
NON_PLACE_ACTORS = ("person:", "org:", "igo:", "group:", "party:", "agency:")


@dataclass(frozen=True, slots=True)
class Cue:
    """Words that place a name: parsed once, shared by recognition and resolution."""

    prep: str = ""  # the locative preposition before the name ("in")
    parent: str = ""  # the container named right after it ("Santa Fe" in "Rafaela (Santa Fe)")
    kind: str = ""  # the feature a following word implies: admin1, admin2, city
    is_parent: bool = False  # the name is itself the container of the name before it
    unit: str = ""  # the kind word itself, lower case ("county", "counties", "state")


@dataclass(frozen=True, slots=True)
class Toponym:
    """A stretch of text taken to name a place, with what its context says about it."""

    span: Span
    text: str
    source: str  # ner | partial | gazetteer | embedded | dateline | contained | demonym
    label: str  # the name tagger's label over it ("" when none)
    cue: Cue


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word lists recognition uses (``data/places/cues.tsv``)."""

    preps: frozenset[str]
    kind_words: dict[str, str]
    institution: frozenset[str]
    stop: frozenset[str]
    connectors: frozenset[str]
    modifiers: frozenset[str]
    of_heads: frozenset[str]
    not_after: frozenset[str]
    geo_heads: frozenset[str]
    not_places: frozenset[str]
    residents: frozenset[str]
    town_heads: frozenset[str] = frozenset()
    hyphen_after: frozenset[str] = frozenset()
    person_titles: frozenset[str] = frozenset()
    streets: frozenset[str] = frozenset()
    directions: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read ``cues.tsv`` (``list<TAB>word`` rows); cached: it never changes in a process."""
    text = (resources.files("eventwire") / "data" / "places" / "cues.tsv").read_text("utf-8")
    lists: dict[str, set[str]] = {}
    kinds: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, word = line.partition("\t")
        if name.startswith("kind:"):
            kinds[word.strip().lower()] = name[5:]
        else:
            lists.setdefault(name, set()).add(word.strip().lower())
    return Lexicon(
        preps=frozenset(lists.get("prep", ())),
        kind_words=kinds,
        institution=frozenset(lists.get("institution", ())),
        stop=frozenset(lists.get("stop", ())),
        connectors=frozenset(lists.get("connector", ())),
        modifiers=frozenset(lists.get("modifier", ())),
        of_heads=frozenset(lists.get("of_head", ())),
        not_after=frozenset(lists.get("not_after", ())),
        geo_heads=frozenset(lists.get("geo_head", ())),
        not_places=frozenset(lists.get("notplace", ())),
        residents=frozenset(lists.get("resident", ())),
        town_heads=frozenset(lists.get("town_head", ())),
        hyphen_after=frozenset(lists.get("hyphen_after", ())),
        person_titles=frozenset(lists.get("person_title", ())),
        streets=frozenset(lists.get("street", ())),
        directions=frozenset(lists.get("direction", ())),
    )


_DATELINE = re.compile(
    r"(?:^|(?<=\n)|(?<=\. ))([A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3})"
    r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?: \([A-Za-z .]+\))? ?(?:--|—|–|:| -)")


@lru_cache(maxsize=1)
def part_words() -> frozenset[str]:
    """The words for a part of a place ("outskirts", "axis"): ``data/places/parts.tsv``."""
    text = (resources.files("eventwire") / "data" / "places" / "parts.tsv").read_text("utf-8")
    return frozenset(w.strip().lower() for w in text.splitlines()
                     if w.strip() and not w.startswith("#"))


def blocked_spans(actors: Iterable[Actor]) -> list[Span]:
    """Mentions of actors that are people or organisations: their words are not places."""
    out: list[Span] = []
    for actor in actors:
        if actor.kb_id is not None and actor.kb_id.startswith(NON_PLACE_ACTORS):
            out.extend(m.span for m in actor.mentions if m.kind == "name")
    return out


class Recogniser:
    """Finds :class:`Toponym` candidates in a spaCy doc."""

    def __init__(self, gazetteer: Gazetteer, lexicon: Lexicon | None = None) -> None:
        self.gaz = gazetteer
        self.lex = lexicon or load_lexicon()

    def __call__(self, sdoc: SpacyDoc, blocked: Sequence[Span] = ()) -> list[Toponym]:
        found: list[Toponym] = []
        taken = [False] * len(sdoc)
        ent_of: list[str] = [""] * len(sdoc)
        for ent in sdoc.ents:
            for i in range(ent.start, ent.end):
                ent_of[i] = ent.label_
        demonyms = all_demonym_keys()
        joined = self._joined_ends(sdoc)
        covered = 0  # tokens before this index went into a name joined from two entities
        for ent in sdoc.ents:
            if ent.start < covered:
                continue
            key = place_key(ent.text)
            if ent.label_ == "NORP" or (key in demonyms and (
                    ent.label_ in PLACE_LABELS or (ent.label_ == "PERSON" and " " in key))):
                found.extend(self._demonym(sdoc, ent.start, ent.end, demonyms, blocked))
                continue
            if ent.label_ in NAME_LABELS:
                found.extend(self._name_demonym(sdoc, ent.start, ent.end, demonyms, blocked))
            if ent.label_ not in PLACE_LABELS and ent.label_ != "FAC":
                continue
            start, end = self._trim(sdoc, ent.start, joined.get(ent.start, ent.end))
            end = self._hyphened(sdoc, start, end)
            covered = max(covered, end)
            if any(taken[start:end]):
                continue  # read already as part of a longer name before it
            start, end = self._extended(sdoc, start, end, taken)
            if start >= end or self._not_place_after(sdoc, end) or self._titled(sdoc, start) \
                    or place_key(
                    sdoc[start:end].text) in self.lex.not_places \
                    or self._acronym(sdoc[start:end].text):
                continue
            span = Span(sdoc[start].idx, sdoc[end - 1].idx + len(sdoc[end - 1]))
            if _blocked(span, blocked):
                continue
            source = "ner"
            if not self.gaz.has(sdoc[start:end].text):
                inner = self._inner(sdoc, start, end)
                if self._bracketed_container(sdoc, end):
                    source = "contained"
                elif inner is not None:
                    if self._partial(sdoc, start, end, inner):
                        source = "partial"
                    start, end = inner
                elif self._geo_headed(sdoc, start, end):
                    source = "partial"  # "Kiser Lake": a place we know only to be near
                else:
                    continue
            found.append(self._toponym(sdoc, start, end, source, ent.label_))
            for i in range(start, end):
                taken[i] = True
        # Token.is_sent_start scans the whole doc on every call: collect the starts once.
        starts = frozenset(s.start for s in sdoc.sents)
        found.extend(self._contained(sdoc, taken, blocked, starts))
        found.extend(self._gazetteer_runs(sdoc, taken, ent_of, blocked, found, starts))
        found.extend(self._datelines(sdoc.text, found, blocked))
        found.extend(self._streets(sdoc, taken, blocked))
        return sorted(_one_reading([t for t in found if self._placed(t)]),
                      key=lambda t: t.span.start)

    def _placed(self, t: Toponym) -> bool:
        """Whether a name known only as a minor place (a small unit's seat) has a cue of a
        place: a container after it, a kind word, or a name it contains."""
        cue = t.cue
        return bool(cue.parent or cue.kind or cue.unit or cue.is_parent) \
            or t.source in ("contained", "demonym") or not self.gaz.minor_only(t.text)

    # ------------------------------------------------------------- NER spans
    def _joined_ends(self, sdoc: SpacyDoc) -> dict[int, int]:
        """Place entities the tagger split in two where they touch ("Nueva" "Esparta"):
        the start of the first mapped to the end of the second, when the gazetteer knows
        the two as one name and not the first alone as a unit or country."""
        ents = [e for e in sdoc.ents if e.label_ in PLACE_LABELS]
        out: dict[int, int] = {}
        for a, b in pairwise(ents):
            if b.start == a.end and a.start not in out and sdoc[a.end - 1].whitespace_ \
                    and self.gaz.has(sdoc[a.start:b.end].text) \
                    and not self._admin_level(a.text):
                out[a.start] = b.end
        return out

    def _trim(self, sdoc: SpacyDoc, start: int, end: int) -> tuple[int, int]:
        while start < end and (sdoc[start].lower_ in ("the", "a") or sdoc[start].is_punct):
            start += 1
        full = end
        while end > start and (sdoc[end - 1].is_punct or sdoc[end - 1].lower_ in ("'s", "’s")):
            end -= 1
        if start < end < full and sdoc[end].text == "." and not sdoc[end - 1].whitespace_ \
                and self.gaz.has(sdoc[start:end + 1].text):
            end += 1  # an abbreviation's own full stop: "W.Va."
        return start, end

    def _hyphened(self, sdoc: SpacyDoc, start: int, end: int) -> int:
        """The end of a known name the tagger cut at a hyphen ("Guinea" of "Guinea-Bissau",
        "X" of "X-sur-Mer"): the longest known one over up to ``MAX_RUN`` hyphened words."""
        best, j = end, end
        while j + 1 < len(sdoc) and j - end < 2 * MAX_RUN and sdoc[j].text == "-" \
                and not sdoc[j - 1].whitespace_ and not sdoc[j].whitespace_ \
                and sdoc[j + 1].text.isalpha():
            j += 2
            if self.gaz.has(sdoc[start:j].text):
                best = j
        return best

    def _extended(self, sdoc: SpacyDoc, start: int, end: int, taken: list[bool]
                  ) -> tuple[int, int]:
        """The longest known name that holds the tagger's span and runs on over up to
        ``MAX_RUN`` capitalised words or connectors after it, then before it ("San X de
        Los Y" when the tagger took "San X", "Orrin do Vale" when it took "Vale")."""
        def word(tok: Token) -> bool:
            return (self._capital(tok) or tok.lower_ in self.lex.connectors
                    or tok.text in ("'s", "’s")) and tok.lower_ not in self.lex.stop

        best_end, k = end, end
        while k < len(sdoc) and k - end < MAX_RUN and not taken[k] and word(sdoc[k]):
            k += 1
            text = sdoc[start:k].text
            if self._capital(sdoc[k - 1]) and self.gaz.has(text) \
                    and not self.gaz.minor_only(text):
                best_end = k
        best_start, k = start, start
        while k > 0 and start - k < MAX_RUN and not taken[k - 1] and word(sdoc[k - 1]):
            k -= 1
            text = sdoc[k:best_end].text
            if self._capital(sdoc[k]) and self.gaz.has(text) and not self.gaz.minor_only(text):
                best_start = k
        return best_start, best_end

    def _inner(self, sdoc: SpacyDoc, start: int, end: int) -> tuple[int, int] | None:
        """The longest known place name inside an entity the gazetteer does not know as a
        whole ("Allegheny County" in "Allegheny County Court"), leftmost first; not a minor
        place's ("X Street" is a street, whatever small seat is called X)."""
        best: tuple[int, int] | None = None
        fence = [k >= end for k in range(len(sdoc))]
        for i in range(start, end):
            if not self._capital(sdoc[i]):
                continue
            j = self._longest(sdoc, i, fence)
            if j is not None and (best is None or j - i > best[1] - best[0]) \
                    and self._proper(sdoc, i, j) and self._own_name(sdoc[i:j].text) \
                    and not self.gaz.minor_only(sdoc[i:j].text):
                best = (i, j)
        return best

    def _partial(self, sdoc: SpacyDoc, start: int, end: int, inner: tuple[int, int]) -> bool:
        """Whether a known name inside an unknown one is likely another place than the
        whole: a name with words before it ("Meadow Grove") that are not a direction
        ("South Los Angeles"), or one that a geographic word ends ("Red River"), unlike a
        place heading an institution's name ("Alachua County Sheriff's Office")."""
        before = [t.lower_ for t in sdoc[start:inner[0]]]
        if before and not all(w in self.lex.modifiers for w in before):
            return True
        after = [t.lower_ for t in sdoc[inner[1]:end]]
        # "Catamarca province" is Catamarca with its kind word, "Red River" another place
        return bool(after) and not all(w in self.lex.kind_words for w in after) \
            and self._geo_headed(sdoc, start, end)

    def _bracketed_container(self, sdoc: SpacyDoc, end: int) -> bool:
        """Whether a known place follows in brackets: "X (Cochabamba)"."""
        return end < len(sdoc) and sdoc[end].text == "(" and bool(
            self._container(sdoc, end + 1, True))

    def _geo_headed(self, sdoc: SpacyDoc, start: int, end: int) -> bool:
        """An unknown name ending in a geographic word ("Kiser Lake", "Wynn Road")."""
        return end - start > 1 and sdoc[end - 1].lower_ in self.lex.geo_heads

    def _titled(self, sdoc: SpacyDoc, start: int) -> bool:
        """Whether a personal title stands right before the name ("coach Ripley")."""
        return start > 0 and sdoc[start - 1].lower_ in self.lex.person_titles

    def _not_place_after(self, sdoc: SpacyDoc, end: int) -> bool:
        return end < len(sdoc) and sdoc[end].lower_ in self.lex.not_after

    def _demonym(self, sdoc: SpacyDoc, start: int, end: int, demonyms: frozenset[str],
                 blocked: Sequence[Span]) -> list[Toponym]:
        """A nationality the tagger found ("Russian officials", sometimes tagged as a
        place): it names its country; so does each of a hyphened pair ("Russian-American
        crew", "Israeli-Egyptian peace")."""
        start, end = self._trim(sdoc, start, end)
        if start >= end:
            return []
        if place_key(sdoc[start:end].text) not in demonyms:
            hyphens = [k for k in range(start + 1, end - 1) if sdoc[k].text == "-"]
            if len(hyphens) != 1:
                return []
            k = hyphens[0]
            return [t for a, b in ((start, k), (k + 1, end))
                    for t in self._demonym(sdoc, a, b, demonyms, blocked)]
        span = Span(sdoc[start].idx, sdoc[end - 1].idx + len(sdoc[end - 1]))
        if _blocked_exact(span, blocked):
            return []  # inside a longer name it still names its country ("Russian Foreign
            # Minister Sergei Lavrov"); only an actor called just that is no place
        return [Toponym(span, sdoc[start:end].text, "demonym", "NORP", Cue())]

    def _name_demonym(self, sdoc: SpacyDoc, start: int, end: int, demonyms: frozenset[str],
                      blocked: Sequence[Span]) -> list[Toponym]:
        """A nationality heading an institution's name ("Russian Foreign Ministry"):
        it names its country, as a place name heading one does."""
        start, _ = self._trim(sdoc, start, end)
        for stop in (start + 2, start + 1):
            if stop >= end or place_key(sdoc[start:stop].text) not in demonyms:
                continue
            span = Span(sdoc[start].idx, sdoc[stop - 1].idx + len(sdoc[stop - 1]))
            if _blocked_exact(span, blocked):
                return []
            return [Toponym(span, sdoc[start:stop].text, "demonym", "NORP", Cue())]
        return []

    # -------------------------------------------------------- gazetteer runs
    def _gazetteer_runs(self, sdoc: SpacyDoc, taken: list[bool], ent_of: list[str],
                        blocked: Sequence[Span], found: list[Toponym],
                        starts: frozenset[int]) -> list[Toponym]:
        known = {place_key(t.text) for t in found}
        # names some mention of which is surely a place: a place entity of the tagger, or
        # a name with a locative cue; only these bring back mentions turned down before
        sure = {place_key(t.text) for t in found if t.source == "ner" and t.label in PLACE_LABELS}
        persons = _person_words(
            sdoc, lambda text: self._admin_level(text) or place_key(text) in all_demonym_keys())
        surnames = _surnames(sdoc, self.gaz.has, frozenset(self.lex.kind_words)
                             | self.lex.geo_heads | self.lex.modifiers)
        out: list[Toponym] = []
        rejected: list[tuple[int, int]] = []
        n = len(sdoc)
        i = 0
        while i < n:
            if taken[i] or not self._capital(sdoc[i]) or sdoc[i].lower_ in ("the", "a", "an"):
                i += 1
                continue
            match = self._longest(sdoc, i, taken)
            if match is None:
                match = self._listed_unit(sdoc, i, taken)
            if match is None:
                i += 1
                continue
            end = match
            span = Span(sdoc[i].idx, sdoc[end - 1].idx + len(sdoc[end - 1]))
            text = sdoc[i:end].text
            label = ent_of[i]
            source = self._accept(sdoc, i, end, label, known, i in starts, persons, surnames)
            if source and not _blocked_exact(span, blocked):
                out.append(self._toponym(sdoc, i, end, source, label))
                for k in range(i, end):
                    taken[k] = True
                known.add(place_key(text))
                cue = out[-1].cue
                if cue.prep or cue.parent or cue.kind or self._said_place(
                        sdoc, i, end, place_key(text), persons):
                    sure.add(place_key(text))
            elif not source and not _blocked_exact(span, blocked):
                rejected.append((i, end))
            i = end
        out.extend(self._listed(sdoc, taken, ent_of, rejected, persons, sure))
        return out

    def _listed_unit(self, sdoc: SpacyDoc, i: int, taken: list[bool]) -> int | None:
        """End of a county known only with its unit word, named bare in a list that the
        plural ends ("Story, Hardin and Polk counties"); ``None`` if not one."""
        j = i
        while j < len(sdoc) and j - i < 3 and not taken[j] and self._capital(sdoc[j]):
            j += 1
        if j == i or j >= len(sdoc) or not (sdoc[j].lower_ in _LIST_JOINS
                                             or sdoc[j].lower_ in self.lex.kind_words):
            return None
        if self._cue(sdoc, i, j).kind != "admin2":
            return None
        text = sdoc[i:j].text
        return j if any(self.gaz.has(f"{text} {w}") for w in UNIT_SUFFIXES) else None

    def _listed(self, sdoc: SpacyDoc, taken: list[bool], ent_of: list[str],
                rejected: list[tuple[int, int]], persons: frozenset[str],
                sure: frozenset[str] | set[str] = frozenset()) -> list[Toponym]:
        """Known names listed with a place ("Cornwall and Kent", "Barrow, Jackson and
        Madison counties"): the members of a list are of one kind. Names turned down on
        their own are looked at again, until no more join a list; so is a name turned
        down before a mention that is surely a place (a headline's "Alexandria parents
        charged" once the story says "in Alexandria")."""
        out: list[Toponym] = []
        left = list(rejected)
        while left:
            keep: list[tuple[int, int]] = []
            for i, end in left:
                if any(taken[k] for k in range(i, end)) or not self._listable(
                        sdoc, i, end, ent_of[i], persons):
                    continue
                again = place_key(sdoc[i:end].text) in sure and not self._in_longer_name(sdoc, end)
                if again or self._next_to_place(sdoc, taken, i, end):
                    out.append(self._toponym(sdoc, i, end, "gazetteer", ent_of[i]))
                    for k in range(i, end):
                        taken[k] = True
                else:
                    keep.append((i, end))
            if len(keep) == len(left):
                break
            left = keep
        return out

    def _in_longer_name(self, sdoc: SpacyDoc, end: int) -> bool:
        """Whether the words go on into a longer name ("Wal-Mart", "Rodeo Gainesville")."""
        return end < len(sdoc) and (sdoc[end].text in ("-", "'s", "’s") or self._capital(sdoc[end]))

    def _listable(self, sdoc: SpacyDoc, i: int, end: int, label: str,
                  persons: frozenset[str]) -> bool:
        text = sdoc[i:end].text
        key = place_key(text)
        if len(key) < 3 or key in self.lex.not_places or self._acronym(text) \
                or self._not_place_after(sdoc, end) or label == "NORP":
            return False
        if any(w in persons for w in key.split()):
            return False
        return self._proper(sdoc, i, end) and (label != "PERSON" or self._lone_person(sdoc, i, end))

    def _next_to_place(self, sdoc: SpacyDoc, taken: list[bool], i: int, end: int) -> bool:
        """Whether a list word ("and", "or", a comma) joins these words to a place."""
        joins = (",", "and", "or", "&")
        before = i >= 2 and sdoc[i - 1].lower_ in joins and taken[i - 2]
        after = end + 1 < len(sdoc) and sdoc[end].lower_ in joins and taken[end + 1]
        return before or after

    def _capital(self, tok: Token) -> bool:
        t = tok.text
        return bool(t[:1].isupper()) and any(c.isalpha() for c in t)

    def _longest(self, sdoc: SpacyDoc, i: int, taken: list[bool]) -> int | None:
        """End of the longest gazetteer name starting at token ``i``."""
        best: int | None = None
        j = i
        if not self.gaz.may_start(sdoc[i].text):
            return None
        while j < len(sdoc) and j - i < MAX_RUN and not taken[j]:
            tok = sdoc[j]
            if j > i and not (self._capital(tok) or tok.lower_ in self.lex.connectors
                              or tok.text in ("-", "'", ".") or self._joined(sdoc, j)):
                break
            if j > i and tok.whitespace_ == "" and tok.text == "-" and j + 1 >= len(sdoc):
                break
            single_stop = j == i and tok.lower_ in self.lex.stop
            if self._capital(tok) and not single_stop and self.gaz.has(sdoc[i : j + 1].text):
                best = j + 1
            if tok.whitespace_ and tok.text in ("-",):
                break
            j += 1
        return best

    def _joined(self, sdoc: SpacyDoc, j: int) -> bool:
        """Whether token ``j`` is a word hyphened on to the name before it ("sur" of
        "X-sur-Mer"), with no space on either side of the hyphen."""
        return j >= 2 and sdoc[j].text.isalpha() and sdoc[j - 1].text == "-" \
            and not sdoc[j - 1].whitespace_ and not sdoc[j - 2].whitespace_

    def _accept(self, sdoc: SpacyDoc, i: int, end: int, label: str, known: set[str],
                sent_start: bool, persons: frozenset[str] = frozenset(),
                surnames: frozenset[str] = frozenset()) -> str:
        """Why a gazetteer name found outside the tagger's place entities is a place ("" if not)."""
        text = sdoc[i:end].text
        key = place_key(text)
        if (len(key) < 3 and not self._short_name(text)) or key in self.lex.not_places \
                or self._titled(sdoc, i) \
                or self._not_place_after(sdoc, end) or self._acronym(text):
            return ""
        cue = self._cue(sdoc, i, end)
        sentence_start = sent_start or (i > 0 and sdoc[i - 1].is_punct
                                                    and sdoc[i - 1].text in ('"', "“", "(", "'"))
        if label not in PLACE_LABELS and self._hamlet(text):
            # a name known only as a hamlet is a place only where the words say so
            strong = cue.parent or cue.kind or cue.is_parent or (
                cue.prep in HAMLET_PREPS and not sentence_start)
            return "gazetteer" if strong else ""
        if label in ("ORG", "FAC") and self._embedded(sdoc, i, end, key):
            return "embedded"
        if cue.parent or cue.kind or cue.is_parent:
            return "gazetteer"
        if " " in key and self._admin_level(text) and self._proper(sdoc, i, end):
            return "gazetteer"  # "New South Wales is ...", "Minas Gerais" tagged as a person
        if key in surnames and label not in PLACE_LABELS:
            return ""  # a person's surname ("Judge Ann Turner" ... "votes to Turner")
        if cue.prep and not sentence_start:
            return "gazetteer"
        if label not in ("PERSON", "NORP") and self._bracketed_after_name(sdoc, i, end):
            return "gazetteer"
        said = self._said_place(sdoc, i, end, key, persons)
        if self._unit_named(sdoc, end):
            return "gazetteer"  # "Laurel County" heading a title the tagger took for a name
        if self._hyphen_place(sdoc, end) and not any(w in persons for w in key.split()):
            return "gazetteer"  # "a Northbrook-based firm"
        if label == "PERSON":
            lone = self._lone_person(sdoc, i, end) and not any(w in persons for w in key.split())
            return "gazetteer" if lone and (said or key in known) else ""
        if said or self._unit_named(sdoc, end):
            return "gazetteer"
        if key in known:
            return "gazetteer"
        if i > 1 and sdoc[i - 1].text == "-" and sdoc[i - 2].text in ("R", "D", "I"):
            return "gazetteer"  # a US legislator's party and home town: "(R-Ocilla)"
        nxt = sdoc[end] if end < len(sdoc) else None
        if nxt is not None and nxt.pos_ == "NOUN" and nxt.text.islower() and label in ("", "GPE") \
                and self._proper(sdoc, i, end):
            return "gazetteer"  # a place modifying a noun: "a Coral Gables man"
        if label != "NORP" and not sentence_start and self._proper(sdoc, i, end) \
                and self._notable(text):
            return "gazetteer"
        return ""

    def _bracketed_after_name(self, sdoc: SpacyDoc, i: int, end: int) -> bool:
        """Whether a large town's name stands alone in brackets right after an
        institution's name: the town of an office ("the Provincial Office of Health
        (Elmstead)"), not a person's maiden name or a party."""
        if not (i > 1 and sdoc[i - 1].text == "(" and end < len(sdoc)
                and sdoc[end].text == ")" and not sdoc[i:end].text.isupper()
                and self._notable(sdoc[i:end].text)):
            return False
        j = i - 2
        while j >= 0 and j > i - 2 - 2 * MAX_RUN and (
                self._capital(sdoc[j]) or sdoc[j].lower_ in ("of", "and", "for")):
            if sdoc[j].lower_ in self.lex.institution:
                return True
            j -= 1
        return False

    def _lone_person(self, sdoc: SpacyDoc, i: int, end: int) -> bool:
        """Whether the tagger's PERSON entity is exactly these words (and a possessive)."""
        if end < len(sdoc) and sdoc[end].text in ("'s", "’s"):
            end += 1
        return sdoc[i].ent_iob_ == "B" and not (end < len(sdoc) and sdoc[end].ent_iob_ == "I")

    def _said_place(self, sdoc: SpacyDoc, i: int, end: int, key: str,
                    persons: frozenset[str]) -> bool:
        """Whether the words around a name say it is a town, whatever the tagger thought
        of it ("Gainesville", "Alexandria" are often tagged as people or organisations):
        a resident or institution word after it ("an Alexandria man", "Mansfield police"),
        or "of" right after a person's name ("John Smith of Alexandria") — unless a longer
        PERSON name of the text has it as a word (then it is that person)."""
        if any(w in persons for w in key.split()):
            return False
        nxt = sdoc[end].lower_ if end < len(sdoc) else ""
        if nxt in self.lex.residents or nxt in self.lex.institution:
            return True
        return i >= 2 and sdoc[i - 1].lower_ == "of" and sdoc[i - 2].ent_type_ == "PERSON"

    def _hyphen_place(self, sdoc: SpacyDoc, end: int) -> bool:
        """Whether a hyphened word after the name says it is a place ("Northbrook-based")."""
        return end + 1 < len(sdoc) and sdoc[end].text == "-" and not sdoc[end - 1].whitespace_ \
            and sdoc[end + 1].lower_ in self.lex.hyphen_after

    def _unit_named(self, sdoc: SpacyDoc, end: int) -> bool:
        """A known name that ends in its own kind word ("Henderson County", "Avoyelles
        Parish"): a place even inside an organisation's name."""
        return end - 1 > 0 and sdoc[end - 1].lower_ in self.lex.kind_words \
            and self.lex.kind_words[sdoc[end - 1].lower_] in ("admin1", "admin2")

    def _short_name(self, text: str) -> bool:
        """A two-letter name that is surely a place: dotted ("U.S.", "S.C.") or a country's
        capitalised code ("UK"); a bare "IN" or "ME" is a word as often as a state."""
        if "." in text:
            return True
        return text.isupper() and any(e.feature == "country" and not e.alternate
                                      for e in self.gaz.lookup(text))

    def _acronym(self, text: str) -> bool:
        """A short word in capitals that names no country or first-level unit ("HIV",
        "NATO") is an acronym, not a small town of that spelling; "UK", "NSW" stay."""
        return len(text) <= 4 and text.isalpha() and text.isupper() \
            and not self._admin_level(text)

    def _proper(self, sdoc: SpacyDoc, i: int, end: int) -> bool:
        """Tagged as a proper name, not a capitalised common word ("Man", "Act", "For")."""
        return all(t.pos_ == "PROPN" and not t.is_stop for t in sdoc[i:end] if t.text[:1].isupper())

    def _notable(self, text: str) -> bool:
        """A country, a first-level unit or a large town under its own name."""
        return any(not e.alternate and (e.feature in ("country", "admin1", "continent")
                                        or e.population >= NOTABLE_POPULATION)
                   for e in self.gaz.lookup(text))

    def _hamlet(self, text: str) -> bool:
        """Whether every place called this (under its own name) is a town of fewer than
        ``HAMLET_POPULATION`` people."""
        own = [e for e in self.gaz.lookup(text) if not e.alternate]
        return bool(own) and all(e.feature == "city" and e.population < HAMLET_POPULATION
                                 for e in own)

    def _own_name(self, text: str) -> bool:
        return any(not e.alternate for e in self.gaz.lookup(text))

    def _admin_level(self, text: str) -> bool:
        return any(e.feature in ("country", "admin1") and not e.alternate
                   for e in self.gaz.lookup(text))

    def _embedded(self, sdoc: SpacyDoc, i: int, end: int, key: str) -> bool:
        """A place name heading an institution's name ("Richmond Fire Department",
        "University of Nebraska"), or any country or state named inside one."""
        if self._admin_level(sdoc[i:end].text):
            return True
        nxt = sdoc[end].lower_ if end < len(sdoc) else ""
        prev = sdoc[i - 1].lower_ if i > 0 else ""
        return nxt in self.lex.institution or (prev == "of" and i > 1
                                               and sdoc[i - 2].lower_ in self.lex.institution)

    def _cue(self, sdoc: SpacyDoc, start: int, end: int) -> Cue:
        lex = self.lex
        k = start - 1
        while k >= 0 and sdoc[k].lower_ in lex.modifiers:
            k -= 1
        prep = ""
        if k >= 0 and sdoc[k].lower_ in lex.preps:
            prep = sdoc[k].lower_
        elif k >= 1 and sdoc[k].lower_ == "of" and (
                sdoc[k - 1].lower_ in lex.of_heads or sdoc[k - 1].lower_ in lex.kind_words
                or sdoc[k - 1].text == "," or sdoc[k - 1].like_num):
            prep = "of"
        parent = ""
        word = ""  # the kind word itself
        if prep == "of" and sdoc[k - 1].lower_ in lex.kind_words and sdoc[k - 1].text.islower() \
                and not (k >= 2 and self._capital(sdoc[k - 2])):
            word = sdoc[k - 1].lower_  # "the state of Washington", not "the Puno region of Peru"
        if end < len(sdoc) and not word:
            nxt = sdoc[end]
            if nxt.lower_ in lex.kind_words and (nxt.text[:1].islower() or nxt.is_title
                                                 or nxt.is_upper) \
                    and not (end + 1 < len(sdoc) and sdoc[end + 1].lower_ == "of"):
                # "Kano state", "X LGA"; not "the US state of Texas" (the word heads what follows)
                word = nxt.lower_
            if (word or nxt.lower_ in part_words()) and nxt.text.islower() \
                    and end + 2 < len(sdoc) and sdoc[end + 1].text in ("(", ","):
                # "Tala district (Qena)", "Tala outskirts, Qena": the container after the word
                parent = self._container(sdoc, end + 2, sdoc[end + 1].text == "(")
            elif nxt.text in ("(", ","):
                parent = self._container(sdoc, end + 1, nxt.text == "(")
            if not word and not parent and nxt.lower_ in _LIST_JOINS:
                word = self._list_kind(sdoc, end)
        kind = lex.kind_words.get(word, "")
        if not word and not parent and end < len(sdoc) and sdoc[end].lower_ in lex.town_heads:
            kind = "city"  # "Elmstead police": a town's own body
        is_parent = False
        if start >= 2 and sdoc[start - 1].text in ("(", ",") \
                and self._admin_level(sdoc[start:end].text):
            before = sdoc[start - 2]
            if before.lower_ in lex.kind_words:
                is_parent = True  # "Kamdesh district, Nuristan", "Sarisha town (South ..."
            elif self._capital(before):
                is_parent = sdoc[start - 1].text == "(" or self._gaz_name_before(
                    sdoc, start - 1) or self._bracketed_list(sdoc, start - 1)
        return Cue(prep=prep, parent=parent, kind=kind, is_parent=is_parent, unit=word)

    def _list_kind(self, sdoc: SpacyDoc, end: int) -> str:
        """The plural kind word that every member of the list a name starts shares
        ("Barrow, Jackson and Madison counties"): names joined by commas and "and" up to
        the word ("" if none)."""
        j = end
        for _ in range(MAX_LIST):
            if j >= len(sdoc) or sdoc[j].lower_ not in _LIST_JOINS:
                return ""
            while j < len(sdoc) and sdoc[j].lower_ in _LIST_JOINS:
                j += 1
            start = j
            while j < len(sdoc) and j - start < MAX_RUN and self._capital(sdoc[j]):
                j += 1
            if j == start:
                return ""
            if j < len(sdoc) and sdoc[j].lower_ in self.lex.kind_words \
                    and sdoc[j].lower_.endswith("s") and sdoc[j].text[:1].islower():
                return sdoc[j].lower_
        return ""

    def _bracketed_list(self, sdoc: SpacyDoc, comma: int) -> bool:
        """Whether a comma stands in a bracket opened right after a name or a kind word:
        the units a place lies in, listed ("Al Arq (Usaylan, Shabwah)")."""
        for j in range(comma - 1, max(0, comma - 2 * MAX_RUN), -1):
            tok = sdoc[j]
            if tok.text == ")":
                return False
            if tok.text == "(":
                return j > 0 and (self._capital(sdoc[j - 1])
                                  or sdoc[j - 1].lower_ in self.lex.kind_words)
        return False

    def _container(self, sdoc: SpacyDoc, i: int, bracketed: bool) -> str:
        """The place named at token ``i`` as a container: a country or first-level unit
        (after a comma), or any known place (in brackets); "" if none."""
        if i >= len(sdoc) or not self._capital(sdoc[i]):
            return ""
        end = self._longest(sdoc, i, [False] * len(sdoc))
        if end is None:
            return ""
        name = sdoc[i:end].text
        return name if bracketed or self._admin_level(name) else ""

    def _gaz_name_before(self, sdoc: SpacyDoc, comma: int) -> bool:
        for j in range(max(0, comma - MAX_RUN), comma):
            if self._capital(sdoc[j]) and self.gaz.has(sdoc[j:comma].text):
                return True
        return False

    def _toponym(self, sdoc: SpacyDoc, start: int, end: int, source: str, label: str) -> Toponym:
        span = Span(sdoc[start].idx, sdoc[end - 1].idx + len(sdoc[end - 1]))
        return Toponym(span, sdoc[start:end].text, source, label, self._cue(sdoc, start, end))

    def _contained(self, sdoc: SpacyDoc, taken: list[bool], blocked: Sequence[Span],
                   starts: frozenset[int]) -> list[Toponym]:
        """A name the gazetteer lacks, given with its container in brackets: "in Pirque
        (Cochabamba)" — a place by how it is written; resolved to the container."""
        out: list[Toponym] = []
        for tok in sdoc:
            if tok.text != "(" or tok.i == 0 or taken[tok.i - 1]:
                continue
            end = tok.i
            start = end
            while start > 0 and end - start < 4 and not taken[start - 1] and (
                    self._capital(sdoc[start - 1])
                    or sdoc[start - 1].lower_ in self.lex.connectors):
                start -= 1
            while start < end and not self._capital(sdoc[start]):
                start += 1
            if start == end or start in starts \
                    or not self._bracketed_container(sdoc, end) \
                    or self.gaz.has(sdoc[start:end].text):
                continue
            if not (start > 0 and sdoc[start - 1].lower_ in self.lex.preps | {"of"}):
                continue
            span = Span(sdoc[start].idx, sdoc[end - 1].idx + len(sdoc[end - 1]))
            if _blocked(span, blocked):
                continue
            out.append(self._toponym(sdoc, start, end, "contained", ""))
            for k in range(start, end):
                taken[k] = True
        return out

    # --------------------------------------------------------------- streets
    def _streets(self, sdoc: SpacyDoc, taken: list[bool],
                 blocked: Sequence[Span]) -> list[Toponym]:
        """Street names ("Jay Lane", "E. Broad St.", "North Seventh Street"): proper names
        or ordinals before a street word, not going on into a longer name ("Wall Street
        Journal"); a dotted "St." or "Dr." only where no name follows ("St. Louis")."""
        out: list[Toponym] = []
        for k in range(1, len(sdoc)):
            tok = sdoc[k]
            if taken[k] or tok.lower_ not in self.lex.streets or not self._capital(tok):
                continue
            if k + 1 < len(sdoc) and self._capital(sdoc[k + 1]) and (
                    tok.text.endswith(".") or sdoc[k + 1].pos_ == "PROPN"):
                continue
            start = k
            while start > 0 and k - start < 4 and not taken[start - 1] and (
                    self._street_word(sdoc[start - 1])):
                start -= 1
            while start < k and sdoc[start].lower_ in self.lex.directions \
                    and start + 1 < k and not self._street_word(sdoc[start + 1]):
                start += 1
            if start == k or all(sdoc[j].lower_ in self.lex.directions for j in range(start, k)):
                continue
            if start > 0 and taken[start - 1] and self._capital(sdoc[start - 1]):
                continue  # the tail of a name taken as a place ("Mitchell | Bridge Road")
            if any(_INITIAL.match(sdoc[j].text) and sdoc[j].lower_ not in self.lex.directions
                   for j in range(start, k)):
                continue  # a person's name with an initial ("Marvin F. Lane")
            span = Span(sdoc[start].idx, tok.idx + len(tok))
            if _blocked(span, blocked):
                continue
            out.append(Toponym(span, sdoc[start:k + 1].text, "street", sdoc[k].ent_type_, Cue()))
            for j in range(start, k + 1):
                taken[j] = True
        return out

    def _street_word(self, tok: Token) -> bool:
        """A word of a street's own name: a proper name, an ordinal ("Fifth", "42nd") or a
        direction ("N.", "West")."""
        if tok.lower_ in self.lex.directions:
            return True
        if not tok.text[:1].isupper() and not tok.text[:1].isdigit():
            return False
        if tok.text[:1].isdigit():
            return tok.lower_.endswith(("st", "nd", "rd", "th")) and tok.text[:-2].isdigit()
        return tok.pos_ == "PROPN" or tok.lower_ in _ORDINALS

    # ------------------------------------------------------------- datelines
    def _datelines(self, text: str, found: list[Toponym],
                   blocked: Sequence[Span]) -> list[Toponym]:
        out: list[Toponym] = []
        for m in _DATELINE.finditer(text):
            span = Span(m.start(1), m.end(1))
            name = m.group(1).rstrip(".")
            span = Span(span.start, span.start + len(name))
            if any(t.span.overlaps(span) for t in found) or _blocked(span, blocked):
                continue
            if self.gaz.has(name):
                out.append(Toponym(span, name, "dateline", "", Cue()))
        return out


def _person_words(sdoc: SpacyDoc, is_unit: Callable[[str], bool]) -> frozenset[str]:
    """The words of the tagger's PERSON names of two words or more ("Michael Jackson"):
    a one-word PERSON mention of one of them is that person, not a town. A "name" that is
    a country, a first-level unit or a nationality ("Sri Lanka's", "Sri Lankan",
    mistagged) gives no words."""
    out: set[str] = set()
    for ent in sdoc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        words = [t for t in ent if t.text not in ("'s", "’s")]
        if is_unit(" ".join(t.text for t in words)):
            continue
        out.update(place_key(t.text) for t in ent)
    return frozenset(out)


def _one_reading(found: list[Toponym]) -> list[Toponym]:
    """One toponym per stretch of text where a nationality and a name overlap: the longer
    name holding the nationality word ("French Polynesia"), else the nationality ("Canadian
    lakes" is Canada, not a town called Canadian)."""
    demonyms = [t for t in found if t.source == "demonym"]
    if not demonyms:
        return found
    names = [t for t in found if t.source != "demonym"]
    out = [n for n in names if not any(d.span == n.span for d in demonyms)]
    out.extend(d for d in demonyms if not any(
        n.span.overlaps(d.span) and n.span != d.span for n in names))
    return out


def _surnames(sdoc: SpacyDoc, is_place: Callable[[str], bool],
              place_words: frozenset[str]) -> frozenset[str]:
    """The last words of the tagger's PERSON names of two or three capitalised words that
    are not themselves a place nor hold a place word ("Ann Turner", not "Glen Carbon" or
    "Village Malakal"): a later bare "Turner" that the tagger does not call a place is that
    person, not a town called so. A name the tagger calls a place somewhere is no surname."""
    out: set[str] = set()
    places: set[str] = set()
    for ent in sdoc.ents:
        if ent.label_ in PLACE_LABELS:
            places.add(place_key(ent.text))
        words = [t for t in ent if t.text not in ("'s", "’s")]
        if ent.label_ != "PERSON" or not 2 <= len(words) <= 3 or not all(
                t.text[:1].isupper() and t.text.lower() not in place_words for t in words):
            continue
        if is_place(" ".join(t.text for t in words)):
            continue
        out.add(place_key(words[-1].text))
    return frozenset(out - places)


def _blocked(span: Span, blocked: Sequence[Span]) -> bool:
    return any(b.start <= span.start and span.end <= b.end for b in blocked)


def _blocked_exact(span: Span, blocked: Sequence[Span]) -> bool:
    return any(b == span for b in blocked)

"""The actor knowledge base: loading, indexing, and date-aware resolution of a name.

Bundled files (``data/kb/**/*.jsonl``) are loaded first, then every file named in
``$EVENTWIRE_KB`` (``os.pathsep``-separated) or passed as ``extra``: a user's entry
with the same id replaces the bundled one, new ids add to it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from eventwire.kb.entities import Entity, KBError, Role, entity_from_record

_TYPE_RANK = {
    "person": 0,
    "armed_group": 1,
    "party": 1,
    "agency": 1,
    "org": 2,
    "igo": 2,
    "country": 3,
    "territory": 4,
}
_ISO3 = re.compile(r"^[A-Z]{3}$")
_DEFENCE = re.compile(r"\b(defen[cs]e|war|armed forces|military)\b", re.IGNORECASE)


@lru_cache(maxsize=200_000)
def norm(name: str) -> str:
    """Matching key: no accents, lower case, no dots or leading article, one space."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("’", "'").replace("‘", "'")
    text = re.sub(r"(?<=\b[a-z])\.", "", text)  # U.S. -> us, U.N. -> un
    text = re.sub(r"[-‐‑–—_/]", " ", text)
    text = re.sub(r"[^\w' ]", " ", text)
    text = re.sub(r"^(the|a|an) ", "", text.strip())
    text = re.sub(r"'s$", "", text)
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a name means on a date, and why."""

    entity: Entity
    country: str | None
    sectors: tuple[str, ...]
    why: str
    via: str = "name"  # name | metonym (a place for its government) | demonym | people | cue
    place: str = ""  # for a metonym, the place as the KB spells it ("Beijing")
    people: str = ""  # for a people (via "people"), its kind in peoples.tsv

    @property
    def kb_id(self) -> str:
        return self.entity.id

    @property
    def name(self) -> str:
        return self.entity.name

    @property
    def known_group(self) -> str | None:
        return self.entity.known_group


@dataclass(frozen=True, slots=True)
class RoleNoun:
    term: str
    sectors: tuple[str, ...]
    kind: str


def _read_jsonl(path: Path | resources.abc.Traversable, label: str) -> Iterator[Entity]:
    text = path.read_text(encoding="utf-8")
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            yield entity_from_record(json.loads(line), source=f"{label}:{n}")
        except json.JSONDecodeError as exc:
            raise KBError(f"{label}:{n}: not JSON ({exc.msg})") from exc
        except KBError as exc:
            raise KBError(f"{label}:{n}: {exc}") from exc


def bundled_files() -> list[resources.abc.Traversable]:
    root = resources.files("eventwire") / "data" / "kb"
    found: list[resources.abc.Traversable] = []

    def walk(node: resources.abc.Traversable) -> None:
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            if child.is_dir():
                walk(child)
            elif child.name.endswith(".jsonl"):
                found.append(child)

    walk(root)
    return found


def load_role_nouns() -> dict[str, RoleNoun]:
    text = (resources.files("eventwire") / "data" / "kb" / "roles.tsv").read_text("utf-8")
    out: dict[str, RoleNoun] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise KBError(f"roles.tsv:{n}: expected 3 tab-separated fields")
        term, sectors, kind = parts
        codes = tuple(c for c in sectors.split(",") if c.strip())
        out[term.strip().lower()] = RoleNoun(term.strip().lower(), codes, kind.strip())
    return out


def load_place_cues(file: str = "places.tsv") -> dict[str, str]:
    """``places.tsv`` (or ``places_weak.tsv``): place names → ISO3 (normalised name as key)."""
    text = (resources.files("eventwire") / "data" / "kb" / file).read_text("utf-8")
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not _ISO3.match(parts[1].strip()):
            raise KBError(f"{file}:{n}: expected a name and an ISO3 code")
        out.setdefault(norm(parts[0]), parts[1].strip())
    return out


PEOPLE_KINDS = frozenset({"nation", "people", "former", "variant"})


@dataclass(frozen=True, slots=True)
class People:
    """A people, a nation within a state or a former state's people, and its homeland."""

    term: str
    country: str
    kind: str  # nation | people | former | variant


def load_peoples() -> dict[str, People]:
    """``peoples.tsv``: "Tibetan", "Scottish", "Rhodesian" → the homeland state's ISO3."""
    return parse_peoples(
        (resources.files("eventwire") / "data" / "kb" / "peoples.tsv").read_text("utf-8")
    )


def parse_peoples(text: str) -> dict[str, People]:
    """Rows of ``term<TAB>ISO3<TAB>kind``; raises ``KBError`` naming the bad line."""
    out: dict[str, People] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) != 3 or not _ISO3.match(parts[1]) or parts[2] not in PEOPLE_KINDS:
            raise KBError(f"peoples.tsv:{n}: expected a term, an ISO3 code and a kind")
        key = norm(parts[0])
        if key in out:
            raise KBError(f"peoples.tsv:{n}: term listed twice: {parts[0]}")
        out[key] = People(parts[0], parts[1], parts[2])
    return out


def load_cue_links() -> dict[str, str]:
    """``cue_links.tsv``: "backed", "pro" → patron; "led", "based" → own (see the file)."""
    text = (resources.files("eventwire") / "data" / "kb" / "cue_links.tsv").read_text("utf-8")
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) != 2 or parts[1] not in ("own", "patron"):
            raise KBError(f"cue_links.tsv:{n}: expected a word and 'own' or 'patron'")
        out[parts[0].lower()] = parts[1]
    return out


def load_org_heads() -> frozenset[str]:
    """``org_heads.txt``: words that end an organisation's name, never a person's."""
    text = (resources.files("eventwire") / "data" / "kb" / "org_heads.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


def load_place_stop() -> frozenset[str]:
    """``place_stop.txt``: place names that are ordinary words, never a cue on their own."""
    text = (resources.files("eventwire") / "data" / "kb" / "place_stop.txt").read_text("utf-8")
    return frozenset(
        norm(line) for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def load_ship_classes() -> dict[str, str]:
    """``ship_classes.tsv``: naval class names → ISO3 of the one navy that operates them."""
    text = (resources.files("eventwire") / "data" / "kb" / "ship_classes.tsv").read_text("utf-8")
    out: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not _ISO3.match(parts[1].strip()):
            raise KBError(f"ship_classes.tsv:{n}: expected a class name and an ISO3 code")
        key = norm(parts[0])
        if key in out:
            raise KBError(f"ship_classes.tsv:{n}: class listed twice: {parts[0]}")
        out[key] = parts[1].strip()
    return out


_CLASS_SUFFIX = re.compile(r"\s*-?\s*class$", re.IGNORECASE)


class KnowledgeBase:
    """Entities indexed by normalised name, alias, demonym and seat of power, plus the
    place names (cities, provinces) that tell which country an actor belongs to."""

    def __init__(
        self,
        entities: Iterable[Entity],
        role_nouns: dict[str, RoleNoun],
        places: dict[str, str] | None = None,
        ship_classes: dict[str, str] | None = None,
        *,
        weak_places: dict[str, str] | None = None,
        peoples: dict[str, People] | None = None,
        place_stop: frozenset[str] = frozenset(),
        org_heads: frozenset[str] = frozenset(),
        cue_links: dict[str, str] | None = None,
    ) -> None:
        self.entities: dict[str, Entity] = {}
        for ent in entities:
            self.entities[ent.id] = ent  # later files override earlier ones
        self.role_nouns = role_nouns
        self.places = places or {}
        self.ship_classes = ship_classes or {}
        self.weak_places = weak_places or {}
        self.peoples = peoples or {}
        self.place_stop = place_stop
        self.org_heads = org_heads
        self.cue_links = cue_links or {}
        self.names: dict[str, list[Entity]] = defaultdict(list)
        self.demonyms: dict[str, Entity] = {}
        self.metonyms: dict[str, tuple[Entity, tuple[str, ...]]] = {}
        self.metonym_names: dict[str, str] = {}
        self.by_country: dict[str, Entity] = {}
        self._by_first: defaultdict[str, list[tuple[str, Entity]]] | None = None
        for ent in self.entities.values():
            for alias in {ent.name, *ent.aliases}:
                key = norm(alias)
                if key and ent not in self.names[key]:
                    self.names[key].append(ent)
            if ent.type in ("country", "territory"):
                if ent.type == "country" and ent.country:
                    self.by_country.setdefault(ent.country, ent)
                for d in ent.demonyms:
                    self.demonyms.setdefault(norm(d), ent)
                for m in ent.metonyms:
                    self.metonyms.setdefault(norm(m.name), (ent, m.sectors))
                    self.metonym_names.setdefault(norm(m.name), m.name)

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> KnowledgeBase:
        files: list[tuple[Path | resources.abc.Traversable, str]] = [
            (f, f"kb/{f.name}") for f in bundled_files()
        ]
        env = [Path(p) for p in os.environ.get("EVENTWIRE_KB", "").split(os.pathsep) if p]
        for path in [*env, *extra]:
            if not path.is_file():
                raise KBError(f"knowledge-base file not found: {path}")
            files.append((path, str(path)))
        entities = [e for f, label in files for e in _read_jsonl(f, label)]
        return cls(
            entities,
            load_role_nouns(),
            load_place_cues(),
            load_ship_classes(),
            weak_places=load_place_cues("places_weak.tsv"),
            peoples=load_peoples(),
            place_stop=load_place_stop(),
            org_heads=load_org_heads(),
            cue_links=load_cue_links(),
        )

    # ------------------------------------------------------------ lookups
    def candidates(self, name: str) -> list[Entity]:
        return list(self.names.get(norm(name), ()))

    def spelled_like(self, name: str) -> list[Entity]:
        """People whose name differs from ``name`` by one letter after an identical first
        name ("Abdelaziz Bouteflicka" → Abdelaziz Bouteflika): wire copy misspells and
        transliterates surnames. Only names of two words or more, surnames of 5+ letters."""
        words = norm(name).split()
        if len(words) < 2 or len(words[-1]) < 5:
            return []
        if self._by_first is None:
            self._by_first = defaultdict(list)
            for ent in self.entities.values():
                if ent.type == "person":
                    for alias in {ent.name, *ent.aliases}:
                        first, _, rest = norm(alias).partition(" ")
                        if rest:
                            self._by_first[first].append((rest, ent))
        rest = " ".join(words[1:])
        found: list[Entity] = []
        for other, ent in self._by_first.get(words[0], ()):
            if ent not in found and _one_edit(rest, other):
                found.append(ent)
        return found

    def demonym(self, word: str) -> Entity | None:
        return self.demonyms.get(norm(word))

    def metonym(self, name: str) -> tuple[Entity, tuple[str, ...]] | None:
        return self.metonyms.get(norm(name))

    def country(self, iso3: str) -> Entity | None:
        return self.by_country.get(iso3)

    def state(self, iso3: str) -> Entity | None:
        """The country of a code, or the territory that has the code as its own ("NCL")."""
        found = self.by_country.get(iso3)
        if found is None:
            found = next(
                (e for e in self.entities.values() if e.type == "territory" and e.country == iso3),
                None,
            )
        return found

    def people(self, word: str) -> People | None:
        """The people a word names, with its homeland ("Tibetans" → CHN, "Scottish" → GBR)."""
        return self.peoples.get(norm(word))

    def is_place_stop(self, name: str) -> bool:
        return norm(name) in self.place_stop

    def place_country(self, name: str, *, weak: bool = False) -> str | None:
        """The country of a city or province name ("Shanghai" → CHN), if unambiguous;
        ``weak`` adds the smaller towns of ``places_weak.tsv``, for a clear place context
        ("the mayor of X")."""
        key = norm(name)
        found = self.places.get(key)
        if found is None and weak:
            found = self.weak_places.get(key)
        return found

    def cue(self, word: str) -> Resolution | None:
        """What a word that is no entity's name tells of a country: a demonym ("Kenyan"), a
        people ("Tibetan"), a city or province ("Mombasa"), a smaller town. For explaining
        (``eventwire kb lookup``); the actors stage reads these cues in context."""
        ent = self.demonym(word)
        if ent is not None:
            return Resolution(ent, ent.country, (), f"{word!r}: people of {ent.name}", "demonym")
        found: tuple[str, str] | None = None
        if (people := self.people(word)) is not None:
            found = (people.country, f"{word!r}: a {people.kind} of {{}} (peoples.tsv)")
        elif (iso := self.place_country(word)) is not None:
            also = "; a word too: a cue where tagged a place" if self.is_place_stop(word) else ""
            found = (iso, f"{word!r}: a place in {{}} (places.tsv{also})")
        elif (iso := self.place_country(word, weak=True)) is not None:
            found = (iso, f"{word!r}: a place in {{}}, after a place word only (places_weak.tsv)")
        if found is None:
            return None
        state = self.state(found[0])
        if state is None:
            return None
        return Resolution(state, found[0], (), found[1].format(state.name), "cue")

    def ship_class_country(self, phrase: str) -> str | None:
        """The navy of a ship class named with its suffix ("Nimitz-class", "Type 45 class")."""
        bare = _CLASS_SUFFIX.sub("", phrase)
        return self.ship_classes.get(norm(bare)) if bare != phrase else None

    def role_noun(self, phrase: str) -> RoleNoun | None:
        """The role a noun phrase names; a singular finds a term listed only in the plural
        ("trader" → "traders")."""
        low = phrase.lower()
        hit = self.role_nouns.get(low)
        if hit is None and low[-1:].isalpha():
            plural = low + "es" if low.endswith(("s", "x", "z", "ch", "sh")) else low + "s"
            hit = self.role_nouns.get(plural)
        return hit

    def resolve(self, name: str, on: dt.date | None = None) -> Resolution | None:
        """The best entity for a name on a date, with its country and sectors on that date."""
        on = on or dt.date.today()
        met = self.metonym(name)
        cands = self.candidates(name)
        if met is not None and not any(c.type == "person" for c in cands):
            ent, sectors = met
            return Resolution(
                ent,
                ent.country,
                sectors,
                f"{name!r} stands for {ent.name}",
                via="metonym",
                place=self.metonym_names.get(norm(name), name),
            )
        if not cands:
            return None
        return self.at(self.pick(cands, on), on, name)

    def pick(self, cands: Sequence[Entity], on: dt.date) -> Entity:
        """The likeliest of several entities of one name on a date (office holders first)."""
        return min(cands, key=lambda e: self._rank(e, on))

    def _rank(self, ent: Entity, on: dt.date) -> tuple[int, int, int]:
        active = any(r.active(on) for r in ent.roles)
        held = any(r.start is not None and r.start <= on for r in ent.roles)
        return (0 if active else 1 if held else 2, _TYPE_RANK.get(ent.type, 5), len(ent.roles) * -1)

    def at(self, ent: Entity, on: dt.date, said: str | None = None) -> Resolution:
        """An entity's country and sectors on a date (office holders: only while in office)."""
        label = f"{said!r} is " if said and norm(said) != norm(ent.name) else ""
        if not ent.roles:
            return Resolution(ent, ent.country, ent.sectors, f"{label}{ent.name} ({ent.type})")
        active = [r for r in ent.roles if r.active(on)]
        if active:
            sectors = _merge(_role_sectors(r) for r in active)
            if "GOV" in sectors:  # a minister who keeps a seat is coded by the office
                sectors = tuple(x for x in sectors if x != "LEG")
            titles = "; ".join(f"{r.title} {_period(r)}" for r in active)
            return Resolution(
                ent,
                active[0].country or ent.country,
                sectors,
                f"{label}{ent.name}, {titles} on {on}",
            )
        past = [r for r in ent.roles if r.end is not None and r.end < on]
        if past:
            last = max(past, key=lambda r: r.end or dt.date.min)
            return Resolution(
                ent,
                last.country or ent.country,
                ("ELI",),
                f"{label}{ent.name}, former {last.title} {_period(last)}",
            )
        first = min(ent.roles, key=lambda r: r.start or dt.date.max)
        return Resolution(
            ent,
            ent.country or first.country,
            ent.sectors,
            f"{label}{ent.name}, not yet {first.title} on {on}",
        )


def _role_sectors(role: Role) -> tuple[str, ...]:
    if "GOV" in role.sectors and "MIL" not in role.sectors and _DEFENCE.search(role.title):
        return (*role.sectors, "MIL")  # defence ministers are coded GOV and MIL
    return role.sectors


def _merge(groups: Iterable[tuple[str, ...]]) -> tuple[str, ...]:
    out: list[str] = []
    for g in groups:
        out.extend(s for s in g if s not in out)
    return tuple(out)


def _period(role: Role) -> str:
    start = role.start.isoformat() if role.start else "?"
    end = role.end.isoformat() if role.end else "today"
    return f"({start} – {end})"


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by exactly one inserted, deleted or replaced character."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]

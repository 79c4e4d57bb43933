"""Which person holds a country's four top offices on a date, and where the KB has nobody.

The four offices: head of state (``hos``), head of government (``hog``), foreign minister
(``fm``) and defence minister (``dm``). A role holds an office when its title is the
office's usual title for that country ("Minister of Foreign Affairs of Iraq", "Acting
President of Haiti", "Premier of Taiwan (President of the Executive Yuan)") or one of the
extra titles ``data/kb/offices.tsv`` lists for the country ("Chairman of the State
Administration Council"). The same table lists the countries whose coverage is checked
(G20 members and conflict-affected states), the offices each system has, and the
periods when an office stood empty or did not exist. Used by
``scripts/kb/office_coverage.py`` and ``tests/unit/test_kb_offices.py``; nothing in the
pipeline reads it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources

from eventwire.kb.entities import Entity, KBError, Role, parse_date

OFFICES = ("hos", "hog", "fm", "dm")
OFFICE_NAMES = {
    "hos": "head of state",
    "hog": "head of government",
    "fm": "foreign minister",
    "dm": "defence minister",
}
COVERAGE_START = dt.date(2000, 1, 1)

_MODIFIER = r"(?:(?:Acting|Interim|Transitional|Caretaker|Provisional) )?"
_MODIFIER_RE = re.compile(_MODIFIER)
_PREFIXES = {
    "hos": (
        "President",
        "Federal President",
        "King",
        "Queen",
        "Emir",
        "Sultan",
        "Emperor",
        "Supreme Leader",
        "Head of State",
        "Grand Duke",
        "Yang di-Pertuan Agong",
        "Chairman of the Presidency",
        "Chairman of the Presidential Council",
        "Chairman of the Transitional Sovereignty Council",
        "Chairman of the Sovereignty Council",
        "Chairman of the Transitional Military Council",
        "Chairman of the Presidential Leadership Council",
        "Chairman of the National Transitional Council",
        "President of the Transitional Presidential Council",
    ),
    "hog": (
        "Prime Minister",
        "Premier",
        "Chancellor",
        "Federal Chancellor",
        "Head of Government",
        "Taoiseach",
        "Chief Executive",
    ),
    "fm": (
        "Minister of Foreign Affairs",
        "Minister for Foreign Affairs",
        "Minister of External Affairs",
        "Minister of External Relations",
        "Minister for Europe and Foreign Affairs",
        "Minister of Foreign Affairs and International Cooperation",
        "Minister of Foreign Affairs and Cooperation",
        "Minister of International Relations and Cooperation",
        "Minister Responsible for Foreign Affairs",
        "Foreign Minister",
        "Foreign Secretary",
        "Secretary of Foreign Affairs",
        "Head of the Federal Department of Foreign Affairs",
    ),
    "dm": (
        "Minister of Defence",
        "Minister of Defense",
        "Minister for Defence",
        "Minister of National Defence",
        "Minister of National Defense",
        "Minister of Defence and Military Veterans",
        "Minister of the Armed Forces",
        "Minister of the Revolutionary Armed Forces",
        "Minister of People's Armed Forces",
        "Minister Responsible for Defence Affairs",
        "Secretary of Defense",
        "Secretary of National Defense",
        "Secretary of State for Defence",
        "Head of the Federal Department of Defence, Civil Protection and Sport",
        "Defence Minister",
        "Defense Minister",
    ),
}
_PREFIX = {
    office: "|".join(re.escape(p) for p in prefixes) for office, prefixes in _PREFIXES.items()
}


@dataclass(frozen=True, slots=True)
class Vacancy:
    """A period when an office stood empty or did not exist (both ends included; no end:
    to this day), or, ``pending``, a period whose holders the KB does not yet record."""

    office: str
    start: dt.date
    end: dt.date | None
    why: str
    pending: bool = False


@dataclass(slots=True)
class CountrySpec:
    """One checked country: its offices, the names its titles use, its extra titles."""

    iso3: str
    offices: tuple[str, ...]
    group: str
    names: set[str] = field(default_factory=set)
    titles: dict[str, set[str]] = field(default_factory=dict)
    vacancies: list[Vacancy] = field(default_factory=list)
    _patterns: dict[str, re.Pattern[str]] = field(default_factory=dict)

    def pattern(self, office: str) -> re.Pattern[str]:
        """An office's usual titles in this country: "Acting President of the Philippines",
        "Minister of Defence of Libya (GNA)"."""
        if office not in self._patterns:
            names = "|".join(re.escape(n) for n in sorted(self.names, key=len, reverse=True))
            self._patterns[office] = re.compile(
                rf"^{_MODIFIER}(?:{_PREFIX[office]}) of (?:the )?(?:{names})(?: \([^)]*\))?$"
            )
        return self._patterns[office]


@dataclass(frozen=True, slots=True)
class Gap:
    iso3: str
    office: str
    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def load_spec(text: str | None = None) -> dict[str, CountrySpec]:
    """Parse ``data/kb/offices.tsv`` (or ``text``): ``country``, ``name``, ``title``,
    ``vacant`` and ``pending`` rows, tab-separated; ``#`` starts a comment line."""
    if text is None:
        text = (resources.files("eventwire") / "data" / "kb" / "offices.tsv").read_text("utf-8")
    spec: dict[str, CountrySpec] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        kind, iso3, rest = cells[0], cells[1] if len(cells) > 1 else "", cells[2:]
        where = f"offices.tsv:{n}"
        if kind == "country":
            if len(rest) != 2 or iso3 in spec:
                raise KBError(f"{where}: expected country<TAB>ISO3<TAB>offices<TAB>group, once")
            offices = tuple(rest[0].split())
            if not offices or not set(offices) <= set(OFFICES):
                raise KBError(f"{where}: offices must be among {OFFICES}")
            spec[iso3] = CountrySpec(iso3, offices, rest[1])
            continue
        if iso3 not in spec:
            raise KBError(f"{where}: {iso3!r} is not listed by a country row above")
        country = spec[iso3]
        if kind == "name" and len(rest) == 1:
            country.names.add(rest[0])
        elif kind == "title" and len(rest) == 2 and rest[0] in OFFICES:
            country.titles.setdefault(rest[0], set()).add(rest[1])
        elif kind in ("vacant", "pending") and len(rest) == 4 and rest[0] in OFFICES:
            start, end = parse_date(rest[1]), parse_date(rest[2], end=True)
            if start is None or (end is not None and end < start) or not rest[3].strip():
                raise KBError(f"{where}: a {kind} row needs a start, an end after it, a reason")
            country.vacancies.append(Vacancy(rest[0], start, end, rest[3], kind == "pending"))
        else:
            raise KBError(f"{where}: bad {kind!r} row")
    return spec


def country_names(entities: Iterable[Entity], spec: dict[str, CountrySpec]) -> None:
    """Add each checked country's KB name and aliases to the names its titles may use."""
    for ent in entities:
        if ent.type in ("country", "territory") and ent.country in spec:
            spec[ent.country].names.update({ent.name, *ent.aliases})


def office_of(role: Role, country: CountrySpec) -> str | None:
    """The office a role holds in ``country``, or None."""
    if role.country != country.iso3:
        return None
    for office in country.offices:
        if role.title in country.titles.get(office, ()):
            return office
    for office in country.offices:
        if country.pattern(office).match(role.title):
            return office
    return None


def holders(
    entities: Iterable[Entity], spec: dict[str, CountrySpec]
) -> Iterator[tuple[str, str, Entity, Role]]:
    """Every (country, office, person, role) the KB records for the checked countries."""
    for ent in entities:
        if ent.type != "person":
            continue
        for role in ent.roles:
            country = spec.get(role.country)
            if country is not None and (office := office_of(role, country)) is not None:
                yield country.iso3, office, ent, role


def gaps(
    entities: Iterable[Entity],
    spec: dict[str, CountrySpec],
    today: dt.date | None = None,
    *,
    pending: bool = True,
) -> list[Gap]:
    """The periods from 2000 to ``today`` when nobody in the KB holds a checked office and
    no vacancy in the table explains it; ``pending=False`` reports the pending periods too."""
    today = today or dt.date.today()
    spans: dict[tuple[str, str], list[tuple[dt.date, dt.date]]] = {}
    for iso3, office, _ent, role in holders(entities, spec):
        start = role.start or COVERAGE_START
        spans.setdefault((iso3, office), []).append((start, role.end or today))
    for country in spec.values():
        for v in country.vacancies:
            if pending or not v.pending:
                spans.setdefault((country.iso3, v.office), []).append((v.start, v.end or today))
    found: list[Gap] = []
    for country in spec.values():
        for office in country.offices:
            cursor = COVERAGE_START  # first day not yet covered
            for start, end in sorted(spans.get((country.iso3, office), [])):
                if start > cursor:
                    found.append(Gap(country.iso3, office, cursor, start - dt.timedelta(days=1)))
                cursor = max(cursor, end + dt.timedelta(days=1))
                if cursor > today:
                    break
            if cursor <= today:
                found.append(Gap(country.iso3, office, cursor, today))
    return [g for g in found if g.end >= COVERAGE_START and g.start <= today]


def overlaps(
    entities: Iterable[Entity], spec: dict[str, CountrySpec], slack: int = 31
) -> list[tuple[str, str, str, Role, Role]]:
    """A person recorded twice with one title (an acting or interim spell counting as the
    title itself) for dates overlapping by more than ``slack`` days (a month-precision
    date stands for its whole month): a duplicated record. Two titles of one office held
    at once ("Chairman of the State Administration Council" and "Acting President") are
    no overlap."""
    by_person: dict[tuple[str, str, str, str], list[Role]] = {}
    for iso3, office, ent, role in holders(entities, spec):
        title = _MODIFIER_RE.sub("", role.title)
        by_person.setdefault((iso3, office, ent.id, title), []).append(role)
    found = []
    for (iso3, office, eid, _title), roles in by_person.items():
        roles.sort(key=lambda r: r.start or dt.date.min)
        for a, b in itertools.pairwise(roles):
            if a.end is None or (b.start is not None and (a.end - b.start).days > slack):
                found.append((iso3, office, eid, a, b))
    return found


def is_pending(gap: Gap, spec: dict[str, CountrySpec]) -> bool:
    """A gap that a ``pending`` row of the table covers whole."""
    return any(
        v.pending
        and v.office == gap.office
        and v.start <= gap.start
        and (v.end is None or gap.end <= v.end)
        for v in spec[gap.iso3].vacancies
    )


def conflicts(
    entities: Iterable[Entity], spec: dict[str, CountrySpec], slack: int = 7
) -> list[tuple[Vacancy, str, Role]]:
    """Vacancies of the table during which the KB has somebody in the office (more than
    ``slack`` days of overlap): one of the two is wrong."""
    found = []
    for iso3, office, ent, role in holders(entities, spec):
        for v in spec[iso3].vacancies:
            if v.office != office or v.pending:
                continue
            start = max(v.start, role.start or dt.date.min)
            end = min(v.end or dt.date.max, role.end or dt.date.max)
            if (end - start).days >= slack:
                found.append((v, ent.id, role))
    return found

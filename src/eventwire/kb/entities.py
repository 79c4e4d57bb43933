"""Knowledge-base entities and their validation (format: ``data/kb/FORMAT.md``)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from eventwire.errors import EventwireError

ENTITY_TYPES = frozenset(
    {"country", "territory", "igo", "org", "armed_group", "party", "agency", "person"}
)
SECTORS = frozenset(
    {
        "GOV",
        "MIL",
        "COP",
        "SPY",
        "JUD",
        "LEG",
        "PTY",
        "OPP",
        "REB",
        "CVL",
        "MED",
        "BUS",
        "LAB",
        "EDU",
        "REL",
        "REF",
        "AGR",
        "HLH",
        "CRM",
        "SOC",
        "ELI",
        "PRE",
        "UNK",
        "IGO",
        "NGO",
        "ENV",
        "INS",
        "MNC",
        "SEP",
        "RAD",
        "MOD",
        "HRI",
        "DEV",
        "JEW",
        "MUS",
        "CHR",
    }
)
PSEUDO_COUNTRIES = frozenset({"IGO", "UNO", "EUR", "NGO", "AFR", "ASA", "MEA", "WSB", "GZS"})
_ISO3 = re.compile(r"^[A-Z]{3}$")


class KBError(EventwireError):
    """A knowledge-base file has an invalid entry (the message names file and line)."""


def parse_date(value: str | None, *, end: bool = False) -> dt.date | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; partial dates widen to the whole period."""
    if value is None or value == "":
        return None
    parts = value.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
        month = int(parts[1])
        if len(parts) == 2:
            if not end:
                return dt.date(year, month, 1)
            nxt = dt.date(year + month // 12, month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(year, month, int(parts[2]))
    except (ValueError, IndexError) as exc:
        raise KBError(f"bad date {value!r}") from exc


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    country: str
    sectors: tuple[str, ...]
    start: dt.date | None
    end: dt.date | None

    def active(self, on: dt.date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True, slots=True)
class Metonym:
    name: str
    sectors: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    type: str
    name: str
    country: str | None
    aliases: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    known_group: str | None = None
    roles: tuple[Role, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: str | None = None
    metonyms: tuple[Metonym, ...] = ()
    status: str | None = None
    source: str = field(default="", compare=False)


def _strs(rec: dict[str, Any], key: str) -> tuple[str, ...]:
    val = rec.get(key) or []
    if not isinstance(val, list) or not all(isinstance(x, str) for x in val):
        raise KBError(f"{key!r} must be a list of strings")
    return tuple(x.strip() for x in val if x.strip())


def _sectors(values: tuple[str, ...]) -> tuple[str, ...]:
    bad = [s for s in values if s not in SECTORS]
    if bad:
        raise KBError(f"unknown sector code(s) {bad}")
    return values


def _country(value: Any, what: str) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str) or not _ISO3.match(value):
        raise KBError(f"{what} {value!r} is not an ISO3 or pseudo-country code")
    return value


def entity_from_record(rec: dict[str, Any], source: str = "") -> Entity:
    """Validate one JSON record and build the entity; raises ``KBError`` on any problem."""
    if not isinstance(rec, dict):
        raise KBError("a line must hold a JSON object")
    eid, etype, name = rec.get("id"), rec.get("type"), rec.get("name")
    if not isinstance(eid, str) or ":" not in eid:
        raise KBError(f"id {eid!r} must be '<type>:<slug>'")
    if etype not in ENTITY_TYPES:
        raise KBError(f"{eid}: unknown type {etype!r}")
    if not isinstance(name, str) or not name.strip():
        raise KBError(f"{eid}: empty name")
    roles = []
    for r in rec.get("roles") or []:
        start = parse_date(r.get("start"))
        end = parse_date(r.get("end"), end=True)
        if start and end and end < start:
            raise KBError(f"{eid}: role {r.get('title')!r} ends before it starts")
        roles.append(
            Role(
                title=str(r.get("title") or ""),
                country=_country(r.get("country") or rec.get("country"), f"{eid} role country")
                or "",
                sectors=_sectors(_strs(r, "sectors")),
                start=start,
                end=end,
            )
        )
    metonyms = tuple(
        Metonym(str(m["name"]), _sectors(_strs(m, "sectors"))) for m in rec.get("metonyms") or []
    )
    return Entity(
        id=eid,
        type=etype,
        name=name.strip(),
        country=_country(rec.get("country"), f"{eid} country"),
        aliases=_strs(rec, "aliases"),
        sectors=_sectors(_strs(rec, "sectors")),
        known_group=rec.get("known_group") or None,
        roles=tuple(roles),
        demonyms=_strs(rec, "demonyms"),
        capital=rec.get("capital") or None,
        metonyms=metonyms,
        status=rec.get("status") or None,
        source=source,
    )

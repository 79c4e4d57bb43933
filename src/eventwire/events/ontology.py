"""Ontology tables: CAMEO codes (QuadClass, Goldstein) and the PLOVER → ACLED map."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from eventwire.errors import EventwireError


class OntologyError(EventwireError):
    """An ontology table has an invalid line."""


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    quad_class: int
    goldstein: float


@dataclass(frozen=True, slots=True)
class AcledRule:
    type: str
    mode: str
    target_sectors: frozenset[str]
    acled_type: str
    acled_subtype: str


def _rows(*path: str) -> list[tuple[int, list[str]]]:
    node = resources.files("eventwire").joinpath("data", *path)
    if not node.is_file():
        return []
    return [
        (n, line.split("\t"))
        for n, line in enumerate(node.read_text("utf-8").splitlines(), 1)
        if line.strip() and not line.startswith("#")
    ]


class Ontology:
    def __init__(self, cameo: dict[str, CameoCode], acled: list[AcledRule]) -> None:
        self.codes = cameo
        self.rules = acled

    @classmethod
    def load(cls) -> Ontology:
        codes: dict[str, CameoCode] = {}
        for n, parts in _rows("ontology", "cameo.tsv"):
            try:
                code, name, quad, goldstein = (p.strip() for p in parts[:4])
                codes[code] = CameoCode(code, name, int(quad), float(goldstein))
            except ValueError as exc:
                raise OntologyError(f"cameo.tsv:{n}: {exc}") from exc
        rules = []
        for n, parts in _rows("events", "acled_map.tsv"):
            if len(parts) != 5:
                raise OntologyError(f"acled_map.tsv:{n}: expected 5 tab-separated fields")
            etype, mode, sectors, atype, asub = (p.strip() for p in parts)
            rules.append(
                AcledRule(
                    etype,
                    mode,
                    frozenset() if sectors == "*" else frozenset(sectors.split(",")),
                    atype,
                    asub,
                )
            )
        return cls(codes, rules)

    def cameo(self, code: str | None) -> CameoCode | None:
        return self.codes.get(code) if code else None

    def acled(
        self, etype: str, mode: str | None, target_sectors: set[str]
    ) -> tuple[str, str] | None:
        """ACLED event and sub-event type for a PLOVER event, first matching rule wins."""
        for r in self.rules:
            if r.type != etype or (r.mode != "*" and r.mode != mode):
                continue
            if r.target_sectors and not (r.target_sectors & target_sectors):
                continue
            return r.acled_type, r.acled_subtype
        return None


# -- PLOVER 0.8 and the CAMEO -> PLOVER crosswalk ----------------------------------------
# Imports this section needs, kept with it.
import functools  # noqa: E402
import json  # noqa: E402
from collections.abc import Mapping  # noqa: E402
from types import MappingProxyType  # noqa: E402
from typing import Any  # noqa: E402

# plover.json lists the event types, their modes and the contexts; cameo_plover.tsv says
# where each CAMEO code lands. Both are checked against each other when loaded, so a typo
# in either file fails loudly instead of producing a type or mode PLOVER does not have.

PLOVER_FILE = "plover.json"
CROSSWALK_FILE = "cameo_plover.tsv"


@dataclass(frozen=True, slots=True)
class PloverMapping:
    """Where one CAMEO code lands in PLOVER: event type, mode (None: none applies), contexts."""

    type: str
    mode: str | None
    contexts: tuple[str, ...]


def _plover_error(detail: str) -> OntologyError:
    return OntologyError(f"{PLOVER_FILE}: {detail}")


def _check_names(where: str, value: object) -> dict[str, str]:
    """A ``{name: description}`` object with non-empty strings on both sides."""
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and k and isinstance(v, str) and v for k, v in value.items()
    ):
        raise _plover_error(f"{where} must map names to descriptions")
    return value


def _check_plover(raw: object) -> dict[str, Any]:
    """The parsed plover.json if it has the documented shape; OntologyError otherwise."""
    if not isinstance(raw, dict):
        raise _plover_error("top level must be an object")
    types = raw.get("types")
    if not isinstance(types, dict) or not types:
        raise _plover_error("'types' must be a non-empty object")
    for name, spec in types.items():
        if not isinstance(spec, dict):
            raise _plover_error(f"type {name} must be an object")
        quad = spec.get("quad_class")
        if not isinstance(quad, int) or isinstance(quad, bool) or not 1 <= quad <= 4:
            raise _plover_error(f"type {name}: quad_class must be 1, 2, 3 or 4")
        if not isinstance(spec.get("description"), str) or not spec["description"]:
            raise _plover_error(f"type {name}: description missing")
        _check_names(f"type {name}: modes", spec.get("modes"))
    _check_names("contexts", raw.get("contexts"))
    extensions = raw.get("extensions", {})
    if not isinstance(extensions, dict):
        raise _plover_error("'extensions' must map types to lists of modes")
    for name, modes in extensions.items():
        known = types.get(name, {}).get("modes", {})
        if not isinstance(modes, list) or not all(m in known for m in modes):
            raise _plover_error(f"extensions of {name} must be modes the type lists")
    return raw


def load_plover() -> dict[str, Any]:
    """The PLOVER 0.8 ontology from ``data/ontology/plover.json``, checked for shape.

    Keys: ``types`` (name -> ``quad_class``, ``description``, ``modes`` name ->
    description), ``contexts`` (name -> description), ``extensions`` (type -> the modes
    eventwire adds to the manual's), plus ``version``, ``about`` and ``source``. A fresh
    dict on every call, so a caller may change its copy.
    """
    node = resources.files("eventwire").joinpath("data", "ontology", PLOVER_FILE)
    try:
        raw = json.loads(node.read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise _plover_error(f"cannot load: {exc}") from exc
    return _check_plover(raw)


def _crosswalk_row(
    n: int, parts: list[str], types: Mapping[str, Any], contexts: Mapping[str, str]
) -> tuple[str, PloverMapping]:
    def fail(detail: str) -> OntologyError:
        return OntologyError(f"{CROSSWALK_FILE}:{n}: {detail}")

    if len(parts) != 4:
        raise fail("expected 4 tab-separated fields")
    code, etype, mode, ctx = (p.strip() for p in parts)
    if not code.isdigit() or not 2 <= len(code) <= 4:
        raise fail(f"{code!r} is not a CAMEO code")
    if etype not in types:
        raise fail(f"{etype!r} is not a PLOVER type")
    if mode != "-" and mode not in types[etype]["modes"]:
        raise fail(f"{mode!r} is not a mode of {etype}")
    names = () if ctx == "-" else tuple(ctx.split(","))
    unknown = [c for c in names if c not in contexts]
    if unknown:
        raise fail(f"unknown context {unknown[0]!r}")
    return code, PloverMapping(etype, None if mode == "-" else mode, names)


def load_cameo_plover(plover: Mapping[str, Any] | None = None) -> dict[str, PloverMapping]:
    """The CAMEO -> PLOVER crosswalk, each row checked against ``plover`` (default:
    :func:`load_plover`). Keys are the CAMEO codes the file lists; see
    :func:`cameo_plover` for the lookup that falls back to parent codes."""
    ontology = load_plover() if plover is None else plover
    rows = _rows("ontology", CROSSWALK_FILE)
    if not rows:
        raise OntologyError(f"{CROSSWALK_FILE}: missing or empty")
    table: dict[str, PloverMapping] = {}
    for n, parts in rows:
        code, mapping = _crosswalk_row(n, parts, ontology["types"], ontology["contexts"])
        if code in table:
            raise OntologyError(f"{CROSSWALK_FILE}:{n}: {code} listed twice")
        table[code] = mapping
    return table


@functools.cache
def _crosswalk() -> Mapping[str, PloverMapping]:
    """The packaged crosswalk, read once per process on first use (never at import)."""
    return MappingProxyType(load_cameo_plover())


def cameo_plover(
    code: str | None, table: Mapping[str, PloverMapping] | None = None
) -> PloverMapping | None:
    """PLOVER type, mode and contexts of a CAMEO code, or None where PLOVER has no
    category (CAMEO 01 and 02) or ``code`` is not a CAMEO code.

    A code the table does not list takes its parent's row: an ICEWS-only ``1213``
    falls back to ``121``, then to ``12``. ``table`` defaults to the packaged crosswalk.
    """
    if not code or not code.isdigit() or not 2 <= len(code) <= 4:
        return None
    rows = _crosswalk() if table is None else table
    for size in range(len(code), 1, -1):
        found = rows.get(code[:size])
        if found is not None:
            return found
    return None


def cameo_to_plover(
    code: str | None, table: Mapping[str, PloverMapping] | None = None
) -> tuple[str, str | None] | None:
    """``(type, mode)`` of a CAMEO code in PLOVER 0.8, e.g. ``"042"`` ->
    ``("CONSULT", "visit")``, ``"010"`` -> None. See :func:`cameo_plover`."""
    found = cameo_plover(code, table)
    return None if found is None else (found.type, found.mode)

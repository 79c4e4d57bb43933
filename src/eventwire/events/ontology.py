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
    return [(n, line.split("\t")) for n, line in enumerate(node.read_text("utf-8").splitlines(), 1)
            if line.strip() and not line.startswith("#")]


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
            rules.append(AcledRule(etype, mode, frozenset() if sectors == "*" else
                                   frozenset(sectors.split(",")), atype, asub))
        return cls(codes, rules)

    def cameo(self, code: str | None) -> CameoCode | None:
        return self.codes.get(code) if code else None

    def acled(self, etype: str, mode: str | None, target_sectors: set[str]) -> tuple[str, str] | None:
        """ACLED event and sub-event type for a PLOVER event, first matching rule wins."""
        for r in self.rules:
            if r.type != etype or (r.mode != "*" and r.mode != mode):
                continue
            if r.target_sectors and not (r.target_sectors & target_sectors):
                continue
            return r.acled_type, r.acled_subtype
        return None

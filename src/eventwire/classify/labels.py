"""The label tables: CASE-2021 label → ACLED (event type, sub-event type) and → PLOVER event.

Two shipped files, read once by :meth:`LabelTable.load`:

- ``data/ontology/case2021_labels.json``: the 30 labels and their ACLED names;
- ``data/classify/label_events.tsv``: the PLOVER type/mode/CAMEO of the event the
  ACLED stage adds when a one-incident text has none, and which existing
  PLOVER types a sentence-level decision may re-type.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from eventwire.errors import EventwireError


class LabelTableError(EventwireError):
    """A label table that is missing, malformed or inconsistent."""


@dataclass(frozen=True, slots=True)
class PloverEvent:
    type: str
    mode: str | None
    cameo: str | None
    applies_to: frozenset[str]


@dataclass(frozen=True, slots=True)
class LabelTable:
    acled: Mapping[str, tuple[str, str]]  # label -> (event type, sub-event type)
    plover: Mapping[str, PloverEvent]
    labels: tuple[str, ...]  # all CASE labels, in file order
    by_plover_type: Mapping[str, str]  # PLOVER type -> label, for labels outside ACLED

    @classmethod
    def load(cls) -> LabelTable:
        root = resources.files("eventwire") / "data"
        try:
            raw = json.loads((root / "ontology" / "case2021_labels.json").read_text("utf-8"))
            tsv = (root / "classify" / "label_events.tsv").read_text("utf-8")
        except (OSError, json.JSONDecodeError) as exc:
            raise LabelTableError(f"cannot load the label tables: {exc}") from exc
        return parse_tables(raw, tsv)

    def is_acled(self, label: str) -> bool:
        return label in self.acled

    def label_of_subtype(self, subtype: str | None) -> str | None:
        """The CASE label of an ACLED sub-event type name (case and spacing ignored)."""
        if not subtype:
            return None
        key = " ".join(subtype.split()).casefold()
        for label, (_, sub) in self.acled.items():
            if " ".join(sub.split()).casefold() == key:
                return label
        return None


def parse_tables(raw: Any, tsv: str) -> LabelTable:
    if not isinstance(raw, dict) or not isinstance(raw.get("labels"), dict):
        raise LabelTableError("case2021_labels.json: expected an object with a 'labels' object")
    acled: dict[str, tuple[str, str]] = {}
    by_type: dict[str, str] = {}
    for label, entry in raw["labels"].items():
        if not isinstance(entry, dict):
            raise LabelTableError(f"case2021_labels.json: {label!r} must map to an object")
        etype, sub = entry.get("acled_event_type"), entry.get("acled_sub_event_type")
        if (etype is None) != (sub is None):
            raise LabelTableError(f"case2021_labels.json: {label!r} needs both ACLED names or none")
        if etype is not None and sub is not None:
            acled[label] = (str(etype), str(sub))
        for ptype in entry.get("plover_types") or ():
            if ptype in by_type:
                raise LabelTableError(f"case2021_labels.json: {ptype!r} maps to two labels")
            by_type[str(ptype)] = label
    plover: dict[str, PloverEvent] = {}
    for n, line in enumerate(tsv.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        if len(parts) != 5:
            raise LabelTableError(f"label_events.tsv:{n}: expected 5 tab-separated fields")
        label, ptype, mode, cameo, applies = parts
        if label not in acled:
            raise LabelTableError(f"label_events.tsv:{n}: {label!r} is not an ACLED label")
        plover[label] = PloverEvent(ptype, None if mode == "-" else mode,
                                    None if cameo == "-" else cameo,
                                    frozenset(a for a in applies.split(",") if a))
    missing = sorted(set(acled) - set(plover))
    if missing:
        raise LabelTableError(f"label_events.tsv: no PLOVER event for {', '.join(missing)}")
    return LabelTable(acled, plover, tuple(raw["labels"]), by_type)

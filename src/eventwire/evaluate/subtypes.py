"""Task ``subtypes``: the CASE 2021 fine-grained label of a news snippet.

eventwire does not predict CASE labels; it predicts ACLED sub-event types and
PLOVER types. The main event of the snippet is turned into a CASE label with
the table in ``data/ontology/case2021_labels.json``: 25 labels are ACLED
sub-event types, and the 5 labels outside ACLED are reached from PLOVER types
where the table has a rule. An event that maps to no label is a missing
prediction (counted as ``unmapped``).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from eventwire.errors import EvalError
from eventwire.evaluate.gold import GoldRecord
from eventwire.evaluate.incidents import main_event
from eventwire.evaluate.metrics import LabelTally, ratio
from eventwire.evaluate.report import Coder, EvalReport, make_report, run_coder
from eventwire.model import Doc, Event

TASK = "subtypes"
METRICS: tuple[str, ...] = ("f1_weighted", "f1_macro", "acc")
COUNTS: tuple[str, ...] = ("skipped", "correct", "no_event", "unmapped")
LABELS_FILE = "case2021_labels.json"


@dataclass(frozen=True, slots=True)
class CaseLabels:
    """The CASE 2021 label table: ACLED sub-event type -> label, PLOVER type -> label."""

    by_acled_subtype: Mapping[str, str]
    by_plover_type: Mapping[str, str]
    labels: tuple[str, ...]

    def label_of(self, event: Event) -> str | None:
        if event.acled_subtype:
            return self.by_acled_subtype.get(_norm(event.acled_subtype))
        return self.by_plover_type.get(event.type)


def _norm(name: str) -> str:
    return " ".join(name.split()).casefold()


def load_case_labels() -> CaseLabels:
    """Read and check the shipped label table (called once per evaluation, not at import)."""
    path = resources.files("eventwire") / "data" / "ontology" / LABELS_FILE
    try:
        raw = json.loads(path.read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise EvalError(f"{LABELS_FILE}: cannot load the CASE label table: {exc}") from exc
    return parse_case_labels(raw)


def parse_case_labels(raw: Any) -> CaseLabels:
    """Build the lookup tables; a label table that maps one name to two labels is an error."""
    if not isinstance(raw, dict) or not isinstance(raw.get("labels"), dict):
        raise EvalError(f"{LABELS_FILE}: expected an object with a 'labels' object")
    by_subtype: dict[str, str] = {}
    by_type: dict[str, str] = {}
    for label, entry in raw["labels"].items():
        if not isinstance(entry, dict):
            raise EvalError(f"{LABELS_FILE}: label {label!r} must map to an object")
        subtype = entry.get("acled_sub_event_type")
        if subtype is not None:
            _put(by_subtype, _norm(str(subtype)), label)
        for plover_type in entry.get("plover_types") or ():
            _put(by_type, str(plover_type), label)
    return CaseLabels(by_subtype, by_type, tuple(raw["labels"]))


def _put(table: dict[str, str], key: str, label: str) -> None:
    if key in table:
        raise EvalError(f"{LABELS_FILE}: {key!r} maps to both {table[key]} and {label}")
    table[key] = label


def score(
    records: Iterable[GoldRecord],
    coder: Coder,
    label_of: Callable[[Doc], str | None] | None = None,
) -> EvalReport:
    """``label_of`` reads the document's label (the incident classifier's); without it,
    the label is mapped from the main event's ACLED sub-event type."""
    table = load_case_labels()
    tally = LabelTally()
    counts: Counter[str] = Counter(dict.fromkeys(COUNTS, 0))
    n = 0
    for record in records:
        n += 1
        gold = record.req_str("label")
        doc = run_coder(coder, record.req_str("text"), None, counts)
        event = main_event(doc)
        if label_of is not None:
            predicted = label_of(doc)
        else:
            predicted = table.label_of(event) if event is not None else None
        if event is None:
            counts["no_event"] += 1
        elif predicted is None:
            counts["unmapped"] += 1
        tally.add_single(gold, predicted)
        counts["correct"] += predicted == gold
    values = {
        "f1_weighted": tally.weighted_f1() if n else None,
        "f1_macro": tally.macro_f1() if n else None,
        "acc": ratio(counts["correct"], n),
    }
    return make_report(TASK, n, METRICS, values, counts)

"""Task ``events``: sentence-level PLOVER event types, actor countries and CAMEO roots.

Each gold record is one sentence. Types are compared as sets per sentence
(a sentence with neither gold nor predicted events is a true negative, which
does not enter F1). Actor countries and CAMEO roots of a gold event are looked
for among the predicted events of the same type, since a sentence can hold
several events and their order means nothing.

A role is right when every gold country of it is among the predicted events' countries.
Predicted codes are compared at the granularity of the gold file's code set: a code the
gold file never uses is lifted to its broader code by the documented crosswalk
(``data/ontology/country_crosswalk.tsv``: ``UNO`` and ``EUR`` are kinds of ``IGO``). The
counts ``*_country_correct_exact`` give the same figure without the crosswalk.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from eventwire.evaluate.codes import lifting_for, load_crosswalk
from eventwire.evaluate.gold import GoldRecord
from eventwire.evaluate.metrics import LabelTally, ratio
from eventwire.evaluate.report import Coder, EvalReport, make_report, run_coder
from eventwire.model import Doc, Event

TASK = "events"
METRICS: tuple[str, ...] = (
    "type_f1_micro",
    "type_f1_macro",
    "source_country_acc",
    "target_country_acc",
    "cameo_root_acc",
)
ROLES: tuple[str, ...] = ("source", "target")
COUNTS: tuple[str, ...] = (
    "skipped",
    "gold_events",
    "predicted_events",
    "true_negatives",
    "source_country_n",
    "source_country_correct",
    "target_country_n",
    "target_country_correct",
    "source_country_correct_exact",
    "target_country_correct_exact",
    "cameo_root_n",
    "cameo_root_correct",
)


def gold_countries(event: GoldRecord, role: str) -> set[str]:
    """Countries of the gold actors in one role; null and "" mean unknown here."""
    return {c for actor in event.objects(role) if (c := actor.opt_str("country"))}


def predicted_countries(doc: Doc, events: Iterable[Event], role: str) -> set[str]:
    out: set[str] = set()
    for event in events:
        actor_ids = event.source if role == "source" else event.target
        for actor_id in actor_ids:
            actor = doc.actor(actor_id)
            if actor is not None and actor.country:
                out.add(actor.country)
    return out


def cameo_root(code: str) -> str:
    """The two-digit CAMEO root of a code (``"1124"`` -> ``"11"``)."""
    return code.strip()[:2]


def score(
    records: Iterable[GoldRecord], coder: Coder, crosswalk: Mapping[str, str] | None = None
) -> EvalReport:
    """``crosswalk`` (default: the shipped one) lifts finer predicted country codes."""
    tally = LabelTally()
    counts: Counter[str] = Counter(dict.fromkeys(COUNTS, 0))
    records = list(records)  # the gold file's code set is needed before scoring
    gold_codes = {
        c
        for record in records
        for event in record.objects("events")
        for role in ROLES
        for c in gold_countries(event, role)
    }
    lift = lifting_for(load_crosswalk() if crosswalk is None else crosswalk, gold_codes)
    n = 0
    for record in records:
        n += 1
        doc = run_coder(coder, record.req_str("text"), record.opt_date("date"), counts)
        gold_events = record.objects("events")
        gold_types = {event.req_str("type") for event in gold_events}
        pred_types = {event.type for event in doc.events}
        tally.add_sets(gold_types, pred_types)
        counts["gold_events"] += len(gold_events)
        counts["predicted_events"] += len(doc.events)
        if not gold_types and not pred_types:
            counts["true_negatives"] += 1
        for gold in gold_events:
            _score_event(gold, doc, counts, lift)
    micro = tally.micro()
    counts["tp"] = sum(tally.tp.values())
    counts["fp"] = sum(tally.fp.values())
    counts["fn"] = sum(tally.fn.values())
    values = {
        "type_f1_micro": micro.f1,
        "type_f1_macro": tally.macro_f1(),
        "source_country_acc": ratio(counts["source_country_correct"], counts["source_country_n"]),
        "target_country_acc": ratio(counts["target_country_correct"], counts["target_country_n"]),
        "cameo_root_acc": ratio(counts["cameo_root_correct"], counts["cameo_root_n"]),
    }
    return make_report(TASK, n, METRICS, values, counts)


def _score_event(gold: GoldRecord, doc: Doc, counts: Counter[str], lift: Mapping[str, str]) -> None:
    """Country of each role (every gold country must be predicted) and CAMEO root."""
    same_type = [event for event in doc.events if event.type == gold.req_str("type")]
    for role in ROLES:
        wanted = gold_countries(gold, role)
        if not wanted:
            continue
        counts[f"{role}_country_n"] += 1
        predicted = predicted_countries(doc, same_type, role)
        if wanted <= predicted:
            counts[f"{role}_country_correct_exact"] += 1
        if wanted <= {lift.get(c, c) for c in predicted}:
            counts[f"{role}_country_correct"] += 1
    cameo = gold.opt_str("cameo")
    if cameo:
        counts["cameo_root_n"] += 1
        roots = {cameo_root(event.cameo) for event in same_type if event.cameo}
        if cameo_root(cameo) in roots:
            counts["cameo_root_correct"] += 1

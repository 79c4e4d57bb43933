"""Task ``incidents``: one ACLED-style incident note, one event.

The note is coded with its publication date; the *main* predicted event (see
:func:`main_event`) is compared with the gold event's type, sub-event type,
fatalities, country, point and date. A note that yields no event scores wrong
on every event field: saying nothing is not a correct answer.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from eventwire.evaluate.gold import GoldRecord
from eventwire.evaluate.metrics import LabelTally, haversine_km, ratio
from eventwire.evaluate.report import Coder, EvalReport, make_report, run_coder
from eventwire.model import Doc, Event

TASK = "incidents"
METRICS: tuple[str, ...] = (
    "event_type_acc",
    "event_type_f1_macro",
    "sub_event_type_f1_weighted",
    "fatalities_acc",
    "country_acc",
    "geo_acc_25km",
    "geo_acc_161km",
    "event_date_acc",
)
COUNTS: tuple[str, ...] = (
    "skipped",
    "no_event",
    "event_type_correct",
    "fatalities_correct",
    "country_correct",
    "geo_gold",
    "geo_predicted",
    "geo_within_25km",
    "geo_within_161km",
    "event_date_correct",
)


def main_event(doc: Doc) -> Event | None:
    """The event a one-incident text is about: the first with an ACLED type, else the first."""
    for event in doc.events:
        if event.acled_type:
            return event
    return doc.events[0] if doc.events else None


def killed(event: Event) -> int:
    """Fatalities attached to the event (0 when it carries no "killed" count)."""
    return sum(count.value for count in event.counts if count.kind == "killed")


def predicted_country(doc: Doc, event: Event | None) -> str | None:
    """The event's place country, else the most frequent place country of the document."""
    if event is not None and event.place is not None and event.place.country:
        return event.place.country
    countries = Counter(place.country for place in doc.places if place.country)
    return countries.most_common(1)[0][0] if countries else None


def score(records: Iterable[GoldRecord], coder: Coder) -> EvalReport:
    types = LabelTally()
    subtypes = LabelTally()
    counts: Counter[str] = Counter(dict.fromkeys(COUNTS, 0))
    n = 0
    for record in records:
        n += 1
        doc = run_coder(coder, record.req_str("text"), record.opt_date("date"), counts)
        event = main_event(doc)
        gold_type = record.req_str("event_type")
        types.add_single(gold_type, event.acled_type if event else None)
        gold_subtype = record.req_str("sub_event_type")
        subtypes.add_single(gold_subtype, event.acled_subtype if event else None)
        if predicted_country(doc, event) == record.req_str("country"):
            counts["country_correct"] += 1
        gold_point = _gold_point(record)
        counts["geo_gold"] += gold_point is not None
        if event is None:
            counts["no_event"] += 1
            continue
        counts["event_type_correct"] += event.acled_type == gold_type
        counts["fatalities_correct"] += killed(event) == record.req_int("fatalities")
        counts["event_date_correct"] += (
            event.when is not None and event.when.value == record.req_str("event_date")
        )
        if gold_point is not None:
            _score_point(gold_point, event, counts)
    values = {
        "event_type_acc": ratio(counts["event_type_correct"], n),
        "event_type_f1_macro": types.macro_f1() if n else None,
        "sub_event_type_f1_weighted": subtypes.weighted_f1() if n else None,
        "fatalities_acc": ratio(counts["fatalities_correct"], n),
        "country_acc": ratio(counts["country_correct"], n),
        "geo_acc_25km": ratio(counts["geo_within_25km"], counts["geo_gold"]),
        "geo_acc_161km": ratio(counts["geo_within_161km"], counts["geo_gold"]),
        "event_date_acc": ratio(counts["event_date_correct"], n),
    }
    return make_report(TASK, n, METRICS, values, counts)


def _gold_point(record: GoldRecord) -> tuple[float, float] | None:
    lat, lon = record.opt_float("lat"), record.opt_float("lon")
    return None if lat is None or lon is None else (lat, lon)


def _score_point(gold: tuple[float, float], event: Event, counts: Counter[str]) -> None:
    place = event.place
    if place is None or place.lat is None or place.lon is None:
        return
    counts["geo_predicted"] += 1
    km = haversine_km(gold[0], gold[1], place.lat, place.lon)
    counts["geo_within_25km"] += km <= 25.0
    counts["geo_within_161km"] += km <= 161.0

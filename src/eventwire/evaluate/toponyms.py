"""Task ``toponyms``: place names found (recognition) and put on the map (resolution).

Predicted toponyms are the document's places that carry a span. Gold and
predicted spans are matched one-to-one on overlap. Recognition counts every
gold toponym; resolution counts only gold toponyms with coordinates, and a
gold toponym with no matched prediction, or one without coordinates, is wrong.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from eventwire.evaluate.gold import GoldRecord
from eventwire.evaluate.metrics import haversine_km, median_or_none, prf, ratio
from eventwire.evaluate.report import Coder, EvalReport, make_report, run_coder
from eventwire.evaluate.spans import SpanMapper, match_spans
from eventwire.model import Place, Span

TASK = "toponyms"
METRICS: tuple[str, ...] = (
    "resolution_acc_161km",
    "recognition_f1",
    "recognition_precision",
    "recognition_recall",
    "median_error_km",
)
COUNTS: tuple[str, ...] = (
    "skipped",
    "gold",
    "predicted",
    "matched",
    "gold_with_coordinates",
    "within_161km",
    "distances",
)
WITHIN_KM = 161.0


def score(records: Iterable[GoldRecord], coder: Coder) -> EvalReport:
    counts: Counter[str] = Counter(dict.fromkeys(COUNTS, 0))
    errors_km: list[float] = []
    n = 0
    for record in records:
        n += 1
        text = record.req_str("text")
        doc = run_coder(coder, text, record.opt_date("date"), counts)
        mapper = SpanMapper(text, doc.article.text)
        places: list[tuple[Span, Place]] = []
        for place in doc.places:
            span = mapper(place.span)
            if span is not None:
                places.append((span, place))
        gold = record.objects("toponyms")
        gold_spans = [g.start_end() for g in gold]
        pairs = match_spans(gold_spans, [span for span, _ in places])
        counts["gold"] += len(gold)
        counts["predicted"] += len(places)
        counts["matched"] += len(pairs)
        gold_points = [_point(g) for g in gold]
        counts["gold_with_coordinates"] += sum(p is not None for p in gold_points)
        for gi, pi in pairs:
            gold_point, place = gold_points[gi], places[pi][1]
            if gold_point is None or place.lat is None or place.lon is None:
                continue
            km = haversine_km(gold_point[0], gold_point[1], place.lat, place.lon)
            errors_km.append(km)
            counts["within_161km"] += km <= WITHIN_KM
    counts["distances"] = len(errors_km)
    recognition = prf(
        counts["matched"],
        counts["predicted"] - counts["matched"],
        counts["gold"] - counts["matched"],
    )
    values = {
        "resolution_acc_161km": ratio(counts["within_161km"], counts["gold_with_coordinates"]),
        "recognition_f1": recognition.f1,
        "recognition_precision": recognition.precision,
        "recognition_recall": recognition.recall,
        "median_error_km": median_or_none(errors_km),
    }
    why = {"median_error_km": "no matched toponym has coordinates on both sides"}
    return make_report(TASK, n, METRICS, values, counts, why)


def _point(toponym: GoldRecord) -> tuple[float, float] | None:
    lat, lon = toponym.opt_float("lat"), toponym.opt_float("lon")
    return None if lat is None or lon is None else (lat, lon)

"""Task ``timexes``: temporal expressions found and normalised to TIMEX3 values (TempEval-3 style).

The document creation date is passed as the publication date. Predicted
timexes are the document's times that carry a span (a time inferred from the
publication date alone has no words to match). ``value_f1`` counts a
prediction correct when it overlaps a gold timex *and* has its value, matching
one-to-one, so that a right value is never credited twice.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from eventwire.evaluate.gold import GoldRecord
from eventwire.evaluate.metrics import prf, ratio
from eventwire.evaluate.report import Coder, EvalReport, make_report, run_coder
from eventwire.evaluate.spans import SpanMapper, match_spans
from eventwire.model import Span

TASK = "timexes"
METRICS: tuple[str, ...] = (
    "value_f1",
    "extraction_f1_relaxed",
    "extraction_f1_strict",
    "value_acc_matched",
)
COUNTS: tuple[str, ...] = (
    "skipped",
    "gold",
    "predicted",
    "matched",
    "matched_strict",
    "value_correct",
    "matched_value_equal",
)


def score(records: Iterable[GoldRecord], coder: Coder) -> EvalReport:
    counts: Counter[str] = Counter(dict.fromkeys(COUNTS, 0))
    n = 0
    for record in records:
        n += 1
        text = record.req_str("text")
        doc = run_coder(coder, text, record.opt_date("dct"), counts)
        mapper = SpanMapper(text, doc.article.text)
        pred: list[tuple[Span, str]] = []
        for when in doc.times:
            span = mapper(when.span)
            if span is not None:
                pred.append((span, when.value))
        gold = record.objects("timexes")
        _score_document(
            [g.start_end() for g in gold], [g.req_str("value") for g in gold], pred, counts
        )
    gold_n, pred_n = counts["gold"], counts["predicted"]

    def f1(tp: int) -> float:
        return prf(tp, pred_n - tp, gold_n - tp).f1

    values = {
        "value_f1": f1(counts["value_correct"]),
        "extraction_f1_relaxed": f1(counts["matched"]),
        "extraction_f1_strict": f1(counts["matched_strict"]),
        "value_acc_matched": ratio(counts["matched_value_equal"], counts["matched"]),
    }
    why = {"value_acc_matched": "no predicted timex overlaps a gold timex"}
    return make_report(TASK, n, METRICS, values, counts, why)


def _score_document(
    gold_spans: list[Span],
    gold_values: list[str],
    pred: list[tuple[Span, str]],
    counts: Counter[str],
) -> None:
    pred_spans = [span for span, _ in pred]

    def same_value(g: int, p: int) -> bool:
        return gold_values[g] == pred[p][1]

    relaxed = match_spans(gold_spans, pred_spans)
    counts["gold"] += len(gold_spans)
    counts["predicted"] += len(pred)
    counts["matched"] += len(relaxed)
    counts["matched_strict"] += len(match_spans(gold_spans, pred_spans, strict=True))
    counts["matched_value_equal"] += sum(same_value(g, p) for g, p in relaxed)
    counts["value_correct"] += len(match_spans(gold_spans, pred_spans, compatible=same_value))

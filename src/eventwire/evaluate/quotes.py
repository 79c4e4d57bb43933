"""Task ``quotes``: attributed content found, and its source (speaker) found.

Contents are matched one-to-one on overlap. ``direct_content_f1`` repeats the
matching with only the direct (quotation-mark) contents on both sides.
``source_acc_matched`` looks at matched pairs whose gold names a source span
and asks whether the predicted speaker span overlaps it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from eventwire.evaluate.gold import GoldRecord
from eventwire.evaluate.metrics import prf, ratio
from eventwire.evaluate.report import Coder, EvalReport, make_report, run_coder
from eventwire.evaluate.spans import SpanMapper, match_spans
from eventwire.model import Span

TASK = "quotes"
METRICS: tuple[str, ...] = ("content_f1", "source_acc_matched", "direct_content_f1")
COUNTS: tuple[str, ...] = (
    "skipped",
    "gold",
    "predicted",
    "matched",
    "gold_direct",
    "predicted_direct",
    "matched_direct",
    "matched_with_gold_source",
    "source_correct",
)


@dataclass(frozen=True, slots=True)
class _Attribution:
    content: Span
    direct: bool
    source: Span | None


def score(records: Iterable[GoldRecord], coder: Coder) -> EvalReport:
    counts: Counter[str] = Counter(dict.fromkeys(COUNTS, 0))
    n = 0
    for record in records:
        n += 1
        text = record.req_str("text")
        doc = run_coder(coder, text, None, counts)
        mapper = SpanMapper(text, doc.article.text)
        gold = [
            _Attribution(a.req_span("content"), a.req_bool("direct"), a.opt_span("source"))
            for a in record.objects("attributions")
        ]
        pred: list[_Attribution] = []
        for quote in doc.quotes:
            span = mapper(quote.content)
            if span is not None:
                pred.append(_Attribution(span, quote.direct, mapper(quote.speaker_span)))
        _score_document(gold, pred, counts)
    content = prf(
        counts["matched"],
        counts["predicted"] - counts["matched"],
        counts["gold"] - counts["matched"],
    )
    direct = prf(
        counts["matched_direct"],
        counts["predicted_direct"] - counts["matched_direct"],
        counts["gold_direct"] - counts["matched_direct"],
    )
    values = {
        "content_f1": content.f1,
        "source_acc_matched": ratio(counts["source_correct"], counts["matched_with_gold_source"]),
        "direct_content_f1": direct.f1,
    }
    why = {"source_acc_matched": "no matched attribution has a gold source span"}
    return make_report(TASK, n, METRICS, values, counts, why)


def _score_document(
    gold: list[_Attribution], pred: list[_Attribution], counts: Counter[str]
) -> None:
    pairs = match_spans([g.content for g in gold], [p.content for p in pred])
    counts["gold"] += len(gold)
    counts["predicted"] += len(pred)
    counts["matched"] += len(pairs)
    for gi, pi in pairs:
        source, speaker = gold[gi].source, pred[pi].source
        if source is None:
            continue
        counts["matched_with_gold_source"] += 1
        counts["source_correct"] += speaker is not None and speaker.overlaps(source)
    gold_direct = [g.content for g in gold if g.direct]
    pred_direct = [p.content for p in pred if p.direct]
    counts["gold_direct"] += len(gold_direct)
    counts["predicted_direct"] += len(pred_direct)
    counts["matched_direct"] += len(match_spans(gold_direct, pred_direct))

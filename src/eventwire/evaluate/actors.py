"""Task ``actors``: an actor phrase resolved to country, sectors and canonical name.

The phrase is coded inside its context when the gold gives one (the context
is a hint such as a country or an office; when it does not contain the
phrase, the phrase is appended to it). The predicted actor is the one whose
mention overlaps the phrase most. A gold ``""`` means "must be empty": it is
matched by no actor, or by an actor without that attribute. A null gold field
is not checked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from eventwire.evaluate.gold import GoldRecord
from eventwire.evaluate.metrics import ratio
from eventwire.evaluate.report import Coder, EvalReport, make_report, run_coder
from eventwire.evaluate.spans import SpanMapper, overlap_len
from eventwire.model import Actor, Doc, Span

TASK = "actors"
METRICS: tuple[str, ...] = ("country_acc", "sector_acc", "name_acc")
COUNTS: tuple[str, ...] = (
    "skipped",
    "no_actor",
    "country_n",
    "country_correct",
    "sector_n",
    "sector_correct",
    "name_n",
    "name_correct",
)


def text_to_code(phrase: str, context: str | None) -> tuple[str, Span]:
    """The text given to the coder and where the phrase lies in it."""
    if not context:
        return phrase, Span(0, len(phrase))
    at = context.find(phrase)
    if at == -1 and len(context.lower()) == len(context):  # lower() kept offsets
        at = context.lower().find(phrase.lower())
    if at != -1:
        return context, Span(at, at + len(phrase))
    text = f"{context} {phrase}"
    return text, Span(len(text) - len(phrase), len(text))


def actor_at(doc: Doc, span: Span, mapper: SpanMapper) -> Actor | None:
    """The actor with the mention overlapping ``span`` most (the first one on a tie)."""
    best: Actor | None = None
    best_overlap = 0
    for actor in doc.actors:
        for mention in actor.mentions:
            mapped = mapper(mention.span)
            size = overlap_len(mapped, span) if mapped is not None else 0
            if size > best_overlap:
                best, best_overlap = actor, size
    return best


def country_ok(gold: str, actor: Actor | None) -> bool:
    predicted = actor.country if actor is not None else None
    return not predicted if gold == "" else predicted == gold


def sector_ok(gold: str, gold2: str | None, actor: Actor | None) -> bool:
    sectors = set(actor.sectors) if actor is not None else set()
    if gold == "":
        return not sectors
    return gold in sectors and (not gold2 or gold2 in sectors)


def name_ok(gold: str, not_name: str | None, actor: Actor | None) -> bool:
    """Canonical name equal (case-insensitive) and not the forbidden one.

    Gold ``""`` (no knowledge-base entry) is matched by no actor or an actor
    that is not linked to the knowledge base (``kb_id`` None): every actor has
    some display name, so emptiness is judged on the link.
    """
    if gold == "":
        return actor is None or actor.kb_id is None
    if actor is None:
        return False
    name = actor.name.casefold()
    return name == gold.casefold() and (not not_name or name != not_name.casefold())


def score(records: Iterable[GoldRecord], coder: Coder) -> EvalReport:
    counts: Counter[str] = Counter(dict.fromkeys(COUNTS, 0))
    n = 0
    for record in records:
        n += 1
        text, span = text_to_code(record.req_str("text"), record.opt_str("context"))
        doc = run_coder(coder, text, record.opt_date("date"), counts)
        actor = actor_at(doc, span, SpanMapper(text, doc.article.text))
        counts["no_actor"] += actor is None
        country = record.opt_str("country")
        if country is not None:
            counts["country_n"] += 1
            counts["country_correct"] += country_ok(country, actor)
        sector = record.opt_str("sector")
        if sector is not None:
            counts["sector_n"] += 1
            counts["sector_correct"] += sector_ok(sector, record.opt_str("sector2"), actor)
        name = record.opt_str("name")
        if name is not None:
            counts["name_n"] += 1
            counts["name_correct"] += name_ok(name, record.opt_str("not_name"), actor)
    values = {
        "country_acc": ratio(counts["country_correct"], counts["country_n"]),
        "sector_acc": ratio(counts["sector_correct"], counts["sector_n"]),
        "name_acc": ratio(counts["name_correct"], counts["name_n"]),
    }
    return make_report(TASK, n, METRICS, values, counts)

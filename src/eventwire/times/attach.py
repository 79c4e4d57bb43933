"""The date an event most likely happened on, for the events layer.

News reports name the day of an act in the sentence that tells it ("clashed on
Friday"), often in an earlier sentence of the same paragraph ("On 3 May, police
dispersed a march. Two people were arrested."), and otherwise mean the day of
publication or the day before. The helper picks, in that order, a day-precision
time expression and falls back to the publication date. Within a sentence the
parse decides (:mod:`eventwire.times.scope`): a date in the trigger's own clause,
then one in a clause framing it, before one in an unrelated clause; distance to the
trigger breaks ties (and decides alone when there is no parse).
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.model import Doc, Span, When
from eventwire.times import scope


def event_date(doc: Doc, sentence: Span, near: Span | None = None) -> When | None:
    """The day an event told in ``sentence`` happened on.

    The day-precision expression in the sentence that best fits ``near`` (the
    event's trigger; without one, the first), else the main date of the nearest
    earlier sentence of the same paragraph that has one, else the publication date
    with method ``"publication"``. None when there is none of them. A time of day is
    cut to its date.
    """
    inside = _days_in(doc.times, sentence)
    main = [w for w in inside if not _in_parentheses(doc.article.text, sentence, w)]
    inside = main or inside  # "Around 22 March (between 20 - 24 March)": the aside yields
    if inside:
        if near is None:
            return _as_day(inside[0])
        return _as_day(_best_for(doc, inside, near))
    for earlier in _earlier_sentences(doc, sentence):
        before = _days_in(doc.times, earlier)
        if before:
            return _as_day(_main_date(doc, before))
    if doc.article.published is None:
        return None
    return When(doc.article.published.isoformat(), None, "DATE", "day", "publication")


def _best_for(doc: Doc, days: list[When], near: Span) -> When:
    """The date of ``days`` whose clause fits the trigger at ``near``, then the nearest."""
    trigger = scope.head_of(doc.tokens, near) if doc.tokens is not None else None
    if trigger is None:
        return min(days, key=lambda w: _distance(w, near))

    def key(when: When) -> tuple[int, int]:
        assert when.span is not None
        head = scope.head_of(doc.tokens, when.span)
        fit = scope.ELSEWHERE if head is None else scope.rank(head, trigger)
        return fit, _distance(when, near)

    return min(days, key=key)


def _main_date(doc: Doc, days: list[When]) -> When:
    """The date a sentence's main clause is told on, else its last date."""
    if doc.tokens is not None:
        for when in days:
            assert when.span is not None
            head = scope.head_of(doc.tokens, when.span)
            if head is not None and scope.clause_of(head).dep_ == "ROOT":
                return when
    return days[-1]


def _in_parentheses(text: str, sentence: Span, when: When) -> bool:
    """The expression sits inside an open parenthesis of its sentence."""
    assert when.span is not None
    before = text[sentence.start : when.span.start]
    return before.count("(") > before.count(")")


def _days_in(times: Sequence[When], span: Span) -> list[When]:
    return sorted(
        (
            w
            for w in times
            if w.span is not None
            and span.contains(w.span)
            and w.precision == "day"
            and w.type in ("DATE", "TIME")
        ),
        key=lambda w: w.span.start if w.span else 0,
    )


def _distance(when: When, near: Span) -> int:
    if when.span is None or when.span.overlaps(near):
        return 0
    return near.start - when.span.end if when.span.end <= near.start else when.span.start - near.end


def _as_day(when: When) -> When:
    return When(when.value[:10], when.span, "DATE", "day", when.method)


def _earlier_sentences(doc: Doc, sentence: Span) -> list[Span]:
    """The sentences before ``sentence`` in its block, nearest first."""
    spans = [s.span for s in doc.sentences]
    if sentence not in spans:
        return []
    block = next((b.span for b in doc.blocks if b.span.contains(sentence)), None)
    if block is None:
        return []
    i = spans.index(sentence)
    return [s for s in reversed(spans[:i]) if block.contains(s)]

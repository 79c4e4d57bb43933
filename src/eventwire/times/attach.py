"""The date an event most likely happened on, for the events layer.

News reports name the day of an act in the sentence that tells it ("clashed on
Friday"), sometimes in the sentence before it in the same paragraph, and otherwise
mean the day of publication or the day before. The helper picks, in that order, a
day-precision time expression and falls back to the publication date.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.model import Doc, Span, When


def event_date(doc: Doc, sentence: Span, near: Span | None = None) -> When | None:
    """The day an event told in ``sentence`` happened on.

    The day-precision expression in the sentence nearest to ``near`` (the event's
    trigger; without one, the first), else the last one in the previous sentence of
    the same paragraph, else the publication date with method ``"publication"``.
    None when there is neither. A time of day is cut to its date.
    """
    inside = _days_in(doc.times, sentence)
    main = [w for w in inside if not _in_parentheses(doc.article.text, sentence, w)]
    inside = main or inside  # "Around 22 March (between 20 - 24 March)": the aside yields
    if inside:
        if near is None:
            return _as_day(inside[0])
        return _as_day(min(inside, key=lambda w: _distance(w, near)))
    previous = _previous_sentence(doc, sentence)
    if previous is not None:
        before = _days_in(doc.times, previous)
        if before:
            return _as_day(before[-1])
    if doc.article.published is None:
        return None
    return When(doc.article.published.isoformat(), None, "DATE", "day", "publication")


def _in_parentheses(text: str, sentence: Span, when: When) -> bool:
    """The expression sits inside an open parenthesis of its sentence."""
    assert when.span is not None
    before = text[sentence.start : when.span.start]
    return before.count("(") > before.count(")")


def _days_in(times: Sequence[When], span: Span) -> list[When]:
    return sorted((w for w in times if w.span is not None and span.contains(w.span)
                   and w.precision == "day" and w.type in ("DATE", "TIME")),
                  key=lambda w: w.span.start if w.span else 0)


def _distance(when: When, near: Span) -> int:
    if when.span is None or when.span.overlaps(near):
        return 0
    return near.start - when.span.end if when.span.end <= near.start else when.span.start - near.end


def _as_day(when: When) -> When:
    return When(when.value[:10], when.span, "DATE", "day", when.method)


def _previous_sentence(doc: Doc, sentence: Span) -> Span | None:
    """The sentence just before ``sentence`` when both lie in the same block."""
    spans = [s.span for s in doc.sentences]
    if sentence not in spans:
        return None
    i = spans.index(sentence)
    if i == 0:
        return None
    prev = spans[i - 1]
    same_block = any(b.span.contains(prev) and b.span.contains(sentence) for b in doc.blocks)
    return prev if same_block else None

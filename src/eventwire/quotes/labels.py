"""Speaker labels at the start of a line: "NY Post: Kelly is no Kardashian",
"WALLACE: Governor, I want to ...", "Q: Have you talked to her?".

Headlines that lend a claim to a source and transcripts that name each speaker
use the same shape: a short name, a colon, and the words. A label is at most four
words, has no verb (a verb makes it a sentence: "He said:"), and is not one of the
page labels listed in ``data/quotes/labels.txt`` ("Related:", "The Latest:").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from eventwire.model import Span
from eventwire.quotes.marks import Segment

_LABEL = re.compile(
    r"^[\"“]?(?P<label>[A-Z][\w.'’&-]*(?:[ \xa0][\w.'’&-]+){0,3}):[ \xa0]+(?P<words>\S[^\n]{8,})$",
    re.M,
)
_MIN_WORDS = 3


def load_page_labels(path: Path | None = None) -> frozenset[str]:
    """Labels that introduce page furniture, not a speaker (``data/quotes/labels.txt``)."""
    if path is None:
        text = (resources.files("eventwire") / "data" / "quotes" / "labels.txt").read_text(
            "utf-8"
        )
    else:
        text = path.read_text("utf-8")
    return frozenset(
        w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#")
    )


@dataclass(frozen=True, slots=True)
class Labelled:
    """One labelled line: who (``label``), the colon (``cue``) and what (``content``)."""

    label: Span
    cue: Span
    content: Span


def find_labels(text: str, page_labels: frozenset[str]) -> list[Labelled]:
    """Every "Label: words" line of ``text`` whose label may be a speaker."""
    out: list[Labelled] = []
    for m in _LABEL.finditer(text):
        label = m.group("label")
        if label.lower() in page_labels or label.lower().rstrip(".") in page_labels:
            continue
        words = m.group("words").rstrip()
        if len(words.split()) < _MIN_WORDS:
            continue
        start = m.start("words")
        end = start + len(words)
        if text[end - 1] in "\"”" and text[start] not in "\"“":
            end -= 1  # the line opened with a quote mark before the label
        colon = m.end("label")
        out.append(Labelled(Span(m.start("label"), colon), Span(colon, colon + 1),
                            Span(start, end)))
    return out


def outside_transcripts(
    text: str, segments: list[Segment], labels: list[Labelled]
) -> list[Segment]:
    """The quote segments that are not a transcript quoted turn by turn. A transcript
    set in quotation marks opens every paragraph with a mark and a speaker's name in
    capitals ('"CHAIR: We will now vote."'); each turn is that speaker's, as the label
    says, not one quotation running over the whole transcript. Paragraphs that reopen
    the mark with no name of their own go on with the turn before them."""
    turns = {
        lab.label.start - 1
        for lab in labels
        if lab.label.start > 0
        and text[lab.label.start - 1] in "\"“"
        and lab.label.of(text).isupper()
    }
    if not turns:
        return segments
    out: list[Segment] = []
    last_turn: Segment | None = None
    for seg in segments:
        start = seg.span.start
        if start in turns:
            last_turn = seg
            continue
        line_start = text.rfind("\n", 0, start) + 1
        if (
            last_turn is not None
            and not text[line_start:start].strip()
            and not text[last_turn.span.end : line_start].strip()
        ):
            last_turn = seg  # a further paragraph of the same turn
            continue
        last_turn = None
        out.append(seg)
    return out

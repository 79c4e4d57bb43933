"""The times stage: temporal expressions found and normalised against the publication date.

Candidates come from the rules in ``data/times/rules.tsv``; spaCy's DATE and TIME
entities vote on the ambiguous ones (a bare "1995" or "years"), and an expression
inside a name ("Theresa May", "the Six-Day War") is not one.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from eventwire.model import Doc, When
from eventwire.times.context import Context
from eventwire.times.lexicon import Lexicon, load_lexicon, norm_phrase
from eventwire.times.normalise import normalise
from eventwire.times.patterns import Candidate, Rule, anchor_index, find_candidates, load_rules
from eventwire.times.tense import tense_of

_DATE_LABELS = frozenset({"DATE", "TIME"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "FAC", "WORK_OF_ART", "PRODUCT", "LAW", "EVENT"})
_MONTH_KINDS = frozenset({"date", "month", "weekof"})
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)[^\w]{0,3}$")


class Spans:
    """Non-overlapping character ranges (spaCy entities), searchable in log time."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.ranges = sorted(ranges)
        self.starts = [s for s, _ in self.ranges]

    def _before(self, end: int) -> tuple[int, int] | None:
        """The last range starting before ``end``."""
        i = bisect_left(self.starts, end)
        return self.ranges[i - 1] if i > 0 else None

    def overlap(self, start: int, end: int) -> bool:
        r = self._before(end)
        return r is not None and r[1] > start

    def contain(self, start: int, end: int) -> bool:
        r = self._before(start + 1)
        return r is not None and r[0] <= start and end <= r[1]


class TimesStage:
    """Fills ``Doc.times``. The lexicon and rules are loaded once and passed in."""

    name = "times"

    def __init__(self, lexicon: Lexicon, rules: tuple[Rule, ...]) -> None:
        self.lexicon = lexicon
        self.rules = rules
        self.anchors = anchor_index(lexicon, rules)

    @classmethod
    def load(cls, lexicon: Path | None = None, rules: Path | None = None) -> TimesStage:
        """The bundled lexicon and rules, or the files given."""
        lex = load_lexicon(lexicon)
        return cls(lex, load_rules(lex, rules))

    def __call__(self, doc: Doc) -> Doc:
        return doc.with_(times=self.find(doc.article.text, doc.article.published, doc.tokens))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def find(self, text: str, published: dt.date | None, sdoc: Any = None) -> tuple[When, ...]:
        """Every temporal expression of ``text`` with its TIMEX3 value, in text order.
        ``sdoc`` (the spaCy analysis of ``text``) gives entities and tense when present."""
        ents = [(e.start_char, e.end_char, e.label_) for e in sdoc.ents] if sdoc is not None else []
        dates = Spans([(s, e) for s, e, label in ents if label in _DATE_LABELS])
        names = Spans([(s, e) for s, e, label in ents if label in _NAME_LABELS])
        ctx = Context(self.lexicon, published, text)
        if sdoc is not None:
            ctx.tense_at = lambda start, end: tense_of(sdoc, start, end)
        cands = find_candidates(text, self.rules, self.anchors,
                                lambda c: self._keep(c, text, dates, names))
        found = (normalise(c, ctx) for c in cands)
        return tuple(w for w in found if w is not None)

    def _keep(self, c: Candidate, text: str, dates: Spans, names: Spans) -> bool:
        """Whether a match is a temporal expression at all, before it competes with the
        others for its words."""
        if c.kind != "holiday" and names.contain(c.start, c.end):
            return False
        if c.kind in _MONTH_KINDS and not self._month_word_ok(c.parts["month"]):
            return False
        if norm_phrase(text[c.start : c.end]) in self.lexicon.not_expressions:
            return False  # idioms: "at the last minute"
        if c.gate == "-":
            return True
        if dates.overlap(c.start, c.end):
            return True
        return c.gate == "yr" and ("fiscal" in c.parts or self._after_preposition(text, c))

    def _month_word_ok(self, word: str) -> bool:
        """"may" and "march" in lower case are a verb and a noun, not months."""
        key = word.rstrip(".")
        return not (key.islower() and key in self.lexicon.not_months_in_lower_case)

    def _after_preposition(self, text: str, c: Candidate) -> bool:
        m = _PREVIOUS_WORD.search(text, max(0, c.start - 40), c.start)
        return m is not None and m.group(1).lower() in self.lexicon.temporal_prepositions

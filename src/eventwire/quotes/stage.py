"""The quotes stage: quotation marks and cue words → :class:`~eventwire.model.Quote` records."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from eventwire.model import Doc, Quote, Span
from eventwire.quotes.cues import CueLexicon
from eventwire.quotes.direct import build_units, words
from eventwire.quotes.indirect import Found, find_cues
from eventwire.quotes.labels import find_labels, load_page_labels, outside_transcripts
from eventwire.quotes.marks import find_segments
from eventwire.quotes.speaker import (
    ActorIndex,
    Speaker,
    SpeakerResolver,
    load_carriers,
    subject_beside,
    via_of,
)

# Quotations this long or longer silence the cue words inside them; a shorter one
# is a scare quote or a title, whose words still belong to the sentence around it.
_QUOTE_SILENCES_CUES = 4


class QuotesStage:
    """Fills ``Doc.quotes``. The cue lexicon, carrier nouns and page labels are loaded once
    and passed in.

    ``min_words``: an unattributed quotation is kept only from this many words on (a
    shorter one is more often a title or a scare quote than speech).
    ``typewriter_direct``: whether a quotation marked with ``''`` pairs (the typewriter
    style of some newspaper archives) counts as direct. It does, in English; the PolNeAR
    gold marks only double-quote characters as direct, so set it to False to score
    ``direct`` the way that gold does.
    """

    name = "quotes"

    def __init__(
        self,
        lexicon: CueLexicon,
        carriers: frozenset[str] = frozenset(),
        page_labels: frozenset[str] = frozenset(),
        *,
        min_words: int = 12,
        typewriter_direct: bool = True,
    ) -> None:
        self.lexicon = lexicon
        self.typewriter_direct = typewriter_direct
        self.carriers = carriers
        self.page_labels = page_labels
        self.min_words = min_words

    @classmethod
    def load(cls) -> QuotesStage:
        """The stage with the bundled data files."""
        return cls(CueLexicon.load(), load_carriers(), load_page_labels())

    def __call__(self, doc: Doc) -> Doc:
        if doc.tokens is None:
            return doc
        return doc.with_(quotes=tuple(self.quotes(doc)))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for d in docs:
            yield self(d)

    def quotes(self, doc: Doc) -> list[Quote]:
        """Direct and indirect quotations of one parsed document, in text order."""
        sdoc = doc.tokens
        text = doc.article.text
        labels = find_labels(text, self.page_labels)
        every = find_segments(text)
        silencing = [s.span for s in every if words(text, s.span) >= _QUOTE_SILENCES_CUES]
        segments = outside_transcripts(text, every, labels)
        found = find_cues(sdoc, self.lexicon, silencing)
        built = build_units(sdoc, text, segments, found, min_words=self.min_words)
        resolver = SpeakerResolver(ActorIndex.build(doc.actors), self.carriers)
        out: list[Quote] = []
        owners: set[int] = set()
        for unit in built.units:
            if unit.owner is not None:
                owners.add(id(unit.owner))
            direct = unit.direct and (
                self.typewriter_direct or not all(p.typewriter for p in unit.pieces)
            )
            pieces = [p.span for p in unit.pieces]
            out.append(self._quote(sdoc, unit.span, direct, unit.owner, resolver, pieces))
        seen: set[Span] = {q.content for q in out}
        for f in found:
            if f.content is None or id(f) in owners or f.content in seen:
                continue
            seen.add(f.content)
            content = f.content
            if f in built.extended:
                content = Span(content.start, max(content.end, built.extended[f]))
            out.append(self._quote(sdoc, content, False, f, resolver))
        for lab in labels:
            if any(q.content.overlaps(lab.content) for q in out) or _has_verb(sdoc, lab.label):
                continue
            found_in = resolver.index.inside(lab.label)
            out.append(Quote(content=lab.content, direct=False,
                             speaker=found_in[0][1] if found_in else None,
                             speaker_span=lab.label, cue=lab.cue))
        out.sort(key=lambda q: (q.content.start, q.content.end))
        return out

    @staticmethod
    def _quote(
        sdoc: Any,
        content: Span,
        direct: bool,
        owner: Found | None,
        resolver: SpeakerResolver,
        quoted: Sequence[Span] = (),
    ) -> Quote:
        """``quoted``: the quotation pieces of a direct quotation (its speaker is never
        inside them)."""
        if owner is None:
            return Quote(content=content, direct=direct)
        subject = sdoc[owner.subject] if owner.subject is not None else None
        if quoted and (subject is None or any(q.start <= subject.idx < q.end for q in quoted)):
            subject = subject_beside(sdoc[owner.verb], quoted)
        speaker: Speaker | None = None
        if subject is not None:
            speaker = resolver.resolve(subject, content)
        return Quote(
            content=content,
            direct=direct,
            speaker=speaker.actor if speaker else None,
            speaker_span=speaker.span if speaker else None,
            cue=owner.cue,
            via=via_of(sdoc[owner.verb]),
        )


def _has_verb(sdoc: Any, span: Span) -> bool:
    """Whether a would-be label is a clause ("He said:") rather than a name."""
    words = sdoc.char_span(span.start, span.end, alignment_mode="expand")
    return words is None or any(t.pos_ in ("VERB", "AUX") for t in words)

"""Who said it: the subject of a cue, its span, and the actor chain it belongs to.

The actors layer has already linked names, titles and pronouns into chains, so a
speaker is resolved by finding the actor mention that sits on the subject: first
one on the subject's head word ("*she* added", "the *ministry* said"), then any
inside the subject phrase ("State Department spokeswoman *Jen Psaki*"). A subject
that only carries someone else's words ("a *statement* from the ministry") hands
the speaker on to whoever the words come from.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from eventwire.model import Actor, Span

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
_CARRIER_PREPS = frozenset({"from", "by", "of", "for"})
_PUNCT_EDGE = frozenset(",;:—–-()[]\"“”'‘’")


def load_carriers(path: Path | None = None) -> frozenset[str]:
    """Nouns that carry another's words (``data/quotes/carriers.txt``)."""
    if path is None:
        text = (resources.files("eventwire") / "data" / "quotes" / "carriers.txt").read_text(
            "utf-8"
        )
    else:
        text = path.read_text("utf-8")
    return frozenset(
        w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#")
    )


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, looking through coordination, control and participles.

    "He smiled and *said* ..." shares the first verb's subject; "..., *saying* that
    ...", "declined to *comment*" and "by *citing* ..." take the governing verb's;
    "Smith, who *said* ..." is "who" (the resolver reads it as Smith).
    """
    tok = verb
    for _ in range(5):
        for child in tok.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
        head = tok.head
        if head.i == tok.i:
            return None
        if tok.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
            return head
        if tok.dep_ == "acl" and tok.tag_ == "VBG":
            return head
        if tok.dep_ in ("conj", "xcomp", "advcl"):
            tok = head
        elif tok.dep_ == "pcomp" and head.dep_ == "prep" and head.head.i != head.i:
            tok = head.head  # "by citing ...", "after saying ..."
            if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "pobj"):
                tok = tok.head  # "made a point of saying ..."
                if tok.dep_ == "prep":
                    tok = tok.head
        else:
            return None
    return None


_NOMINAL_POS = frozenset({"PROPN", "NOUN", "PRON"})
_NEAR_SUBJECT = 6


def subject_beside(verb: Token, quoted: Sequence[Span]) -> Token | None:
    """The speaker of a tag whose parsed subject is missing or lies inside the quotation
    it owns ("“…,” *Lee* notes", "“…,” said *Dana Lee*, a …"): the noun right before
    the cue, else the first noun after it, outside the quotation, climbed to the head of
    its name."""
    doc = verb.doc

    def outside(tok: Token) -> bool:
        return not any(q.start <= tok.idx < q.end for q in quoted)

    near = []
    if verb.i > 0:
        near.append(doc[verb.i - 1])
    near.extend(doc[verb.i + 1 : min(len(doc), verb.i + 1 + _NEAR_SUBJECT)])
    for tok in near:
        if tok.is_punct and tok.i > verb.i:
            break
        if tok.pos_ in _NOMINAL_POS and outside(tok):
            while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
                tok = tok.head
            return tok
    return None


def is_relative(tok: Token) -> bool:
    """A relative pronoun standing for its antecedent ("Smith, *who* said ...")."""
    return tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl"


def phrase_span(head: Token, stop: Span | None = None) -> Span:
    """The characters of ``head``'s phrase, cut at ``stop`` and stripped of edge punctuation.

    A relative clause after a pronoun's antecedent is kept (it is part of how the
    report names the speaker); what overlaps ``stop`` (the content) is not.
    """
    doc = head.doc
    left, right = head.left_edge.i, head.right_edge.i
    if stop is not None:
        if stop.start > head.idx:
            while right > head.i and doc[right].idx + len(doc[right]) > stop.start:
                right -= 1
        elif stop.end <= head.idx:
            while left < head.i and doc[left].idx < stop.end:
                left += 1
    while left < head.i and doc[left].text in _PUNCT_EDGE:
        left += 1
    while right > head.i and (doc[right].text in _PUNCT_EDGE or doc[right].is_space):
        right -= 1
    return Span(doc[left].idx, doc[right].idx + len(doc[right].text))


def head_only(head: Token) -> Span:
    """A relative pronoun's antecedent named without its relative clause."""
    doc = head.doc
    left = head.left_edge.i
    right = head.i
    for child in head.rights:
        if child.dep_ in ("compound", "flat", "appos") or (
            child.dep_ == "prep" and child.i == right + 1
        ):
            right = child.right_edge.i
        else:
            break
    while right > head.i and (doc[right].text in _PUNCT_EDGE or doc[right].is_space):
        right -= 1
    return Span(doc[left].idx, doc[right].idx + len(doc[right].text))


@dataclass(frozen=True, slots=True)
class ActorIndex:
    """Actor mentions of one document, sorted by start, for span look-ups."""

    starts: tuple[int, ...]
    spans: tuple[Span, ...]
    ids: tuple[str, ...]

    @classmethod
    def build(cls, actors: Iterable[Actor]) -> ActorIndex:
        rows = sorted((m.span, a.id) for a in actors for m in a.mentions)
        return cls(tuple(s.start for s, _ in rows), tuple(s for s, _ in rows),
                   tuple(i for _, i in rows))

    def inside(self, span: Span) -> list[tuple[Span, str]]:
        """Mentions overlapping ``span``, in text order."""
        out: list[tuple[Span, str]] = []
        i = max(0, bisect_right(self.starts, span.start) - 1)
        while i > 0 and self.spans[i - 1].end > span.start:
            i -= 1
        while i < len(self.starts) and self.starts[i] < span.end:
            if self.spans[i].overlaps(span):
                out.append((self.spans[i], self.ids[i]))
            i += 1
        return out


@dataclass(frozen=True, slots=True)
class Speaker:
    span: Span
    actor: str | None


class SpeakerResolver:
    """Turns a subject token into a :class:`Speaker` against one document's actors."""

    def __init__(self, index: ActorIndex, carriers: frozenset[str]) -> None:
        self.index = index
        self.carriers = carriers

    def resolve(self, subject: Token, stop: Span | None = None) -> Speaker:
        if is_relative(subject):
            antecedent = subject.head.head
            span = Span(subject.idx, subject.idx + len(subject.text))
            return Speaker(span, self.actor_of(antecedent, head_only(antecedent)))
        clause_after = subject.dep_ not in SUBJECT_DEPS and any(
            c.dep_ in ("relcl", "acl") for c in subject.children
        )
        span = head_only(subject) if clause_after else phrase_span(subject, stop)
        return Speaker(span, self.actor_of(subject, span))

    def actor_of(self, head: Token, span: Span) -> str | None:
        head_span = Span(head.idx, head.idx + len(head.text))
        on_head = self.index.inside(head_span)
        if on_head:
            return on_head[0][1]
        if head.lemma_.lower() in self.carriers:
            for source in _carried_from(head):
                found = self.index.inside(phrase_span(source))
                if found:
                    return found[0][1]
        found = self.index.inside(span)
        return found[0][1] if found else None


def _carried_from(head: Token) -> list[Token]:
    """Who a carrier noun's words come from: "statement *from* X", "X's statement"."""
    out: list[Token] = []
    for child in head.children:
        if child.dep_ == "poss":
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ in _CARRIER_PREPS:
            out.extend(c for c in child.children if c.dep_ == "pobj")
    for child in head.lefts:
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            out.append(child)
    return out


_RELAY_VERBS = frozenset({"quote", "cite", "carry", "relay", "publish", "broadcast", "air"})


def via_of(verb: Token) -> str | None:
    """The outlet a report says it took the words from: "said in a statement *quoted by AFP*"."""
    for tok in verb.subtree:
        if tok.lemma_.lower() not in _RELAY_VERBS or tok.i == verb.i or tok.tag_ != "VBN":
            continue
        for agent in tok.children:
            if agent.dep_ == "agent":
                for obj in agent.children:
                    if obj.dep_ == "pobj":
                        return phrase_span(obj).of(verb.doc.text)
    return None

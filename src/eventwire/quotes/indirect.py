"""Cues in the dependency parse, and the content each one attributes.

Every verb whose lemma is in the cue lexicon is looked at once: its frames say
which dependent carries the content (a ``ccomp`` clause, an object, an
infinitive, a preposition's object), and the subject says who. Phrases such as
"according to X" attribute the clause they attach to. Words inside a quotation
are never cues: a quoted speaker's own "I think" is part of what they said.

The result is a list of :class:`Found` attributions; ``direct.py`` decides which of
them carry a quotation and the stage turns them into :class:`~eventwire.model.Quote`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire.model import Span
from eventwire.quotes.cues import Cue, CueLexicon
from eventwire.quotes.speaker import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Token

_EDGE = frozenset(",;:—–-([{")
_TRAIL = frozenset(",;:.—–-)]}")
_OBJECT_TAIL_PREPS = frozenset({"of", "for", "as", "over"})
_OBJECT_TAIL_DEPS = frozenset({"oprd", "xcomp", "ccomp"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "DET", "NUM"})
_SEPARATORS = frozenset({",", "—", "–", ":"})
_PARA_DEPS = frozenset({"parataxis", "ccomp", "advcl", "conj"})


@dataclass(frozen=True, slots=True)
class Found:
    """One attribution found in the parse (before quotation marks are considered).

    ``verb`` is the index of the cue's head token; ``subject`` the index of the
    speaker's head token; ``content`` is None for a speech cue with no complement
    ("..., she said."), which may still own a quotation standing next to it.
    """

    cue: Span
    verb: int
    content: Span | None
    subject: int | None
    speech: bool
    frame: str = ""


def token_range(doc: SpacyDoc, left: int, right: int) -> Span | None:
    """Characters of tokens ``left..right`` with edge punctuation and spaces stripped."""
    while left <= right and (doc[left].text in _EDGE or doc[left].is_space):
        left += 1
    while right >= left and (doc[right].text in _TRAIL or doc[right].is_space):
        right -= 1
    if right < left:
        return None
    return Span(doc[left].idx, doc[right].idx + len(doc[right].text))


def _subtree(tok: Token) -> Span | None:
    return token_range(tok.doc, tok.left_edge.i, tok.right_edge.i)


def _in_quote(idx: int, quoted: Sequence[Span]) -> bool:
    return any(q.start <= idx < q.end for q in quoted)


def find_cues(doc: SpacyDoc, lexicon: CueLexicon, quoted: Sequence[Span]) -> list[Found]:
    """Every attribution whose cue sits outside ``quoted`` (the long quotation segments)."""
    out: list[Found] = []
    q = 0
    quoted = sorted(quoted)
    for tok in doc:
        while q < len(quoted) and quoted[q].end <= tok.idx:
            q += 1
        if q < len(quoted) and quoted[q].start <= tok.idx:
            continue
        found: Found | None = None
        if tok.lower_ in lexicon.adjuncts:
            found = _adjunct_cue(tok, lexicon)
        if found is None and tok.pos_ == "VERB":
            particle = _particle(tok)
            cue = lexicon.verb(tok.lemma_.lower(), particle.lower_ if particle else None)
            if cue is not None:
                found = _verb_cue(tok, cue, particle if cue.lemma.count(" ") else None)
        if found is not None:
            out.append(found)
    return out


def _particle(tok: Token) -> Token | None:
    """The word right after a verb that hangs on it ("went *on*", "shot *back*", "put
    *it*"): the second word of a two-word cue, if the lexicon lists the pair."""
    if tok.i + 1 >= len(tok.doc):
        return None
    nxt = tok.doc[tok.i + 1]
    return nxt if nxt.head.i == tok.i and nxt.dep_ in ("prt", "advmod", "dobj") else None


def _cue_span(tok: Token, prep: Token | None = None, particle: Token | None = None) -> Span:
    end = tok.idx + len(tok.text)
    if particle is not None:
        end = particle.idx + len(particle.text)
    for child in tok.rights:
        if child.dep_ == "prt" and child.i == tok.i + 1:
            end = child.idx + len(child.text)
    if prep is not None and prep.i > tok.i:
        end = max(end, prep.idx + len(prep.text))
    return Span(tok.idx, end)


def _verb_cue(tok: Token, cue: Cue, particle: Token | None = None) -> Found | None:
    """``particle``: the second word of a two-word cue ("went on")."""
    if any(c.dep_ == "auxpass" for c in tok.children):
        return _passive_cue(tok, cue)
    subject = subject_of(tok)
    subj_i = subject.i if subject is not None else None
    for frame in ("clause", "inf", "object", "prep"):
        if frame not in cue.frames:
            continue
        content, prep = _content(tok, frame, cue)
        if content is not None and subject is not None and content.start <= subject.idx < (
            content.end
        ):
            content = _clip_after(tok, content)
        if content is not None:
            return Found(_cue_span(tok, prep, particle), tok.i, content, subj_i, cue.speech, frame)
    if cue.speech or "clause" in cue.frames:
        before = _clause_before(tok)
        if before is not None and subject is not None:
            return Found(_cue_span(tok, None, particle), tok.i, before, subj_i, cue.speech, "para")
    if cue.speech and not (particle is not None and _has_infinitive(tok)):
        # "she went on to win": a two-word cue governing an infinitive reports nothing
        return Found(_cue_span(tok, None, particle), tok.i, None, subj_i, True, "")
    return None


def _has_infinitive(tok: Token) -> bool:
    return any(
        c.dep_ in ("xcomp", "advcl") and any(a.tag_ == "TO" for a in c.children)
        for c in tok.children
    )


def _passive_cue(tok: Token, cue: Cue) -> Found | None:
    """ "X is expected to win", "X was criticized for Y": the whole clause is what is
    reported; the speaker, if any, is the agent ("by the ministry")."""
    if "passive" not in cue.frames:
        return None
    agent = next(
        (o for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"),
        None,
    )
    doc = tok.doc
    right = tok.right_edge.i
    if agent is not None:
        right = min(right, agent.head.left_edge.i - 1)
    content = token_range(doc, tok.left_edge.i, right)
    if content is None:
        return None
    return Found(_cue_span(tok), tok.i, content, agent.i if agent is not None else None,
                 cue.speech, "passive")


def _clip_after(tok: Token, content: Span) -> Span | None:
    """The part of a complement after the cue, when the parse put the speaker inside it
    ("moves *that* he said *improved* the economy")."""
    doc = tok.doc
    end = content.end
    right = tok.i + 1
    while right < len(doc) and doc[right].idx < end and doc[right].idx + len(doc[right]) <= end:
        right += 1
    if right <= tok.i + 1:
        return None
    return token_range(doc, tok.i + 1, right - 1)


def _content(tok: Token, frame: str, cue: Cue) -> tuple[Span | None, Token | None]:
    if frame == "clause":
        clauses = [c for c in tok.children if c.dep_ == "ccomp"]
        after = [c for c in clauses if c.i > tok.i]
        clauses = after or clauses
        if not clauses:
            return None, None
        first = min(c.left_edge.i for c in clauses)
        last = max(c.right_edge.i for c in clauses)
        return token_range(tok.doc, first, last), None
    if frame == "inf":
        for child in tok.children:
            if child.dep_ == "xcomp" and child.i > tok.i:
                return _subtree(child), None
        return None, None
    if frame == "object":
        objects = [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i]
        if not objects:
            return None, None
        right = objects[0].right_edge.i
        for child in tok.rights:
            if child.i > right and (child.dep_ in _OBJECT_TAIL_DEPS or (
                child.dep_ == "prep" and child.lower_ in _OBJECT_TAIL_PREPS
            )):
                right = child.right_edge.i
        return token_range(tok.doc, objects[0].left_edge.i, right), None
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in cue.preps and child.i > tok.i:
            objs = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objs:
                return token_range(tok.doc, objs[0].left_edge.i, child.right_edge.i), child
    return None, None


def _clause_before(tok: Token) -> Span | None:
    """ "Talks failed, *she said*" and "Talks, *she said*, failed": the clause the cue is
    tacked onto (the cue's own words are left in a clause they interrupt)."""
    head = tok.head
    if head.i == tok.i or tok.dep_ not in _PARA_DEPS:
        return None
    if not any(c.dep_ in ("nsubj", "csubj") for c in tok.children):
        return None  # "..., saying ...": a participle reports what follows it
    doc = tok.doc
    start, end = tok.left_edge.i, tok.right_edge.i
    while start < tok.i and doc[start].is_punct:
        start += 1
    while end > tok.i and doc[end].is_punct:
        end -= 1
    if start == 0 or doc[start - 1].text not in _SEPARATORS:
        return None
    if head.i < tok.i:
        return token_range(doc, head.left_edge.i, start - 1)
    if end + 1 < len(doc) and doc[end + 1].text in _SEPARATORS:
        return token_range(doc, head.left_edge.i, head.right_edge.i)
    return None


def _adjunct_cue(tok: Token, lexicon: CueLexicon) -> Found | None:
    doc = tok.doc
    for adj in lexicon.adjuncts[tok.lower_]:
        n = len(adj.words)
        if tok.i + n > len(doc):
            continue
        if tuple(t.lower_ for t in doc[tok.i : tok.i + n]) != adj.words:
            continue
        last = doc[tok.i + n - 1]
        sources = [c for c in last.children if c.dep_ == "pobj"]
        if not sources and last.i + 1 < len(doc) and doc[last.i + 1].pos_ in _NOMINAL:
            sources = [doc[last.i + 1]]  # the parser lost the object: take the next word
        if not sources:
            continue
        end = max(last.right_edge.i, sources[0].right_edge.i)
        comma = next((t.i for t in doc[last.i + 1 : end + 1] if t.text == ","), None)
        phrase = (tok.i, comma - 1 if comma is not None else end)
        left, right = _host_clause(tok, phrase)
        content = token_range(doc, left, right)
        if content is None:
            continue
        cue = Span(tok.idx, last.idx + len(last.text))
        return Found(cue, tok.i, content, sources[0].i, adj.cls == "speech", "adjunct")
    return None


_LEADING = frozenset({"prep", "advcl", "advmod", "npadvmod", "mark", "cc", "punct", "dep"})


def _host_clause(tok: Token, phrase: tuple[int, int]) -> tuple[int, int]:
    """What an adjunct cue such as "according to X" attributes: the clause it hangs
    on, without the phrase itself and without the scene-setting before the subject
    ("Despite the call, *he still leads*, according to a poll")."""
    host = tok.head
    while (host.pos_ not in ("VERB", "AUX") or phrase[0] <= host.i <= phrase[1]) and (
        host.head.i != host.i
    ):
        host = host.head
    left, right = host.left_edge.i, host.right_edge.i
    if not (left <= phrase[0] and phrase[1] <= right) or host.i == tok.i:
        sent = tok.sent
        left, right = sent.start, sent.end - 1
    else:
        for child in host.lefts:
            if child.dep_ in _LEADING and not (phrase[0] <= child.i <= phrase[1]):
                left = max(left, child.right_edge.i + 1)
            else:
                break
    before = (left, phrase[0] - 1)
    after = (phrase[1] + 1, right)
    if before[1] - before[0] >= 1 and after[1] - after[0] >= 1:
        return left, right  # "X, according to Y, did Z"
    return max(before, after, key=lambda r: r[1] - r[0])

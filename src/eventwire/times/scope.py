"""Which clause a date expression belongs to, read from the dependency parse.

(spaCy makes a new ``Token`` object on each access, so tokens are compared by index.)

A date told as an adjunct of a clause ("On 3 May, protesters gathered ...") is the
day of that clause's act and of the acts embedded under it; a date inside another
clause ("... the invasion, which began on 24 February") is the day of that clause
only. :func:`rank` orders a sentence's dates for one event trigger by that scope,
so the nearest word no longer wins over the structure of the sentence.
"""

from __future__ import annotations

from typing import Any

from eventwire.model import Span

#: Dependency labels that open a clause of their own. ``conj`` is not among them:
#: coordinated verbs ("gathered ... and marched") share their first verb's adjuncts.
CLAUSE_DEPS = frozenset(
    {"ROOT", "advcl", "relcl", "ccomp", "xcomp", "acl", "csubj", "csubjpass", "parataxis"}
)
#: Labels of a date written inside a noun phrase ("the 3 April shooting", "Monday's
#: vote"): it dates that noun's event, not the clause around it.
NOUN_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "poss", "nummod"})
SAME, FRAMING, ELSEWHERE = 0, 1, 2


def head_of(sdoc: Any, span: Span) -> Any | None:
    """The syntactic head token of the characters ``span`` (None if they hold no token):
    of the tokens whose head lies outside the span, the first content word, so that a
    leading "the" or "on" of the expression never stands for it."""
    piece = sdoc.char_span(span.start, span.end, alignment_mode="expand")
    if piece is None or len(piece) == 0:
        return None
    first, last = piece.start, piece.end
    tops = [t for t in piece if not first <= t.head.i < last or t.head.i == t.i]
    content = [t for t in tops if t.pos_ not in ("DET", "ADP", "PUNCT")]
    return (content or tops or [piece.root])[0]


def clause_of(token: Any) -> Any:
    """The token heading the clause ``token`` belongs to."""
    while token.dep_ not in CLAUSE_DEPS and token.head.i != token.i:
        token = token.head
    return token


def rank(date: Any, trigger: Any) -> int:
    """How a date's clause relates to a trigger's: ``SAME`` clause (or a clause or noun
    phrase that modifies the trigger noun itself), a ``FRAMING`` clause above it, or
    ``ELSEWHERE`` (another clause, another noun's modifier)."""
    if date.dep_ in NOUN_MODIFIER_DEPS and date.head.pos_ in ("NOUN", "PROPN"):
        return SAME if date.head.i == trigger.i else ELSEWHERE
    date_clause = clause_of(date)
    trigger_clause = clause_of(trigger)
    if date_clause.i == trigger_clause.i:
        return SAME
    if date_clause.dep_ in ("relcl", "acl") and date_clause.head.i == trigger.i:
        return SAME  # "the invasion, which began on 24 February"
    if any(a.i == date_clause.i for a in trigger_clause.ancestors):
        return FRAMING
    return ELSEWHERE

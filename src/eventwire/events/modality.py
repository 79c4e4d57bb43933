"""Did it happen? asserted, negated, future/planned, hypothetical — and who reported it."""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

from eventwire.model import Modality
from eventwire.nlp import sentence_bounds

if TYPE_CHECKING:
    from spacy.tokens import Token

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "should", "must", "would"})
PLANNING = frozenset(
    {
        "plan",
        "expect",
        "intend",
        "prepare",
        "schedule",
        "aim",
        "hope",
        "set",
        "due",
        "seek",
        "want",
        "vow",
        "pledge",
        "promise",
        "decide",
        "agree",
    }
)
# adjectives of readiness: "is ready to", "are willing to", "is prepared to" (an intent)
READINESS = frozenset(
    {"ready", "willing", "prepared", "committed", "determined", "eager", "keen", "poised"}
)
THREATENING = frozenset({"threaten", "warn"})
# "took steps to ease restrictions": the act is being done, by the one who takes the steps
STEPS = frozenset({"step", "measure", "action", "move"})
TAKING = frozenset({"take", "make"})


def speech_verbs() -> frozenset[str]:
    """Verbs that report what someone said (``data/events/speech_verbs.txt``)."""
    text = (resources.files("eventwire") / "data" / "events" / "speech_verbs.txt").read_text(
        "utf-8"
    )
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _aux(tok: Token) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}


def steps_taken(verb: Token) -> Token | None:
    """The verb of "took steps (measures, action) to X" whose infinitive ``verb`` is X,
    hung on the noun or on the verb itself: taking steps to do X is doing it."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if (
        verb.dep_ in ("relcl", "acl")
        and head.lemma_.lower() in STEPS
        and head.dep_ in ("dobj", "obj")
    ):
        head = head.head
    elif verb.dep_ != "advcl" or not any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in STEPS for c in head.children
    ):
        return None
    return head if head.lemma_.lower() in TAKING and head.i != verb.i else None


def modality_of(trigger: Token) -> Modality:
    """The modality of the clause the trigger sits in (nouns use their governing verb)."""
    verb = trigger
    if trigger.pos_ in ("NOUN", "PROPN"):
        verb = trigger.head if trigger.head.pos_ in ("VERB", "AUX") else trigger
        if any(c.lower_ in ("no", "never") for c in trigger.children):
            return "negated"
    taken = steps_taken(verb)
    if taken is not None:
        return modality_of(taken)
    if any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "neg" for c in trigger.children
    ):
        return "negated"
    aux = _aux(verb)
    if aux & FUTURE_AUX or (
        "would" in aux and verb.head.lemma_.lower() in ("say", "confirm", "announce", "add")
    ):
        return "future"
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return "hypothetical"
    if aux & HYPOTHETICAL_AUX:
        return "hypothetical"
    gov = verb.head if verb.dep_ == "xcomp" else None
    if gov is not None:
        lemma = gov.lemma_.lower()
        if lemma in THREATENING:
            return "hypothetical"
        if lemma in PLANNING or lemma in READINESS or gov.lower_ == "to":
            return "future"
        if _aux(gov) & FUTURE_AUX:
            return "future"
    if verb.dep_ in ("ROOT", "relcl", "advcl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return "future"  # headline style: "Kerry to Visit Cairo"
    return "asserted"


def expresses_readiness(trigger: Token) -> bool:
    """The trigger's clause is the complement of a readiness adjective: "is ready to host"."""
    verb = trigger.head if trigger.pos_ in ("NOUN", "PROPN") else trigger
    gov = verb.head
    return verb.dep_ == "xcomp" and gov.pos_ == "ADJ" and gov.lower_ in READINESS


def reporter(trigger: Token, speech: frozenset[str]) -> Token | None:
    """The speech verb whose reported clause holds the trigger ("X said that Y attacked Z")."""
    tok = trigger
    for _ in range(6):
        if tok.dep_ in ("ccomp", "parataxis", "advcl") or (
            tok.dep_ == "ROOT" and tok is not trigger
        ):
            head = tok.head if tok.dep_ != "ROOT" else tok
            if head.lemma_.lower() in speech and head is not trigger:
                return head
        if tok.head is tok:
            break
        tok = tok.head
    # "…, X said." where the speech verb is the root and the event is its ccomp/xcomp
    start, end = sentence_bounds(trigger.doc)[trigger.i]
    root = next((t for t in trigger.doc[start:end] if t.dep_ == "ROOT"), trigger)
    if root is not trigger and root.lemma_.lower() in speech and trigger in root.subtree:
        return root
    return None

"""The tense of the verb that governs a time expression, read off the spaCy parse.

"was held on Friday" points back, "will travel on Monday" forward: the normaliser
uses this to choose between the last and the next Friday (or March). The governing
verb is found by walking up the dependency tree from the expression's head.
"""

from __future__ import annotations

from typing import Any, Literal

Tense = Literal["past", "present", "future"]

_FUTURE_AUX = frozenset({"will", "'ll", "’ll", "shall", "wo", "would", "'d", "’d", "must",
                         "should", "can", "ca", "may", "might", "ought"})
_PERFECT_AUX = frozenset({"had", "has", "have", "'ve", "’ve", "'s", "’s"})
_PAST_BE = frozenset({"was", "were"})
_PRESENT_BE = frozenset({"is", "are", "am", "'re", "’re", "'m", "’m"})
_MAX_STEPS = 6
# verbs of planning point forward even in the past tense: "planned a rally on Saturday"
_PLANNING = frozenset({"plan", "schedule", "expect", "intend", "slate", "due", "aim",
                       "propose", "promise", "pledge", "vow", "threaten", "prepare", "hope",
                       "postpone", "delay", "defer", "reschedule"})


def tense_of(sdoc: Any, start: int, end: int) -> Tense | None:
    """Tense of the verb governing the characters ``[start, end)`` of a spaCy doc,
    or None when no verb governs them (a headline fragment, a list)."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    for _ in range(_MAX_STEPS):
        if tok.pos_ in ("VERB", "AUX") and not (tok.pos_ == "AUX" and tok.dep_.startswith("aux")):
            return verb_tense(tok)
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def verb_tense(verb: Any) -> Tense | None:
    """Past, present or future from a verb's tag and its auxiliaries ("had said",
    "will meet", "is to visit", "plans to leave")."""
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    tag = verb.tag_
    if any(a in _FUTURE_AUX for a in aux) or verb.lemma_.lower() in _PLANNING:
        return "future"
    if "to" in aux:
        return "future"  # "plans to leave on Thursday", "is to be completed by Dec. 15"
    if tag == "VBD" or any(a in _PAST_BE or a in ("had", "did") for a in aux):
        return "past"
    if any(a in _PERFECT_AUX for a in aux):
        return "past"
    if tag == "VBG" and any(a in _PRESENT_BE for a in aux):
        return "future"  # "is meeting on Monday"
    if tag == "VBN":
        if any(a in _PRESENT_BE for a in aux):
            return "future"  # "is scheduled for Monday", "are expected on Friday"
        return "past"  # a reduced relative: "the ceasefire agreed on Monday"
    if tag in ("VBZ", "VBP"):
        return "present"
    return None

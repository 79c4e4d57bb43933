"""Grievance clauses: what a crowd protests about ("marched *against police violence*").

What a crowd protests about is not what it did, so the protest rules read the text with
these clauses blanked (:meth:`eventwire.classify.rules.Rules.conduct`). The openers are
data, one regular expression a line on normalised text (``data/classify/grievance.txt``);
a clause runs from its opener to the next punctuation mark or the start of a new clause.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from eventwire.errors import EventwireError

GRIEVANCE_FILE = "grievance.txt"
# a grievance clause ends at punctuation, where a new clause starts, at a verb that says
# how the protest itself went ("the march against the dam *turned* violent"), or at the
# main clause's auxiliary ("students protesting fees *were* dispersed"), not a relative
# clause's ("against the jailing of staff who were detained")
_STOP = (r"(?:(?=[.,;:!?]|$| (?:when|as|after|but|while|before|until|where|then"
         r"|and (?:police|security forces|officers|soldiers|troops|they|the police)"
         r"|turned|turns|became|grew|erupted|ended|descended|degenerated|spiral(?:l)?ed"
         r"|escalated)\b)"
         r"|(?<!who)(?<!that)(?<!which)(?= (?:was|were|are|is|have been|had been|has been)\b))")
_CLAUSE = rf"(?:[^.,;:!?]{{0,150}}?{_STOP}|[^.,;:!?]{{0,150}})"


class GrievanceError(EventwireError):
    """A grievance-openers file that cannot be used."""


def parse_grievance(text: str, name: str = GRIEVANCE_FILE) -> re.Pattern[str]:
    """The pattern of every grievance clause, from one opener a line (``#`` comments)."""
    openers = [line.strip() for line in text.splitlines()
               if line.strip() and not line.startswith("#")]
    if not openers:
        raise GrievanceError(f"{name}: no grievance openers")
    for n, opener in enumerate(openers, 1):
        try:
            re.compile(opener)
        except re.error as exc:
            raise GrievanceError(f"{name}:{n}: bad pattern {opener!r}: {exc}") from exc
    return re.compile(r"\b(?:" + "|".join(openers) + r")\b" + _CLAUSE)


@cache
def shipped_grievance() -> re.Pattern[str]:
    """The shipped openers, read once on first use."""
    node = resources.files("eventwire") / "data" / "classify" / GRIEVANCE_FILE
    return parse_grievance(node.read_text("utf-8"))


def blank(norm: str, pattern: re.Pattern[str]) -> str:
    """``norm`` with its grievance clauses replaced by spaces (offsets kept)."""
    return pattern.sub(lambda m: " " * len(m.group()), norm)


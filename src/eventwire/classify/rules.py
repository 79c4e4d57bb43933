"""Keyword rules for strong cues ("suicide bomber", "grenade", "tear gas" at a protest).

Rules live in ``data/classify/rules.tsv``, one per line::

    label <TAB> boost <TAB> pattern <TAB> requires <TAB> unless [<TAB> view]

A rule fires when ``pattern`` matches the normalised text (lower case, numbers
as ``0``, see :func:`eventwire.classify.features.normalise`), ``requires``
matches too and ``unless`` does not (``-`` means no condition). ``view``
``conduct`` (default ``text``) matches the text with its grievance clauses blanked
out ("protesters marched *against police violence*"): what a crowd protests about
is not what it did, so a protest rule reads the conduct only. The grievance
openers are data (see :mod:`eventwire.classify.grievance`). Its ``boost`` is
added to the model's log-probability of ``label`` (see
:mod:`eventwire.classify.classifier`); alone, the rules pick the label with the
largest total boost. Why both: a rule is sure about a cue word but blind to the
rest of the sentence; the model sees everything but was trained on written-up
examples, not on the world.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from eventwire.classify.features import normalise
from eventwire.classify.grievance import blank, shipped_grievance
from eventwire.errors import EventwireError

VIEWS = ("text", "conduct")


class RulesError(EventwireError):
    """A rules file line that cannot be used."""


@dataclass(frozen=True, slots=True)
class Rule:
    label: str
    boost: float
    pattern: re.Pattern[str]
    requires: re.Pattern[str] | None = None
    unless: re.Pattern[str] | None = None
    line: int = 0
    conduct: bool = False

    def fires(self, norm: str, conduct: str | None = None) -> bool:
        """``conduct`` (the text without its grievance clauses) is what a ``conduct`` rule's
        pattern and ``unless`` read; ``requires`` always reads the whole text."""
        seen = conduct if self.conduct and conduct is not None else norm
        return (self.pattern.search(seen) is not None
                and (self.requires is None or self.requires.search(norm) is not None)
                and (self.unless is None or self.unless.search(seen) is None))


def _compile(text: str, where: str) -> re.Pattern[str] | None:
    if text == "-":
        return None
    try:
        return re.compile(text)
    except re.error as exc:
        raise RulesError(f"{where}: bad pattern {text!r}: {exc}") from exc


def parse_rules(text: str, name: str = "rules.tsv") -> tuple[Rule, ...]:
    rules: list[Rule] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        where = f"{name}:{n}"
        if len(parts) not in (5, 6):
            raise RulesError(f"{where}: expected 5 tab-separated fields (6 with a view), "
                             f"got {len(parts)}")
        view = parts.pop() if len(parts) == 6 else VIEWS[0]
        if view not in VIEWS:
            raise RulesError(f"{where}: unknown view {view!r} (known: {', '.join(VIEWS)})")
        label, boost, pattern, requires, unless = parts
        try:
            value = float(boost)
        except ValueError as exc:
            raise RulesError(f"{where}: boost {boost!r} is not a number") from exc
        compiled = _compile(pattern, where)
        if compiled is None:
            raise RulesError(f"{where}: a rule needs a pattern")
        rules.append(Rule(label, value, compiled, _compile(requires, where),
                          _compile(unless, where), n, view == "conduct"))
    return tuple(rules)


class Rules:
    """An ordered rule list; ``boosts`` says which labels a text's cues point to."""

    def __init__(self, rules: Iterable[Rule], grievance: re.Pattern[str] | None = None) -> None:
        self.rules = tuple(rules)
        self.grievance = grievance

    @classmethod
    def load(cls, path: Path | None = None) -> Rules:
        """The shipped rules (or those of ``path``) with the shipped grievance openers."""
        grievance = shipped_grievance()
        if path is None:
            node = resources.files("eventwire") / "data" / "classify" / "rules.tsv"
            return cls(parse_rules(node.read_text("utf-8")), grievance)
        try:
            return cls(parse_rules(path.read_text("utf-8"), path.name), grievance)
        except OSError as exc:
            raise RulesError(f"cannot read rules {path}: {exc}") from exc

    def conduct(self, norm: str) -> str:
        """The normalised text with its grievance clauses blanked (same length)."""
        if self.grievance is None:
            return norm
        return blank(norm, self.grievance)

    @property
    def labels(self) -> frozenset[str]:
        return frozenset(r.label for r in self.rules)

    def fired(self, text: str) -> list[Rule]:
        norm = normalise(text)
        conduct = self.conduct(norm) if any(r.conduct for r in self.rules) else norm
        return [r for r in self.rules if r.fires(norm, conduct)]

    def boosts(self, text: str) -> dict[str, float]:
        """Total boost per label from every rule that fires on ``text``."""
        out: dict[str, float] = {}
        for rule in self.fired(text):
            out[rule.label] = out.get(rule.label, 0.0) + rule.boost
        return out

    def best(self, text: str) -> tuple[str, float] | None:
        """The label with the largest positive total boost (first in file order on ties)."""
        boosts = self.boosts(text)
        best: tuple[str, float] | None = None
        for label, value in boosts.items():
            if value > 0 and (best is None or value > best[1]):
                best = (label, value)
        return best

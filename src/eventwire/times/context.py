"""What the normaliser knows while it reads one document, and small parsers it shares.

``Context`` carries the publication date (the TimeML document creation time), the
tense of the governing verb on demand, and the last date of each granularity that the
text has named, so that "that day" or "a year earlier" can be resolved against it.
It is created per document and mutated only by the normaliser, in text order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from eventwire.model import TimeMethod, TimexType
from eventwire.times.lexicon import Lexicon, norm_phrase
from eventwire.times.patterns import Candidate
from eventwire.times.tense import Tense

_DIGITS = re.compile(r"\d+")
REACH = 3.0  # see eventwire.times.calendar.choose
FIRM = 1000.0
_LAST_WORDS = re.compile(r"(?:([^\W\d_]+)\s+)?([^\W\d_]+),?\s+$")


@dataclass(frozen=True, slots=True)
class Value:
    """A normalised expression before it gets its span: TIMEX3 value, type, method."""

    value: str
    type: TimexType = "DATE"
    method: TimeMethod = "relative"
    anchor: bool = True  # False: derived from an earlier mention, so not a new reference


@dataclass(slots=True)
class Context:
    """Per-document state: ``dct`` is the publication date, ``text`` the article text
    (for cue words), ``tense_at`` the parser's tense of the verb governing a span, and
    ``last_*`` the latest date of each granularity produced so far."""

    lex: Lexicon
    dct: dt.date | None
    text: str = ""
    tense_at: Callable[[int, int], Tense | None] = lambda start, end: None
    last_day: dt.date | None = None
    last_month: tuple[int, int] | None = None
    last_year: int | None = None
    last_quarter: tuple[int, int] | None = None
    last_was_quarter: bool = False  # the expression just before named a quarter
    _tenses: dict[tuple[int, int], Tense | None] = field(default_factory=dict)
    _cued: set[tuple[int, int]] = field(default_factory=set)

    def tense(self, cand: Candidate) -> Tense | None:
        """Which way the expression points: a cue word just before it ("since March",
        "effective Feb. 1") decides, else the tense of the governing verb."""
        key = (cand.start, cand.end)
        if key not in self._tenses:
            cue = self._cue(cand.start)
            if cue is not None:
                self._cued.add(key)
            self._tenses[key] = cue or self.tense_at(cand.start, cand.end)
        return self._tenses[key]

    def reach(self, cand: Candidate) -> float:
        """How far the tense's side may be before a much nearer other side wins: a cue
        word is taken at its word ("since Aug. 7" is past however far), a verb less so."""
        self.tense(cand)
        return FIRM if (cand.start, cand.end) in self._cued else REACH

    def _cue(self, start: int) -> Tense | None:
        m = _LAST_WORDS.search(self.text, max(0, start - 30), start)
        if m is None:
            return None
        cues = self.lex.tense_cues
        cue = cues.get(norm_phrase(m.group(0))) or cues.get(m.group(2).lower())
        return "past" if cue == "past" else "future" if cue == "future" else None

    # -------------------------------------------------------------- word parsers
    def month_no(self, word: str) -> int:
        return self.lex.months[_key(word)]

    def weekday_no(self, word: str) -> int:
        return self.lex.weekdays[_key(word)]

    def number(self, text: str) -> float | None:
        """A count written in digits or words: "24", "1,000", "2 1/2", "twenty-four", "a"."""
        t = " ".join(text.lower().split())
        half = 0.5 if t.endswith((" 1/2", "½")) else 0.0
        t = t.removesuffix(" 1/2").removesuffix("½").replace(",", "")
        try:
            return float(t) + half
        except ValueError:
            value = self.lex.number(t)
            return None if value is None else float(value) + half

    def given_year(self, c: Candidate) -> int | None:
        """The year the expression spells out (``year`` or ``year2`` part), if any."""
        text = c.parts.get("year") or c.parts.get("year2")
        return None if text is None else self.year(text)

    def year(self, text: str) -> int | None:
        """A year in digits or spoken words ("nineteen ninety-four", "two thousand and one")."""
        if text.isdigit():
            return int(text)
        words = text.lower().replace("-", " ").split()
        if not words:
            return None
        if words[0] == "nineteen":
            rest = [w for w in words[1:] if w not in ("hundred", "and")]
            tail = self.lex.number(" ".join(rest)) if rest else 0
            return None if tail is None or tail >= 100 else 1900 + tail
        if words[:2] == ["two", "thousand"]:
            rest = [w for w in words[2:] if w != "and"]
            tail = self.lex.number(" ".join(rest)) if rest else 0
            return None if tail is None or tail >= 100 else 2000 + tail
        return None


def _key(word: str) -> str:
    return word.lower().rstrip(".")


def day_of_month(text: str) -> int:
    m = _DIGITS.search(text)
    return int(m.group()) if m else 0

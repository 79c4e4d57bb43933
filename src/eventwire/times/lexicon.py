"""The temporal lexicon: month and weekday names, units, number words, modifiers.

All of it lives in ``data/times/lexicon.json`` so that a word can be added without
touching code; this module loads and checks that file once, into a frozen
:class:`Lexicon` that the patterns and the normaliser share.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire.errors import EventwireError

UNIT_CODES = frozenset({"S", "MIN", "H", "D", "W", "FORTNIGHT", "M", "Q", "Y", "DE", "CE", "ML"})
SEASON_CODES = ("SP", "SU", "FA", "WI")  # TimeML, in calendar order from spring
MODS = frozenset({"START", "MID", "END", "AFTER", "BEFORE"})
FUZZY_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
_HOLIDAY = re.compile(r"^(?:\d\d-\d\d|\d\d:-?[1-5]:(?:MON|TUE|WED|THU|FRI|SAT|SUN)(?:\+\d)?)$")
_SET_VALUE = re.compile(r"^PT?\d+[A-Z]$")


def norm_phrase(text: str) -> str:
    """The lookup form of a phrase: lower case, straight apostrophes, hyphens as spaces,
    single spaces ("Mid-Afternoon" and "mid  afternoon" are both "mid afternoon")."""
    return " ".join(text.lower().replace("’", "'").replace("-", " ").split())


class LexiconError(EventwireError):
    """A temporal data file is missing a table or has an invalid entry."""


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Read-only word tables; every key is lower case."""

    months: dict[str, int]
    not_months_in_lower_case: frozenset[str]
    weekdays: dict[str, int]
    units: dict[str, str]
    numbers: dict[str, int]
    vague_numbers: tuple[str, ...]
    ordinals: dict[str, int]
    decade_words: dict[str, int]
    seasons: dict[str, str]
    day_parts: dict[str, str]
    relative_days: dict[str, int]
    shifts: dict[str, int]
    anaphoric_shifts: dict[str, int]
    fuzzy: dict[str, str]
    sets: dict[str, str]
    holidays: dict[str, str]
    approximators: tuple[str, ...]
    temporal_prepositions: frozenset[str]
    timezones: tuple[str, ...]
    modifiers: dict[str, str]
    tense_cues: dict[str, str]
    not_expressions: frozenset[str]

    def number(self, word: str) -> int | None:
        """The value of a number word ("twenty-four", "a couple of"), or None."""
        key = norm_phrase(word)
        if key in self.numbers:
            return self.numbers[key]
        total = 0
        for part in key.split():
            value = self.numbers.get(part)
            if value is None:
                return None
            if value in (100, 1000):
                total = max(total, 1) * value
            else:
                total += value
        return total or None


def default_path() -> Path:
    return Path(str(resources.files("eventwire") / "data" / "times" / "lexicon.json"))


def load_lexicon(path: Path | None = None) -> Lexicon:
    """Load and validate the lexicon (the bundled one unless ``path`` is given)."""
    src = path or default_path()
    try:
        raw = json.loads(src.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise LexiconError(f"{src.name}: cannot read the temporal lexicon ({exc})") from exc
    if not isinstance(raw, dict):
        raise LexiconError(f"{src.name}: expected a JSON object")
    lex = Lexicon(
        months=_table(raw, "months", int),
        not_months_in_lower_case=frozenset(_list(raw, "lowercase_words_that_are_not_months")),
        weekdays=_table(raw, "weekdays", int),
        units=_table(raw, "units", str),
        numbers=_table(raw, "numbers", int),
        vague_numbers=tuple(_list(raw, "vague_numbers")),
        ordinals=_table(raw, "ordinals", int),
        decade_words=_table(raw, "decade_words", int),
        seasons=_table(raw, "seasons", str),
        day_parts=_table(raw, "day_parts", str),
        relative_days=_table(raw, "relative_days", int),
        shifts=_table(raw, "shifts", int),
        anaphoric_shifts=_table(raw, "anaphoric_shifts", int),
        fuzzy=_table(raw, "fuzzy", str),
        sets=_table(raw, "sets", str),
        holidays=_table(raw, "holidays", str),
        approximators=tuple(_list(raw, "approximators")),
        temporal_prepositions=frozenset(_list(raw, "temporal_prepositions")),
        timezones=tuple(_list(raw, "timezones")),
        modifiers=_table(raw, "modifiers", str),
        tense_cues=_table(raw, "tense_cues", str),
        not_expressions=frozenset(_list(raw, "not_expressions")),
    )
    _check(lex)
    return lex


def _table(raw: dict[str, Any], name: str, kind: type) -> dict[str, Any]:
    table = raw.get(name)
    if not isinstance(table, dict) or not table:
        raise LexiconError(f"lexicon: table {name!r} is missing or empty")
    for key, value in table.items():
        if not isinstance(value, kind) or isinstance(value, bool):
            raise LexiconError(f"lexicon: {name}[{key!r}] must be {kind.__name__}")
        if key != norm_phrase(key):
            raise LexiconError(
                f"lexicon: {name}[{key!r}] must be lower case, without hyphens or doubled spaces")
    return dict(table)


def _list(raw: dict[str, Any], name: str) -> list[str]:
    items = raw.get(name)
    if not isinstance(items, list) or not all(isinstance(x, str) and x for x in items):
        raise LexiconError(f"lexicon: list {name!r} is missing or has a non-string entry")
    return list(items)


def _check(lex: Lexicon) -> None:
    """Values the normaliser relies on: valid month and weekday numbers, known codes."""
    checks: list[tuple[str, bool]] = [
        ("months", all(1 <= v <= 12 for v in lex.months.values())),
        ("weekdays", all(0 <= v <= 6 for v in lex.weekdays.values())),
        ("units", all(v in UNIT_CODES for v in lex.units.values())),
        ("seasons", all(v in SEASON_CODES for v in lex.seasons.values())),
        ("fuzzy", all(v in FUZZY_VALUES for v in lex.fuzzy.values())),
        ("sets", all(_SET_VALUE.match(v) for v in lex.sets.values())),
        ("holidays", all(_HOLIDAY.match(v) for v in lex.holidays.values())),
        ("day_parts", all(re.match(r"^(?:MO|AF|EV|NI|\d\d:\d\d)$", v)
                          for v in lex.day_parts.values())),
        ("decade_words", all(1 <= v <= 9 for v in lex.decade_words.values())),
        ("modifiers", all(v in MODS for v in lex.modifiers.values())),
        ("tense_cues", all(v in ("past", "future") for v in lex.tense_cues.values())),
    ]
    bad = [name for name, ok in checks if not ok]
    if bad:
        raise LexiconError(f"lexicon: invalid values in {', '.join(bad)}")

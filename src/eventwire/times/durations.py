"""Normalisers for lengths of time, repetitions and vague references:
"three days" (P3D), "16-hour" (PT16H), "2 1/2 years" (P2Y6M), "several weeks" (PXW),
"every week" (a SET, P1W), "recently" (PAST_REF), "now" (PRESENT_REF).

None of these needs the publication date.
"""

from __future__ import annotations

import re

from eventwire.times.context import Context, Value
from eventwire.times.lexicon import Lexicon, norm_phrase
from eventwire.times.patterns import Candidate

_TIME_UNITS = {"S": "S", "MIN": "M", "H": "H"}
_DATE_UNITS = {"D": "D", "W": "W", "M": "M", "Q": "Q", "Y": "Y", "DE": "DE", "CE": "CE",
               "ML": "ML"}
# a half of a unit, in the next smaller unit: "2 1/2 years" is P2Y6M
_HALVES = {"Y": (6, "M"), "D": (12, "TH"), "H": (30, "M"), "MIN": (30, "S"), "DE": (5, "Y")}
_NOT_WITH_A = frozenset({"S", "Q"})  # "a second attack", "a quarter of the vote"
_YEARLIKE = re.compile(r"^(?:1[5-9]|20)\d\d$")


def unit_code(lex: Lexicon, word: str) -> str | None:
    return lex.units.get(norm_phrase(word))


def duration_value(n: float, code: str) -> str:
    """The TIMEX3 duration of ``n`` units (``code`` from the lexicon's unit table)."""
    if code == "FORTNIGHT":
        n, code = n * 2, "W"
    whole = int(n)
    if n != whole and n * 2 == int(n * 2) and code in _HALVES:
        extra, small = _HALVES[code]
        if code in _TIME_UNITS:
            head = f"{whole}{_TIME_UNITS[code]}" if whole else ""
            return f"PT{head}{extra}{small}"
        if small == "TH":
            return f"P{whole}DT{extra}H" if whole else f"PT{extra}H"
        if code == "DE":
            return f"P{whole * 10 + extra}Y"
        return f"P{whole}{code}{extra}{small}" if whole else f"P{extra}{small}"
    number = str(whole) if n == whole else f"{n:g}"
    if code in _TIME_UNITS:
        return f"PT{number}{_TIME_UNITS[code]}"
    return f"P{number}{_DATE_UNITS[code]}"


def duration(c: Candidate, ctx: Context) -> Value | None:
    code = unit_code(ctx.lex, c.parts["unit"])
    if code is None:
        return None
    if "halfw" in c.parts:
        n: float | None = 0.5
    else:
        word = c.word("num")
        if word in ("a", "an") and (code in _NOT_WITH_A or c.word("unit").endswith("s")):
            return None  # "a second attack", "a decades-long war"
        if _YEARLIKE.match(word) or (code == "Q" and "of" in c.parts):
            return None  # "the 1988 quarter", "one quarter of the country"
        n = ctx.number(word)
    if n is None or n <= 0:
        return None
    if "half" in c.parts:
        n += 0.5
    return Value(duration_value(n, code), "DURATION", "explicit")


def vague(c: Candidate, ctx: Context) -> Value | None:
    """"several years" (PXY); "recent years" (the past); "the coming weeks" (PXW)."""
    code = unit_code(ctx.lex, c.parts["unit"])
    if code is None or code == "FORTNIGHT":
        return None
    lead = c.word("lead")
    if "vague" not in c.parts and lead in ("recent", "past", "last", "previous"):
        return Value("PAST_REF")
    if lead == "early" and code in _TIME_UNITS:
        return None  # "the early hours" is a time of night, not a length
    unit = _TIME_UNITS.get(code)
    value = f"PTX{unit}" if unit else f"PX{_DATE_UNITS[code]}"
    return Value(value, "DURATION", "explicit")


def set_(c: Candidate, ctx: Context) -> Value | None:
    if "set" in c.parts:
        return Value(ctx.lex.sets[c.word("set")], "SET", "explicit")
    if "wd" in c.parts:
        return Value(f"XXXX-WXX-{ctx.weekday_no(c.parts['wd']) + 1}", "SET", "explicit")
    code = unit_code(ctx.lex, c.parts["unit"])
    if code is None or ("per" in c.parts and code in _TIME_UNITS):
        return None  # "instructions per second" is a rate, not a recurring time
    n = ctx.number(c.parts["num"]) if "num" in c.parts else 1.0
    if n is None:
        return None
    if "other" in c.parts:
        n *= 2
    return Value(duration_value(n, code), "SET", "explicit")


def fuzzy(c: Candidate, ctx: Context) -> Value | None:
    phrase = c.word("fuzzy")
    value = ctx.lex.fuzzy.get(phrase)
    return None if value is None else Value(value)

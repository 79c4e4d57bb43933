"""Normalisers for expressions counted from a reference point: "last week", "this year",
"two weeks ago", "the weekend" (from the publication date) and "that day", "the
following year", "a year earlier" (from the last date the text named).

A unit shifted from the publication date keeps the unit's granularity, as TimeML
does: "last week" is an ISO week, "two months ago" a month, "three days ago" a day.
"""

from __future__ import annotations

import datetime as dt

from eventwire.times import calendar as cal
from eventwire.times.context import Context, Value
from eventwire.times.durations import duration_value, unit_code
from eventwire.times.patterns import Candidate


def shift(c: Candidate, ctx: Context) -> Value | None:
    if ctx.dct is None:
        return None
    if "yearend" in c.parts:
        return Value(f"{ctx.dct.year:04d}")
    k = ctx.lex.shifts.get(c.word("shift", "this"), 0)
    return shifted(ctx.dct, c.word("unit"), k)


def shifted(dct: dt.date, unit: str, k: int) -> Value | None:
    """The unit holding ``dct``, moved ``k`` units: ("week", -1) is last week.
    Said on a Sunday, "last week" is the working week that has just ended."""
    if unit == "week":
        if k < 0 and dct.weekday() == 6:
            k += 1
        return Value(cal.week(dct + dt.timedelta(weeks=k)))
    if unit == "weekend":
        return Value(weekend_of(dct, k))
    if unit == "month":
        return Value(cal.month(*cal.add_months(dct.year, dct.month, k)))
    if unit == "year":
        return Value(f"{dct.year + k:04d}")
    if unit == "quarter":
        y, q = cal.add_quarters(dct.year, cal.quarter_of(dct), k)
        return Value(f"{y:04d}-Q{q}")
    if unit == "decade":
        return Value(f"{dct.year // 10 + k:03d}")
    if unit == "century":
        return Value(f"{dct.year // 100 + k:02d}")
    if unit == "day":
        return Value((dct + dt.timedelta(days=k)).isoformat())
    return None


def weekend_of(dct: dt.date, k: int) -> str:
    """``YYYY-Www-WE`` of this weekend (``k = 0``), the last one (-1) or the next (+1).
    Said on a weekday, "last weekend" is the one just gone."""
    if dct.weekday() < 5 and k < 0:
        k += 1
        base = dct - dt.timedelta(days=dct.weekday() + 1)  # the Sunday just gone
    else:
        base = dct
    return cal.week(base + dt.timedelta(weeks=k)) + "-WE"


def theshift(c: Candidate, ctx: Context) -> Value | None:
    """"the past year" is a duration (P1Y); "the current quarter" is a date."""
    lead = c.word("lead")
    unit = c.word("unit")
    if lead in ("current", "present"):
        return None if ctx.dct is None else shifted(ctx.dct, unit, 0)
    code = unit_code(ctx.lex, unit)
    return None if code is None else Value(duration_value(1, code), "DURATION", "explicit")


def theyear(c: Candidate, ctx: Context) -> Value | None:
    return None if ctx.dct is None else Value(f"{ctx.dct.year:04d}")


def fiscalyear(c: Candidate, ctx: Context) -> Value | None:
    """"the fiscal year", "the year ended March 31": a reporting period, P1Y."""
    return Value("P1Y", "DURATION", "explicit")


def weekend(c: Candidate, ctx: Context) -> Value | None:
    if ctx.dct is None:
        return None
    on_weekend = ctx.dct.weekday() >= 5
    if ctx.tense(c) == "future":  # "over the weekend" ahead: this one, or next if it is Sunday
        k = 1 if ctx.dct.weekday() == 6 else 0
    else:  # otherwise the weekend under way or just gone
        k = 0 if on_weekend else -1
    return Value(weekend_of(ctx.dct, k))


def ago(c: Candidate, ctx: Context) -> Value | None:
    """"two weeks ago" keeps its unit's granularity; "a few years ago" is the past."""
    future = not c.word("dir").startswith("ago")
    n = ctx.number(c.parts["num"])
    if n is None:
        return Value("FUTURE_REF" if future else "PAST_REF")
    unit = c.word("unit")
    if ctx.dct is None or n != int(n):
        return None
    if n == 1 and not future and unit == "year" and ctx.last_was_quarter:
        return _year_before_quarter(ctx)
    value = counted(ctx, ctx.dct, unit_code(ctx.lex, unit), int(n) * (1 if future else -1))
    return None if value is None else Value(value.value, anchor=False)


def counted(ctx: Context, ref: dt.date, code: str | None, k: int) -> Value | None:
    """``ref`` moved ``k`` units, at the unit's granularity."""
    if code == "D":
        return Value((ref + dt.timedelta(days=k)).isoformat())
    if code in ("W", "FORTNIGHT"):
        return Value(cal.week(ref + dt.timedelta(weeks=k * (2 if code == "FORTNIGHT" else 1))))
    if code == "M":
        return Value(cal.month(*cal.add_months(ref.year, ref.month, k)))
    if code == "Q":
        y, q = cal.add_quarters(ref.year, cal.quarter_of(ref), k)
        return Value(f"{y:04d}-Q{q}")
    if code == "Y":
        return Value(f"{ref.year + k:04d}")
    if code == "DE":
        return Value(f"{(ref.year + 10 * k) // 10:03d}")
    if code == "CE":
        return Value(f"{(ref.year + 100 * k) // 100:02d}")
    return None


def yearago(c: Candidate, ctx: Context) -> Value | None:
    """"a year earlier", "the year-ago quarter": in an earnings report, the same quarter
    a year before the one being reported; otherwise the year before publication."""
    if ctx.last_quarter is not None and ctx.last_was_quarter:
        return _year_before_quarter(ctx)
    return None if ctx.dct is None else Value(f"{ctx.dct.year - 1:04d}", anchor=False)


def _year_before_quarter(ctx: Context) -> Value | None:
    if ctx.last_quarter is None:
        return None
    y, q = ctx.last_quarter
    return Value(f"{y - 1:04d}-Q{q}", anchor=False)


def ana(c: Candidate, ctx: Context) -> Value | None:
    """"that day", "the following year", "the day before": from the last named date."""
    phrase = c.word("ana")
    if "dir" in c.parts:
        k = -1 if c.word("dir") in ("before", "earlier") else 1
        unit = phrase.split()[-1]
    else:
        k = ctx.lex.anaphoric_shifts.get(phrase, 0)
        unit = c.word("unit")
    if unit in ("day", "morning", "afternoon", "evening", "night"):
        if ctx.last_day is None:
            return None
        d = ctx.last_day + dt.timedelta(days=k)
        if unit == "day":
            return Value(d.isoformat())
        return Value(f"{d.isoformat()}T{ctx.lex.day_parts[unit]}", "TIME")
    if unit in ("week", "weekend") and ctx.last_day is not None:
        return shifted(ctx.last_day, unit, k)
    if unit == "month" and ctx.last_month is not None:
        return Value(cal.month(*cal.add_months(*ctx.last_month, k)))
    if unit == "year" and ctx.last_year is not None:
        return Value(f"{ctx.last_year + k:04d}")
    return None

"""Normalisers for named calendar points: dates, months, years, decades, weekdays,
clock times, holidays, seasons, quarters and halves.

A point the text names without its year ("Aug. 7", "March", "Friday") is placed
around the publication date, in the direction the governing verb's tense points.
"""

from __future__ import annotations

import datetime as dt

from eventwire.times import calendar as cal
from eventwire.times.context import Context, Value, day_of_month
from eventwire.times.lexicon import norm_phrase
from eventwire.times.patterns import Candidate

# within a week the verb's tense decides: "said Friday" in a Thursday report is six days
# back, not one ahead
WEEKDAY_REACH = 1000.0


def iso(c: Candidate, ctx: Context) -> Value | None:
    d = cal.safe_date(int(c.parts["year"]), int(c.parts["mon"]), int(c.parts["day"]))
    if d is None:
        return None
    if "hh" in c.parts:
        return Value(f"{d.isoformat()}T{c.parts['hh']}:{c.parts['mm']}", "TIME", "explicit")
    return Value(d.isoformat(), "DATE", "explicit")


def date(c: Candidate, ctx: Context) -> Value | None:
    mon, dom = ctx.month_no(c.parts["month"]), day_of_month(c.parts["day"])
    if (y := ctx.given_year(c)) is not None:
        d = cal.safe_date(y, mon, dom)
        return None if d is None else Value(d.isoformat(), "DATE", "explicit")
    if ctx.dct is None:
        return Value(f"XXXX-{mon:02d}-{dom:02d}")
    d = month_day(c, ctx, mon, dom)
    return None if d is None else Value(d.isoformat())


def month_day(c: Candidate, ctx: Context, mon: int, dom: int) -> dt.date | None:
    """The year of "Aug. 7": the one its weekday names, else the one the tense points to."""
    if ctx.dct is None:
        return None
    options = [d for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)
               if (d := cal.safe_date(y, mon, dom)) is not None]
    if not options:
        return None
    if "wd" in c.parts:
        wd = ctx.weekday_no(c.parts["wd"])
        fitting = [d for d in options if d.weekday() == wd]
        if len(fitting) == 1:
            return fitting[0]
    picked = cal.choose([d.toordinal() for d in options], ctx.dct.toordinal(), ctx.tense(c),
                        reach=ctx.reach(c))
    return dt.date.fromordinal(picked)


def weekof(c: Candidate, ctx: Context) -> Value | None:
    d = month_day(c, ctx, ctx.month_no(c.parts["month"]), day_of_month(c.parts["day"]))
    return None if d is None else Value(cal.week(d))


def month(c: Candidate, ctx: Context) -> Value | None:
    mon = ctx.month_no(c.parts["month"])
    if (y := ctx.given_year(c)) is not None:
        return Value(cal.month(y, mon), "DATE", "explicit")
    if ctx.dct is None:
        return Value(f"XXXX-{mon:02d}")
    if "yshift" in c.parts:  # "February this year", "October last year"
        return Value(cal.month(ctx.dct.year + ctx.lex.shifts[c.word("yshift")], mon))
    ref = ctx.dct.year * 12 + ctx.dct.month - 1
    options = [y * 12 + mon - 1 for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
    shift = ctx.lex.shifts.get(c.word("shift"))
    if shift == 0:
        return Value(cal.month(ctx.dct.year, mon))
    tense = ctx.tense(c) if shift is None else ("past" if shift < 0 else "future")
    key = cal.choose(options, ref, tense, strict=shift is not None, reach=ctx.reach(c))
    return Value(cal.month(key // 12, key % 12 + 1))


def year(c: Candidate, ctx: Context) -> Value | None:
    y = ctx.given_year(c)
    return None if y is None else Value(f"{y:04d}", "DATE", "explicit")


def decade(c: Candidate, ctx: Context) -> Value | None:
    if "decade" in c.parts:
        return Value(c.parts["decade"][:3], "DATE", "explicit")
    if "short" in c.parts:
        tens = int(c.parts["short"][0])
        now = ctx.dct.year if ctx.dct else 1999
        century = 20 if 2000 + tens * 10 <= now else 19
        return Value(f"{century}{tens}")
    return Value(f"19{ctx.lex.decade_words[c.word('word')]}")


def century(c: Candidate, ctx: Context) -> Value | None:
    word = c.word("ord")
    n = ctx.lex.ordinals.get(word) or day_of_month(word)
    return Value(f"{n - 1:02d}", "DATE", "explicit") if 1 <= n <= 21 else None


def weekday(c: Candidate, ctx: Context) -> Value | None:
    wd = ctx.weekday_no(c.parts["wd"])
    d = weekday_date(c, ctx, wd)
    if d is None:
        return None
    return with_part(d, c.parts.get("part"), ctx)


def weekday_date(c: Candidate, ctx: Context, wd: int) -> dt.date | None:
    """The Friday meant: last/next/this, else the tense of the governing verb."""
    if ctx.dct is None:
        return None
    ref = ctx.dct.toordinal()
    options = [ref + k for k in range(-7, 8) if (ctx.dct.weekday() + k) % 7 == wd]
    shift = ctx.lex.shifts.get(c.word("shift"))
    if shift is None or shift == 0:
        picked = cal.choose(options, ref, ctx.tense(c), reach=WEEKDAY_REACH)
    else:
        picked = cal.choose(options, ref, "past" if shift < 0 else "future", strict=True)
    return dt.date.fromordinal(picked)


def with_part(d: dt.date, part: str | None, ctx: Context) -> Value:
    """A day, or a time of that day ("Sunday night" is ``...TNI``)."""
    if part is None:
        return Value(d.isoformat())
    code = ctx.lex.day_parts[norm_phrase(part)]
    return Value(f"{d.isoformat()}T{code}", "TIME")


def relday(c: Candidate, ctx: Context) -> Value | None:
    if ctx.dct is None:
        return None
    if "tonight" in c.parts:
        return Value(f"{ctx.dct.isoformat()}TNI", "TIME")
    if "this" in c.parts:
        back = 1 if c.word("this") == "last" else 0
        return with_part(ctx.dct - dt.timedelta(days=back), c.parts["part"], ctx)
    offset = ctx.lex.relative_days[c.word("rel")]
    if c.word("rel") == "today" and "poss" in c.parts and "part" not in c.parts:
        return None  # "today's youth" is the present age, not the day
    return with_part(ctx.dct + dt.timedelta(days=offset), c.parts.get("part"), ctx)


def clock(c: Candidate, ctx: Context) -> Value | None:
    hhmm = _clock_time(c, ctx)
    if hhmm is None:
        return None
    d: dt.date | None
    if "wd" in c.parts:
        d = weekday_date(c, ctx, ctx.weekday_no(c.parts["wd"]))
    elif "rel" in c.parts and ctx.dct is not None:
        d = ctx.dct + dt.timedelta(days=ctx.lex.relative_days[c.word("rel")])
    else:
        d = ctx.last_day or ctx.dct
    if d is None:
        return Value(f"T{hhmm}", "TIME")
    return Value(f"{d.isoformat()}T{hhmm}", "TIME")


def _clock_time(c: Candidate, ctx: Context) -> str | None:
    if "word" in c.parts:
        return ctx.lex.day_parts[c.word("word")]
    hour, minute = int(c.parts["hour"]), int(c.parts.get("minute") or 0)
    ampm = c.word("ampm")
    inpart = c.word("inpart")
    if ampm.startswith("p") or inpart in ("afternoon", "evening"):
        hour = hour % 12 + 12
    elif ampm.startswith("a") or inpart == "morning":
        hour = hour % 12
    return f"{hour:02d}:{minute:02d}" if hour < 24 else None


def holiday(c: Candidate, ctx: Context) -> Value | None:
    rule = ctx.lex.holidays[c.word("hol")]
    if (y := ctx.given_year(c)) is not None:
        d = _holiday_in(rule, y)
        return None if d is None else Value(d.isoformat(), "DATE", "explicit")
    if ctx.dct is None:
        return None
    options = [d for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)
               if (d := _holiday_in(rule, y)) is not None]
    picked = cal.choose([d.toordinal() for d in options], ctx.dct.toordinal(), ctx.tense(c))
    return Value(dt.date.fromordinal(picked).isoformat())


def _holiday_in(rule: str, y: int) -> dt.date | None:
    """``MM-DD`` (fixed) or ``MM:N:DOW[+k]`` (N-th weekday of the month, plus k days)."""
    if "-" in rule and ":" not in rule:
        mon, dom = rule.split("-")
        return cal.safe_date(y, int(mon), int(dom))
    mon, n, rest = rule.split(":")
    dow, _, plus = rest.partition("+")
    wd = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"].index(dow)
    return cal.nth_weekday(y, int(mon), int(n), wd) + dt.timedelta(days=int(plus or 0))


def season(c: Candidate, ctx: Context) -> Value | None:
    code = ctx.lex.seasons[c.word("season")]
    index = cal.SEASONS.index(code)
    if (y := ctx.given_year(c)) is not None:
        return Value(f"{y:04d}-{code}", "DATE", "explicit")
    if ctx.dct is None:
        return None
    now_y, now_i = cal.season_of(ctx.dct)
    ref = now_y * 4 + now_i
    options = [y * 4 + index for y in (now_y - 1, now_y, now_y + 1)]
    shift = ctx.lex.shifts.get(c.word("shift"))
    if shift == 0:
        key = min(options, key=lambda o: abs(o - ref))
    elif shift is None:
        key = cal.choose(options, ref, ctx.tense(c) or "past")
    else:
        key = cal.choose(options, ref, "past" if shift < 0 else "future", strict=True)
    return Value(f"{key // 4:04d}-{code}")


def quarter(c: Candidate, ctx: Context) -> Value | None:
    if "same" in c.parts:  # "the 1988 quarter": the quarter in talk, in that year
        y = ctx.given_year(c)
        return None if y is None or ctx.last_quarter is None else Value(
            f"{y:04d}-Q{ctx.last_quarter[1]}", anchor=False)
    if "which" in c.parts or ("ord" not in c.parts and "q" not in c.parts):
        return _current_quarter(c, ctx)
    q = int(c.parts["q"][1]) if "q" in c.parts else ctx.lex.ordinals[c.word("ord")]
    if (given := ctx.given_year(c)) is not None:
        return Value(f"{given:04d}-Q{q}", "DATE", "explicit")
    if ctx.dct is None:
        return None
    y = ctx.dct.year
    if "shift" in c.parts:
        y += ctx.lex.shifts[c.word("shift")]
    elif q > cal.quarter_of(ctx.dct):
        y -= 1  # "the fourth quarter" in a January report is last year's
    return Value(f"{y:04d}-Q{q}")


def _current_quarter(c: Candidate, ctx: Context) -> Value | None:
    """"the quarter", "the latest quarter": the one the text has been talking about."""
    which = c.word("which")
    if which == "current" and ctx.dct is not None:
        return Value(f"{ctx.dct.year:04d}-Q{cal.quarter_of(ctx.dct)}")
    if ctx.last_quarter is not None:
        y, q = ctx.last_quarter
        return Value(f"{y:04d}-Q{q}", anchor=False)
    if ctx.dct is None or "period" in c.parts or which == "same":
        return None
    y, q = cal.add_quarters(ctx.dct.year, cal.quarter_of(ctx.dct), -1)
    return Value(f"{y:04d}-Q{q}")


def half(c: Candidate, ctx: Context) -> Value | None:
    h = 1 if c.word("ord") == "first" else 2
    if (y := ctx.given_year(c)) is not None:
        return Value(f"{y:04d}-H{h}", "DATE", "explicit")
    if ctx.dct is None:
        return None
    y = ctx.dct.year + ctx.lex.shifts.get(c.word("shift", "this"), 0)
    return Value(f"{y:04d}-H{h}")

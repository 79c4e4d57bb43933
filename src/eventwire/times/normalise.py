"""From a matched expression to a TimeML TIMEX3 value, in document order.

One normaliser per rule kind (see ``data/times/rules.tsv``); this module dispatches
to them, attaches the span and the precision, and records each date it produced as
the reference for anaphoric expressions that follow ("that day", "a year earlier").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from eventwire.model import Precision, Span, When
from eventwire.times import absolute, durations, relative
from eventwire.times.context import Context, Value
from eventwire.times.patterns import Candidate

Normaliser = Callable[[Candidate, Context], Value | None]

NORMALISERS: dict[str, Normaliser] = {
    "iso": absolute.iso,
    "date": absolute.date,
    "weekof": absolute.weekof,
    "month": absolute.month,
    "year": absolute.year,
    "decade": absolute.decade,
    "century": absolute.century,
    "weekday": absolute.weekday,
    "relday": absolute.relday,
    "clock": absolute.clock,
    "holiday": absolute.holiday,
    "season": absolute.season,
    "quarter": absolute.quarter,
    "half": absolute.half,
    "shift": relative.shift,
    "theshift": relative.theshift,
    "theyear": relative.theyear,
    "fiscalyear": relative.fiscalyear,
    "weekend": relative.weekend,
    "ago": relative.ago,
    "yearago": relative.yearago,
    "ana": relative.ana,
    "duration": durations.duration,
    "vague": durations.vague,
    "set": durations.set_,
    "fuzzy": durations.fuzzy,
}

_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:T|$)")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_YEAR = re.compile(r"^(\d{4})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_WEEK = re.compile(r"^\d{4}-W\d\d(?:-WE)?$")
_YEARISH = re.compile(r"^(\d{4})-(?:H[12]|SP|SU|FA|WI)$")


def precision_of(value: str) -> Precision | None:
    """The granularity a TIMEX3 date value names, where the model has a word for it."""
    if _DAY.match(value):
        return "day"
    if _MONTH.match(value):
        return "month"
    if _YEAR.match(value):
        return "year"
    if _WEEK.match(value):
        return "week"
    if re.fullmatch(r"\d{3}", value):
        return "decade"
    if re.fullmatch(r"\d{2}", value):
        return "century"
    return None


def normalise(cand: Candidate, ctx: Context) -> When | None:
    """The :class:`When` for one candidate, or None when it cannot be resolved (an
    anaphor with nothing before it, a relative date in a report with no date)."""
    fn = NORMALISERS.get(cand.kind)
    if fn is None:
        return None
    value = fn(cand, ctx)
    if value is None:
        return None
    if value.anchor:
        remember(ctx, value.value)
    ctx.last_was_quarter = bool(_QUARTER.match(value.value))
    precision = precision_of(value.value) if value.type in ("DATE", "TIME") else None
    return When(value.value, Span(cand.start, cand.end), value.type, precision, value.method)


def remember(ctx: Context, value: str) -> None:
    """Make a produced date the reference for the anaphors that follow it."""
    if m := _DAY.match(value):
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        ctx.last_day, ctx.last_month, ctx.last_year = d, (d.year, d.month), d.year
    elif m := _MONTH.match(value):
        ctx.last_month, ctx.last_year = (int(m[1]), int(m[2])), int(m[1])
    elif m := _QUARTER.match(value):
        ctx.last_quarter, ctx.last_year = (int(m[1]), int(m[2])), int(m[1])
    elif m := _YEAR.match(value) or _YEARISH.match(value):
        ctx.last_year = int(m[1])

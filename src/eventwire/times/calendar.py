"""Calendar arithmetic and TIMEX3 value formatting (ISO weeks, quarters, seasons).

Kept apart from the normaliser so that the date maths can be tested on its own.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence

from eventwire.times.lexicon import SEASON_CODES as SEASONS
from eventwire.times.tense import Tense

__all__ = ["SEASONS", "add_months", "add_quarters", "choose", "day", "month", "nth_weekday",
           "quarter_of", "safe_date", "season_of", "week"]


def day(d: dt.date) -> str:
    return d.isoformat()


def month(year: int, mon: int) -> str:
    return f"{year:04d}-{mon:02d}"


def week(d: dt.date) -> str:
    """The ISO week holding ``d`` as a TIMEX3 value: ``2014-W29``."""
    iso = d.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def add_months(year: int, mon: int, k: int) -> tuple[int, int]:
    """``(year, mon)`` moved by ``k`` months."""
    index = year * 12 + (mon - 1) + k
    return index // 12, index % 12 + 1


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def add_quarters(year: int, q: int, k: int) -> tuple[int, int]:
    index = year * 4 + (q - 1) + k
    return index // 4, index % 4 + 1


def safe_date(year: int, mon: int, dom: int) -> dt.date | None:
    """The date, or None when it does not exist (31 April, 29 February 1999)."""
    if not 1 <= mon <= 12 or not 1 <= dom <= calendar.monthrange(year, mon)[1]:
        return None
    return dt.date(year, mon, dom)


def nth_weekday(year: int, mon: int, n: int, weekday: int) -> dt.date:
    """The ``n``-th (``-1``: last) given weekday (0 = Monday) of a month."""
    if n > 0:
        first = dt.date(year, mon, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, mon, calendar.monthrange(year, mon)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def season_of(d: dt.date) -> tuple[int, int]:
    """``(year, index into SEASONS)``; a winter belongs to the year of its December."""
    if d.month in (1, 2):
        return d.year - 1, 3
    return d.year, (d.month - 3) // 3


def choose(
    options: Sequence[int], ref: int, tense: Tense | None, *, strict: bool = False,
    reach: float = 3.0,
) -> int:
    """Pick one of several occurrences (ordinal keys) of a named date, seen from ``ref``.

    Past tense takes the latest at or before ``ref`` and future the earliest at or
    after, unless the other side's is more than ``reach`` times closer: reports are
    about the near past and future, and "the deadline had been set for Jan. 9" in a
    report of 6 January is three days ahead whatever the verb says. Without a tense, the
    nearest
    (the earlier on a tie). ``strict`` excludes ``ref`` itself and forbids the other
    side ("last Friday" said on a Friday is a week ago).
    """
    if not options:
        raise ValueError("no options to choose from")
    before = [o for o in options if o < ref or (o == ref and not strict)]
    after = [o for o in options if o > ref or (o == ref and not strict)]
    back = max(before) if before else None
    ahead = min(after) if after else None
    if tense == "past" and back is not None:
        if strict or ahead is None or ref - back <= reach * (ahead - ref):
            return back
        return ahead
    if tense == "future" and ahead is not None:
        if strict or back is None or ahead - ref <= reach * (ref - back):
            return ahead
        return back
    return min(options, key=lambda o: (abs(o - ref), o))

"""Publication dates as pages write them → :class:`datetime.date`.

The calendar date is taken as the publisher wrote it (``2019-11-19T23:30:00-05:00``
is the 19th), not converted to UTC: the local date is the one the article's
"yesterday" and "on Monday" refer to.
"""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_tz

#: Dates outside this range are template placeholders or typos, not publication dates.
MIN_YEAR = 1990

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:\d{4}|\d{6})?\s*$")
_EPOCH = re.compile(r"^\s*(\d{10})(\d{3})?\s*$")
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        )
    )
    for m in names
}
_MONTH_DAY_YEAR = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")


def parse_date(value: str | None, today: dt.date | None = None) -> dt.date | None:
    """A date from ISO 8601, RFC 2822, Unix time or "November 19, 2019" forms; else ``None``."""
    if not value:
        return None
    limit = (today or dt.date.today()) + dt.timedelta(days=2)
    for candidate in _candidates(value.strip()):
        if candidate is not None and candidate.year >= MIN_YEAR and candidate <= limit:
            return candidate
    return None


def _candidates(value: str) -> list[dt.date | None]:
    found: list[dt.date | None] = []
    if match := _ISO.match(value) or _COMPACT.match(value):
        found.append(_make(int(match[1]), int(match[2]), int(match[3])))
    if match := _EPOCH.match(value):
        found.append(dt.datetime.fromtimestamp(int(match[1]), tz=dt.UTC).date())
    if parsed := parsedate_tz(value):
        found.append(_make(parsed[0], parsed[1], parsed[2]))
    if match := _MONTH_DAY_YEAR.search(value):
        month = _MONTHS.get(match[1].lower())
        found.append(_make(int(match[3]), month, int(match[2])) if month else None)
    if match := _DAY_MONTH_YEAR.search(value):
        month = _MONTHS.get(match[2].lower())
        found.append(_make(int(match[3]), month, int(match[1])) if month else None)
    return found


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None

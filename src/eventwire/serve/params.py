"""What a request may ask for: enums and query models, validated before any SQL runs.

Every query model forbids unknown parameters, so a typo (``typ=PROTEST``) is a 422
rather than a silently unfiltered answer. Free-text values are bounded and may not
hold control characters; nothing here ever names a file.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

MAX_PAGE = 500
DEFAULT_PAGE = 50
MAX_OFFSET = 10_000_000
MAX_TEXT = 200

# Printable text without control characters (tabs and newlines included).
_PRINTABLE = r"^[^\x00-\x1f\x7f]+$"
Text = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_TEXT,
                           pattern=_PRINTABLE)
]  # fmt: skip
CountryCode = Annotated[str, StringConstraints(to_upper=True, pattern=r"^[A-Za-z]{3}$")]
ArticleId = Annotated[str, Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9._:-]+$")]
EventId = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._:-]+$")]


class EventType(StrEnum):
    """The sixteen PLOVER 0.8 event types (checked against ``data/ontology/plover.json``)."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class Modality(StrEnum):
    """``eventwire.model.Modality`` as an enum, for validation and the OpenAPI schema."""

    asserted = "asserted"
    negated = "negated"
    future = "future"
    hypothetical = "hypothetical"
    reported = "reported"


class Order(StrEnum):
    asc = "asc"
    desc = "desc"


class TimelineBy(StrEnum):
    type = "type"
    quad_class = "quad_class"


class Interval(StrEnum):
    """Bar width of the timeline; ``auto`` picks day, week or month from the span of the
    matching events (up to 180 days, up to three years, longer)."""

    day = "day"
    week = "week"
    month = "month"
    auto = "auto"


class DyadBy(StrEnum):
    country = "country"
    actor = "actor"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EventFilters(_Strict):
    """Filters shared by the event list and every aggregate.

    ``since``/``until`` bound the event's own day (inclusive), so events dated more
    coarsely than a day, or undated, drop out when either is given; ``country`` is the
    ISO 3166-1 alpha-3 code (or pseudo-code such as IGO) of the first source or target
    actor; ``actor`` is a case-insensitive substring of a source or target actor's
    name or knowledge-base id; ``place`` a substring of the event's place name or its
    country code; ``q`` a case-insensitive substring of the evidence sentence.
    """

    since: dt.date | None = None
    until: dt.date | None = None
    type: EventType | None = None
    modality: Modality | None = None
    country: CountryCode | None = None
    actor: Text | None = None
    place: Text | None = None
    q: Text | None = None

    @model_validator(mode="after")
    def _dates_in_order(self) -> EventFilters:
        if self.since is not None and self.until is not None and self.since > self.until:
            raise ValueError("since must not be after until")
        return self


class EventQuery(EventFilters):
    limit: int = Field(DEFAULT_PAGE, ge=1, le=MAX_PAGE)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)
    order: Order = Order.asc


class TimelineQuery(EventFilters):
    by: TimelineBy = TimelineBy.type
    interval: Interval = Interval.day


class TopQuery(EventFilters):
    """An aggregate that returns the largest groups first, up to ``limit``."""

    limit: int = Field(100, ge=1, le=MAX_PAGE)


class DyadQuery(TopQuery):
    by: DyadBy = DyadBy.country


class PageQuery(_Strict):
    limit: int = Field(DEFAULT_PAGE, ge=1, le=MAX_PAGE)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)


class ActorQuery(PageQuery):
    """Actors aggregated by name, country and sectors; ``q`` is a name substring."""

    q: Text | None = None
    country: CountryCode | None = None
    sector: Annotated[str, StringConstraints(to_upper=True, pattern=r"^[A-Za-z]{2,8}$")] | None = (
        None
    )


class IngestRequest(_Strict):
    """One article to code and store: plain ``text`` (with optional metadata) or a page's
    ``html``. Exactly one of the two must be given."""

    text: str | None = Field(None, min_length=1)
    html: str | None = Field(None, min_length=1)
    title: Annotated[str, Field(max_length=1000)] | None = None
    url: Annotated[str, Field(max_length=2000, pattern=r"^https?://[^\s]+$")] | None = None
    published: dt.date | None = None

    @model_validator(mode="after")
    def _one_body(self) -> IngestRequest:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' or 'html'")
        if self.html is not None and (self.title is not None or self.published is not None):
            raise ValueError("'title' and 'published' go with 'text'; a page carries its own")
        return self

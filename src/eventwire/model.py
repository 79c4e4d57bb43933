"""The core data model: frozen, slotted dataclasses with character spans.

Every derived value carries a :class:`Span` into ``Article.text`` so that it can be
traced back to the words it came from. A :class:`Doc` holds an article and its
layers; each pipeline stage returns a new ``Doc`` with its layer filled in.

Layers and who fills them:

==========  =====================================================================
layer       content
==========  =====================================================================
blocks      paragraphs / standalone lines found by the cleaner (clean stage)
sentences   sentence spans (nlp stage); never cross a block boundary
actors      one :class:`Actor` per real-world entity, with all its mentions
events      one :class:`Event` per real act, referring to actors by id
places      :class:`Place` toponyms resolved to coordinates
times       :class:`When` temporal expressions normalised to TimeML values
counts      :class:`Count` casualty / arrest / crowd figures
quotes      :class:`Quote` direct and indirect quotations with their speaker
==========  =====================================================================
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

BlockKind = Literal["headline", "dek", "byline", "caption", "dateline", "body"]
Modality = Literal["asserted", "negated", "future", "hypothetical", "reported"]
Precision = Literal["day", "month", "year", "week", "decade", "century"]
TimeMethod = Literal["explicit", "relative", "publication"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
PlacePrecision = Literal["country", "admin1", "city", "point"]
MentionKind = Literal["name", "nominal", "pronoun", "title"]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open character range ``[start, end)`` into ``Article.text``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def of(self, text: str) -> str:
        """The words this span covers in ``text``."""
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Article:
    """One news report, after ingest and cleaning. ``text`` is what every span indexes."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    published: dt.date | None = None
    language: str | None = "en"
    fetched: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class RawArticle:
    """What ingest found, before cleaning: body text plus whatever metadata the source had.

    ``locator`` says where it came from (``path``, ``path:line``, ``stdin``, a WARC
    record id) so that a skipped input can be found again.
    """

    text: str
    locator: str
    title: str | None = None
    dek: str | None = None
    url: str | None = None
    author: str | None = None
    published: dt.date | None = None
    source: str | None = None
    from_html: bool = False


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph or a standalone line (headline, dek, byline, caption) of the text."""

    span: Span
    kind: BlockKind = "body"


@dataclass(frozen=True, slots=True)
class Sentence:
    span: Span
    kind: BlockKind = "body"

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in the text where an actor is named or referred to."""

    span: Span
    text: str
    kind: MentionKind = "name"


@dataclass(frozen=True, slots=True)
class Actor:
    """One real-world entity in a document, with all its mentions (an in-document chain).

    ``country`` is ISO 3166-1 alpha-3 or a pseudo-country (IGO, NGO, UNO, ...);
    ``sectors`` are those valid at the article's publication date.
    """

    id: str
    name: str
    mentions: tuple[Mention, ...] = ()
    country: str | None = None
    sectors: tuple[str, ...] = ()
    known_group: str | None = None
    kb_id: str | None = None
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    span: Span | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    precision: PlacePrecision | None = None


@dataclass(frozen=True, slots=True)
class When:
    """A temporal expression normalised to a TimeML value (``2014-07-21``, ``2012-11``, ``P3D``)."""

    value: str
    span: Span | None = None
    type: TimexType = "DATE"
    precision: Precision | None = None
    method: TimeMethod = "explicit"


@dataclass(frozen=True, slots=True)
class Count:
    """A figure about people: ``kind`` is killed, injured, arrested, missing, displaced, crowd."""

    kind: str
    value: int
    span: Span
    qualifier: str | None = None
    victim: str | None = None  # actor id


@dataclass(frozen=True, slots=True)
class Quote:
    content: Span
    direct: bool
    speaker: str | None = None  # actor id
    speaker_span: Span | None = None
    cue: Span | None = None
    via: str | None = None  # the source the report itself quotes ("quoted by AFP")


@dataclass(frozen=True, slots=True)
class Event:
    """One real act: who (``source``) did what (``type``) to whom (``target``).

    ``source``, ``target`` and ``reported_by`` are actor ids from ``Doc.actors``.
    ``evidence`` is the sentence span, ``trigger`` the word(s) carrying the event,
    ``mentions`` every trigger span that refers to the same act.
    """

    id: str
    type: str
    evidence: Span
    trigger: Span | None = None
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    acled_type: str | None = None
    acled_subtype: str | None = None
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    place: Place | None = None
    when: When | None = None
    counts: tuple[Count, ...] = ()
    modality: Modality = "asserted"
    reported_by: str | None = None
    mentions: tuple[Span, ...] = ()
    confidence: float = 0.0
    coder_version: str = ""


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be coded, with a one-line reason. Stored, never lost."""

    locator: str  # file path, "path:line", "stdin", WARC record id, ...
    reason: str  # short machine-readable reason: empty, binary, encoding, too_large, ...
    detail: str = ""  # the one-line human explanation

    def message(self) -> str:
        return (
            f"{self.locator}: {self.reason}: {self.detail}"
            if self.detail
            else (f"{self.locator}: {self.reason}")
        )


@dataclass(frozen=True, slots=True)
class Doc:
    """An article and its layers. Stages return a new ``Doc`` via :meth:`with_`.

    ``tokens`` holds the NLP analysis (a spaCy ``Doc``) for later stages; it is
    not part of the record and is never stored or serialised.
    """

    article: Article
    blocks: tuple[Block, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    places: tuple[Place, ...] = ()
    times: tuple[When, ...] = ()
    counts: tuple[Count, ...] = ()
    quotes: tuple[Quote, ...] = ()
    tokens: Any = field(default=None, compare=False, repr=False)

    def with_(self, **layers: Any) -> Doc:
        return dataclasses.replace(self, **layers)

    def actor(self, actor_id: str) -> Actor | None:
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None


LAYERS: tuple[str, ...] = ("actors", "events", "places", "times", "counts", "quotes")


def to_record(obj: Any) -> Any:
    """Plain JSON-ready structure of a model object (spans become ``{"start", "end"}``)."""
    if isinstance(obj, Span):
        return {"start": obj.start, "end": obj.end}
    if isinstance(obj, Sentence):
        return {"start": obj.span.start, "end": obj.span.end, "kind": obj.kind}
    if isinstance(obj, Doc):
        raise TypeError("use eventwire.serialize.doc_to_json for a whole Doc")
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_record(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, tuple | list):
        return [to_record(x) for x in obj]
    if isinstance(obj, Mapping):
        return {k: to_record(v) for k, v in obj.items()}
    if isinstance(obj, dt.datetime | dt.date):
        return obj.isoformat()
    return obj

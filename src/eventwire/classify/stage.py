"""The ACLED stage: decides each event's ACLED event and sub-event type from the words.

Runs after the events stage. Two cases:

- a **one-incident note** (a short text: an ACLED note, a news brief, a snippet) is
  one ACLED event, so the whole text is classified once and every event that can
  carry the label gets it; if none can, one event is added (its PLOVER type from
  ``data/classify/label_events.tsv``), with the first sentence as evidence;
- a **longer article** has many acts, so each event's evidence sentence is
  classified and the label is applied only to events whose PLOVER type fits it.

On a note the classifier always decides (``note_min_prob`` 0): on the dev gold the
events layer's rough type, read off the PLOVER type and the target's sector, was
right less often than the classifier at any confidence. In a longer article a
sentence decision replaces an ACLED type the events layer chose only with
``min_prob`` and fills one in where it chose none with ``fill_prob``. A label
outside ACLED (a flood, a crime, a diplomatic note) clears the ACLED type: it is
not a political-violence or protest event. An ACLED-style note (it opens with
the event's date) is typed with the 25 ACLED labels only.
:meth:`AcledStage.label_of` gives a document's CASE-2021 label for the
``subtypes`` evaluation.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire.classify.classifier import Classifier, Decision, Mode
from eventwire.classify.labels import LabelTable
from eventwire.events.modality import speech_verbs
from eventwire.events.roles import Roles
from eventwire.model import Doc, Event, Span
from eventwire.places.attach import event_place
from eventwire.times.attach import event_date

if TYPE_CHECKING:
    from spacy.tokens import Token

CODER_VERSION = "eventwire-acled-0.1"
# sectors of the forces that police or break up a protest
SECURITY = frozenset({"COP", "MIL"})
# An ACLED-style note opens with the event's date ("On 3 May 2021, ..."), perhaps after a
# short tag of a few words ("Movement of forces: On 3 May 2021, ..."); such a note records
# one ACLED event, so it is typed with the 25 ACLED labels only.
NOTE_STYLE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z/-]*(?: [a-z/-]+){0,4}: )?"
    r"(?:On|Around|Between|As reported on|As of|During|Since)\b[^,.]{0,60}?\b(?:1[89]|20)\d\d\b")


@dataclass(frozen=True, slots=True)
class Settings:
    min_prob: float = 0.5  # article sentence: to replace the events layer's type, or clear it
    fill_prob: float = 0.3  # article sentence: to give an ACLED type where there was none
    note_min_prob: float = 0.0  # one-incident note: to type it (and add an event if needed)
    add_prob: float = 0.6  # a short text in another style: to add an event it lacks
    note_max_chars: int = 1200  # a text this short, in this few sentences, is one incident
    note_max_sentences: int = 6


class AcledStage:
    """Sets ``acled_type`` / ``acled_subtype`` on events (and adds one to a bare note)."""

    name = "acled"

    def __init__(self, classifier: Classifier, table: LabelTable,
                 settings: Settings = Settings(), speech: frozenset[str] = frozenset()) -> None:
        self.classifier = classifier
        self.table = table
        self.settings = settings
        self.speech = speech  # reporting verbs: an added event's roles are in what they report

    @classmethod
    def load(cls, mode: Mode = "combined", settings: Settings = Settings()) -> AcledStage:
        return cls(Classifier.load(mode), LabelTable.load(), settings, speech_verbs())

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    # ------------------------------------------------------------------ decisions
    def is_note(self, doc: Doc) -> bool:
        s = self.settings
        return (len(doc.article.text) <= s.note_max_chars
                and len(doc.sentences) <= s.note_max_sentences)

    def _units(self, doc: Doc) -> list[Span]:
        """The text spans to classify: the whole note, or each event's evidence sentence."""
        if self.is_note(doc):
            return [Span(0, len(doc.article.text))] if doc.article.text.strip() else []
        return list(dict.fromkeys(e.evidence for e in doc.events))

    def _batch(self, docs: list[Doc]) -> list[Doc]:
        units = [self._units(d) for d in docs]
        texts = [span.of(d.article.text) for d, spans in zip(docs, units, strict=True)
                 for span in spans]
        acled = frozenset(self.table.acled)
        only = [acled if NOTE_STYLE.match(t) else None for t in texts]
        decisions = iter(self.classifier.classify(texts, only))
        out: list[Doc] = []
        for doc, spans in zip(docs, units, strict=True):
            found = {span: next(decisions) for span in spans}
            out.append(self._apply(doc, found))
        return out

    def _apply(self, doc: Doc, found: dict[Span, Decision | None]) -> Doc:
        if self.is_note(doc):
            decision = next(iter(found.values()), None)
            return self._apply_note(doc, decision)
        events = tuple(self._refine(e, found.get(e.evidence), e.type) for e in doc.events)
        return doc.with_(events=events)

    def _apply_note(self, doc: Doc, decision: Decision | None) -> Doc:
        """The whole note is one ACLED event (or none): every event that can carry the
        label gets it; a note with no such event gets one."""
        if decision is None or decision.prob < self.settings.note_min_prob:
            return doc
        label = decision.label
        if not self.table.is_acled(label):
            return doc.with_(events=tuple(_clear(e) if e.acled_type else e for e in doc.events))
        etype, sub = self.table.acled[label]
        fits = self.table.plover[label].applies_to
        carriers = {id(e) for e in doc.events if e.acled_type or e.type in fits}
        if not carriers:
            # a new event only for an incident note, or a text with no event at all that
            # the classifier is sure about (not for every short sentence it can label)
            style = bool(NOTE_STYLE.match(doc.article.text))
            if style or (not doc.events and decision.prob >= self.settings.add_prob):
                return doc.with_(events=(*doc.events, self._new_event(doc, decision)))
            return doc
        return doc.with_(events=tuple(
            dataclasses.replace(e, acled_type=etype, acled_subtype=sub) if id(e) in carriers else e
            for e in doc.events))

    def _refine(self, event: Event, decision: Decision | None, plover_type: str) -> Event:
        """An article's event with its sentence's ACLED type, if the decision is sure
        enough and the label fits the event's PLOVER type."""
        if decision is None:
            return event
        label = decision.label
        if not self.table.is_acled(label):
            return _clear(event) if event.acled_type and decision.prob >= self.settings.min_prob \
                else event
        if plover_type not in self.table.plover[label].applies_to:
            return event
        need = self.settings.min_prob if event.acled_type else self.settings.fill_prob
        if decision.prob < need:
            return event
        etype, sub = self.table.acled[label]
        return dataclasses.replace(event, acled_type=etype, acled_subtype=sub)

    def _new_event(self, doc: Doc, decision: Decision) -> Event:
        plover = self.table.plover[decision.label]
        etype, sub = self.table.acled[decision.label]
        evidence = doc.sentences[0].span if doc.sentences else Span(0, len(doc.article.text))
        source, target = _clause_roles(doc, evidence, self.speech)
        if plover.type == "PROTEST" and _forces(doc, source):
            source, target = target, source  # "police dispersed demonstrators": they protested
        return Event(
            id=f"E{len(doc.events) + 1}",
            type=plover.type,
            evidence=evidence,
            source=source,
            target=target,
            mode=plover.mode,
            cameo=plover.cameo,
            quad_class=_quad(plover.cameo),
            acled_type=etype,
            acled_subtype=sub,
            when=event_date(doc, evidence),
            place=event_place(doc, evidence),
            confidence=round(decision.prob, 3),
            coder_version=CODER_VERSION,
        )

    # ------------------------------------------------------------------ CASE label
    def label_of(self, doc: Doc) -> str | None:
        """The document's CASE-2021 label: its main ACLED event's (the first with an ACLED
        type, as the evaluation picks it), else a label outside ACLED that the text reads
        as, else the first event's PLOVER type through the label table (DIPLO)."""
        for event in doc.events:
            if event.acled_subtype:
                return self.table.label_of_subtype(event.acled_subtype)
        note = self.is_note(doc)
        text = doc.article.text
        if not note and doc.sentences:
            last = doc.sentences[min(1, len(doc.sentences) - 1)]
            text = Span(doc.sentences[0].start, last.end).of(text)
        if text.strip():
            only = [frozenset(self.table.acled) if NOTE_STYLE.match(text) else None]
            decision = self.classifier.classify([text], only)[0]
            need = self.settings.note_min_prob if note else self.settings.min_prob
            if decision is not None and decision.prob >= need:
                return decision.label
        if doc.events:
            return self.table.by_plover_type.get(doc.events[0].type)
        return None


def _clause_roles(
    doc: Doc, evidence: Span, speech: frozenset[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Who did it to whom in the note's sentence, read off its main clause: the subject
    and object of the main verb, or of the reported clause when the main verb only reports
    it ("Youths hurled stones at the police, officials said"); a reporting verb with no
    clause the parser found names no party (its subject only told of the act)."""
    sdoc = doc.tokens
    if sdoc is None or not doc.actors:
        return (), ()
    root = next(
        (t for t in sdoc if t.dep_ == "ROOT" and evidence.start <= t.idx < evidence.end), None
    )
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return (), ()
    reported = next((c for c in root.children if c.dep_ == "ccomp" and c.pos_ == "VERB"), None)
    if reported is None and root.lemma_.lower() in speech:
        reported = _misread_report(root)
    if reported is not None and not any(c.dep_ in ("dobj", "obj") for c in root.children):
        root = reported
    elif root.lemma_.lower() in speech:
        return (), ()
    source, target = Roles(sdoc, doc.actors).verb_roles(root)
    return tuple(source), tuple(target)


def _misread_report(said: Token) -> Token | None:
    """The reported clause of a reporting verb that the parser read as a noun with a
    participle, the noun hung on the reporting verb unattached or as a second subject
    ("Youths took to hurling rocks, officials said"): the participle, whose subject
    the noun is. The reporting verb's own subject comes after it."""
    subjects = [c for c in said.children if c.dep_ == "nsubj"]
    for noun in said.children:
        if noun.dep_ not in ("dep", "nsubj") or noun.i > said.i:
            continue
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = next((c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"), None)
        if verb is None or verb.tag_ not in ("VBD", "VBN"):
            continue
        if noun.dep_ == "dep" or any(c.i > verb.right_edge.i for c in subjects):
            return verb
    return None


def _forces(doc: Doc, ids: tuple[str, ...]) -> bool:
    """Every actor named is police or military: in a protest note, the ones who stepped in."""
    sectors = {a.id: set(a.sectors) for a in doc.actors}
    return bool(ids) and all(sectors.get(i, set()) & SECURITY for i in ids)


def _clear(event: Event) -> Event:
    return dataclasses.replace(event, acled_type=None, acled_subtype=None)


def _quad(cameo: str | None) -> int | None:
    """CAMEO roots 01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal
    conflict, 14-20 material conflict."""
    if not cameo or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4

"""The ACLED stage on hand-made Docs, with a rules-only classifier as a predictable double."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.classify.classifier import Classifier
from eventwire.classify.labels import LabelTable
from eventwire.classify.rules import Rules, parse_rules
from eventwire.classify.stage import AcledStage, Settings
from eventwire.model import Article, Doc, Event, Sentence, Span

RULES = "\n".join([
    "SUIC_BOMB\t9\tsuicide bomber\t-\t-",
    "ARREST\t9\tarrested\t-\t-",
    "PROTEST_WITH_INTER\t9\ttear gas\t-\t-",
    "NATURAL_DISASTER\t9\tflood\t-\t-",
    "DIPLO\t9\tsanctions\t-\t-",
])
DAY = dt.date(2021, 5, 4)


@pytest.fixture(scope="module")
def stage() -> AcledStage:
    return AcledStage(Classifier(None, Rules(parse_rules(RULES)), "rules"), LabelTable.load())


def doc_of(*sentences: str, events: tuple[Event, ...] = ()) -> Doc:
    text = " ".join(sentences)
    spans, start = [], 0
    for s in sentences:
        spans.append(Sentence(Span(start, start + len(s))))
        start += len(s) + 1
    return Doc(Article(id="t", text=text, published=DAY), sentences=tuple(spans), events=events)


def event(eid: str, etype: str, evidence: Span, subtype: str | None = None) -> Event:
    return Event(eid, etype, evidence, acled_type="Violence against civilians" if subtype else None,
                 acled_subtype=subtype)


def test_a_bare_note_gets_one_event(stage: AcledStage) -> None:
    doc = stage(doc_of("A suicide bomber struck the market in Gao.", "Four people died."))
    (ev,) = doc.events
    assert (ev.id, ev.type, ev.mode, ev.cameo, ev.quad_class) == (
        "E1", "ASSAULT", "suicide-attack", "1831", 4)
    assert (ev.acled_type, ev.acled_subtype) == ("Explosions/Remote violence", "Suicide bomb")
    assert ev.evidence == Span(0, 42) and ev.source == () and ev.target == ()
    assert ev.when is not None and ev.when.value == "2021-05-04"
    assert ev.confidence == pytest.approx(0.9)
    assert stage.label_of(doc) == "SUIC_BOMB"


def test_a_note_event_gets_the_note_type(stage: AcledStage) -> None:
    first = "A suicide bomber struck the market."
    doc = stage(doc_of(first, events=(event("E1", "ASSAULT", Span(0, len(first)), "Attack"),)))
    assert doc.events[0].acled_subtype == "Suicide bomb"
    assert len(doc.events) == 1


def test_a_note_whose_events_cannot_carry_the_type_gets_one_more(stage: AcledStage) -> None:
    text = "On 4 May 2021, police arrested the mayor after the talks."
    consult = event("E1", "CONSULT", Span(0, len(text)))
    doc = stage(doc_of(text, events=(consult,)))
    assert doc.events[0] == consult
    assert [(e.id, e.type, e.mode, e.acled_subtype) for e in doc.events[1:]] == [
        ("E2", "COERCE", "arrest", "Arrests")]


def test_a_plain_sentence_with_its_own_event_gets_no_extra_one(stage: AcledStage) -> None:
    text = "Police arrested the mayor after the talks."
    consult = event("E1", "CONSULT", Span(0, len(text)))
    doc = stage(doc_of(text, events=(consult,)))
    assert doc.events == (consult,)


def test_a_label_outside_acled_clears_the_acled_type(stage: AcledStage) -> None:
    text = "The flood killed nine people."
    doc = stage(doc_of(text, events=(event("E1", "ASSAULT", Span(0, len(text)), "Attack"),)))
    assert doc.events[0].acled_type is None and doc.events[0].acled_subtype is None
    assert stage.label_of(doc) == "NATURAL_DISASTER"


def test_an_acled_style_note_is_typed_with_acled_labels_only(stage: AcledStage) -> None:
    text = "On 4 May 2021, a flood hit the camp in Bentiu (Unity)."
    doc = stage(doc_of(text))
    assert doc.events == ()


def test_a_tagged_acled_note_is_a_note_too() -> None:
    # a weak cue (probability 0.5) adds an event to an ACLED-style note only
    weak = AcledStage(Classifier(None, Rules(parse_rules("ARREST\t1\tarrested\t-\t-")), "rules"),
                      LabelTable.load())
    for tag in ("Movement of forces: ", "Security measures: ", "Elections/referendum: "):
        doc = weak(doc_of(f"{tag}On 4 May 2021, police arrested the mayor in Gao."))
        assert [(e.type, e.acled_subtype) for e in doc.events] == [("COERCE", "Arrests")]
    assert weak(doc_of("Police arrested the mayor in Gao.")).events == ()


def test_article_sentences_type_only_events_that_fit(stage: AcledStage) -> None:
    filler = [f"Background sentence number {i} says nothing new." for i in range(7)]
    protest = "Police fired tear gas at the march."
    talks = "Leaders met in the capital and arrested nobody."
    doc = doc_of(protest, talks, *filler)
    p_span, t_span = doc.sentences[0].span, doc.sentences[1].span
    events = (event("E1", "PROTEST", p_span, "Peaceful protest"),
              event("E2", "CONSULT", t_span),
              event("E3", "ASSAULT", doc.sentences[2].span, "Attack"))
    out = stage(doc.with_(events=events))
    assert not stage.is_note(doc)
    assert out.events[0].acled_subtype == "Protest with intervention"
    assert out.events[1] == events[1]  # "arrested" fits COERCE, not CONSULT
    assert out.events[2] == events[2]  # no decision for that sentence
    assert len(out.events) == 3


def test_article_thresholds_are_respected() -> None:
    weak = AcledStage(Classifier(None, Rules(parse_rules("ARREST\t1\tarrested\t-\t-\n")), "rules"),
                      LabelTable.load(), Settings(min_prob=0.6, fill_prob=0.4))
    filler = [f"Background sentence number {i} says nothing new." for i in range(7)]
    doc = doc_of("Police arrested two men.", *filler)
    events = (event("E1", "COERCE", doc.sentences[0].span, "Attack"),
              event("E2", "COERCE", doc.sentences[0].span))
    out = weak(doc.with_(events=events))
    assert out.events[0].acled_subtype == "Attack"  # 0.5 < min_prob: kept
    assert out.events[1].acled_subtype == "Arrests"  # 0.5 >= fill_prob: filled


def test_label_of_falls_back_to_the_plover_table(stage: AcledStage) -> None:
    text = "The ministers met to talk about sanctions."
    doc = doc_of(text, events=(event("E1", "SANCTION", Span(0, len(text))),))
    assert stage.label_of(doc) == "DIPLO"
    assert stage.label_of(doc_of("Nothing happened today.")) is None


def test_pipe_batches_give_what_single_calls_give(stage: AcledStage) -> None:
    docs = [doc_of("A suicide bomber struck."), doc_of("Nothing happened."),
            doc_of("Police arrested him.")]
    assert list(stage.pipe(docs, batch_size=2)) == [stage(d) for d in docs]

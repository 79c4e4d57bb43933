"""The times stage on text written for the tests, with the pinned spaCy model."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.model import Doc, RawArticle
from eventwire.nlp import NlpStage, load_nlp
from eventwire.pipeline import Pipeline
from eventwire.times import TimesStage, event_date

SUNDAY = dt.date(2014, 7, 20)

TEXT = """Envoys Meet as Truce Holds

GENEVA, July 20 (Eventwire) - Foreign ministers will travel to Geneva on Monday to \
extend the truce, the mediators said on Sunday.

The last round of talks was held on Friday, and the truce that began on Sunday night \
has largely held. Earlier on Sunday, a shell hit a school.

Both sides broke the November 2012 ceasefire within days. In three days the monitors \
will report, as they have every week since March 3.

Theresa May said the talks were useful. Rebels may withdraw."""


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline([NlpStage(load_nlp()), TimesStage.load()])


@pytest.fixture(scope="module")
def doc(pipe: Pipeline) -> Doc:
    return pipe.code(RawArticle(text=TEXT, locator="t", published=SUNDAY))


def value_of(doc: Doc, words: str, nth: int = 0) -> str:
    text = doc.article.text
    found = [w for w in doc.times if w.span is not None and w.span.of(text) == words]
    assert len(found) > nth, [(w.span.of(text) if w.span else None, w.value) for w in doc.times]
    return found[nth].value


def test_weekdays_follow_the_tense_of_their_verb(doc: Doc) -> None:
    assert value_of(doc, "Monday") == "2014-07-21"  # will travel
    assert value_of(doc, "Friday") == "2014-07-18"  # was held
    assert value_of(doc, "Sunday") == "2014-07-20"  # said on Sunday
    assert value_of(doc, "Sunday", 1) == "2014-07-20"  # earlier on Sunday
    assert value_of(doc, "Sunday night") == "2014-07-20TNI"


def test_dates_durations_and_sets(doc: Doc) -> None:
    assert value_of(doc, "July 20") == "2014-07-20"  # the dateline
    assert value_of(doc, "November 2012") == "2012-11"
    assert value_of(doc, "three days") == "P3D"
    assert value_of(doc, "every week") == "P1W"
    assert value_of(doc, "March 3") == "2014-03-03"  # since: the past


def test_names_and_verbs_that_look_like_dates_are_not(doc: Doc) -> None:
    text = doc.article.text
    words = {w.span.of(text) for w in doc.times if w.span}
    assert "May" not in words  # a name, and a verb
    assert not any(w.startswith(("may", "Theresa")) for w in words)


def test_a_year_after_a_temporal_preposition(pipe: Pipeline) -> None:
    d = pipe.code(RawArticle(text="The war ended in 1995 and talks resumed in 2003.",
                             locator="t", published=SUNDAY))
    assert [w.value for w in d.times] == ["1995", "2003"]


def test_every_time_carries_a_span_into_the_text(doc: Doc) -> None:
    assert doc.times
    for w in doc.times:
        assert w.span is not None and w.span.of(doc.article.text).strip()
    assert [w.span for w in doc.times] == sorted(w.span for w in doc.times if w.span)


def test_event_date_on_a_real_doc(doc: Doc) -> None:
    school = next(s for s in doc.sentences if "school" in s.span.of(doc.article.text))
    when = event_date(doc, school.span)
    assert when is not None and (when.value, when.method) == ("2014-07-20", "relative")


def test_pipe_matches_call_and_a_doc_without_tokens_is_left_alone(pipe: Pipeline) -> None:
    stage = TimesStage.load()
    nlp_only = Pipeline([NlpStage(load_nlp())])
    raw = RawArticle(text=TEXT, locator="t", published=SUNDAY)
    base = nlp_only.code(raw)
    assert [d.times for d in stage.pipe([base, base])] == [stage(base).times] * 2
    bare = base.with_(tokens=None)
    assert stage(bare).times  # rules still run on the text; only spaCy's votes are missing
    assert stage.name == "times"

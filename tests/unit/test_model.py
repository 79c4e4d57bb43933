from __future__ import annotations

import datetime as dt

import pytest

from eventwire.model import Actor, Article, Doc, Event, Mention, Sentence, Span, to_record
from eventwire.serialize import doc_to_dict


def test_span_validates_and_slices() -> None:
    with pytest.raises(ValueError):
        Span(5, 2)
    s = Span(4, 9)
    assert s.of("The quick fox") == "quick" and len(s) == 5
    assert s.overlaps(Span(8, 12)) and not s.overlaps(Span(9, 12))
    assert Span(0, 20).contains(s)


def test_doc_is_immutable_and_with_returns_new_doc() -> None:
    doc = Doc(Article(id="a", text="Hi."))
    new = doc.with_(sentences=(Sentence(Span(0, 3)),))
    assert doc.sentences == () and len(new.sentences) == 1
    with pytest.raises(AttributeError):
        doc.sentences = ()  # type: ignore[misc]


def test_json_form_has_documented_keys_and_spans() -> None:
    text = "Kenya hosted talks."
    actor = Actor(
        id="A1",
        name="Kenya",
        country="KEN",
        sectors=("GOV",),
        mentions=(Mention(Span(0, 5), "Kenya"),),
    )
    event = Event(
        id="E1",
        type="CONSULT",
        evidence=Span(0, 19),
        trigger=Span(13, 18),
        source=("A1",),
        mode="visit",
    )
    doc = Doc(
        Article(id="a", text=text, published=dt.date(2020, 1, 2)),
        sentences=(Sentence(Span(0, 19)),),
        actors=(actor,),
        events=(event,),
    )
    d = doc_to_dict(doc)
    assert list(d) == [
        "article",
        "sentences",
        "actors",
        "events",
        "places",
        "times",
        "counts",
        "quotes",
    ]
    assert d["article"] == {
        "id": "a",
        "title": None,
        "text": text,
        "published": "2020-01-02",
        "url": None,
        "author": None,
        "source": None,
    }
    assert d["sentences"] == [{"start": 0, "end": 19, "kind": "body"}]
    assert d["actors"][0]["mentions"][0]["span"] == {"start": 0, "end": 5}
    assert d["events"][0]["source"] == ["A1"] and d["events"][0]["trigger"] == {
        "start": 13,
        "end": 18,
    }
    assert to_record(dt.date(2020, 1, 2)) == "2020-01-02"

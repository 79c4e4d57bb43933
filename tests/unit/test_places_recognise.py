"""Recognition helpers that need no tagger: word lists built from a hand-made doc."""

from __future__ import annotations

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan
from spacy.vocab import Vocab

from eventwire.model import Span
from eventwire.places.gazetteer import GazetteerBuilder
from eventwire.places.recognise import (
    Cue,
    Recogniser,
    Toponym,
    _one_reading,
    _person_words,
    _surnames,
)


def test_a_mistagged_country_gives_no_person_words() -> None:
    words = ["Ola", "Berg", "met", "Sri", "Lanka", "'s", "envoy"]
    sdoc = SpacyDoc(Vocab(), words=words)
    sdoc.ents = [SpacySpan(sdoc, 0, 2, label="PERSON"), SpacySpan(sdoc, 3, 6, label="PERSON")]
    persons = _person_words(sdoc, lambda text: text == "Sri Lanka")
    assert persons == {"ola", "berg"}


def test_surnames_are_last_words_of_person_names_never_called_a_place() -> None:
    words = ["Judge", "Ola", "Berg", "met", "Ann", "Holm", "in", "Holm", "near",
             "Village", "Tarn", "and", "Glen", "Vale", "."]
    sdoc = SpacyDoc(Vocab(), words=words)
    sdoc.ents = [
        SpacySpan(sdoc, 1, 3, label="PERSON"),
        SpacySpan(sdoc, 4, 6, label="PERSON"),
        SpacySpan(sdoc, 7, 8, label="GPE"),  # "Holm" is a place somewhere in the text
        SpacySpan(sdoc, 9, 11, label="PERSON"),  # a place word: no person's name
        SpacySpan(sdoc, 12, 14, label="PERSON"),  # a known place as a whole
    ]
    names = _surnames(sdoc, lambda text: text == "Glen Vale", frozenset({"village"}))
    assert names == {"berg"}


def _t(start: int, text: str, source: str) -> Toponym:
    return Toponym(Span(start, start + len(text)), text, source, "", Cue())


def test_a_nationality_gives_way_to_a_longer_name_and_beats_a_namesake_town() -> None:
    found = [
        _t(0, "Fredonian", "demonym"),
        _t(0, "Fredonian", "gazetteer"),  # a town of that name: the same words
        _t(20, "Fredonian", "demonym"),
        _t(20, "Fredonian Isles", "ner"),  # the nationality word heads a longer name
    ]
    kept = {(t.span.start, t.text, t.source) for t in _one_reading(found)}
    assert kept == {(0, "Fredonian", "demonym"), (20, "Fredonian Isles", "ner")}


def test_a_name_known_only_as_a_hamlet_is_told_apart() -> None:
    b = GazetteerBuilder()
    b.add("Tarnby", "city", 10.0, 20.0, country="FRD", population=600)
    b.add("Tarnby", "city", 11.0, 21.0, country="FRD", population=700)
    b.add("Orrin", "city", 12.0, 22.0, country="FRD", population=600)
    b.add("Orrin", "city", 13.0, 23.0, country="FRD", population=40_000)
    rec = Recogniser(b.build())
    assert rec._hamlet("Tarnby")
    assert not rec._hamlet("Orrin")
    assert not rec._hamlet("Nowhere")

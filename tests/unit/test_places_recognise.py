"""Recognition helpers that need no tagger: word lists built from a hand-made doc."""

from __future__ import annotations

from spacy.lang.en import English
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
def _recogniser() -> Recogniser:
    b = GazetteerBuilder()
    b.set_admin1_name("FRD", "07", "North Vale")
    b.add("North Vale", "admin1", 11.0, 21.0, country="FRD", admin1_code="07", population=900_000)
    b.add("Tollgate", "city", 11.2, 21.2, country="FRD", admin1_code="07", minor=True)
    return Recogniser(b.build())


def _tagged(words: list[str], ents: list[tuple[int, int]]) -> SpacyDoc:
    sdoc = SpacyDoc(English().vocab, words=words,
                    sent_starts=[True] + [False] * (len(words) - 1))
    sdoc.ents = [SpacySpan(sdoc, s, e, label="GPE") for s, e in ents]
    return sdoc


def test_a_minor_place_needs_a_cue() -> None:
    recognise = _recogniser()
    bare = _tagged(["The", "Tollgate", "board", "met", "."], [(1, 2)])
    assert recognise(bare) == []
    placed = _tagged(["They", "met", "in", "Tollgate", ",", "North", "Vale", "."], [(3, 4)])
    assert [t.text for t in recognise(placed)][:1] == ["Tollgate"]


def test_a_name_hyphened_with_lower_case_words_is_read_whole() -> None:
    b = GazetteerBuilder()
    b.add("Tollgate", "city", 11.2, 21.2, country="FRD", population=90_000)
    b.add("Tollgate-sur-Mer", "city", 15.0, 25.0, country="FRD", population=40_000)
    words = ["They", "met", "in", "Tollgate", "-", "sur", "-", "Mer", "."]
    spaces = [True, True, True, False, False, False, False, False, False]
    sdoc = SpacyDoc(Vocab(), words=words, spaces=spaces,
                    sent_starts=[True] + [False] * (len(words) - 1))
    sdoc.ents = [SpacySpan(sdoc, 3, 4, label="GPE")]  # the tagger cut the name at a hyphen
    assert [t.text for t in Recogniser(b.build())(sdoc)] == ["Tollgate-sur-Mer"]


def test_a_large_town_in_brackets_after_an_office_is_its_place() -> None:
    b = GazetteerBuilder()
    b.add("Tollgate", "city", 11.2, 21.2, country="FRD", population=200_000)
    recognise = Recogniser(b.build())
    office = _tagged(["They", "met", "at", "the", "Provincial", "Office", "(", "Tollgate", ")",
                      "."], [])
    assert [t.text for t in recognise(office)] == ["Tollgate"]
    person = _tagged(["June", "(", "Tollgate", ")", "Smith", "died", "."], [])
    assert recognise(person) == []


def test_a_tagged_piece_of_a_longer_known_name_is_read_whole() -> None:
    b = GazetteerBuilder()
    b.add("Orrin do Vale", "city", 11.2, 21.2, country="FRD", population=9_000)
    b.add("Vale", "city", 15.0, 25.0, country="SYL", population=90_000)
    recognise = Recogniser(b.build())
    words = ["They", "met", "in", "Orrin", "do", "Vale", "today", "."]
    for piece in ((5, 6), (3, 4)):  # the tagger took "Vale", or "Orrin", alone
        assert [t.text for t in recognise(_tagged(words, [piece]))] == ["Orrin do Vale"]


def test_a_place_name_the_tagger_split_in_two_is_joined() -> None:
    from eventwire.places.gazetteer import GazetteerBuilder
    from eventwire.places.recognise import Recogniser

    b = GazetteerBuilder()
    b.add("Freedonia", "country", 10.0, 20.0, country="FRD", population=5_000_000)
    b.set_admin1_name("FRD", "07", "Alta Vale")
    b.add("Alta Vale", "admin1", 11.0, 21.0, country="FRD", admin1_code="07",
          population=900_000)
    b.add("Alta", "city", 40.0, 5.0, country="MRS", population=2_000)
    b.add("Vale", "city", -10.0, -60.0, country="SYL", population=3_000)
    words = ["Riots", "hit", "Alta", "Vale", "on", "Monday", "."]
    sdoc = SpacyDoc(Vocab(), words=words, sent_starts=[True] + [False] * 6)
    sdoc.ents = [SpacySpan(sdoc, 2, 3, label="GPE"), SpacySpan(sdoc, 3, 4, label="GPE")]
    toponyms = Recogniser(b.build())(sdoc)
    assert [t.text for t in toponyms] == ["Alta Vale"]

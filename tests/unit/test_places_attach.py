"""The event's own place: sentence first, attached by a preposition, most specific."""

from __future__ import annotations

from eventwire.model import Article, Block, Doc, Place, Span
from eventwire.places.attach import event_place, main_place, specificity

TEXT = ("Officials in Freedonia said on Monday. "
        "Farmers marched in Bellhaven, North Vale, to protest.\n"
        "A second rally took place later.\n"
        "Freedonia has seen many protests.")


def _span(word: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return Span(start, start + len(word))


FREEDONIA = Place("Freedonia", _span("Freedonia"), "FRD", None, 10.0, 20.0, None, "country")
BELLHAVEN = Place("Bellhaven", _span("Bellhaven"), "FRD", "North Vale", 11.5, 21.5, 7, "city")
NORTH_VALE = Place("North Vale", _span("North Vale"), "FRD", "North Vale", 11.0, 21.0, None,
                   "admin1")
FREEDONIA_2 = Place("Freedonia", _span("Freedonia", 1), "FRD", None, 10.0, 20.0, None, "country")
UNRESOLVED = Place("Nowhere", None)


def _doc() -> Doc:
    p1 = TEXT.index("A second")
    p2 = TEXT.index("Freedonia has")
    blocks = (Block(Span(0, p1 - 1)), Block(Span(p1, p2 - 1)), Block(Span(p2, len(TEXT))))
    return Doc(article=Article(id="t", text=TEXT), blocks=blocks,
               places=(FREEDONIA, BELLHAVEN, NORTH_VALE, FREEDONIA_2, UNRESOLVED))


def test_most_specific_place_of_the_sentence() -> None:
    sentence = Span(TEXT.index("Farmers"), TEXT.index("protest.") + 8)
    assert event_place(_doc(), sentence) == BELLHAVEN


def test_sentence_place_before_paragraph_place() -> None:
    sentence = Span(0, TEXT.index("Farmers") - 1)
    assert event_place(_doc(), sentence) == FREEDONIA


def test_paragraph_place_when_sentence_has_none() -> None:
    doc = _doc()
    first_para = doc.blocks[0].span
    sentence = Span(first_para.start, first_para.start + 10)  # "Officials " names no place
    doc = doc.with_(places=(BELLHAVEN, NORTH_VALE))
    assert event_place(doc, sentence) == BELLHAVEN


def test_document_main_place_as_last_resort() -> None:
    second = TEXT.index("A second")
    sentence = Span(second, TEXT.index("later.") + 6)
    assert event_place(_doc(), sentence) == FREEDONIA


def test_main_place_is_the_most_named() -> None:
    assert main_place(_doc()) == FREEDONIA
    assert main_place(Doc(article=Article(id="e", text="x"))) is None


def test_specificity_order() -> None:
    assert specificity(BELLHAVEN) > specificity(NORTH_VALE) > specificity(FREEDONIA)
    assert specificity(UNRESOLVED) == 0

"""The event's own place: sentence first, attached by a preposition, most specific."""

from __future__ import annotations

import dataclasses

from eventwire.model import Article, Block, Doc, Place, Sentence, Span
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


# ---------------------------------------------------------------- containers, nearness
LONG = ("Farmers marched in North Vale on Monday. Police dispersed them. "
        "The writer teaches at Kingsford.\n"
        "Rebels shelled Marlow town in Quenby governorate. Nobody was hurt.")


def _at(word: str, country: str, precision: str) -> Place:
    start = LONG.index(word)
    return Place(word, Span(start, start + len(word)), country, None, 1.0, 2.0, None,
                 precision)  # type: ignore[arg-type]


def _long_doc(*places: Place) -> Doc:
    ends = [LONG.index(s) + len(s) for s in ("Monday.", "them.", "Kingsford.", "governorate.")]
    starts = [0, ends[0] + 1, ends[1] + 1, ends[2] + 1, ends[3] + 1]
    sentences = tuple(Sentence(Span(a, b)) for a, b in zip(starts, [*ends, len(LONG)],
                                                            strict=True))
    para = LONG.index("Rebels")
    blocks = (Block(Span(0, para - 1)), Block(Span(para, len(LONG))))
    return Doc(article=Article(id="l", text=LONG), blocks=blocks, sentences=sentences,
               places=places)


def test_a_place_its_container_puts_abroad_gives_way_to_the_container() -> None:
    marlow = _at("Marlow", "XAA", "city")
    quenby = _at("Quenby", "XBB", "admin1")
    doc = _long_doc(marlow, quenby)
    assert event_place(doc, doc.sentences[3].span) == quenby


def test_a_place_sentence_before_beats_a_finer_one_after() -> None:
    vale = _at("North Vale", "FRD", "admin1")
    kingsford = _at("Kingsford", "FRD", "city")
    doc = _long_doc(vale, kingsford)
    assert event_place(doc, doc.sentences[1].span) == vale


STRAY = ("Floods hit Marlow, Tessby and Quenby.\n"
         "Police closed roads. The writer teaches at Kingsford.")


def test_a_stray_place_of_a_rare_country_is_not_borrowed() -> None:
    def at(word: str, country: str) -> Place:
        start = STRAY.index(word)
        return Place(word, Span(start, start + len(word)), country, None, 1.0, 2.0, None, "city")

    para = STRAY.index("Police")
    second = STRAY.index("The writer")
    sentences = (Sentence(Span(0, para - 1)), Sentence(Span(para, second - 1)),
                 Sentence(Span(second, len(STRAY))))
    blocks = (Block(Span(0, para - 1)), Block(Span(para, len(STRAY))))
    home = [at(w, "FRD") for w in ("Marlow", "Tessby", "Quenby")]
    doc = Doc(article=Article(id="s", text=STRAY), blocks=blocks, sentences=sentences,
              places=(*home, at("Kingsford", "GBX")))
    # the event's sentence names no place, nor does one before it in its paragraph; the
    # one after names a lone place of a country the document names once against three
    assert event_place(doc, sentences[1].span) == home[0]


BACKED = "Crowds rallied in Marlow (Quenby) and later gathered in Lido sector."


def test_the_place_of_the_country_the_document_backs_beats_a_lone_namesake() -> None:
    def at(word: str, country: str, precision: str) -> Place:
        start = BACKED.index(word)
        return Place(word, Span(start, start + len(word)), country, None, 1.0, 2.0, None,
                     precision)  # type: ignore[arg-type]

    marlow, quenby, lido = at("Marlow", "XAA", "city"), at("Quenby", "XAA", "admin1"), at(
        "Lido", "XZZ", "city")
    doc = Doc(article=Article(id="b", text=BACKED), blocks=(Block(Span(0, len(BACKED))),),
              sentences=(Sentence(Span(0, len(BACKED))),), places=(marlow, quenby, lido))
    gathered = Span(BACKED.index("gathered"), BACKED.index("gathered") + 8)
    # both follow "in"; the trigger is nearer Lido, but two names back Marlow's country
    assert event_place(doc, doc.sentences[0].span, gathered) == marlow


def test_a_place_inside_a_country_beats_the_country() -> None:
    text = "Students marched in Marlow against the war in Freedonia. Ostia stays calm."
    m, f, o = text.index("Marlow"), text.index("Freedonia"), text.index("Ostia")
    marlow = Place("Marlow", Span(m, m + 6), "XAA", None, 1.0, 2.0, None, "city")
    freedonia = Place("Freedonia", Span(f, f + 9), "FRD", None, 1.0, 2.0, None, "country")
    ostia = Place("Ostia", Span(o, o + 5), "FRD", None, 1.0, 2.0, None, "city")
    first = Span(0, text.index("Ostia") - 1)
    doc = Doc(article=Article(id="c", text=text), blocks=(Block(Span(0, len(text))),),
              sentences=(Sentence(first), Sentence(Span(first.end + 1, len(text)))),
              places=(marlow, freedonia, ostia))
    war = Span(text.index("war"), text.index("war") + 3)
    # the document backs Freedonia more, but a country named is a topic, not a spot
    assert event_place(doc, first, war) == marlow


def _one_sentence(text: str, *places: tuple[str, str]) -> tuple[Doc, list[Place]]:
    """A one-sentence document naming ``places`` (word, precision), all of country XAA."""
    out = []
    for word, precision in places:
        start = text.index(word)
        out.append(Place(word, Span(start, start + len(word)), "XAA", None, 1.0, 2.0, None,
                         precision))  # type: ignore[arg-type]
    whole = Span(0, len(text))
    doc = Doc(article=Article(id="o", text=text), blocks=(Block(whole),),
              sentences=(Sentence(whole),), places=tuple(out))
    return doc, out


def test_a_note_s_coded_to_place_wins() -> None:
    text = "Farmers rallied in Dunmore (coded to Kells) over prices."
    doc, (_dunmore, kells) = _one_sentence(text, ("Dunmore", "city"), ("Kells", "city"))
    assert event_place(doc, doc.sentences[0].span) == kells


def test_a_named_container_gives_way_to_the_place_it_holds() -> None:
    text = "Gunmen in Marlow, in Quenby, shot a driver."
    doc, (marlow, _quenby) = _one_sentence(text, ("Marlow", "city"), ("Quenby", "city"))
    shot = Span(text.index("shot"), text.index("shot") + 4)
    # both follow "in" and Quenby is nearer the trigger, but it is named as Marlow's unit
    assert event_place(doc, doc.sentences[0].span, shot) == marlow


def test_a_place_the_writer_qualified_with_its_unit_wins() -> None:
    text = "Workers gathered at Kells and marched in Marlow (Quenby) to protest."
    doc, (_kells, marlow, _quenby) = _one_sentence(
        text, ("Kells", "city"), ("Marlow", "city"), ("Quenby", "admin1"))
    assert event_place(doc, doc.sentences[0].span) == marlow


def test_a_people_s_name_is_not_the_event_s_place_when_a_place_is_named() -> None:
    text = "Farmers live in Marlow. Russian soldiers shelled the village."
    m, r = text.index("Marlow"), text.index("Russian")
    marlow = Place("Marlow", Span(m, m + 6), "XAA", None, 1.0, 2.0, None, "city")
    russia = Place("Russia", Span(r, r + 7), "RUS", None, 55.0, 37.0, None, "country")
    second = Span(r, len(text))
    doc = Doc(article=Article(id="d", text=text), blocks=(Block(Span(0, len(text))),),
              sentences=(Sentence(Span(0, r - 1)), Sentence(second)), places=(marlow, russia))
    assert event_place(doc, second) == marlow
    alone = doc.with_(places=(russia,))
    assert event_place(alone, second) == russia


def test_a_place_far_from_the_town_named_as_its_container_is_a_misreading() -> None:
    text = "Students rallied at Kells Academy in Marlow (Quenby)."
    doc, (kells, marlow, quenby) = _one_sentence(
        text, ("Kells", "city"), ("Marlow", "city"), ("Quenby", "admin1"))
    far = dataclasses.replace(kells, lat=40.0, lon=50.0)  # a namesake hundreds of km off
    assert event_place(doc.with_(places=(far, marlow, quenby)), doc.sentences[0].span) == marlow
    near = dataclasses.replace(kells, lat=1.05, lon=2.05)
    assert event_place(doc.with_(places=(near, marlow, quenby)), doc.sentences[0].span) == near

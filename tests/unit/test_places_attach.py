"""The event's own place: sentence first, attached by a preposition, most specific."""

from __future__ import annotations

import dataclasses

import pytest

import eventwire.places.attach as attach
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
    text = "Students rallied at Kells in Marlow (Quenby)."
    doc, (kells, marlow, quenby) = _one_sentence(
        text, ("Kells", "city"), ("Marlow", "city"), ("Quenby", "admin1"))
    far = dataclasses.replace(kells, lat=40.0, lon=50.0)  # a namesake thousands of km off
    assert event_place(doc.with_(places=(far, marlow, quenby)), doc.sentences[0].span) == marlow
    near = dataclasses.replace(kells, lat=1.5, lon=2.5)  # a district seat's town nearby
    assert event_place(doc.with_(places=(near, marlow, quenby)), doc.sentences[0].span) == near


def test_a_town_read_in_another_unit_than_the_one_named_gives_way_to_the_unit() -> None:
    text = "Doctors protested in Kells town, Quenby, over pay."
    doc, (kells, quenby) = _one_sentence(text, ("Kells", "city"), ("Quenby", "admin1"))
    quenby = dataclasses.replace(quenby, admin1="Quenby")
    elsewhere = dataclasses.replace(kells, admin1="Tessby")  # a namesake in another unit
    sentence = doc.sentences[0].span
    assert event_place(doc.with_(places=(elsewhere, quenby)), sentence) == quenby
    inside = dataclasses.replace(kells, admin1="Quenby")
    assert event_place(doc.with_(places=(inside, quenby)), sentence) == inside
    # a unit named by its own name fits, whatever the unit was read as (a town of the name)
    town = dataclasses.replace(quenby, precision="city", admin1="Lowland")
    assert event_place(doc.with_(places=(inside, town)), sentence) == inside


def test_a_place_that_names_a_landmark_gives_way_to_a_plain_town() -> None:
    text = "Farmers gathered at Kells Square in Marlow to protest."
    doc, (kells, marlow) = _one_sentence(text, ("Kells", "city"), ("Marlow", "city"))
    gathered = Span(text.index("gathered"), text.index("gathered") + 8)
    assert event_place(doc, doc.sentences[0].span, gathered) == marlow
    # with no plain town beside it, the landmark's place is still the best there is
    text = "Farmers gathered at Kells Square in Freedonia to protest."
    doc, (kells, _freedonia) = _one_sentence(text, ("Kells", "city"),
                                             ("Freedonia", "country"))
    assert event_place(doc, doc.sentences[0].span, gathered) == kells


def test_a_place_heading_a_body_s_name_is_not_one_in_a_run_of_names() -> None:
    text = "Members of the Kells Bar Association marched in Marlow."
    doc, (_kells, marlow) = _one_sentence(text, ("Kells", "city"), ("Marlow", "city"))
    # "Bar" is not a landmark word: the run is read on to "Association"
    assert event_place(doc, doc.sentences[0].span) == marlow


def test_a_country_gives_way_to_a_town_inside_it() -> None:
    text = "Rebels handed in weapons 10km from Kells, the army said in Freedonia."
    doc, (kells, _freedonia) = _one_sentence(text, ("Kells", "city"), ("Freedonia", "country"))
    said = Span(text.index("handed"), text.index("handed") + 6)
    # the country follows "in" and Kells does not, but Kells lies in it
    assert event_place(doc, doc.sentences[0].span, said) == kells


def test_a_town_after_a_locative_and_an_unknown_name_is_attached() -> None:
    text = "Workers protested outside the consulate in Dunmore, Quenby against Kells' policy."
    doc, (quenby, kells) = _one_sentence(text, ("Quenby", "admin1"), ("Kells", "admin1"))
    kells = dataclasses.replace(kells, country="XBB")
    sentence = doc.sentences[0].span
    protested = Span(text.index("protested"), text.index("protested") + 9)
    # "Dunmore" is no known place: "Quenby" after its comma is where "in" points
    assert event_place(doc.with_(places=(quenby, kells)), sentence, protested) == quenby


PARA = ("Refugees crossed into Freedonia from Sylvania. "
        "Most went through Quenby province [coded to Marlow].")


def _para_doc(*places: tuple[str, str, str, int]) -> Doc:
    out = []
    for word, country, precision, nth in places:
        start = -1
        for _ in range(nth + 1):
            start = PARA.index(word, start + 1)
        out.append(Place(word, Span(start, start + len(word)), country, None, 1.0, 2.0, None,
                         precision))  # type: ignore[arg-type]
    cut = PARA.index("Most")
    sentences = (Sentence(Span(0, cut - 1)), Sentence(Span(cut, len(PARA))))
    return Doc(article=Article(id="p", text=PARA), blocks=(Block(Span(0, len(PARA))),),
               sentences=sentences, places=tuple(out))


def test_a_note_s_coded_to_place_holds_for_its_paragraph() -> None:
    doc = _para_doc(("Freedonia", "FRD", "country", 0), ("Sylvania", "SYL", "country", 0),
                    ("Quenby", "FRD", "admin1", 0), ("Marlow", "FRD", "city", 0))
    assert event_place(doc, doc.sentences[0].span) == doc.places[3]


def test_a_coded_to_place_of_another_country_than_its_unit_is_a_namesake() -> None:
    doc = _para_doc(("Freedonia", "FRD", "country", 0), ("Sylvania", "SYL", "country", 0),
                    ("Quenby", "FRD", "admin1", 0), ("Marlow", "SYL", "city", 0))
    assert event_place(doc, doc.sentences[1].span) == doc.places[2]


def test_a_piece_of_a_longer_name_read_abroad_gives_way_to_the_unit() -> None:
    text = "Rebels shelled Kells al Marun (Quenby) at dawn."
    k, q = text.index("Kells"), text.index("Quenby")
    kells = Place("Kells", Span(k, k + 5), "XBB", None, 1.0, 2.0, None, "city")
    quenby = Place("Quenby", Span(q, q + 6), "XAA", None, 5.0, 6.0, None, "admin1")
    whole = Span(0, len(text))
    doc = Doc(article=Article(id="n", text=text), blocks=(Block(whole),),
              sentences=(Sentence(whole),), places=(kells, quenby))
    # "Kells" names a namesake abroad: the village is "Kells al Marun", in Quenby
    assert event_place(doc, whole) == quenby
    # read in the unit's own country, the piece is the same place written otherwise
    home = dataclasses.replace(kells, country="XAA")
    assert event_place(doc.with_(places=(home, quenby)), whole) == home
    # an article before a name is part of it ("Ar Rutba" is Rutba)
    text2 = "Rebels from Quenby shelled Ar Kells at dawn."
    k2, q2 = text2.index("Kells"), text2.index("Quenby")
    doc2 = Doc(article=Article(id="n2", text=text2), blocks=(Block(Span(0, len(text2))),),
               sentences=(Sentence(Span(0, len(text2))),),
               places=(dataclasses.replace(quenby, span=Span(q2, q2 + 6)),
                       dataclasses.replace(kells, span=Span(k2, k2 + 5))))
    assert event_place(doc2, Span(0, len(text2))) == doc2.places[1]
    # ... which a capitalised word is not
    text3 = text2.replace("Ar Kells", "Bo Kells")
    doc3 = doc2.with_(article=Article(id="n3", text=text3))
    assert event_place(doc3, Span(0, len(text3))) == doc2.places[0]



def test_a_country_named_after_a_town_does_not_qualify_it() -> None:
    text = "Farmers from Kells in Freedonia protested in Marlow on Monday."
    doc, (_kells, _freedonia, marlow) = _one_sentence(
        text, ("Kells", "city"), ("Freedonia", "country"), ("Marlow", "city"))
    # "Kells in Freedonia" says which Kells the farmers come from; they protested in Marlow
    assert event_place(doc, doc.sentences[0].span) == marlow


def test_a_note_on_how_an_actor_was_coded_names_no_place() -> None:
    text = "Militants (coded as Quenby Rebels) fired at police in Marlow city."
    doc, (_quenby, marlow) = _one_sentence(text, ("Quenby", "admin1"), ("Marlow", "city"))
    fired = Span(text.index("fired"), text.index("fired") + 5)
    assert event_place(doc, doc.sentences[0].span, fired) == marlow


def test_unit_named_as_itself_goes_to_its_seat(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attach, "unit_seats", lambda: {("FRD", "North Vale"): (11.2, 21.3)})
    sentence = Span(TEXT.index("Farmers"), TEXT.index("protest.") + 8)
    doc = _doc().with_(places=(NORTH_VALE,))
    assert event_place(doc, sentence) == dataclasses.replace(NORTH_VALE, lat=11.2, lon=21.3)
    # a name the gazetteer lacks, put at the unit it is named in, may lie anywhere in it
    unknown = dataclasses.replace(NORTH_VALE, name="Bellhaven township")
    assert event_place(doc.with_(places=(unknown,)), sentence) == unknown

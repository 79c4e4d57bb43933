"""Role finding over hand-built parses: the parser's mistakes that the roles must survive.

Each case spells out the words and the (wrong) dependency tree a small parser gives, so
the mechanism is tested, not the parser of the day.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
import spacy
from spacy.tokens import Doc as SpacyDoc

from eventwire.events.roles import Roles
from eventwire.model import Actor, Mention, Span

# (word, head index, dep, tag, pos)
Row = tuple[str, int, str, str, str]


@pytest.fixture(scope="module")
def vocab() -> spacy.vocab.Vocab:
    return spacy.blank("en").vocab


def parse(vocab: spacy.vocab.Vocab, rows: Sequence[Row]) -> SpacyDoc:
    doc = SpacyDoc(
        vocab,
        words=[r[0] for r in rows],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        tags=[r[3] for r in rows],
        pos=[r[4] for r in rows],
        sent_starts=[i == 0 for i in range(len(rows))],
    )
    for tok, row in zip(doc, rows, strict=True):
        tok.lemma_ = row[0].lower()
    return doc


def actor(doc: SpacyDoc, aid: str, first: int, last: int, country: str | None) -> Actor:
    span = doc[first : last + 1]
    mention = Mention(Span(span.start_char, span.end_char), span.text)
    return Actor(aid, span.text, (mention,), country=country)


def test_a_subject_lost_behind_auxiliaries_is_the_left_neighbour(vocab: spacy.vocab.Vocab) -> None:
    # "With the accord, Kenya and Tanzania have now agreed": the parser hung the subject on
    # the opening phrase, so "agreed" has none; the actors right before its auxiliaries are it.
    rows: list[Row] = [
        ("With", 9, "prep", "IN", "ADP"),
        ("the", 2, "det", "DT", "DET"),
        ("accord", 0, "pobj", "NN", "NOUN"),
        (",", 2, "punct", ",", "PUNCT"),
        ("Kenya", 2, "conj", "NNP", "PROPN"),
        ("and", 4, "cc", "CC", "CCONJ"),
        ("Tanzania", 4, "conj", "NNP", "PROPN"),
        ("have", 9, "aux", "VBP", "AUX"),
        ("now", 9, "advmod", "RB", "ADV"),
        ("agreed", 9, "ROOT", "VBN", "VERB"),
    ]
    doc = parse(vocab, rows)
    actors = (actor(doc, "A1", 4, 4, "KEN"), actor(doc, "A2", 6, 6, "TZA"))
    source, _ = Roles(doc, actors).verb_roles(doc[9])
    assert source == ["A1", "A2"]


def test_a_subject_is_not_taken_across_other_words(vocab: spacy.vocab.Vocab) -> None:
    # "Kenya said nothing and agreed": a left neighbour must touch the verb (bar its own
    # auxiliaries); "nothing" is no auxiliary, so no source is guessed.
    rows: list[Row] = [
        ("Kenya", 1, "nsubj", "NNP", "PROPN"),
        ("said", 1, "ROOT", "VBD", "VERB"),
        ("nothing", 1, "dobj", "NN", "NOUN"),
        ("agreed", 1, "dep", "VBD", "VERB"),
    ]
    doc = parse(vocab, rows)
    source, _ = Roles(doc, (actor(doc, "A1", 0, 0, "KEN"),)).verb_roles(doc[3])
    assert source == []


def test_the_means_of_a_passive_can_itself_be_the_mention(vocab: spacy.vocab.Vocab) -> None:
    # "Two farmers were killed in Kenyan tank shelling", parsed with "tank" as the object of
    # "in" and "shelling" as a clause: the mention "Kenyan tank" is who is behind it.
    rows: list[Row] = [
        ("Two", 1, "nummod", "CD", "NUM"),
        ("farmers", 3, "nsubjpass", "NNS", "NOUN"),
        ("were", 3, "auxpass", "VBD", "AUX"),
        ("killed", 3, "ROOT", "VBN", "VERB"),
        ("in", 3, "prep", "IN", "ADP"),
        ("Kenyan", 6, "amod", "JJ", "ADJ"),
        ("tank", 4, "pobj", "NN", "NOUN"),
        ("shelling", 3, "advcl", "VBG", "VERB"),
    ]
    doc = parse(vocab, rows)
    actors = (actor(doc, "A1", 0, 1, None), actor(doc, "A2", 5, 6, "KEN"))
    source, target = Roles(doc, actors).verb_roles(doc[3])
    assert (source, target) == (["A2"], ["A1"])


def test_an_infinitive_complement_is_what_is_threatened(vocab: spacy.vocab.Vocab) -> None:
    # "Kenya threatened to shell Tanzanian towns where 30 people were killed", the parser
    # hanging the relative clause on "threatened" as a that-clause: the towns' country is
    # the target, not the subject of that clause.
    rows: list[Row] = [
        ("Kenya", 1, "nsubj", "NNP", "PROPN"),
        ("threatened", 1, "ROOT", "VBD", "VERB"),
        ("to", 3, "aux", "TO", "PART"),
        ("shell", 1, "xcomp", "VB", "VERB"),
        ("Tanzanian", 5, "amod", "JJ", "ADJ"),
        ("towns", 3, "dobj", "NNS", "NOUN"),
        ("where", 10, "advmod", "WRB", "ADV"),
        ("30", 8, "nummod", "CD", "NUM"),
        ("people", 10, "nsubjpass", "NNS", "NOUN"),
        ("were", 10, "auxpass", "VBD", "AUX"),
        ("killed", 1, "ccomp", "VBN", "VERB"),
    ]
    doc = parse(vocab, rows)
    actors = (
        actor(doc, "A1", 0, 0, "KEN"),
        actor(doc, "A2", 4, 4, "TZA"),
        actor(doc, "A3", 7, 8, None),
    )
    assert Roles(doc, actors).verb_roles(doc[1]) == (["A1"], ["A2"])


def test_a_noun_tagged_as_a_verb_in_an_object_is_matched_as_a_noun(
    vocab: spacy.vocab.Vocab,
) -> None:
    # "Kenya would not meet rebel demands": the tagger read "demands" as a verb (VBZ), yet
    # it is the object of "meet", with no subject of its own: the noun entry applies.
    from eventwire.events.lexicon import Lexicon

    rows: list[Row] = [
        ("Kenya", 3, "nsubj", "NNP", "PROPN"),
        ("would", 3, "aux", "MD", "AUX"),
        ("not", 3, "neg", "RB", "PART"),
        ("meet", 3, "ROOT", "VB", "VERB"),
        ("rebel", 5, "compound", "NN", "NOUN"),
        ("demands", 3, "dobj", "VBZ", "VERB"),
    ]
    doc = parse(vocab, rows)
    doc[5].lemma_ = "demand"
    trig = Lexicon.load().match(doc[5])
    assert trig is not None and (trig.pos, trig.type) == ("NOUN", "REQUEST")


def test_an_object_counted_with_up_to_hung_on_the_particle(vocab: spacy.vocab.Vocab) -> None:
    # "Gunmen abducted up to 12 Kenyan nurses from a clinic": the parser made "up" a
    # particle of the verb and "to 12 … nurses" its phrase; the nurses are the object.
    rows: list[Row] = [
        ("Gunmen", 1, "nsubj", "NNS", "NOUN"),
        ("abducted", 1, "ROOT", "VBD", "VERB"),
        ("up", 1, "prt", "RP", "ADP"),
        ("to", 2, "prep", "IN", "ADP"),
        ("12", 6, "nummod", "CD", "NUM"),
        ("Kenyan", 6, "amod", "JJ", "ADJ"),
        ("nurses", 3, "pobj", "NNS", "NOUN"),
        ("from", 1, "prep", "IN", "ADP"),
        ("a", 9, "det", "DT", "DET"),
        ("clinic", 7, "pobj", "NN", "NOUN"),
    ]
    doc = parse(vocab, rows)
    actors = (
        actor(doc, "A1", 0, 0, None),
        actor(doc, "A2", 4, 6, "KEN"),
        actor(doc, "A3", 8, 9, None),
    )
    assert Roles(doc, actors).verb_roles(doc[1]) == (["A1"], ["A2"])


def test_of_two_subjects_the_nearest_that_names_an_actor(vocab: spacy.vocab.Vocab) -> None:
    # "MOMBASA, Kenya: Two Tanzanian traders were killed": the parser made the dateline a
    # second passive subject; the traders, nearest the verb, are what was acted on.
    rows: list[Row] = [
        ("MOMBASA", 6, "nsubjpass", "NNP", "PROPN"),
        (",", 0, "punct", ",", "PUNCT"),
        ("Kenya", 0, "appos", "NNP", "PROPN"),
        (":", 0, "punct", ":", "PUNCT"),
        ("Tanzanian", 5, "amod", "JJ", "ADJ"),
        ("traders", 6, "nsubjpass", "NNS", "NOUN"),
        ("killed", 6, "ROOT", "VBN", "VERB"),
    ]
    doc = parse(vocab, rows)
    doc[6].lemma_ = "kill"
    actors = (actor(doc, "A1", 0, 0, None), actor(doc, "A2", 4, 5, "TZA"))
    _, target = Roles(doc, actors).verb_roles(doc[6])
    assert target == ["A2"]


def test_a_verb_trigger_in_a_noun_slot_without_a_noun_entry_keeps_the_verb_s(
    vocab: spacy.vocab.Vocab,
) -> None:
    # "Killing resumed": a gerund the tagger read as a verb, as a subject; the lexicon has
    # the verb "kill" and no noun for it, so the verb entry is not lost.
    from eventwire.events.lexicon import Lexicon

    rows: list[Row] = [
        ("Killing", 1, "nsubj", "VBG", "VERB"),
        ("resumed", 1, "ROOT", "VBD", "VERB"),
    ]
    doc = parse(vocab, rows)
    doc[0].lemma_ = "kill"
    trig = Lexicon.load().match(doc[0])
    assert trig is not None and trig.type == "ASSAULT"

"""Which cue owns a quoted segment, on hand-built token sequences (no model needed)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire.model import Span
from eventwire.quotes.direct import _after_colon, _embedded, _introduced, _tagged
from eventwire.quotes.indirect import Found
from eventwire.quotes.marks import find_segments


def _index(cues: list[Found]) -> tuple[list[Found], list[int]]:
    return cues, [f.cue.start for f in cues]


def _doc(text: str, tags: dict[str, str]) -> Doc:
    words = text.replace("“", " “ ").replace("”", " ” ").replace(",", " , ").split()
    return Doc(Vocab(), words=words, tags=[tags.get(w, "NN") for w in words])


def _cue(
    text: str, doc: Doc, word: str, *, speech: bool = True, content: Span | None = None
) -> Found:
    at = text.index(word)
    verb = next(t.i for t in doc if t.text == word)
    return Found(Span(at, at + len(word)), verb, content, None, speech, "clause")


def test_a_cue_right_after_a_quote_owns_it() -> None:
    text = "“We will rebuild the school,” said the head of the council."
    doc = _doc(text, {"said": "VBD"})
    said = _cue(text, doc, "said", content=Span(text.index("the head"), len(text) - 1))
    (seg,) = find_segments(text)
    assert _tagged(doc, text, seg, *_index([said])) is said


def test_a_tag_after_a_quote_that_ends_its_sentence_is_not_its_owner() -> None:
    text = "“We will rebuild the school.” said the head of the council."
    doc = _doc(text, {"said": "VBD"})
    (seg,) = find_segments(text)
    assert _tagged(doc, text, seg, *_index([_cue(text, doc, "said")])) is None


def test_a_quote_inside_the_writers_sentence_is_not_tagged() -> None:
    text = "The plan was “messy,” said the head of the council."
    doc = _doc(text, {"said": "VBD"})
    (seg,) = find_segments(text)
    assert _tagged(doc, text, seg, *_index([_cue(text, doc, "said")])) is None


def test_a_participle_is_no_tag() -> None:
    text = "“Come back later,” adding nothing more."
    doc = _doc(text, {"adding": "VBG"})
    (seg,) = find_segments(text)
    assert _tagged(doc, text, seg, *_index([_cue(text, doc, "adding")])) is None


def test_a_cue_and_a_comma_introduce_the_quote() -> None:
    text = "The clerk was asked, “Who signed the permit?”"
    asked = Found(Span(14, 19), 3, Span(0, 40), None, True, "passive")
    (seg,) = find_segments(text)
    assert _introduced(text, seg, *_index([asked])) is asked


def test_a_cue_with_words_before_the_quote_does_not_introduce_it() -> None:
    text = "The clerk was asked about the “permit”."
    asked = Found(Span(14, 19), 3, Span(0, 37), None, True, "passive")
    (seg,) = find_segments(text)
    assert _introduced(text, seg, *_index([asked])) is None


def test_a_stance_cue_does_not_introduce_a_quote() -> None:
    text = "She praised, “the volunteers”."
    praised = Found(Span(4, 11), 1, None, 0, False, "object")
    (seg,) = find_segments(text)
    assert _introduced(text, seg, *_index([praised])) is None


def test_a_quote_the_sentence_runs_on_through_is_embedded() -> None:
    text = "He called it “a gift to the army” and left; the “old road” (closed) was shut."
    first, second = find_segments(text)
    assert _embedded(text, first) and _embedded(text, second)


def test_a_quote_closed_by_punctuation_or_the_line_is_not_embedded() -> None:
    for text in ("She said, “We are ready,” and sat down.", "He shouted “Go home”\nThen it ended."):
        (seg,) = find_segments(text)
        assert not _embedded(text, seg)


def test_a_capitalised_quote_after_a_colon_stands_after_it() -> None:
    text = "He had one answer: “Nobody asked us.” She had another: “the roads.”"
    first, second = find_segments(text)
    assert _after_colon(text, first)
    assert not _after_colon(text, second)


def test_the_tag_may_follow_its_subject_but_not_a_sentence_end() -> None:
    text = "“Unless the donors return,” the director warned, “the clinic will close.”"
    doc = _doc(text, {"warned": "VBD"})
    warned = _cue(text, doc, "warned", content=Span(text.index("“the clinic"), len(text)))
    first, _ = find_segments(text)
    assert _tagged(doc, text, first, *_index([warned])) is warned
    text = "“Unless the donors return,” it ends. The director warned them."
    doc = _doc(text, {"warned": "VBD"})
    (seg,) = find_segments(text)
    assert _tagged(doc, text, seg, *_index([_cue(text, doc, "warned")])) is None


def test_a_second_cue_right_before_a_quote_takes_it_from_the_first() -> None:
    from eventwire.quotes.direct import build_units

    text = "“The dam will hold,” Velk said before adding, “The levee will not.”"
    doc = _doc(text, {"said": "VBD", "adding": "VBG"})
    first, second = find_segments(text)
    # a parse that hung the second quote on "said"
    said = _cue(text, doc, "said", content=second.span)
    adding = _cue(text, doc, "adding")
    units = build_units(doc, text, [first, second], [said, adding]).units
    assert [(u.span, u.owner) for u in units] == [(first.span, said), (second.span, adding)]

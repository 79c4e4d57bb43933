"""How quoted pieces join into one quotation, on sentences written for the tests."""

from __future__ import annotations

import pytest

from eventwire.actors import ActorsStage
from eventwire.kb import KnowledgeBase
from eventwire.model import Doc, RawArticle
from eventwire.nlp import NlpStage, load_nlp
from eventwire.pipeline import Pipeline
from eventwire.quotes import QuotesStage


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline([NlpStage(load_nlp()), ActorsStage(KnowledgeBase.load()), QuotesStage.load()])


def _direct(pipe: Pipeline, text: str) -> list[str]:
    doc: Doc = pipe.code_verbatim(RawArticle(text=text, locator="t"))
    return [q.content.of(text) for q in doc.quotes if q.direct]


def test_a_participle_after_the_cue_keeps_the_speaker(pipe: Pipeline) -> None:
    text = (
        '"The harbour will be dredged by spring," Mayor Ruth Adeyemi said, referring to '
        'the port plan. "After that, the ferries can dock again."'
    )
    assert _direct(pipe, text) == [text]


def test_a_request_for_anonymity_keeps_the_speaker(pipe: Pipeline) -> None:
    text = (
        "“We counted the ballots twice,” said an election official in the district, "
        "asking not to be named. “The numbers did not change.”"
    )
    assert _direct(pipe, text) == [text]


def test_a_new_speaker_between_pieces_splits_them(pipe: Pipeline) -> None:
    text = (
        '"The bridge is safe," the engineer said. Residents told reporters that they '
        'did not believe him. "We have seen the cracks."'
    )
    got = _direct(pipe, text)
    assert got[0] == '"The bridge is safe,"'
    assert '"We have seen the cracks."' not in got[0]


def test_a_passive_cue_and_a_comma_introduce_the_quote(pipe: Pipeline) -> None:
    text = 'At the hearing the clerk was asked, "Who signed the permit for the dam?" Nobody knew.'
    assert _direct(pipe, text) == ['"Who signed the permit for the dam?"']


def test_a_cue_set_off_by_commas_introduces_the_quote(pipe: Pipeline) -> None:
    text = "But, the colonel noted, “the roads north of the river are still closed to trucks.”"
    assert _direct(pipe, text) == ["“the roads north of the river are still closed to trucks.”"]


def test_a_nickname_inside_the_sentence_is_no_direct_quote(pipe: Pipeline) -> None:
    text = "Police Captain Daniel “Danny” Moyo said on Monday."
    doc = pipe.code_verbatim(RawArticle(text=text, locator="t"))
    assert [q.content.of(text) for q in doc.quotes if q.direct] == []
    assert [q.content.of(text) for q in doc.quotes] == ["“Danny”"]


def test_a_manner_of_speaking_verb_tags_a_quote(pipe: Pipeline) -> None:
    text = "“The water is still rising,” the ferryman muttered."
    doc = pipe.code_verbatim(RawArticle(text=text, locator="t"))
    (q,) = [q for q in doc.quotes if q.direct]
    assert q.content.of(text) == "“The water is still rising,”"
    assert q.speaker_span is not None and q.speaker_span.of(text) == "the ferryman"


def test_a_capitalised_quote_after_a_colon_is_a_quotation_of_its_own(pipe: Pipeline) -> None:
    text = 'She told the court she remembered the night clearly: "He was standing by the gate."'
    doc = pipe.code_verbatim(RawArticle(text=text, locator="t"))
    (q,) = [q for q in doc.quotes if q.direct]
    assert q.content.of(text) == '"He was standing by the gate."'
    assert q.speaker_span is not None and q.speaker_span.of(text) == "She"


def test_a_cue_between_the_pieces_of_a_split_quote_owns_both(pipe: Pipeline) -> None:
    text = '"Unless the donors return," the director warned, "the clinic will close in May."'
    assert _direct(pipe, text) == [text]


def test_a_quote_running_on_into_the_writers_words_is_not_tagged(pipe: Pipeline) -> None:
    text = '"We are very pleased" with the ruling, said the union leader, Ana Ruiz.'
    assert _direct(pipe, text) == []

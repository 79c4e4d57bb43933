"""Quotations that run over paragraphs, colon introductions, parentheticals, passives."""

from __future__ import annotations

import pytest

from eventwire.actors import ActorsStage
from eventwire.kb import KnowledgeBase
from eventwire.model import Doc, Quote, RawArticle
from eventwire.nlp import NlpStage, load_nlp
from eventwire.pipeline import Pipeline
from eventwire.quotes import CueLexicon, QuotesStage
from eventwire.quotes.labels import load_page_labels
from eventwire.quotes.speaker import load_carriers

TEXT = """The union leader, Peter Okafor, spoke for nearly an hour.

"Nobody in this hall wants a strike," Okafor said.

"But if the ministry will not listen, we will walk out on Friday."

The ministry issued the following statement:

"Talks with the union remain open and the minister will meet its leaders this week."

The new offer, a union official said, falls short of what members were promised.

Okafor, who called the offer an insult, is expected to address members on Thursday.

''We have waited long enough for an answer,'' one member said.
"""


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline([NlpStage(load_nlp()), ActorsStage(KnowledgeBase.load())])


@pytest.fixture(scope="module")
def doc(pipe: Pipeline) -> Doc:
    return QuotesStage.load()(pipe.code_verbatim(RawArticle(text=TEXT, locator="t")))


def _quote(doc: Doc, starts_with: str) -> Quote:
    found = [q for q in doc.quotes if q.content.of(TEXT).startswith(starts_with)]
    assert len(found) == 1, [q.content.of(TEXT) for q in doc.quotes]
    return found[0]


def test_quote_paragraph_without_a_cue_continues_the_one_before(doc: Doc) -> None:
    q = _quote(doc, '"Nobody in this hall')
    assert q.direct
    assert q.content.of(TEXT).endswith('we will walk out on Friday."')
    assert q.speaker_span is not None and q.speaker_span.of(TEXT) == "Okafor"


def test_sentence_ending_in_a_colon_owns_the_next_quote(doc: Doc) -> None:
    q = _quote(doc, '"Talks with the union')
    assert q.direct
    assert q.speaker_span is not None and q.speaker_span.of(TEXT) == "The ministry"
    ministry = next(a.id for a in doc.actors if a.name.lower() == "ministry")
    assert q.speaker == ministry


def test_parenthetical_cue_attributes_the_clause_it_interrupts(doc: Doc) -> None:
    q = _quote(doc, "The new offer")
    assert not q.direct
    assert q.content.of(TEXT).endswith("what members were promised")
    assert q.speaker_span is not None and q.speaker_span.of(TEXT) == "a union official"


def test_relative_pronoun_is_the_speaker_span(doc: Doc) -> None:
    q = _quote(doc, "the offer an insult")
    assert q.speaker_span is not None and q.speaker_span.of(TEXT) == "who"
    assert q.cue is not None and q.cue.of(TEXT) == "called"


def test_passive_expectation_reports_the_whole_clause_without_speaker(doc: Doc) -> None:
    q = _quote(doc, "Okafor, who called")
    assert q.cue is not None and q.cue.of(TEXT) == "expected"
    assert q.speaker is None and q.speaker_span is None


def test_typewriter_quotes_are_direct_unless_told_otherwise(pipe: Pipeline, doc: Doc) -> None:
    assert _quote(doc, "''We have waited").direct
    gold_style = QuotesStage(CueLexicon.load(), load_carriers(), load_page_labels(),
                             typewriter_direct=False)
    other = gold_style(pipe.code_verbatim(RawArticle(text=TEXT, locator="t")))
    assert not _quote(other, "''We have waited").direct
    assert _quote(other, '"Nobody in this hall').direct

"""The quotes layer on a wire story written for the tests, with the real model and KB."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors import ActorsStage
from eventwire.kb import KnowledgeBase
from eventwire.model import Doc, Quote, RawArticle
from eventwire.nlp import NlpStage, load_nlp
from eventwire.pipeline import Pipeline
from eventwire.quotes import QuotesStage

TEXT = """Zambia Keeps Border Crossing Shut

Officials in Lusaka kept the Kasumbalesa crossing closed on Monday.

"We will not reopen the crossing until the talks resume," Interior Minister Jane Banda \
said. "Our patience has limits."

Banda added that the government would send two envoys to Kinshasa next week.

According to the state broadcaster, the envoys will carry a letter from the president.

The Foreign Ministry said in a statement quoted by Reuters that cross-border trade had \
fallen sharply.

"This is a dangerous escalation," she told reporters.

The opposition called the closure a "cheap stunt" and said it would hurt traders.
"""


@pytest.fixture(scope="module")
def doc() -> Doc:
    pipe = Pipeline([NlpStage(load_nlp()), ActorsStage(KnowledgeBase.load()), QuotesStage.load()])
    return pipe.code_verbatim(RawArticle(text=TEXT, locator="t", published=dt.date(2023, 5, 2)))


def _quote(doc: Doc, starts_with: str) -> Quote:
    found = [q for q in doc.quotes if q.content.of(TEXT).startswith(starts_with)]
    assert len(found) == 1, [q.content.of(TEXT) for q in doc.quotes]
    return found[0]


def _actor_named(doc: Doc, name: str) -> str:
    return next(a.id for a in doc.actors if a.name == name)


def test_split_quote_is_one_direct_quotation_with_marks(doc: Doc) -> None:
    q = _quote(doc, '"We will not')
    assert q.direct
    assert q.content.of(TEXT).endswith('"Our patience has limits."')
    assert q.speaker_span is not None and q.speaker_span.of(TEXT) == "Interior Minister Jane Banda"
    assert q.speaker == _actor_named(doc, "Jane Banda")
    assert q.cue is not None and q.cue.of(TEXT) == "said"


def test_indirect_quote_takes_the_reported_clause(doc: Doc) -> None:
    q = _quote(doc, "that the government")
    assert not q.direct
    assert q.content.of(TEXT) == "that the government would send two envoys to Kinshasa next week"
    assert q.speaker_span is not None and q.speaker_span.of(TEXT) == "Banda"
    assert q.speaker == _actor_named(doc, "Jane Banda")
    assert q.cue is not None and q.cue.of(TEXT) == "added"


def test_according_to_attributes_the_clause_it_hangs_on(doc: Doc) -> None:
    q = _quote(doc, "the envoys will")
    assert q.content.of(TEXT) == "the envoys will carry a letter from the president"
    assert q.speaker_span is not None and q.speaker_span.of(TEXT) == "the state broadcaster"
    assert q.cue is not None and q.cue.of(TEXT) == "According to"


def test_quoted_by_names_the_relaying_source(doc: Doc) -> None:
    q = _quote(doc, "that cross-border trade")
    assert q.via == "Reuters"
    assert q.speaker_span is not None and q.speaker_span.of(TEXT) == "The Foreign Ministry"


def test_pronoun_speaker_resolves_to_its_chain(doc: Doc) -> None:
    q = _quote(doc, '"This is a dangerous')
    assert q.direct
    assert q.content.of(TEXT) == '"This is a dangerous escalation,"'
    assert q.speaker_span is not None and q.speaker_span.of(TEXT) == "she"
    assert q.speaker == _actor_named(doc, "Jane Banda")


def test_scare_quote_stays_inside_an_indirect_report(doc: Doc) -> None:
    q = _quote(doc, "the closure")
    assert not q.direct
    assert q.content.of(TEXT) == 'the closure a "cheap stunt"'
    assert not any(x.direct and "cheap stunt" in x.content.of(TEXT) for x in doc.quotes)


def test_quotes_are_in_text_order_and_never_from_the_headline(doc: Doc) -> None:
    starts = [q.content.start for q in doc.quotes]
    assert starts == sorted(starts)
    headline_end = TEXT.index("\n")
    assert all(q.content.start > headline_end for q in doc.quotes)


def test_stage_without_tokens_leaves_doc_alone(doc: Doc) -> None:
    bare = doc.with_(tokens=None, quotes=())
    assert QuotesStage.load()(bare).quotes == ()

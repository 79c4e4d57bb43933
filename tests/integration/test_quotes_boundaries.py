"""Where a direct quotation starts and stops: nested marks, quotes running over
paragraphs, narration between paragraphs, and quoted words that are only a predicate."""

from __future__ import annotations

import pytest

from eventwire.actors import ActorsStage
from eventwire.kb import KnowledgeBase
from eventwire.model import Doc, Quote, RawArticle
from eventwire.nlp import NlpStage, load_nlp
from eventwire.pipeline import Pipeline
from eventwire.quotes import QuotesStage

TEXT = """Mayor Dana Velk spoke to the council on Monday.

"The budget is tight, and I will read you the letter: “We cannot pay the drivers this winter.” \
That is where we stand," Velk said.

She went on to list her plans.

"There are three things we must do. Here they are:

"Cut the waste, raise the fares and ask the province for help."

"We are going to fix the buses," Velk added. She then turned to the crowd.

"Who is going to pay for it?"

As the local paper noted on Monday, the mayor "has surprisingly earned herself a few fans \
in the suburbs."
"""


@pytest.fixture(scope="module")
def doc() -> Doc:
    pipe = Pipeline([NlpStage(load_nlp()), ActorsStage(KnowledgeBase.load())])
    return QuotesStage.load()(pipe.code_verbatim(RawArticle(text=TEXT, locator="t")))


def _quote(doc: Doc, starts_with: str) -> Quote:
    found = [q for q in doc.quotes if q.content.of(TEXT).startswith(starts_with)]
    assert len(found) == 1, [q.content.of(TEXT) for q in doc.quotes]
    return found[0]


def test_a_quote_nested_in_another_style_stays_inside_the_outer_one(doc: Doc) -> None:
    q = _quote(doc, '"The budget is tight')
    assert q.direct
    assert q.content.of(TEXT).endswith('That is where we stand,"')
    assert not any(x.content.of(TEXT).startswith("“We cannot") for x in doc.quotes)


def test_an_unclosed_quote_goes_on_in_the_next_paragraph_despite_its_own_colon(
    doc: Doc,
) -> None:
    q = _quote(doc, '"There are three things')
    assert q.direct
    assert q.content.of(TEXT).endswith('ask the province for help."')


def test_narration_after_the_tag_ends_the_quotation(doc: Doc) -> None:
    q = _quote(doc, '"We are going to fix')
    assert q.content.of(TEXT) == '"We are going to fix the buses,"'


def test_a_short_quote_that_is_a_whole_paragraph_is_kept(doc: Doc) -> None:
    q = _quote(doc, '"Who is going to pay')
    assert q.direct
    assert q.content.of(TEXT) == '"Who is going to pay for it?"'


def test_quoted_words_that_are_only_a_predicate_are_not_a_direct_quotation(
    doc: Doc,
) -> None:
    assert not any(
        q.direct and q.content.of(TEXT).startswith('"has surprisingly') for q in doc.quotes
    )


REPORT = """Councillor Ida Brem said the depot had run out of money for repairs.

"We have nothing left for the winter, and the drivers know it better than anyone here."

"Nobody is listening," she said.
"""


def test_an_unattributed_quote_after_a_report_goes_on_with_that_report() -> None:
    pipe = Pipeline([NlpStage(load_nlp()), ActorsStage(KnowledgeBase.load())])
    doc = QuotesStage.load()(pipe.code_verbatim(RawArticle(text=REPORT, locator="t")))
    texts = {q.content.of(REPORT): q for q in doc.quotes}
    report = next(q for t, q in texts.items() if t.startswith("the depot"))
    assert not report.direct
    assert report.content.of(REPORT).endswith('anyone here."')
    speaker = report.speaker_span
    assert speaker is not None and speaker.of(REPORT) == "Councillor Ida Brem"
    assert not any(t.startswith('"We have nothing') for t in texts)
    tagged = texts['"Nobody is listening,"']
    assert tagged.direct


REPORT_QUOTED = """Councillor Ida Brem said the depot had “no money left for repairs.”

“We will have to close two bus lines before the winter is over.”
"""


def test_a_report_ending_in_borrowed_words_still_goes_on_into_the_next_quote() -> None:
    pipe = Pipeline([NlpStage(load_nlp()), ActorsStage(KnowledgeBase.load())])
    text = REPORT_QUOTED
    doc = QuotesStage.load()(pipe.code_verbatim(RawArticle(text=text, locator="t")))
    (report,) = [q for q in doc.quotes if q.content.of(text).startswith("the depot")]
    assert not report.direct
    assert report.content.of(text).endswith("winter is over.”")
    assert not any(q.direct for q in doc.quotes)


CUES = """"It happens, right?" the mayor went on. "We fix it and move on."

"Not a chance," Dana Velk fired back, calling the plan "a costly mistake."

"The levee would not have held," according to a report by the river authority.

The mayor read out the towns that had flooded. She punctuated her list by saying "Too many." \
The crowd followed her by softly echoing "too many." She called the plan a "farce."

Lena Doyle, who has starred in "Rivertown" and "Night Shift," posted the clip on Thursday.

Dana Velk, a contestant on the quiz show "Brain Race," who went on to work for the station, \
said the questions were fair.
"""


@pytest.fixture(scope="module")
def cues_doc() -> Doc:
    pipe = Pipeline([NlpStage(load_nlp()), ActorsStage(KnowledgeBase.load())])
    return QuotesStage.load()(pipe.code_verbatim(RawArticle(text=CUES, locator="t")))


def _direct(doc: Doc, text: str) -> list[str]:
    return [q.content.of(text) for q in doc.quotes if q.direct]


def test_two_word_cues_tag_quotes(cues_doc: Doc) -> None:
    q = next(q for q in cues_doc.quotes if q.content.of(CUES).startswith('"It happens'))
    assert q.direct and q.content.of(CUES).endswith('move on."')
    assert q.cue is not None and q.cue.of(CUES) == "went on"
    assert '"Not a chance,"' in _direct(cues_doc, CUES)


def test_a_phrase_quoted_in_the_middle_of_the_sentence_is_not_direct(cues_doc: Doc) -> None:
    assert not any("costly" in t for t in _direct(cues_doc, CUES))


def test_according_to_after_a_quote_tags_it(cues_doc: Doc) -> None:
    assert '"The levee would not have held,"' in _direct(cues_doc, CUES)


def test_a_two_word_cue_with_an_infinitive_tags_nothing(cues_doc: Doc) -> None:
    assert '"Brain Race,"' not in _direct(cues_doc, CUES)


def test_what_a_speech_verb_utters_is_quoted_however_short(cues_doc: Doc) -> None:
    direct = _direct(cues_doc, CUES)
    assert '"Too many."' in direct
    assert '"too many."' in direct
    assert not any("farce" in t for t in direct)


SIGNED = """Readers told us what the new bridge means to them.
“We waited twenty years for this bridge, and it finally opened.” ― Ana Ruiz
“My commute is half as long now, and I see my kids before dinner.” ― Tomas J. Ferreira.
“The ferry was cheaper, but it never ran on time.” ― Lena Brook
"""


def test_a_dash_and_a_name_after_a_quote_sign_it() -> None:
    pipe = Pipeline([NlpStage(load_nlp()), ActorsStage(KnowledgeBase.load())])
    doc = QuotesStage.load()(pipe.code_verbatim(RawArticle(text=SIGNED, locator="t")))
    direct = [q for q in doc.quotes if q.direct]
    assert [q.content.of(SIGNED)[:12] for q in direct] == [
        "“We waited t",
        "“My commute ",
        "“The ferry w",
    ]
    assert [q.speaker_span.of(SIGNED) if q.speaker_span else None for q in direct] == [
        "Ana Ruiz",
        "Tomas J. Ferreira",  # an initial keeps its full stop
        "Lena Brook",
    ]


def test_a_title_after_a_preposition_or_in_a_list_is_not_a_quotation(cues_doc: Doc) -> None:
    assert not any("Night Shift" in t or "Rivertown" in t for t in _direct(cues_doc, CUES))


MIXED = """If the levy passes, the treasurer said, “the library will stay open on Sundays.”

The treasurer said, “the pool will stay open in winter.”

Asked about the vote, the treasurer said, “We will count every ballot twice.”
"""


def test_small_letter_words_after_a_tag_set_into_a_sentence_are_not_a_quotation() -> None:
    pipe = Pipeline([NlpStage(load_nlp()), ActorsStage(KnowledgeBase.load())])
    doc = QuotesStage.load()(pipe.code_verbatim(RawArticle(text=MIXED, locator="t")))
    direct = {q.content.of(MIXED): q.direct for q in doc.quotes if "“" in q.content.of(MIXED)}
    assert direct == {
        "“the library will stay open on Sundays.”": False,  # the writer began the sentence
        "“the pool will stay open in winter.”": True,  # the tag opens it
        "“We will count every ballot twice.”": True,  # a sentence of the speaker's own
    }


PREDICATES = """The council urged residents “to stay off the river until the water drops.”

Nothing the minister offered “will bring the mill back,” the union said.

The mayor said “the water has never come this high before.”
"""


def test_quoted_words_that_open_with_a_verb_or_to_are_not_a_quotation() -> None:
    pipe = Pipeline([NlpStage(load_nlp()), ActorsStage(KnowledgeBase.load())])
    doc = QuotesStage.load()(pipe.code_verbatim(RawArticle(text=PREDICATES, locator="t")))
    direct = _direct(doc, PREDICATES)
    assert not any("stay off" in t or "mill back" in t for t in direct), direct
    assert "“the water has never come this high before.”" in direct

"""``event_date``: the day an event told in a sentence happened on."""

from __future__ import annotations

import datetime as dt

from eventwire.model import Article, Block, Doc, Sentence, Span, When
from eventwire.times import event_date

TEXT = (
    "Troops entered the valley on Tuesday. Villagers fled north.\n\n"
    "Aid arrived. Officials met on 3 May and again on 9 May.\n\n"
    "A curfew followed in the evening."
)


def span(phrase: str) -> Span:
    start = TEXT.index(phrase)
    return Span(start, start + len(phrase))


def sentence(text: str) -> Span:
    return span(text)


def make_doc(published: dt.date | None = dt.date(2022, 5, 12)) -> Doc:
    paragraphs = TEXT.split("\n\n")
    blocks, pos = [], 0
    for p in paragraphs:
        start = TEXT.index(p, pos)
        blocks.append(Block(Span(start, start + len(p))))
        pos = start + len(p)
    sentences = [
        "Troops entered the valley on Tuesday.", "Villagers fled north.", "Aid arrived.",
        "Officials met on 3 May and again on 9 May.", "A curfew followed in the evening.",
    ]
    times = (
        When("2022-05-10", span("Tuesday"), "DATE", "day", "relative"),
        When("2022-05-03", span("3 May"), "DATE", "day", "relative"),
        When("2022-05-09T20:00", span("9 May"), "TIME", "day", "relative"),
        When("P2D", span("evening"), "DURATION", None, "explicit"),
    )
    return Doc(
        article=Article(id="t", text=TEXT, published=published),
        blocks=tuple(blocks),
        sentences=tuple(Sentence(sentence(s)) for s in sentences),
        times=times,
    )


def test_a_day_in_the_sentence_wins() -> None:
    when = event_date(make_doc(), sentence("Troops entered the valley on Tuesday."))
    assert when == When("2022-05-10", span("Tuesday"), "DATE", "day", "relative")


def test_the_nearest_day_to_the_trigger_and_a_time_cut_to_its_date() -> None:
    doc = make_doc()
    s = sentence("Officials met on 3 May and again on 9 May.")
    first = event_date(doc, s)
    assert first is not None and first.value == "2022-05-03"
    again = event_date(doc, s, near=span("again"))
    assert again == When("2022-05-09", span("9 May"), "DATE", "day", "relative")


def test_the_previous_sentence_of_the_same_paragraph() -> None:
    when = event_date(make_doc(), sentence("Villagers fled north."))
    assert when is not None and when.value == "2022-05-10" and when.span == span("Tuesday")


def test_not_across_a_paragraph_break_and_not_a_duration() -> None:
    doc = make_doc()
    aid = event_date(doc, sentence("Aid arrived."))
    assert aid == When("2022-05-12", None, "DATE", "day", "publication")
    curfew = event_date(doc, sentence("A curfew followed in the evening."))
    assert curfew is not None and curfew.method == "publication"


def test_no_date_at_all() -> None:
    assert event_date(make_doc(published=None), sentence("Aid arrived.")) is None


def test_a_span_that_is_not_a_sentence_still_uses_its_own_days() -> None:
    doc = make_doc()
    whole = event_date(doc, Span(0, len(TEXT)))
    assert whole is not None and whole.value == "2022-05-10"
    word = event_date(doc, span("valley"))
    assert word is not None and word.method == "publication"


def test_a_date_in_a_parenthetical_aside_does_not_win() -> None:
    from eventwire.model import Article, Doc, Sentence, Span, When
    from eventwire.times.attach import event_date

    text = "Around 3 May 2021 (between 1 - 5 May), soldiers burned a village."
    doc = Doc(
        Article(id="x", text=text),
        sentences=(Sentence(Span(0, len(text))),),
        times=(
            When("2021-05-03", Span(7, 17), "DATE", "day", "explicit"),
            When("2021-05-05", Span(31, 36), "DATE", "day", "relative"),
        ),
    )
    trigger = Span(text.index("burned"), text.index("burned") + 6)
    got = event_date(doc, Span(0, len(text)), trigger)
    assert got is not None and got.value == "2021-05-03"

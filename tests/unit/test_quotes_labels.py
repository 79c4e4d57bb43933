"""Speaker labels at the start of a line, and the actor-mention index."""

from __future__ import annotations

from eventwire.model import Actor, Mention, Span
from eventwire.quotes.labels import find_labels, outside_transcripts
from eventwire.quotes.marks import find_segments
from eventwire.quotes.speaker import ActorIndex

PAGE = frozenset({"related", "the latest"})


def test_headline_and_transcript_labels_are_found() -> None:
    text = (
        "City Herald: Mayor plans a new bridge over the river\n\n"
        "Q: Have you met the minister yet?\n"
    )
    found = find_labels(text, PAGE)
    assert [(f.label.of(text), f.content.of(text)) for f in found] == [
        ("City Herald", "Mayor plans a new bridge over the river"),
        ("Q", "Have you met the minister yet?"),
    ]
    assert found[0].cue.of(text) == ":"


def test_page_labels_and_short_lines_are_not_speakers() -> None:
    text = (
        "Related: Ten things to know about the vote\n"
        "The Latest: Polls close at 8 p.m. today\nNote: ok\n"
    )
    assert find_labels(text, PAGE) == []


def test_label_must_open_the_line() -> None:
    text = "The result was clear to everyone: the motion failed badly\n"
    assert find_labels(text, PAGE) == []


def test_actor_index_finds_mentions_overlapping_a_span() -> None:
    a1 = Actor("A1", "Jane Banda", (Mention(Span(0, 10), "Jane Banda"), Mention(Span(40, 43), "she",
                                                                                "pronoun")))
    a2 = Actor("A2", "Reuters", (Mention(Span(20, 27), "Reuters"),))
    index = ActorIndex.build([a2, a1])
    assert index.inside(Span(5, 25)) == [(Span(0, 10), "A1"), (Span(20, 27), "A2")]
    assert index.inside(Span(41, 42)) == [(Span(40, 43), "A1")]
    assert index.inside(Span(11, 19)) == []


def test_a_transcript_quoted_turn_by_turn_is_no_quotation() -> None:
    text = (
        "Part of the hearing went as follows:\n\n"
        '"CHAIR: We will now hear from the harbour master about the dredging plan.\n\n'
        '"KOWALSKI: The channel silts up every spring, and the boats cannot get in.\n\n'
        '"It costs the town a season of fishing.\n\n'
        '"CHAIR: Thank you for coming today."\n\n'
        'Afterwards she said, "It went well."\n'
    )
    segments = find_segments(text)
    kept = outside_transcripts(text, segments, find_labels(text, PAGE))
    assert [s.span.of(text) for s in kept] == ['"It went well."']
    assert len(segments) == 5


def test_a_quote_opening_with_a_name_in_small_letters_is_kept() -> None:
    text = '"Note: the bridge stays shut until the inspectors have been."\n'
    segments = find_segments(text)
    assert outside_transcripts(text, segments, find_labels(text, PAGE)) == segments

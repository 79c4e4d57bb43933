"""Quotation-mark segments, found from characters alone."""

from __future__ import annotations

from eventwire.quotes.marks import find_segments


def _texts(text: str) -> list[str]:
    return [s.span.of(text) for s in find_segments(text)]


def test_curly_and_straight_marks_are_kept_in_the_span() -> None:
    text = '“We won,” she said. He said "no way" twice.'
    assert _texts(text) == ["“We won,”", '"no way"']


def test_split_quote_gives_two_segments() -> None:
    text = '“The talks failed,” the minister said, “but we will return.”'
    assert _texts(text) == ["“The talks failed,”", "“but we will return.”"]


def test_apostrophes_are_not_quotation_marks() -> None:
    assert find_segments("It's the minister's view, isn't it?") == []


def test_typewriter_pairs_are_quotation_marks() -> None:
    text = "''We are ready,'' he said."
    (seg,) = find_segments(text)
    assert seg.span.of(text) == "''We are ready,''"
    assert seg.typewriter
    assert not find_segments('"Yes," she said.')[0].typewriter


def test_unclosed_quote_ends_with_its_paragraph() -> None:
    text = '“First part of a long speech.\n\n“Second part.” she said.'
    first, second = find_segments(text)
    assert first.span.of(text) == "“First part of a long speech."
    assert first.open_end
    assert second.span.of(text) == "“Second part.”"
    assert not second.open_end


def test_mixed_curly_open_and_straight_close() -> None:
    text = 'He asked: “who wants to be on stage with him?" and left.'
    assert _texts(text) == ['“who wants to be on stage with him?"']


def test_a_quote_in_the_other_style_nests_inside_the_open_one() -> None:
    text = '"She read: “We are ready.” Then she left," he said. “They call it "the plan" here.”'
    assert _texts(text) == [
        '"She read: “We are ready.” Then she left,"',
        '“They call it "the plan" here.”',
    ]


def test_a_second_opener_of_the_same_style_still_ends_an_unclosed_quote() -> None:
    text = '“First part, never closed. “Second part.”'
    assert _texts(text) == ["“First part, never closed.", "“Second part.”"]


def test_a_closing_mark_where_only_an_opener_fits_opens_a_quote() -> None:
    text = "Photo.\n”We were afraid of the water.” she said. The river rose, ”fast” and high."
    assert _texts(text) == ["”We were afraid of the water.”", "”fast”"]


def test_markup_attribute_values_are_no_quotations() -> None:
    text = '<post by="@cityhall" date="May 2, 2024\n">We open the bridge "today" at noon.</post>'
    assert _texts(text) == ['"today"']

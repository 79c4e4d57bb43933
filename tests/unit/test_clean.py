"""The cleaner: furniture out, standalone lines kept apart, wrapped lines re-joined."""

from __future__ import annotations

import pytest

from eventwire.clean import article_id, clean, clean_text, is_furniture, normalise, verbatim_blocks
from eventwire.errors import EmptyInput
from eventwire.model import RawArticle

SCRAPED = """Ministers Agree to Reopen Border Crossing

Foreign ministers of both countries to meet again in two weeks to sign the deal.

Contact Editor
Maria Lopez,

Border crossing at dawn
Border crossing at dawn

The foreign ministers of Peru and Ecuador agreed on Tuesday to reopen the main border \
crossing, officials in Lima said.

"This is a good day for both our peoples," the Peruvian minister told reporters. She added \
that trade would resume within a week.

Share this article
Advertisement
"""


def blocks_of(text: str) -> list[tuple[str, str]]:
    c = clean_text(text)
    return [(b.kind, b.span.of(c.text)) for b in c.blocks]


def test_furniture_byline_and_doubled_caption_are_dropped() -> None:
    c = clean_text(SCRAPED)
    assert "Contact Editor" not in c.text
    assert "Maria Lopez" not in c.text
    assert "Border crossing at dawn" not in c.text
    assert "Share this article" not in c.text and "Advertisement" not in c.text
    assert c.author == "Maria Lopez"


def test_headline_and_dek_are_blocks_of_their_own() -> None:
    got = blocks_of(SCRAPED)
    assert got[0] == ("headline", "Ministers Agree to Reopen Border Crossing")
    assert got[1][0] == "dek" and got[1][1].startswith("Foreign ministers of both")
    assert got[2][0] == "body" and got[2][1].startswith("The foreign ministers of Peru")
    assert clean_text(SCRAPED).title == "Ministers Agree to Reopen Border Crossing"


def test_blocks_are_separated_by_blank_lines_and_spans_index_text() -> None:
    c = clean_text(SCRAPED)
    for a, b in zip(c.blocks, c.blocks[1:], strict=False):
        assert c.text[a.span.end : b.span.start] == "\n\n"
    assert c.blocks[0].span.start == 0 and c.blocks[-1].span.end == len(c.text)


def test_hard_wrapped_paragraphs_are_rejoined() -> None:
    text = (
        "Talks Resume in Geneva\n\n"
        "GENEVA, May 4 (Eventwire) - Delegations from the two governments met on\n"
        "Tuesday in Geneva for a second round of talks, officials said. The\n"
        "meeting lasted four hours and ended without a joint statement being\n"
        "issued.\n"
    )
    got = blocks_of(text)
    assert got[0] == ("headline", "Talks Resume in Geneva")
    assert got[1][1] == (
        "GENEVA, May 4 (Eventwire) - Delegations from the two governments met on Tuesday in "
        "Geneva for a second round of talks, officials said. The meeting lasted four hours "
        "and ended without a joint statement being issued."
    )


def test_standalone_line_never_merges_into_next_paragraph() -> None:
    text = "Rebels Free Hostages\nThe rebels released twelve hostages on Sunday, the army said."
    got = blocks_of(text)
    assert [k for k, _ in got] == ["headline", "body"]


def test_metadata_title_and_dek_come_first_and_are_not_repeated() -> None:
    c = clean_text(
        "Main Title\n\nThe army said on Monday it had retaken the town.",
        title="Main Title",
        dek="A short summary line",
    )
    assert [(b.kind, b.span.of(c.text)) for b in c.blocks][:2] == [
        ("headline", "Main Title"),
        ("dek", "A short summary line"),
    ]
    assert c.text.count("Main Title") == 1


def test_normalise_keeps_words_and_tidies_characters() -> None:
    assert normalise("a\u00a0 b\r\nc\u200bd\t\te") == "a b\ncd e"


@pytest.mark.parametrize(
    "line",
    [
        "Contact Editor",
        "Share this article",
        "Advertisement",
        "Sign up for our newsletter",
        "Photo: Eventwire staff",
        "All rights reserved.",
    ],
)
def test_furniture_lines(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "The minister said the deal would be signed.",
        "Share prices fell after the announcement of new sanctions.",
    ],
)
def test_body_lines_are_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_empty_after_cleaning_raises() -> None:
    with pytest.raises(EmptyInput):
        clean_text("Contact Editor\n\nAdvertisement\n")


def test_article_id_is_stable_and_depends_on_text_and_url() -> None:
    a = article_id("Some  Text", "http://x.invalid/a")
    assert a == article_id("some text", "http://x.invalid/a")
    assert a != article_id("some text", "http://x.invalid/b")
    assert a != article_id("other text", "http://x.invalid/a")


def test_clean_builds_article_with_metadata() -> None:
    raw = RawArticle(text=SCRAPED, locator="f.txt", url="https://e.invalid/1", source="Wire")
    art, blocks = clean(raw)
    assert art.text.startswith("Ministers Agree") and art.author == "Maria Lopez"
    assert art.url == "https://e.invalid/1" and art.source == "Wire"
    assert art.id == article_id(art.text, art.url)
    assert [b.kind for b in blocks] == ["headline", "dek", "body", "body"]


def test_verbatim_blocks_index_the_original_text() -> None:
    text = (
        "HEADLINE HERE\n\nA long line of text that is wrapped at seventy characters or\n"
        "so, and continues here.\n  \nNext paragraph."
    )
    blocks = verbatim_blocks(text)
    assert [b.span.of(text) for b in blocks] == [
        "HEADLINE HERE",
        "A long line of text that is wrapped at seventy characters or\nso, and continues here.",
        "Next paragraph.",
    ]


def test_header_lines_without_blank_lines_are_separated() -> None:
    text = (
        "Floods Cut Road Links Across Northern Province\n"
        "Rescue teams reach stranded villages by boat\n"
        "By Tomas Reyes\n"
        "Contact Editor\n"
        "A boat carries villagers across a flooded field near the town. (Sample Wire)\n"
        "A boat carries villagers across a flooded field near the town. (Sample Wire)\n"
        "LIMA, Feb 2 (Eventwire) - Floods cut three main roads in the north on Sunday, the\n"
        "transport ministry said, leaving dozens of villages reachable only by boat.\n"
    )
    c = clean_text(text)
    got = [(b.kind, b.span.of(c.text)[:30]) for b in c.blocks]
    assert got == [
        ("headline", "Floods Cut Road Links Across N"),
        ("dek", "Rescue teams reach stranded vi"),
        ("body", "LIMA, Feb 2 (Eventwire) - Floo"),
    ]
    assert c.author == "Tomas Reyes" and "boat carries" not in c.text
    assert c.text.endswith(
        "the transport ministry said, leaving dozens of villages reachable only by boat."
    )

"""The real pinned spaCy model: sentences never cross blocks; the seed article's promises."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.model import Doc, RawArticle
from eventwire.pipeline import Pipeline

SEED = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "seed" / "kerry-cairo-2014.txt"


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.default()


def sentences(doc: Doc) -> list[str]:
    return [s.span.of(doc.article.text) for s in doc.sentences]


def test_sentences_never_cross_a_block(pipeline: Pipeline) -> None:
    text = (
        "Envoys Meet in Doha\n\nTalks to continue next week\n\n"
        "DOHA, June 2 (Eventwire) - Envoys met in Doha on Sunday. They agreed to meet again.\n\n"
        "Photo caption without a full stop\n\nThe mediator said progress was made."
    )
    doc = pipeline.code(RawArticle(text=text, locator="t"))
    for s in doc.sentences:
        inside = [b for b in doc.blocks if b.span.contains(s.span)]
        assert len(inside) == 1, s
    got = sentences(doc)
    assert got[:2] == ["Envoys Meet in Doha", "Talks to continue next week"]
    assert "DOHA, June 2 (Eventwire) - Envoys met in Doha on Sunday." in got
    assert "They agreed to meet again." in got
    assert [s.kind for s in doc.sentences][:2] == ["headline", "dek"]


def test_hard_wrapped_text_gives_whole_sentences(pipeline: Pipeline) -> None:
    text = (
        "KABUL, Jan 9 (Eventwire) - Gunmen attacked a checkpoint near the city\n"
        "on Thursday, killing three police officers, the interior ministry said.\n"
        "Officials said the attackers fled toward the mountains after a gun\n"
        "battle that lasted about an hour.\n"
    )
    got = sentences(pipeline.code(RawArticle(text=text, locator="w")))
    assert got == [
        "KABUL, Jan 9 (Eventwire) - Gunmen attacked a checkpoint near the city on Thursday, "
        "killing three police officers, the interior ministry said.",
        "Officials said the attackers fled toward the mountains after a gun battle that lasted "
        "about an hour.",
    ]


def test_closing_quote_stays_with_its_sentence(pipeline: Pipeline) -> None:
    text = 'The spokesman said the army "will respond to any attack."\n\nTalks resume today.'
    got = sentences(pipeline.code(RawArticle(text=text, locator="q")))
    assert got == [
        'The spokesman said the army "will respond to any attack."',
        "Talks resume today.",
    ]


def test_verbatim_mode_keeps_the_text_exactly(pipeline: Pipeline) -> None:
    text = "  Title line\nBody  sentence one. Body sentence two.\n\n\nLast one.  "
    doc = pipeline.code_verbatim(RawArticle(text=text, locator="v"))
    assert doc.article.text == text
    assert sentences(doc) == [
        "Title line",
        "Body  sentence one.",
        "Body sentence two.",
        "Last one.",
    ]


@pytest.mark.skipif(not SEED.is_file(), reason=f"seed article not found at {SEED}")
def test_seed_article_clean_text_and_sentences(pipeline: Pipeline) -> None:
    doc = pipeline.code(RawArticle(text=SEED.read_text("utf-8"), locator=str(SEED)))
    got = sentences(doc)
    assert not any("Contact Editor" in s or "Elad Benari" in s for s in got)
    assert doc.article.author == "Elad Benari"
    assert any(s.startswith("The U.S. State Department confirmed") for s in got)
    assert doc.sentences[0].kind == "headline" and doc.sentences[1].kind == "dek"
    assert doc.article.text.count("John Kerry\n") == 0  # the doubled caption is gone
    assert all(s.strip(' ."”') for s in got)  # no stray punctuation sentences

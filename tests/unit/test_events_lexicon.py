"""The events stage's word lists: every line a lemma, loaded whole, bad files refused."""

from __future__ import annotations

import pytest

from eventwire.events.lexicon import LexiconError, parse_word_list, word_list


def test_transfer_verbs_load_as_lemmas() -> None:
    words = word_list("transfer_verbs")
    assert {"give", "offer", "hand", "extradite"} <= words
    assert all(w.isalpha() and w.islower() for w in words)


def test_means_nouns_load_as_weapon_and_blast_lemmas() -> None:
    words = word_list("means_nouns")
    assert {"bomb", "explosion", "device", "strike"} <= words
    assert not words & {"home", "town", "attacker"}  # a place or a doer is not a means


def test_comments_and_blank_lines_are_skipped() -> None:
    assert parse_word_list("# verbs\n\ngive\n send \n", "x") == {"give", "send"}


@pytest.mark.parametrize(
    ("text", "message"),
    [("# only a comment\n", "no words"), ("give\nHand over\n", "not a lower-case")],
)
def test_a_bad_word_list_is_refused(text: str, message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        parse_word_list(text, "x")


def test_defiance_nouns_load() -> None:
    assert {"defiance", "protest"} <= word_list("defiance_nouns")

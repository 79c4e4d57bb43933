"""Recognition helpers that need no tagger: word lists built from a hand-made doc."""

from __future__ import annotations

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan
from spacy.vocab import Vocab

from eventwire.places.recognise import _person_words


def test_a_mistagged_country_gives_no_person_words() -> None:
    words = ["Ola", "Berg", "met", "Sri", "Lanka", "'s", "envoy"]
    sdoc = SpacyDoc(Vocab(), words=words)
    sdoc.ents = [SpacySpan(sdoc, 0, 2, label="PERSON"), SpacySpan(sdoc, 3, 6, label="PERSON")]
    persons = _person_words(sdoc, lambda text: text == "Sri Lanka")
    assert persons == {"ola", "berg"}

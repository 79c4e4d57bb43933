"""Pipeline mechanics with test-double stages (no NLP model needed)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest

from eventwire.model import Doc, RawArticle, Sentence, Skipped, Span
from eventwire.pipeline import Pipeline, prepare_all, run


class Marker:
    """A stage that adds one sentence covering the whole text."""

    name = "marker"

    def __call__(self, doc: Doc) -> Doc:
        return doc.with_(sentences=(Sentence(Span(0, len(doc.article.text))),))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for d in docs:
            yield self(d)


class Breaks:
    """A stage that fails on any article containing the word BOOM."""

    name = "breaks"

    def __call__(self, doc: Doc) -> Doc:
        if "BOOM" in doc.article.text:
            raise RuntimeError("cannot handle this\nsecond line")
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for d in list(docs):  # fail the whole batch, like a batched model would
            yield self(d)


def raw(text: str, loc: str) -> RawArticle:
    return RawArticle(text=text, locator=loc)


def test_results_keep_input_order_and_skipped_pass_through() -> None:
    items = [
        raw("The army said so.", "a"),
        Skipped("b", "binary", "NUL bytes"),
        raw("   ", "c"),
        raw("Police made arrests.", "d"),
    ]
    out = list(Pipeline([Marker()]).pipe(items, batch_size=2))
    assert [type(x).__name__ for x in out] == ["Doc", "Skipped", "Skipped", "Doc"]
    assert out[1] == Skipped("b", "binary", "NUL bytes")
    assert isinstance(out[2], Skipped) and out[2].locator == "c" and out[2].reason == "empty"
    assert isinstance(out[3], Doc) and out[3].sentences[0].span == Span(0, 20)


def test_one_failing_article_does_not_stop_the_batch() -> None:
    items = [
        raw("Talks began on Monday.", "ok1"),
        raw("BOOM goes the stage.", "bad"),
        raw("Talks ended on Friday.", "ok2"),
    ]
    out = list(Pipeline([Breaks(), Marker()]).pipe(items, batch_size=8))
    assert [getattr(x, "locator", None) for x in out] == [None, "bad", None]
    bad = out[1]
    assert isinstance(bad, Skipped) and bad.reason == "error"
    assert bad.detail == "RuntimeError: cannot handle this"  # one line
    assert all(isinstance(x, Doc) for x in (out[0], out[2]))


def test_prepare_all_cleans_in_place() -> None:
    out = list(prepare_all([raw("Contact Editor", "f"), raw("A real sentence here.", "g")]))
    assert isinstance(out[0], Skipped) and out[0].reason == "empty"
    assert isinstance(out[1], Doc) and out[1].article.text == "A real sentence here."


def test_run_serial_uses_given_pipeline() -> None:
    items = [raw(f"Report number {i} from the capital.", str(i)) for i in range(5)]
    out = list(run(items, workers=1, batch_size=2, pipeline=Pipeline([Marker()])))
    assert len(out) == 5 and all(isinstance(d, Doc) and d.sentences for d in out)
    assert [d.article.text for d in out if isinstance(d, Doc)] == [r.text for r in items]


def test_the_first_batch_puts_the_loaded_tables_out_of_the_collectors_reach(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import gc

    import eventwire.pipeline as pipeline_module

    monkeypatch.setattr(pipeline_module, "_SETTLED", False)
    gc.unfreeze()
    table = {f"name {i}": [i] for i in range(1000)}  # a long-lived table, loaded lazily
    try:
        out = list(Pipeline([Marker()]).pipe([raw("Kenya and Tanzania met.", "a")]))
        assert [type(d).__name__ for d in out] == ["Doc"]
        assert gc.get_freeze_count() >= len(table)
        frozen_at = gc.get_freeze_count()
        list(Pipeline([Marker()]).pipe([raw("A second batch.", "b")]))
        assert gc.get_freeze_count() == frozen_at  # once per process
    finally:
        gc.unfreeze()

"""``Pipeline.default(stages)`` builds only the layers asked for, in pipeline order."""

from __future__ import annotations

import pytest

from eventwire.errors import EventwireError
from eventwire.model import RawArticle
from eventwire.pipeline import Pipeline


def test_partial_pipeline_builds_only_named_layers_in_order() -> None:
    pipeline = Pipeline.default(["events", "actors"])
    assert pipeline.names == ("nlp", "actors", "events")
    doc = pipeline.code(RawArticle(text="Rebels attacked an army post in the north.", locator="t"))
    assert doc.events, "the events layer ran"
    assert doc.places == () and doc.times == (), "layers not asked for did not run"


def test_no_layers_is_the_foundation_alone() -> None:
    assert Pipeline.default([]).names == ("nlp",)


def test_unknown_stage_is_a_clear_error() -> None:
    with pytest.raises(EventwireError, match="unknown stage"):
        Pipeline.default(["actors", "sentiment"])

"""Fixtures shared by the integration tests."""

from __future__ import annotations

import pytest

from eventwire.actors import ActorsStage
from eventwire.kb import KnowledgeBase
from eventwire.nlp import NlpStage, load_nlp
from eventwire.pipeline import Pipeline
from eventwire.places import Gazetteer, PlacesStage


@pytest.fixture(scope="session")
def places_pipe() -> Pipeline:
    """NLP, actors and places over a freshly built gazetteer (no cache), built once."""
    return Pipeline(
        [
            NlpStage(load_nlp()),
            ActorsStage(KnowledgeBase.load()),
            PlacesStage(Gazetteer.load(min_population=1000, use_cache=False)),
        ]
    )

"""Rules and model together: each mode, label limits, and the shipped pair on clear cases."""

from __future__ import annotations

import pytest

from eventwire.classify.classifier import Classifier
from eventwire.classify.features import FeatureSpec
from eventwire.classify.learner import FitSettings
from eventwire.classify.rules import Rules, parse_rules
from eventwire.classify.train import Example, train_examples
from eventwire.errors import EventwireError

BOMBS = ["The bomb went off in the market.", "A blast destroyed the bus.",
         "An explosion shook the station.", "The device exploded near the bridge."]
MARCHES = ["Teachers marched to the ministry.", "Students rallied on campus.",
           "Nurses marched with banners.", "Farmers rallied in the square."]


@pytest.fixture(scope="module")
def parts() -> tuple[object, Rules]:
    model = train_examples([Example(t, "BOMB") for t in BOMBS] +
                           [Example(t, "MARCH") for t in MARCHES],
                           FeatureSpec(dim_bits=14), FitSettings(epochs=8))
    rules = Rules(parse_rules("MARCH\t8\tdetonat\t-\t-\n"))
    return model, rules


def test_model_mode_ignores_rules(parts: tuple) -> None:
    model, rules = parts
    got = Classifier(model, rules, "model").classify(["The bomb was detonated at dawn."])
    assert got[0] is not None and got[0].label == "BOMB" and got[0].by == "model"


def test_combined_mode_lets_a_strong_rule_win(parts: tuple) -> None:
    model, rules = parts
    got = Classifier(model, rules, "combined").classify(["The bomb was detonated at dawn."])
    assert got[0] is not None and got[0].label == "MARCH" and got[0].by == "combined"


def test_rules_mode_says_nothing_without_a_cue(parts: tuple) -> None:
    _, rules = parts
    got = Classifier(None, rules, "rules").classify(["The bomb went off.", "detonated"])
    assert got[0] is None
    assert got[1] is not None and got[1].label == "MARCH"
    assert got[1].prob == pytest.approx(8 / 9)


def test_label_limits_apply_per_text(parts: tuple) -> None:
    model, rules = parts
    clf = Classifier(model, rules, "combined")
    got = clf.classify(["A blast destroyed the bus.", "A blast destroyed the bus."],
                       [frozenset({"MARCH"}), None])
    assert got[0] is not None and got[0].label == "MARCH" and got[0].prob == pytest.approx(1.0)
    assert got[1] is not None and got[1].label == "BOMB"
    assert clf.classify(["x"], [frozenset({"NONE"})]) == [None]
    with pytest.raises(EventwireError, match="1 texts but 2 label limits"):
        clf.classify(["x"], [None, None])


def test_modes_need_their_parts(parts: tuple) -> None:
    model, rules = parts
    with pytest.raises(EventwireError, match="needs a model"):
        Classifier(None, rules, "combined")
    with pytest.raises(EventwireError, match="needs rules"):
        Classifier(model, None, "rules")
    with pytest.raises(EventwireError, match="unknown classifier mode"):
        Classifier(model, rules, "vote")  # type: ignore[arg-type]


@pytest.mark.parametrize("text, label", [
    ("On 3 May 2021, police arrested five opposition members in Tamale (Northern).", "ARREST"),
    ("Unidentified gunmen shot dead a farmer in his field near Gao.", "ATTACK"),
    ("Around 200 teachers held a peaceful demonstration in front of the ministry to demand "
     "their salaries. [size=around 200]", "PEACE_PROTEST"),
    ("A roadside IED exploded near a military convoy, killing two soldiers.", "REM_EXPLOS"),
    ("Military aircraft bombed rebel positions in the hills.", "AIR_STRIKE"),
    ("Rioters torched cars and threw stones at police during the protest.", "VIOL_DEMONSTR"),
])
def test_shipped_classifier_on_clear_cases(text: str, label: str) -> None:
    got = Classifier.load().classify([text])[0]
    assert got is not None and got.label == label

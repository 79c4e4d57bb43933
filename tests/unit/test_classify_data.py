"""The shipped data: label tables, training set, model."""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources

import pytest

from eventwire.classify import Classifier
from eventwire.classify.labels import LabelTable, LabelTableError, parse_tables

DATA = resources.files("eventwire") / "data"
RAW = {"labels": {
    "A": {"acled_event_type": "Battles", "acled_sub_event_type": "Armed clash"},
    "B": {"acled_event_type": None, "acled_sub_event_type": None, "plover_types": ["SANCTION"]},
}}


def test_label_table_covers_the_30_labels() -> None:
    table = LabelTable.load()
    assert len(table.labels) == 30
    assert len(table.acled) == 25 and set(table.plover) == set(table.acled)
    assert table.acled["AIR_STRIKE"] == ("Explosions/Remote violence", "Air/drone strike")
    assert table.plover["ARREST"].type == "COERCE" and table.plover["ARREST"].mode == "arrest"
    assert table.label_of_subtype("peaceful  PROTEST") == "PEACE_PROTEST"
    assert table.by_plover_type["SANCTION"] == "DIPLO"


def test_label_events_must_cover_every_acled_label() -> None:
    with pytest.raises(LabelTableError, match="no PLOVER event for A"):
        parse_tables(RAW, "")
    table = parse_tables(RAW, "A\tASSAULT\tfirearms\t190\tASSAULT,COERCE\n")
    assert table.plover["A"].applies_to == frozenset({"ASSAULT", "COERCE"})


@pytest.mark.parametrize("tsv, message", [
    ("A\tASSAULT\t-\t-\n", "expected 5"),
    ("B\tASSAULT\t-\t-\tASSAULT\n", "not an ACLED label"),
])
def test_bad_label_event_lines(tsv: str, message: str) -> None:
    with pytest.raises(LabelTableError, match=message):
        parse_tables(RAW, tsv)


def test_training_set_has_60_or_more_examples_of_every_label() -> None:
    text = (DATA / "training" / "acled_subtypes.jsonl").read_text("utf-8")
    records = [json.loads(line) for line in text.splitlines()]
    assert all(set(r) == {"id", "origin", "text", "label"} for r in records)
    assert all(r["origin"] == "eventwire" and r["text"].strip() for r in records)
    assert len({r["id"] for r in records}) == len(records)
    counts = Counter(r["label"] for r in records)
    assert set(counts) == set(LabelTable.load().labels)
    assert min(counts.values()) >= 60


def test_shipped_model_knows_the_30_labels() -> None:
    classifier = Classifier.load()
    assert classifier.model is not None
    assert set(classifier.model.labels) == set(LabelTable.load().labels)
    assert classifier.model.info["format"] == "subtypes"


def test_some_strategic_training_notes_carry_an_acled_tag() -> None:
    text = (DATA / "training" / "acled_subtypes.jsonl").read_text("utf-8")
    records = [json.loads(line) for line in text.splitlines()]
    tagged = Counter(r["label"] for r in records if r["text"].startswith(
        ("Movement of forces: On", "Weapons seizure: On", "Property destruction: On")))
    assert {"CHANGE_TO_GROUP_ACT", "DISR_WEAP", "PROPERTY_DISTRUCT"} <= set(tagged)


@pytest.mark.parametrize("text, label", [
    # a one-sided attack on security personnel is a battle, on a civilian an attack
    ("On 3 March 2022, in Tarlac, two gunmen on a scooter shot and killed a traffic police "
     "officer at a checkpoint. 1 fatality.", "ARMED_CLASH"),
    ("On 3 March 2022, in Tarlac, two gunmen on a scooter shot and killed a rice vendor "
     "outside her stall. 1 fatality.", "ATTACK"),
    # blocking a road with burning debris makes a demonstration violent
    ("On 8 May 2021, in Recife, residents blocked a bridge by setting rubbish on fire to "
     "demand sewage works. [size=no report]", "VIOL_DEMONSTR"),
    # a protest about an arrest is not itself a protest with intervention
    ("On 8 May 2021, nurses protested outside the provincial court in Kisumu against the "
     "arrest of their union secretary. [size=dozens]", "PEACE_PROTEST"),
])
def test_shipped_classifier_keeps_neighbouring_labels_apart(text: str, label: str) -> None:
    decision = Classifier.load().classify([text])[0]
    assert decision is not None and decision.label == label

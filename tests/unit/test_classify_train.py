"""``train_from_jsonl``: both input formats, the report, held-out accuracy, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.classify.features import FeatureSpec
from eventwire.classify.learner import FitSettings, TrainingError
from eventwire.classify.model import Model
from eventwire.classify.train import NO_EVENT, main, read_examples, train_from_jsonl

SPEC = FeatureSpec(dim_bits=14)
FAST = FitSettings(epochs=8)
SHELLING = ["Artillery shelled the village at dawn.", "Mortar rounds hit the market.",
            "Rockets struck the suburbs overnight.", "Shells landed near the school.",
            "Howitzers pounded the hills.", "Mortars hit the camp again."]
ARRESTS = ["Police arrested the union leader.", "Officers detained three reporters.",
           "The activist was taken into custody.", "Police detained the mayor.",
           "Agents arrested a blogger at home.", "Two students were arrested by police."]


def write_subtypes(path: Path) -> Path:
    rows = [{"id": f"s{i}", "origin": "test", "text": t, "label": "SHELL"}
            for i, t in enumerate(SHELLING)]
    rows += [{"id": f"a{i}", "origin": "test", "text": t, "label": "ARREST"}
             for i, t in enumerate(ARRESTS)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_train_from_subtypes_jsonl(tmp_path: Path) -> None:
    report = train_from_jsonl([write_subtypes(tmp_path / "t.jsonl")], tmp_path / "m.npz",
                              spec=SPEC, settings=FAST)
    assert report.examples == 12
    assert report.labels == {"ARREST": 6, "SHELL": 6}
    assert report.train_accuracy == 1.0
    assert report.holdout_accuracy is None
    assert report.model_bytes == (tmp_path / "m.npz").stat().st_size
    model = Model.load(tmp_path / "m.npz")
    assert model.predict(["Police arrested two farmers."])[0][0] == "ARREST"
    assert report.to_dict()["settings"]["features"]["dim_bits"] == 14


def test_holdout_keeps_every_nth_example_out(tmp_path: Path) -> None:
    report = train_from_jsonl([write_subtypes(tmp_path / "t.jsonl")], tmp_path / "m.npz",
                              spec=SPEC, settings=FAST, holdout=0.25)
    assert (report.examples, report.holdout_examples) == (9, 3)
    assert report.holdout_accuracy is not None
    with pytest.raises(TrainingError, match="holdout"):
        train_from_jsonl([tmp_path / "t.jsonl"], tmp_path / "m.npz", holdout=1.0)


def test_events_format_uses_the_first_event_type(tmp_path: Path) -> None:
    path = tmp_path / "e.jsonl"
    rows = [{"id": "1", "origin": "t", "text": "Troops shelled the town.", "date": None,
             "events": [{"type": "ASSAULT"}, {"type": "COERCE"}]},
            {"id": "2", "origin": "t", "text": "It rained.", "date": None, "events": []}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert [(e.text, e.label) for e in read_examples([path], "events")] == [
        ("Troops shelled the town.", "ASSAULT"), ("It rained.", NO_EVENT)]


@pytest.mark.parametrize("line, message", [
    ("{not json", "not JSON"),
    ('{"text": ""}', "non-empty 'text'"),
    ('{"text": "a"}', "needs a 'label'"),
])
def test_bad_subtypes_lines_name_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "fine", "label": "X"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(TrainingError, match=f"bad.jsonl:2: .*{message}"):
        read_examples([path])


def test_bad_events_lines_and_unknown_format(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "a", "events": [{"mode": "x"}]}\n', encoding="utf-8")
    with pytest.raises(TrainingError, match="an event needs a 'type'"):
        read_examples([path], "events")
    with pytest.raises(TrainingError, match="unknown training format"):
        read_examples([path], "csv")  # type: ignore[arg-type]
    with pytest.raises(TrainingError, match="cannot read"):
        read_examples([tmp_path / "missing.jsonl"])


def test_command_line_trains_and_prints_the_report(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    data = write_subtypes(tmp_path / "t.jsonl")
    assert main([str(data), "--out", str(tmp_path / "m.npz"), "--epochs", "4",
                 "--dim-bits", "14"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["examples"] == 12 and printed["labels"] == {"ARREST": 6, "SHELL": 6}

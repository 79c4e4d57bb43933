"""The learner separates obvious classes; a saved model predicts exactly what it did."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest

from eventwire.classify.features import FeatureSpec
from eventwire.classify.learner import FitSettings, TrainingError, fit
from eventwire.classify.model import Model, ModelFileError
from eventwire.classify.train import Example, train_examples

SPEC = FeatureSpec(dim_bits=14)
FAST = FitSettings(epochs=8)

FLOODS = [
    "Heavy rain flooded the river valley and washed away bridges.",
    "Floodwater covered the farms after the river burst its banks.",
    "The flood forced families onto their roofs as the water rose.",
    "Rain kept falling and the river flooded the market again.",
    "Rescue boats moved through flooded streets after the storm.",
    "The dam overflowed and flood water reached the villages.",
]
PROTESTS = [
    "Teachers marched to the ministry carrying banners about pay.",
    "Students held a rally and chanted slogans outside the campus.",
    "Nurses staged a sit-in and marched with placards.",
    "Farmers rallied in the square holding banners and chanting.",
    "Workers marched through the centre with placards and drums.",
    "Residents held a march with banners to the town hall.",
]


def examples() -> list[Example]:
    return [Example(t, "FLOOD") for t in FLOODS] + [Example(t, "PROTEST") for t in PROTESTS]


@pytest.fixture(scope="module")
def model() -> Model:
    return train_examples(examples(), SPEC, FAST, {"note": "test"})


def test_training_separates_two_obvious_classes(model: Model) -> None:
    got = model.predict(["The river flooded the town after days of rain.",
                         "Hundreds marched with banners and chanted slogans."])
    assert [label for label, _ in got] == ["FLOOD", "PROTEST"]
    assert all(prob > 0.6 for _, prob in got)


def test_probabilities_sum_to_one(model: Model) -> None:
    probs = model.proba(["anything at all", "a march"])
    assert probs.shape == (2, 2)
    assert np.allclose(probs.sum(axis=1), 1.0)


def test_save_load_round_trip_gives_identical_predictions(model: Model, tmp_path: Path) -> None:
    path = tmp_path / "m.npz"
    model.save(path)
    loaded = Model.load(path)
    texts = ["Flood water rose in the night.", "A rally with banners.", ""]
    assert np.array_equal(loaded.proba(texts), model.proba(texts))
    assert loaded.labels == ("FLOOD", "PROTEST")
    assert loaded.spec == SPEC
    assert loaded.info == {"note": "test"}


def test_a_pickled_model_predicts_the_same(model: Model) -> None:
    import pickle

    copy = pickle.loads(pickle.dumps(model))
    texts = ["Flood water rose in the night.", "A rally with banners."]
    assert np.array_equal(copy.proba(texts), model.proba(texts))


def test_saving_twice_gives_the_same_bytes(model: Model, tmp_path: Path) -> None:
    model.save(tmp_path / "a.npz")
    model.save(tmp_path / "b.npz")
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()


def test_training_is_deterministic() -> None:
    a = train_examples(examples(), SPEC, FAST)
    b = train_examples(examples(), SPEC, FAST)
    assert np.array_equal(a.q, b.q) and np.array_equal(a.bias, b.bias)


def test_loading_garbage_is_a_model_file_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a zip file")
    with pytest.raises(ModelFileError):
        Model.load(bad)
    with pytest.raises(ModelFileError):
        Model.load(tmp_path / "missing.npz")


def test_loading_another_format_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.npz"
    buf = io.BytesIO()
    header = np.frombuffer(b'{"format": "something-else", "version": 1}', dtype=np.uint8)
    np.savez(buf, header=header, rows=np.zeros(0, np.uint32), q=np.zeros((0, 2), np.int8),
             scale=np.zeros(0, np.float32), bias=np.zeros(2, np.float32))
    path.write_bytes(buf.getvalue())
    with pytest.raises(ModelFileError, match="not an eventwire-linear"):
        Model.load(path)


def test_one_label_cannot_be_trained() -> None:
    with pytest.raises(TrainingError, match="two or more labels"):
        train_examples([Example("a", "X"), Example("b", "X")], SPEC, FAST)


def test_fit_checks_its_inputs() -> None:
    from eventwire.classify.features import featurize_many

    batch = featurize_many(["one", "two"], SPEC)
    with pytest.raises(TrainingError, match="2 examples but 1 labels"):
        fit(batch, np.array([0]), 2, SPEC.dim, FAST)

"""Hashed features: deterministic across processes, normalised, unit length."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest

from eventwire.classify.features import (
    FeatureError,
    FeatureSpec,
    batch_of,
    featurize,
    featurize_many,
    normalise,
)

TEXT = "On 4 May 2021, police arrested 12 traders in Tamale."


def test_normalise_lowers_folds_numbers_and_spaces() -> None:
    got = normalise("  Police  ARRESTED 12 people\non 3.5.2021 ")
    assert got == "police arrested 0 people on 0"


def test_numbers_do_not_change_the_vector() -> None:
    a = featurize("Gunmen killed 3 farmers", FeatureSpec())
    b = featurize("Gunmen killed 45 farmers", FeatureSpec())
    assert np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1])


def test_vector_is_sorted_unique_and_unit_length() -> None:
    idx, val = featurize(TEXT, FeatureSpec())
    assert np.all(np.diff(idx) > 0)
    assert float(np.linalg.norm(val)) == pytest.approx(1.0, abs=1e-6)
    assert idx.max() < FeatureSpec().dim


def test_same_text_same_features_in_another_process() -> None:
    """The hash is CRC-32 and a fixed polynomial, never Python's salted hash()."""
    idx, _ = featurize(TEXT, FeatureSpec())
    code = (
        "import json; from eventwire.classify.features import featurize, FeatureSpec; "
        f"print(json.dumps(featurize({TEXT!r}, FeatureSpec())[0].tolist()))"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, check=True)
    assert json.loads(out.stdout) == idx.tolist()


def test_empty_text_gets_one_placeholder_feature() -> None:
    idx, val = featurize("", FeatureSpec())
    assert idx.tolist() == [0] and val.tolist() == [1.0]


def test_feature_groups_can_be_switched_off() -> None:
    words_only = FeatureSpec(word_ngrams=1, char_weight=0.0)
    idx, _ = featurize("bomb exploded", words_only)
    assert len(idx) == 2  # two words, no bigram, no character n-grams


def test_lead_sentence_features_add_buckets() -> None:
    base = featurize("Police arrested two men. They were freed.", FeatureSpec())
    lead = featurize("Police arrested two men. They were freed.", FeatureSpec(lead_weight=0.5))
    assert len(lead[0]) > len(base[0])


@pytest.mark.parametrize("bad", [{"dim_bits": 4}, {"word_ngrams": 3},
                                 {"char_min": 5, "char_max": 3}])
def test_bad_settings_are_refused(bad: dict[str, int]) -> None:
    with pytest.raises(FeatureError):
        FeatureSpec(**bad)


def test_settings_round_trip_through_json() -> None:
    spec = FeatureSpec(dim_bits=16, bigram_weight=0.5)
    assert FeatureSpec.from_json(json.loads(json.dumps(spec.to_json()))) == spec
    with pytest.raises(FeatureError):
        FeatureSpec.from_json({"dim_bits": 16, "colour": "red"})


def test_batch_take_gathers_rows_in_order() -> None:
    texts = ["a grenade", "tear gas at a march", "peace deal signed"]
    batch = featurize_many(texts, FeatureSpec())
    sub = batch.take(np.array([2, 0]))
    expected = batch_of([featurize(texts[2], FeatureSpec()), featurize(texts[0], FeatureSpec())])
    assert np.array_equal(sub.indptr, expected.indptr)
    assert np.array_equal(sub.indices, expected.indices)
    assert np.array_equal(sub.values, expected.values)

"""Validation of the bundled temporal lexicon and rules, and of their loaders."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from eventwire.errors import EventwireError
from eventwire.times.lexicon import Lexicon, LexiconError, default_path, load_lexicon, norm_phrase
from eventwire.times.normalise import NORMALISERS
from eventwire.times.patterns import (
    ANCHOR_CLASSES,
    GATES,
    Candidate,
    anchor_index,
    default_rules_path,
    find_candidates,
    load_rules,
    select_longest,
    trim_determiner,
)


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon()


def test_bundled_lexicon_loads_with_every_table(lex: Lexicon) -> None:
    assert lex.months["sept"] == 9 and lex.months["may"] == 5
    assert lex.weekdays["sunday"] == 6
    assert lex.units["fortnight"] == "FORTNIGHT" and lex.units["decades"] == "DE"
    assert lex.fuzzy["recently"] == "PAST_REF"
    assert lex.sets["daily"] == "P1D"


def test_every_lexicon_key_is_in_lookup_form(lex: Lexicon) -> None:
    raw = json.loads(default_path().read_text("utf-8"))
    for name, table in raw.items():
        keys = table if isinstance(table, list) else table.keys() if isinstance(table, dict) else []
        for key in keys:
            assert key == norm_phrase(key), f"{name}: {key!r}"


def test_number_words(lex: Lexicon) -> None:
    assert lex.number("twenty-four") == 24
    assert lex.number("twenty four") == 24
    assert lex.number("a couple of") == 2
    assert lex.number("two hundred") == 200
    assert lex.number("lots") is None


def test_every_rule_compiles_has_a_normaliser_a_gate_and_anchors(lex: Lexicon) -> None:
    rules = load_rules(lex)
    assert len(rules) > 40
    for rule in rules:
        assert rule.kind in NORMALISERS, rule.line
        assert rule.gate in GATES, rule.line
        assert rule.anchors, rule.line
        assert all(a in ANCHOR_CLASSES or a.islower() for a in rule.anchors), rule.line


SAMPLE = (
    "On Monday, Aug. 7, 2017, at 11 p.m. EDT Thursday and 4pm on Sunday, the talks of "
    "the past five years ended; two weeks ago, in the 1990s and the '80s, the third-quarter "
    "loss, a year earlier, this weekend, every week, nineteen ninety-four, early 2015, "
    "midwinter, the following day, at noon Friday, Christmas Day 2013, the fiscal year."
)


def test_windowed_search_finds_what_a_full_scan_finds(lex: Lexicon) -> None:
    """The anchors of every rule must be words each of its matches contains."""
    rules = load_rules(lex)
    everything = [
        Candidate(m.start(), m.end(), rule.kind, rule.gate, {}, i)
        for i, rule in enumerate(rules) for m in rule.regex.finditer(SAMPLE)
    ]
    full = {(c.start, c.end, c.kind)
            for c in map(lambda c: trim_determiner(SAMPLE, c), select_longest(everything))}
    found = find_candidates(SAMPLE, rules, anchor_index(lex, rules))
    assert {(c.start, c.end, c.kind) for c in found} == full
    assert [c.kind for c in found] == [
        "date", "clock", "clock", "duration", "ago", "decade", "decade", "quarter", "yearago",
        "shift", "set", "year", "year", "season", "ana", "clock", "holiday", "fiscalyear"]


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_lexicon_errors_name_the_bad_table(tmp_path: Path) -> None:
    raw = json.loads(default_path().read_text("utf-8"))
    raw["months"]["smarch"] = 13
    with pytest.raises(LexiconError, match="months"):
        load_lexicon(_write(tmp_path, "lex.json", json.dumps(raw)))
    del raw["months"]
    with pytest.raises(LexiconError, match="'months' is missing"):
        load_lexicon(_write(tmp_path, "lex.json", json.dumps(raw)))
    with pytest.raises(LexiconError, match="cannot read"):
        load_lexicon(_write(tmp_path, "lex.json", "{not json"))
    assert issubclass(LexiconError, EventwireError)


def test_lexicon_keys_must_be_lower_case(tmp_path: Path) -> None:
    raw = json.loads(default_path().read_text("utf-8"))
    raw["weekdays"]["Funday"] = 3
    with pytest.raises(LexiconError, match="lower case"):
        load_lexicon(_write(tmp_path, "lex.json", json.dumps(raw)))


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("date\t-\tMONTH", "expected kind, gate, anchors and pattern"),
        ("date\tmaybe\tMONTH\t{MONTH}", "unknown gate"),
        ("date\t-\tBOGUS\t{MONTH}", "bad anchors"),
        ("date\t-\tMONTH\t{NOPE}", "unknown placeholder"),
        ("date\t-\tMONTH\t({MONTH}", "bad pattern"),
    ],
)
def test_rule_errors_name_the_line(tmp_path: Path, lex: Lexicon, line: str, message: str) -> None:
    path = _write(tmp_path, "rules.tsv", "# a comment\n\n" + line + "\n")
    with pytest.raises(LexiconError, match=re.escape(message)) as info:
        load_rules(lex, path)
    assert "rules.tsv:3" in str(info.value)


def test_empty_rules_file_is_an_error(tmp_path: Path, lex: Lexicon) -> None:
    with pytest.raises(LexiconError, match="no rules"):
        load_rules(lex, _write(tmp_path, "rules.tsv", "# nothing\n"))
    assert default_rules_path().is_file()

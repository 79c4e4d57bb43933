from __future__ import annotations

import pytest

from eventwire.counts.extract import Tables, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("13", 13),
        ("1,200", 1200),
        ("2.5 million", 2_500_000),
        ("twenty-five", 25),
        ("three hundred", 300),
        ("one", 1),
        ("four thousand two hundred", 4200),
        ("several", None),
    ],
)
def test_parse_number(text: str, value: int | None) -> None:
    assert parse_number(text) == value


def test_tables_load_with_kinds_and_quantities() -> None:
    t = Tables.load()
    assert t.kinds["kill"] == "killed" and t.kinds["arrest"] == "arrested"
    assert t.quantities["hundreds"] == (100, "hundreds")
    assert "protesters" in t.crowd


def test_a_range_counts_as_its_lower_bound() -> None:
    assert parse_number("16 25") == 16

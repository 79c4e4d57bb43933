"""The document's home country: a clear majority of country-bearing mentions, or none."""

from __future__ import annotations

import pytest

from eventwire.actors.home import home_country


@pytest.mark.parametrize(
    ("countries", "home"),
    [
        (["KEN", "KEN", "TZA"], "KEN"),
        (["KEN"], "KEN"),
        (["KEN", "TZA"], None),  # a tie is no majority
        (["KEN", "TZA", "UGA"], None),  # no majority
        (["UNO", "NGO", "KEN"], "KEN"),  # international bodies are nobody's home
        (["UNO", "IGO"], None),
        ([], None),
    ],
)
def test_home_country(countries: list[str], home: str | None) -> None:
    assert home_country(countries) == home

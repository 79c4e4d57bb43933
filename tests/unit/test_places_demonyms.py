"""The demonym table places read from the bundled country records."""

from __future__ import annotations

from eventwire.places.demonyms import load_demonyms


def test_demonyms_name_their_country() -> None:
    dem = load_demonyms()
    assert dem["hungarian"] == "HUN"
    assert dem["new zealanders"] == "NZL"
    assert len(dem) >= 300
    assert all(len(code) == 3 and code.isupper() for code in dem.values())

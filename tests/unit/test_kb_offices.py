"""The KB's record of heads of state and government, foreign and defence ministers since
2000 for the countries listed in ``data/kb/offices.tsv`` stays complete and consistent."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.kb import Entity, KBError, Role
from eventwire.kb.base import _read_jsonl, bundled_files
from eventwire.kb.offices import (
    CountrySpec,
    conflicts,
    country_names,
    gaps,
    holders,
    load_spec,
    office_of,
    overlaps,
)

TOLERANCE_DAYS = 120  # a caretaker spell, a cabinet still being formed


@pytest.fixture(scope="module")
def entities() -> list[Entity]:
    return [e for f in bundled_files() for e in _read_jsonl(f, f.name)]


@pytest.fixture(scope="module")
def spec(entities: list[Entity]) -> dict[str, CountrySpec]:
    table = load_spec()
    country_names(entities, table)
    return table


def test_the_table_lists_the_g20_and_conflict_states_with_kb_countries(
    entities: list[Entity], spec: dict[str, CountrySpec]
) -> None:
    states = {e.country for e in entities if e.type in ("country", "territory")}
    assert set(spec) <= states, set(spec) - states
    groups = {c.group for c in spec.values()}
    assert groups == {"g20", "conflict", "other"}
    assert sum(c.group == "g20" for c in spec.values()) == 19  # the member states
    assert all(c.names for c in spec.values())


def test_no_office_is_left_without_a_holder_for_long(
    entities: list[Entity], spec: dict[str, CountrySpec]
) -> None:
    """From 2000 to today somebody holds each office, save the listed vacancies (the
    office abolished or empty) and caretaker spells shorter than the tolerance."""
    long = [g for g in gaps(entities, spec, dt.date.today()) if g.days > TOLERANCE_DAYS]
    assert not long, [(g.iso3, g.office, str(g.start), str(g.end)) for g in long]


def test_nobody_holds_one_office_twice_at_once(
    entities: list[Entity], spec: dict[str, CountrySpec]
) -> None:
    twice = overlaps(entities, spec)
    assert not twice, [(i, o, e) for i, o, e, _a, _b in twice]


def test_vacancies_do_not_contradict_the_holders(
    entities: list[Entity], spec: dict[str, CountrySpec]
) -> None:
    clash = conflicts(entities, spec)
    assert not clash, [(v.office, str(v.start), e) for v, e, _r in clash]


def test_office_holders_have_ordered_dates(
    entities: list[Entity], spec: dict[str, CountrySpec]
) -> None:
    found = list(holders(entities, spec))
    assert len(found) > 1500
    bad = [
        (e.id, r.title)
        for _i, _o, e, r in found
        if r.start is None or (r.end is not None and r.end < r.start)
    ]
    assert not bad, bad[:10]


_TABLE = """# an invented state
country\tXXA\thos hog fm dm\tconflict
name\tXXA\tRepublic of Xanadu
title\tXXA\thos\tChairman of the Council of Salvation
vacant\tXXA\thog\t2001-01-01\t2002-06-30\toffice abolished
pending\tXXA\tdm\t2000-01-01\t2000-12-31\tnot yet recorded
"""


def _role(title: str, start: str, end: str | None = None, country: str = "XXA") -> Role:
    return Role(
        title,
        country,
        ("GOV",),
        dt.date.fromisoformat(start),
        dt.date.fromisoformat(end) if end else None,
    )


@pytest.mark.parametrize(
    ("title", "office"),
    [
        ("President of Xanadu", "hos"),
        ("Interim President of the Republic of Xanadu", "hos"),
        ("Chairman of the Council of Salvation", "hos"),
        ("Prime Minister of Xanadu (government of national unity)", "hog"),
        ("Minister of Foreign Affairs of Xanadu", "fm"),
        ("Acting Minister of National Defence of Xanadu", "dm"),
        ("Deputy Minister of Defence of Xanadu", None),
        ("President of the Senate of Xanadu", None),
        ("Minister of Finance of Xanadu", None),
    ],
)
def test_a_title_names_its_office(title: str, office: str | None) -> None:
    table = load_spec(_TABLE)
    table["XXA"].names.add("Xanadu")
    assert office_of(_role(title, "2000-01-01"), table["XXA"]) == office


def test_gaps_skip_vacancies_and_report_pending_periods_on_request() -> None:
    table = load_spec(_TABLE)
    table["XXA"].names.add("Xanadu")
    roles = (
        _role("President of Xanadu", "1999-01-01"),
        _role("Prime Minister of Xanadu", "1999-01-01", "2000-12-31"),
        _role("Prime Minister of Xanadu", "2002-07-01"),
        _role("Foreign Minister of Xanadu", "2000-01-01", "2009-12-31"),
        _role("Minister of Defence of Xanadu", "2001-01-01"),
    )
    people = [Entity("person:a", "person", "A", "XXA", roles=roles)]
    today = dt.date(2010, 12, 31)
    found = {(g.office, str(g.start), str(g.end)) for g in gaps(people, table, today)}
    assert found == {("fm", "2010-01-01", "2010-12-31")}
    found = {(g.office, str(g.start)) for g in gaps(people, table, today, pending=False)}
    assert ("dm", "2000-01-01") in found


def test_bad_table_rows_are_refused() -> None:
    with pytest.raises(KBError, match=r"offices\.tsv:1"):
        load_spec("country\tXXA\thos king\tg20\n")
    with pytest.raises(KBError, match="not listed"):
        load_spec("title\tXXB\thos\tKing of Nowhere\n")
    with pytest.raises(KBError, match="reason"):
        load_spec("country\tXXA\thos\tg20\nvacant\tXXA\thos\t2002-01-01\t2001-01-01\tx\n")

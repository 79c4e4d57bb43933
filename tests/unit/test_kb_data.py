"""Validation of the bundled knowledge-base data files (every line, every file)."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter

import pytest

from eventwire.kb import Entity, KnowledgeBase, norm
from eventwire.kb.base import _read_jsonl, bundled_files, load_role_nouns
from eventwire.kb.entities import PSEUDO_COUNTRIES, SECTORS


@pytest.fixture(scope="module")
def entities() -> list[Entity]:
    return [e for f in bundled_files() for e in _read_jsonl(f, f.name)]


@pytest.fixture(scope="module")
def codes(entities: list[Entity]) -> set[str]:
    return {e.country for e in entities if e.type in ("country", "territory") and e.country}


def test_every_line_is_valid_json_with_a_unique_id(entities: list[Entity]) -> None:
    for f in bundled_files():
        for n, line in enumerate(f.read_text("utf-8").splitlines(), 1):
            if line.strip() and not line.startswith("//"):
                assert isinstance(json.loads(line), dict), f"{f.name}:{n}"
    dup = [i for i, c in Counter(e.id for e in entities).items() if c > 1]
    assert not dup, f"duplicate ids: {dup[:10]}"


def test_all_un_members_and_observers_are_present(entities: list[Entity]) -> None:
    states = [e for e in entities if e.type == "country"]
    assert sum(e.status == "member" for e in states) == 193
    observers = {e.country for e in states if e.status == "observer"}
    assert observers == {"VAT", "PSE"}
    for iso in ("XKX", "TWN"):
        assert any(e.country == iso for e in states), iso


def test_states_have_demonyms_and_capitals(entities: list[Entity]) -> None:
    missing = [e.name for e in entities if e.type == "country" and not e.capital]
    assert not missing, missing


def test_country_codes_are_known(entities: list[Entity], codes: set[str]) -> None:
    known = codes | PSEUDO_COUNTRIES
    bad = [(e.id, e.country) for e in entities if e.country and e.country not in known]
    bad += [
        (e.id, r.country) for e in entities for r in e.roles if r.country and r.country not in known
    ]
    assert not bad, bad[:10]


def test_sectors_are_known(entities: list[Entity]) -> None:
    used = {s for e in entities for s in (*e.sectors, *(x for r in e.roles for x in r.sectors))}
    assert used <= SECTORS, used - SECTORS
    for role in load_role_nouns().values():
        assert set(role.sectors) <= SECTORS, role


def test_people_have_dated_roles(entities: list[Entity]) -> None:
    people = [e for e in entities if e.type == "person"]
    assert len(people) >= 500
    assert all(e.roles for e in people), [e.id for e in people if not e.roles][:10]
    assert all(r.start is not None for e in people for r in e.roles)


def test_full_names_are_not_shared_by_two_people(entities: list[Entity]) -> None:
    names = Counter(norm(e.name) for e in entities if e.type == "person")
    dup = [n for n, c in names.items() if c > 1]
    assert not dup, dup[:10]


def test_no_person_is_named_like_a_seat_of_government(entities: list[Entity]) -> None:
    # a person candidate wins over a metonym, so 'Muscat' as an alias would hide Oman's government
    seats = {norm(m.name) for e in entities for m in e.metonyms}
    bad = [(e.id, a) for e in entities if e.type == "person" for a in (e.name, *e.aliases)]
    assert not [x for x in bad if norm(x[1]) in seats]


def test_bundled_kb_loads_and_resolves_basics() -> None:
    kb = KnowledgeBase.load()
    us = kb.resolve("U.S.")
    assert us is not None and us.country == "USA"
    assert kb.demonym("Egyptians") is not None
    kremlin = kb.resolve("the Kremlin")
    assert kremlin is not None and (kremlin.country, kremlin.sectors) == ("RUS", ("GOV",))


@pytest.mark.parametrize("name", ["European Community", "the European Economic Community", "EEC"])
def test_the_european_union_s_predecessor_is_a_european_body(name: str) -> None:
    # the European Community (1958-2009) was folded into the EU: coded like the EU's bodies
    body = KnowledgeBase.load().resolve(name)
    assert body is not None and (body.entity.type, body.country) == ("igo", "EUR")


def test_place_cues_name_known_countries(codes: set[str]) -> None:
    from eventwire.kb.base import load_place_cues

    places = load_place_cues()
    assert len(places) > 1000
    bad = {k: v for k, v in places.items() if v not in codes}
    assert not bad, list(bad.items())[:10]


@pytest.mark.parametrize(
    ("name", "on", "country", "sectors"),
    [
        ("Yogi Adityanath", "2022-06-01", "IND", ("GOV",)),  # a state's chief minister
        ("Vyacheslav Gladkov", "2023-01-01", "RUS", ("GOV",)),  # a regional governor
        ("Nancy Pelosi", "2024-01-01", "USA", ("LEG",)),  # a legislator after the speakership
        ("Valery Gerasimov", "2022-03-01", "RUS", ("GOV", "MIL")),
        ("Elon Musk", "2021-01-01", "USA", ("BUS",)),  # public figures outside government
        ("Taylor Swift", "2023-01-01", "USA", ("CVL",)),
        ("Keir Starmer", "2022-01-01", "GBR", ("LEG", "OPP")),  # before office, in opposition
        ("Keir Starmer", "2025-01-01", "GBR", ("GOV",)),
    ],
)
def test_bundled_office_holders_and_public_figures_on_a_date(
    name: str, on: str, country: str, sectors: tuple[str, ...]
) -> None:
    import datetime as dt

    res = _bundled().resolve(name, dt.date.fromisoformat(on))
    assert res is not None and (res.country, res.sectors) == (country, sectors)


def test_bundled_companies_and_universities() -> None:
    kb = _bundled()
    for name, country, sector in [("Netflix", "USA", "BUS"), ("Kabul University", "AFG", "EDU")]:
        res = kb.resolve(name)
        assert res is not None and res.country == country and sector in res.sectors


_KB: list[KnowledgeBase] = []


def _bundled() -> KnowledgeBase:
    if not _KB:
        _KB.append(KnowledgeBase.load())
    return _KB[0]


@pytest.mark.parametrize(
    ("name", "in_office", "after", "country"),
    [
        ("Yahya Jammeh", "2010-01-01", "2018-01-01", "GMB"),
        ("Ellen Johnson Sirleaf", "2010-01-01", "2019-01-01", "LBR"),
        ("Ian Khama", "2012-01-01", "2019-01-01", "BWA"),
        ("Bingu wa Mutharika", "2008-01-01", "2013-01-01", "MWI"),
        ("Hage Geingob", "2016-01-01", "2024-06-01", "NAM"),
        ("Ould Taya", "2003-01-01", "2006-01-01", "MRT"),  # a surname form the press uses
        ("Mohamed Nasheed", "2010-01-01", "2014-01-01", "MDV"),
        ("Lee Hsien Loong", "2010-01-01", "2025-01-01", "SGP"),
        ("Choummaly Sayasone", "2010-01-01", "2017-01-01", "LAO"),
        ("Taur Matan Ruak", "2015-01-01", "2024-01-01", "TLS"),
        ("Frank Bainimarama", "2015-01-01", "2023-06-01", "FJI"),
        ("Jacinda Ardern", "2020-01-01", "2024-01-01", "NZL"),
        ("Danilo Medina", "2015-01-01", "2021-01-01", "DOM"),
        ("Laura Chinchilla", "2012-01-01", "2015-01-01", "CRI"),
        ("Desi Bouterse", "2015-01-01", "2021-01-01", "SUR"),  # without the accent
        ("Katrín Jakobsdóttir", "2020-01-01", "2025-01-01", "ISL"),
        ("Jean Asselborn", "2015-01-01", "2024-06-01", "LUX"),  # a foreign minister
        ("Joseph Muscat", "2015-01-01", "2021-01-01", "MLT"),
    ],
)
def test_heads_of_state_and_government_hold_office_only_on_their_dates(
    name: str, in_office: str, after: str, country: str
) -> None:
    import datetime as dt

    kb = _bundled()
    res = kb.resolve(name, dt.date.fromisoformat(in_office))
    assert res is not None and res.country == country and "GOV" in res.sectors, res
    res = kb.resolve(name, dt.date.fromisoformat(after))
    assert res is not None and "GOV" not in res.sectors, res


# Indian states and Pakistani provinces with a chief minister since 2000; dates when there
# was none (president's or governor's rule, caretakers, military rule, not yet created).
_CM_REGIONS = {
    "IND": (
        "Andhra Pradesh", "Arunachal Pradesh", "Assam", "Bihar", "Chhattisgarh", "Delhi",
        "Goa", "Gujarat", "Haryana", "Himachal Pradesh", "Jammu and Kashmir", "Jharkhand",
        "Karnataka", "Kerala", "Madhya Pradesh", "Maharashtra", "Manipur", "Meghalaya",
        "Mizoram", "Nagaland", "Odisha", "Puducherry", "Punjab", "Rajasthan", "Sikkim",
        "Tamil Nadu", "Telangana", "Tripura", "Uttar Pradesh", "Uttarakhand", "West Bengal",
    ),
    "PAK": ("Punjab", "Sindh", "Khyber Pakhtunkhwa", "Balochistan", "Gilgit-Baltistan"),
}  # fmt: skip
_CM_DATES = ("2002-06-01", "2006-06-01", "2010-06-01", "2014-06-01", "2018-06-01",
             "2022-06-01", "2025-06-01")  # fmt: skip
_NO_CM = {
    ("IND", "Andhra Pradesh", "2014-06-01"), ("IND", "Delhi", "2014-06-01"),
    ("IND", "Jammu and Kashmir", "2022-06-01"), ("IND", "Jharkhand", "2010-06-01"),
    ("IND", "Manipur", "2025-06-01"),
    *(("IND", "Telangana", d) for d in _CM_DATES[:4]),
    *(("PAK", p, "2002-06-01") for p in _CM_REGIONS["PAK"]),
    *(("PAK", p, "2018-06-01") for p in ("Sindh", "Khyber Pakhtunkhwa", "Balochistan")),
    ("PAK", "Gilgit-Baltistan", "2006-06-01"),
}  # fmt: skip


def test_every_state_and_province_has_one_chief_minister_at_a_time(
    entities: list[Entity],
) -> None:
    """The class is complete: on each sample date since 2000 exactly one person holds the
    office (none where the record says there was none)."""
    wrong = []
    for country, regions in _CM_REGIONS.items():
        for region in regions:
            title = f"Chief Minister of {region}"
            for day in _CM_DATES:
                on = dt.date.fromisoformat(day)
                holders = [
                    e.name
                    for e in entities
                    if e.type == "person"
                    for r in e.roles
                    if r.title == title and r.country == country and r.active(on)
                ]
                expected = 0 if (country, region, day) in _NO_CM else 1
                if len(holders) != expected:
                    wrong.append((country, region, day, holders))
    assert not wrong, wrong


def test_a_deputy_defence_minister_is_coded_by_the_office_while_in_it() -> None:
    kb = KnowledgeBase.load()
    during = kb.resolve("Yuri Borisov", dt.date(2015, 1, 1))
    assert during is not None and during.country == "RUS"
    assert {"GOV", "MIL"} <= set(during.sectors)
    later = kb.resolve("Yuri Borisov", dt.date(2020, 1, 1))
    assert later is not None and "MIL" not in later.sectors


@pytest.mark.parametrize("country", ["Uganda", "Kenya", "Tanzania"])
def test_east_african_defence_chiefs_hold_office_one_at_a_time(
    entities: list[Entity], country: str
) -> None:
    title = f"Chief of Defence Forces of {country}"
    for year in range(2008, 2026):
        on = dt.date(year, 9, 15)
        holders = [
            e.name
            for e in entities
            if e.type == "person"
            for r in e.roles
            if r.title == title and r.active(on)
        ]
        assert len(holders) == 1, (country, on, holders)


def test_peoples_name_known_states_and_never_a_state_demonym(codes: set[str]) -> None:
    from eventwire.kb.base import load_peoples

    kb = KnowledgeBase.load()
    peoples = load_peoples()
    assert len(peoples) > 100
    assert {p.country for p in peoples.values()} <= codes
    assert all(kb.state(p.country) is not None for p in peoples.values())
    clash = [k for k in peoples if kb.demonym(k) is not None]
    assert not clash, clash  # a state's own demonym belongs in countries.jsonl
    for shared in ("Kurds", "Kurdish", "Pashtun", "Tamil", "Fulani", "Druze"):
        assert kb.people(shared) is None, shared  # peoples of several states give no country


def test_weak_place_cues_are_smaller_towns_the_strong_table_lacks(codes: set[str]) -> None:
    from eventwire.kb.base import load_place_cues, load_place_stop

    strong, weak = load_place_cues(), load_place_cues("places_weak.tsv")
    stop = load_place_stop()
    assert len(weak) > 10_000
    assert not set(weak) & set(strong)
    assert not set(weak) & stop
    assert set(weak.values()) <= codes
    assert weak[norm("Bakhmut")] == "UKR"  # a town of some 70,000 people
    for word in ("Save", "Asia", "Harper", "Police", "Bank"):  # words and surnames stay out
        assert norm(word) not in weak, word


def test_place_stop_words_are_lower_case_words() -> None:
    from eventwire.kb.base import load_place_stop

    stop = load_place_stop()
    assert {"nice", "independence", "police"} <= stop
    assert all(w.isalpha() and w == w.lower() for w in stop)

"""Knowledge-base loading, validation and date-aware resolution (fixture KB written for tests)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventwire.kb import KBError, KnowledgeBase, norm
from eventwire.kb.base import load_role_nouns, load_ship_classes
from eventwire.kb.entities import entity_from_record, parse_date

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "kb_small.jsonl"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    from eventwire.kb.base import _read_jsonl

    return KnowledgeBase(list(_read_jsonl(FIXTURE, "fixture")), load_role_nouns())


def test_norm_matches_variants() -> None:
    assert norm("The U.S.") == "us"
    assert norm("Kassym-Jomart  Tokayev") == norm("kassym jomart tokayev")
    assert norm("Hashim Thaçi") == "hashim thaci"
    assert norm("Chile’s") == "chile"


def test_partial_dates_widen_to_their_period() -> None:
    assert parse_date("2015-03") == dt.date(2015, 3, 1)
    assert parse_date("2015-02", end=True) == dt.date(2015, 2, 28)
    assert parse_date("2019", end=True) == dt.date(2019, 12, 31)
    with pytest.raises(KBError):
        parse_date("spring 2019")


def test_office_holder_is_gov_only_while_in_office(kb: KnowledgeBase) -> None:
    in_office = kb.resolve("Amina Odera", dt.date(2016, 1, 1))
    assert in_office is not None and in_office.country == "KEN"
    assert in_office.sectors == ("GOV", "MIL")  # a defence minister
    between = kb.resolve("Odera", dt.date(2020, 1, 1))
    assert between is not None and between.sectors == ("ELI",)
    assert "former Minister of Defence" in between.why
    now = kb.resolve("Amina Odera", dt.date(2024, 5, 1))
    assert now is not None and now.sectors == ("GOV",)
    before = kb.resolve("Amina Odera", dt.date(2010, 1, 1))
    assert before is not None and before.sectors == () and before.country == "KEN"


def test_metonyms_demonyms_and_groups(kb: KnowledgeBase) -> None:
    paris = kb.resolve("Paris")
    assert paris is not None and (paris.country, paris.sectors) == ("FRA", ("GOV",))
    assert kb.demonym("Kenyans") is not None and kb.demonym("Kenyans").country == "KEN"  # type: ignore[union-attr]
    nlf = kb.resolve("NLF")
    assert nlf is not None and nlf.known_group == "Northern Liberation Front"
    assert nlf.sectors == ("REB",)
    assert kb.resolve("Atlantis") is None


def test_role_lexicon_loads_and_has_sectors() -> None:
    roles = load_role_nouns()
    assert roles["soldiers"].sectors == ("MIL",)
    assert roles["defense ministry"].sectors == ("GOV", "MIL")
    assert roles["police"].sectors == ("COP",)


def test_user_file_overrides_and_extends(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    user = tmp_path / "mine.jsonl"
    user.write_text(
        json.dumps(
            {
                "id": "org:my-watchdog",
                "type": "org",
                "name": "Coast Watch",
                "country": "KEN",
                "sectors": ["SOC"],
            }
        )
        + "\n"
    )
    monkeypatch.setenv("EVENTWIRE_KB", str(user))
    kb = KnowledgeBase.load()
    res = kb.resolve("Coast Watch")
    assert res is not None and res.kb_id == "org:my-watchdog" and res.entity.source.endswith(":1")


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"id": "x", "type": "org", "name": "A"}, "must be '<type>:<slug>'"),
        ({"id": "org:a", "type": "club", "name": "A"}, "unknown type"),
        ({"id": "org:a", "type": "org", "name": " "}, "empty name"),
        ({"id": "org:a", "type": "org", "name": "A", "country": "Kenya"}, "ISO3"),
        ({"id": "org:a", "type": "org", "name": "A", "sectors": ["XYZ"]}, "unknown sector"),
        (
            {
                "id": "person:a",
                "type": "person",
                "name": "A",
                "roles": [
                    {"title": "t", "country": "KEN", "sectors": [], "start": "2020", "end": "2019"}
                ],
            },
            "ends before it starts",
        ),
    ],
)
def test_invalid_entries_are_refused(record: dict[str, object], message: str) -> None:
    with pytest.raises(KBError, match=message):
        entity_from_record(record)


def test_bad_user_file_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "org:ok", "type": "org", "name": "Ok"}\n{not json\n')
    with pytest.raises(KBError, match=r"bad.jsonl:2: not JSON"):
        KnowledgeBase.load([bad])


def test_place_cues_load_and_answer_by_normalised_name() -> None:
    from eventwire.kb.base import load_place_cues

    places = load_place_cues()
    assert places[norm("Shanghai")] == "CHN"
    assert norm("Punjab") not in places  # two countries have one: no cue
    kb = KnowledgeBase([], load_role_nouns(), {norm("São Paulo"): "BRA"})
    assert kb.place_country("Sao Paulo") == "BRA"
    assert kb.place_country("Atlantis") is None


def test_heads_without_sectors_load_as_heads() -> None:
    spokesman = load_role_nouns()["spokesman"]
    assert (spokesman.sectors, spokesman.kind) == ((), "head")


def test_a_minister_with_a_seat_is_coded_by_the_office() -> None:
    rec = {
        "id": "person:test-mp-minister",
        "type": "person",
        "name": "Wanjiru Kamau",
        "country": "KEN",
        "roles": [
            {"title": "Member of Parliament", "sectors": ["LEG"], "start": "2010", "end": None},
            {"title": "Minister of Health", "sectors": ["GOV"], "start": "2015", "end": "2018"},
        ],
    }
    kb = KnowledgeBase([entity_from_record(rec)], load_role_nouns())
    assert kb.resolve("Wanjiru Kamau", dt.date(2016, 1, 1)).sectors == ("GOV",)  # type: ignore[union-attr]
    assert kb.resolve("Wanjiru Kamau", dt.date(2020, 1, 1)).sectors == ("LEG",)  # type: ignore[union-attr]


def test_a_misspelt_surname_after_the_same_first_name_finds_the_person() -> None:
    from eventwire.kb.base import _read_jsonl

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "kb_small.jsonl"
    kb = KnowledgeBase(list(_read_jsonl(fixture, "fixture")), load_role_nouns())
    assert [e.name for e in kb.spelled_like("Paul Marchant")] == ["Paul Marchand"]
    assert [e.name for e in kb.spelled_like("Paul Marchandd")] == ["Paul Marchand"]
    assert kb.spelled_like("Pierre Marchand") == []  # another first name is another person
    assert kb.spelled_like("Paul Marchand") == []  # the exact name is a plain lookup
    assert kb.spelled_like("Marchant") == []


def test_ship_classes_load_and_need_the_class_suffix() -> None:
    kb = KnowledgeBase([], load_role_nouns(), None, load_ship_classes())
    assert kb.ship_class_country("Arleigh Burke-class") == "USA"
    assert kb.ship_class_country("Type 055 class") == "CHN"
    assert kb.ship_class_country("Virginia") is None  # a state, not a class, without "-class"
    assert kb.ship_class_country("Unknown-class") is None


def test_peoples_name_their_homeland_and_are_explained() -> None:
    from eventwire.kb import People

    peoples = {norm("Bretons"): People("Bretons", "FRA", "nation")}
    from eventwire.kb.base import _read_jsonl

    kb = KnowledgeBase(list(_read_jsonl(FIXTURE, "fixture")), load_role_nouns(), peoples=peoples)
    found = kb.people("bretons")
    assert found is not None and (found.country, found.kind) == ("FRA", "nation")
    assert kb.people("Gauls") is None
    why = kb.cue("Bretons")
    assert why is not None and why.country == "FRA" and "nation" in why.why


def test_weak_places_answer_only_when_asked_and_stop_words_are_flagged() -> None:
    kb = KnowledgeBase(
        [],
        load_role_nouns(),
        {norm("Mombasa"): "KEN", norm("Nice"): "FRA"},
        weak_places={norm("Ngarua"): "KEN"},
        place_stop=frozenset({norm("nice")}),
    )
    assert kb.place_country("Ngarua") is None  # a small town is no cue on its own
    assert kb.place_country("Ngarua", weak=True) == "KEN"
    assert kb.place_country("Mombasa", weak=True) == "KEN"
    assert kb.is_place_stop("Nice") and not kb.is_place_stop("Mombasa")


def test_peoples_rows_are_validated() -> None:
    from eventwire.kb.base import parse_peoples

    ok = parse_peoples("# comment\nBretons\tFRA\tnation\n")
    assert ok[norm("Bretons")].country == "FRA"
    with pytest.raises(KBError, match=r"peoples\.tsv:2"):
        parse_peoples("Bretons\tFRA\tnation\nGauls\tFRA\ttribe\n")  # unknown kind
    with pytest.raises(KBError, match="listed twice"):
        parse_peoples("Bretons\tFRA\tnation\nBRETONS\tFRA\tnation\n")
